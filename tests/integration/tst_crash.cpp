// A process killed at any instant leaves the whole dossier or nothing. motcua-crash-saver saves
// dossiers with fresh scans in a loop; it is killed with SIGKILL at random instants, and after each
// kill the store is opened the way the app opens it and audited (CrashAudit). SIGKILL stops the
// process, not the machine: what the kernel accepted still reaches the disk, so this proves the
// ordering of writes and the transaction, not the fsyncs against a power cut.
#include "CrashAudit.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

#include <cmath>
#include <functional>

using namespace Qt::StringLiterals;

namespace {

enum class Kill {
    WhileStarting, // a few ms after the start: inside Database::open or prepareDesk
    WhileSaving,   // a few ms to a few hundred ms after the desk is ready
    AtPause,       // while the child sleeps between its scans being written and queue()
};

struct Round
{
    QString problem;
    QStringList lines; // complete lines the child printed
};

QString saverBinary()
{
    return QDir(qEnvironmentVariable("MOTCUA_BIN_DIR")).filePath(u"motcua-crash-saver"_s);
}

QStringList completeLines(const QByteArray &out)
{
    QStringList lines = QString::fromUtf8(out).split(u'\n');
    lines.removeLast(); // empty, or cut short by the kill
    return lines;
}

// Reads the child's output until ready says so, the child ends or 30 s pass.
bool readUntil(QProcess &p, QByteArray &out, const std::function<bool(const QStringList &)> &ready)
{
    QDeadlineTimer deadline(30000);
    while (!ready(completeLines(out))) {
        if (p.state() == QProcess::NotRunning || deadline.hasExpired())
            return false;
        p.waitForReadyRead(50);
        out += p.readAllStandardOutput();
    }
    return true;
}

} // namespace

class TestCrash : public QObject
{
    Q_OBJECT

private:
    quint32 m_seed = 0;
    QRandomGenerator m_rng;
    int m_round = 0;
    // Totals for the closing report.
    int m_kills = 0;
    int m_dossiers = 0;      // over both stores
    int m_storeDossiers = 0; // in the store of the running test, at the last audit
    int m_scans = 0;
    int m_orphans = 0;
    int m_partials = 0;
    QMap<QString, int> m_stages; // where the kills landed

    QString where() const
    {
        return u" [seed %1, round %2; rerun with MOTCUA_CRASH_SEED=%1]"_s.arg(m_seed).arg(m_round);
    }

