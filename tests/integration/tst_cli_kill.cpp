#include "SimProcess.h"
#include "TempStore.h"

#include "intake/IntakeService.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QTest>

#include <signal.h>

using namespace Qt::StringLiterals;
using namespace motcua;

// `motcua-cli sync` killed (SIGKILL) at random moments and started again until it says it is done:
// every dossier ends on the provincial system exactly once and none is left "sending" on the desk.
class TestCliKill : public QObject
{
    Q_OBJECT

private slots:
    void killedAndRestartedSyncDeliversEachDossierOnce()
    {
        constexpr int kDossiers = 1500;
        constexpr int kKills = 20;
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        IntakeService intake(store.db());
        for (int i = 0; i < kDossiers; ++i) {
            DossierDraft d;
            d.procedureCode = u"1.001193"_s;
            d.applicantName = u"Lê Thị Mai %1"_s.arg(i);
            d.applicantCccd = u"001190%1"_s.arg(i, 6, 10, QChar(u'0'));
            d.applicantPhone = u"0987654321"_s;
            QVERIFY(intake.queue(withRequiredPapers(store.db(), d), DeskIdentity{},
                                 QDateTime::currentDateTime()));
        }
        store.close();

        const quint32 seed = QRandomGenerator::global()->generate();
        qInfo("seed %u", seed);
        QRandomGenerator random(seed);
        auto start = [&](QProcess &p) {
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"MOTCUA_PASSWORD"_s, u"motcua-demo"_s);
            p.setProcessEnvironment(env);
            p.start(SimProcess::binary(u"motcua-cli"_s),
                    {u"--data-dir"_s, store.dir(), u"--lang"_s, u"en"_s, u"sync"_s, u"--server"_s,
                     sim.url().toString()});
            p.closeWriteChannel();
            return p.waitForStarted(10000);
        };

        // How long a whole run takes here, so that kills land anywhere inside one.
        int killed = 0;
        int finishedEarly = 0;
        int windowMs = 1500;
        for (int round = 0; round < kKills; ++round) {
            QProcess p;
            QVERIFY(start(p));
            const int after = int(random.bounded(windowMs));
            if (p.waitForFinished(after)) {
                ++finishedEarly; // done before the kill: nothing left to interrupt
                if (p.exitCode() == 0)
                    break;
                continue;
            }
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            ++killed;
        }
        // Then let it finish, restarting while it says something is left.
        int exitCode = -1;
        for (int round = 0; round < 5 && exitCode != 0; ++round) {
            QProcess p;
            QVERIFY(start(p));
            QVERIFY(p.waitForFinished(120000));
            exitCode = p.exitCode();
            if (exitCode != 0)
                qWarning("run %d: %s", round, p.readAllStandardError().constData());
        }
        qInfo("killed %d times, %d runs ended on their own", killed, finishedEarly);
        QCOMPARE(exitCode, 0);
        QVERIFY(killed >= 5);

        Database &db = store.reopen();
        QCOMPARE(scalar(db, u"SELECT count(*) FROM outbox WHERE state = 'sending'"_s).toInt(), 0);
        QCOMPARE(scalar(db, u"SELECT count(*) FROM outbox WHERE state = 'sent'"_s).toInt(), kDossiers);
        const QJsonObject stats = sim.getJson(u"/admin/stats"_s);
        QCOMPARE(stats.value(u"dossiers"_s).toInt(), kDossiers);
        qInfo("push requests %d, records received %d, duplicates %d",
              stats.value(u"push_requests"_s).toInt(), stats.value(u"records_received"_s).toInt(),
              stats.value(u"duplicates"_s).toInt());
    }
};

QTEST_GUILESS_MAIN(TestCliKill)
#include "tst_cli_kill.moc"
