#include "SimProcess.h"
#include "TempStore.h"

#include "intake/IntakeService.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QThread>
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
        constexpr int kDossiers = 4000;
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
        QVERIFY(store.putKeysInKeychain()); // as the desk app would have
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

        // Kills land at random points of the run: one in four at a random instant of its first
        // 150 ms (start-up, lock, sign-in, first claim), the others a random 0-20 ms after the
        // run has sent a random number of further dossiers (a read-only connection watches the
        // store), which puts most of them between a batch's claim and its settlement.
        QSqlDatabase watch = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"watch"_s);
        watch.setDatabaseName(store.path());
        watch.setConnectOptions(u"QSQLITE_OPEN_READONLY"_s);
        QVERIFY(watch.open());
        auto sentNow = [&watch] {
            QSqlQuery q(watch);
            return q.exec(u"SELECT count(*) FROM outbox WHERE state = 'sent'"_s) && q.next()
                       ? q.value(0).toInt()
                       : -1;
        };
        int killed = 0;
        int finishedEarly = 0;
        for (int round = 0; round < kKills; ++round) {
            QProcess p;
            QVERIFY(start(p));
            const bool early = random.bounded(4) == 0;
            // Usually the next batch boundary: about a batch per round, so the kills never run out of
            // work before the rounds do.
            const int target = sentNow() + int(random.bounded(1, 50));
            QElapsedTimer clock;
            clock.start();
            const int earlyMs = int(random.bounded(150));
            bool ended = false;
            for (;;) {
                if (p.waitForFinished(2)) {
                    ended = true;
                    break;
                }
                if (early ? clock.elapsed() >= earlyMs : sentNow() >= target)
                    break;
            }
            if (ended) {
                ++finishedEarly;
                if (p.exitCode() == 0)
                    break;
                continue;
            }
            if (!early)
                QThread::usleep(random.bounded(20000));
            ::kill(pid_t(p.processId()), SIGKILL);
            QVERIFY(p.waitForFinished(10000));
            ++killed;
        }
        qInfo("after the kills: %d of %d sent", sentNow(), kDossiers);
        watch.close();
        watch = QSqlDatabase();
        QSqlDatabase::removeDatabase(u"watch"_s);
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
        QVERIFY(killed >= 15);

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