    Round run(const QString &dataDir, const QString &incoming, Kill kill, int param)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"MOTCUA_CRASH_PAUSE_BEFORE_COMMIT_MS"_s);
        if (kill == Kill::AtPause)
            env.insert(u"MOTCUA_CRASH_PAUSE_BEFORE_COMMIT_MS"_s, u"1000"_s);
        p.setProcessEnvironment(env);
        p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        p.start(saverBinary(), {dataDir, incoming, QString::number(m_rng.generate())});
        if (!p.waitForStarted(10000))
            return {u"motcua-crash-saver does not start: "_s + p.errorString(), {}};
        QByteArray out;
        bool reached = true;
        if (kill == Kill::WhileStarting) {
            QThread::msleep(ulong(param));
        } else if (kill == Kill::WhileSaving) {
            reached = readUntil(p, out, [](const QStringList &l) { return l.contains(u"R"_s); });
            QThread::msleep(ulong(param));
        } else {
            reached = readUntil(p, out, [param](const QStringList &l) {
                return l.count(u"P"_s) == param;
            });
        }
        const bool running = p.state() == QProcess::Running;
        p.kill(); // SIGKILL
        p.waitForFinished(10000);
        out += p.readAllStandardOutput();
        const QStringList lines = completeLines(out);
        if (!reached || !running || p.exitStatus() != QProcess::CrashExit)
            return {u"motcua-crash-saver ended before the kill: "_s + lines.join(u" | "_s), lines};
        return {{}, lines};
    }

    // Runs the child, kills it, audits the store. committed carries over from round to round.
    void killAndAudit(CrashAudit &audit, QHash<QString, SaveIntent> &committed,
                      const QString &dataDir, const QString &incoming, Kill kill, int param)
    {
        ++m_round;
        const Round round = run(dataDir, incoming, kill, param);
        QVERIFY2(round.problem.isEmpty(), qPrintable(round.problem + where()));
        ++m_kills;
        std::optional<SaveIntent> pending;
        for (const QString &line : round.lines) {
            if (line.startsWith(u"Q "_s)) {
                pending = SaveIntent::parse(line);
                QVERIFY2(pending, qPrintable(u"bad line: "_s + line + where()));
            } else if (line.startsWith(u"C "_s)) {
                QVERIFY2(pending, qPrintable(u"committed without queuing: "_s + line + where()));
                committed.insert(line.mid(2), *pending);
                pending.reset();
            }
        }
        const QSet<QString> before = audit.filesOnDisk();
        const AuditFindings found = audit.audit(committed, pending);
        QVERIFY2(found.problem.isEmpty(), qPrintable(found.problem + where()));

        const QString last = round.lines.isEmpty() ? QString() : round.lines.last().left(1);
        QString stage = u"while starting"_s;
        if (last == u"R" || last == u"C")
            stage = u"between saves (writing the next scans)"_s;
        else if (last == u"I")
            stage = u"while importing scans"_s;
        else if (last == u"Q")
            stage = found.pendingCommitted ? u"after the commit, before it was reported"_s
                                           : u"in queue(), before the commit"_s;
        else if (last == u"P")
            stage = u"paused between the scans and queue()"_s;
        ++m_stages[stage];
        m_storeDossiers = found.dossiers;
        m_orphans += found.orphansRemoved;
        m_partials += found.partialsRemoved;

        if (kill == Kill::AtPause) {
            // The scans were on disk, complete, when the child died; the next start removed them
            // and nothing refers to them (the audit checked rows and files).
            QCOMPARE(last, u"P"_s);
            QVERIFY(pending && !found.pendingCommitted);
            QVERIFY2(!pending->fresh.isEmpty(), qPrintable(where()));
            const QSet<QString> after = audit.filesOnDisk();
            for (const QString &sha : std::as_const(pending->fresh)) {
                QVERIFY2(before.contains(sha), qPrintable(u"scan not on disk at the kill"_s + where()));
                QVERIFY2(!after.contains(sha), qPrintable(u"orphan scan kept"_s + where()));
            }
        }
        QDir(incoming).removeRecursively();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(QFileInfo(saverBinary()).isExecutable(), qPrintable(saverBinary()));
        const QByteArray given = qgetenv("MOTCUA_CRASH_SEED");
        m_seed = given.isEmpty() ? QRandomGenerator::global()->generate() : given.toUInt();
        m_rng.seed(m_seed);
        qInfo("seed %u (MOTCUA_CRASH_SEED); kill instants also depend on timing", m_seed);
    }

    void killedAtRandomInstantsLeavesWholeDossiersOrNothing()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"desk"_s);
        CrashAudit audit(data);
        QHash<QString, SaveIntent> committed;
        for (int i = 0; i < 56; ++i) {
            if (i % 8 == 1) {
                const int ms = int(m_rng.bounded(40));
                killAndAudit(audit, committed, data, dir.filePath(u"in"_s), Kill::WhileStarting, ms);
            } else {
                // 2 to 400 ms, as many short delays as long ones on a log scale.
                const int ms = int(2.0 * std::pow(200.0, m_rng.generateDouble()));
                killAndAudit(audit, committed, data, dir.filePath(u"in"_s), Kill::WhileSaving, ms);
            }
            if (QTest::currentTestFailed())
                return;
        }
        QVERIFY2(m_storeDossiers > 0, "no dossier committed in any round");
        m_dossiers += m_storeDossiers;
        m_scans += int(audit.filesOnDisk().size());
    }

    void killedBetweenScansAndCommitLeavesNoOrphan()
    {
        QTemporaryDir dir;
        const QString data = dir.filePath(u"desk"_s);
        CrashAudit audit(data);
        QHash<QString, SaveIntent> committed;
        for (int i = 0; i < 12; ++i) {
            // Killed in the pause of the first or the second save of the round.
            killAndAudit(audit, committed, data, dir.filePath(u"in"_s), Kill::AtPause, 1 + i % 2);
            if (QTest::currentTestFailed())
                return;
        }
        QCOMPARE(committed.size(), 6); // one save committed before each second-save kill
        m_dossiers += m_storeDossiers;
        m_scans += int(audit.filesOnDisk().size());
    }

    void cleanupTestCase()
    {
        qInfo("kills: %d; dossiers committed: %d; scans kept: %d; orphan scans removed at start: "
              "%d; unfinished files removed: %d",
              m_kills, m_dossiers, m_scans, m_orphans, m_partials);
        for (auto it = m_stages.cbegin(); it != m_stages.cend(); ++it)
            qInfo("  killed %s: %d", qPrintable(it.key()), it.value());
    }
};

QTEST_GUILESS_MAIN(TestCrash)
#include "tst_crash.moc"
