#include "SimProcess.h"
#include "TempStore.h"

#include "intake/IntakeService.h"
#include "store/OutboxRepository.h"
#include "sync/ConnectivityWatch.h"
#include "sync/SyncEngine.h"

#include <QSet>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

const ClerkCredentials kClerk{u"canbo01"_s, u"motcua-demo"_s};
// A fixed desk time, so that every expected next attempt is exact.
const QDateTime kT0 = QDateTime::fromString(u"2026-11-23T08:00:00Z"_s, Qt::ISODate);

void queueDossiers(Database &db, int n)
{
    IntakeService intake(db);
    for (int i = 0; i < n; ++i) {
        DossierDraft d;
        d.procedureCode = u"1.001193"_s;
        d.applicantName = u"Trần Văn Bình %1"_s.arg(i);
        d.applicantCccd = u"001190%1"_s.arg(i, 6, 10, QChar(u'0'));
        d.applicantPhone = u"0987654321"_s;
        if (!intake.queue(withRequiredPapers(db, d), DeskIdentity{}, QDateTime::currentDateTime()))
            qFatal("cannot queue a test dossier");
    }
}

RetryPolicy noJitter()
{
    RetryPolicy p;
    p.random = [] { return 0.5; }; // the middle of the jitter range: no jitter at all
    return p;
}

struct Run
{
    bool force = false;
    QDateTime clock = kT0;
};

SyncSummary runSync(Database &db, const QUrl &server, const Run &run = {})
{
    ProvincialApi api(server);
    SyncEngine engine(db, api, kClerk);
    engine.setForce(run.force);
    engine.setRetryPolicy(noJitter());
    engine.setClock([t = run.clock] { return t; });
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty() && !done.wait(60000))
        qFatal("sync did not finish");
    return done.first().first().value<SyncSummary>();
}

QList<QDateTime> nextAttempts(Database &db)
{
    QList<QDateTime> out;
    auto rows = OutboxRepository(db).list();
    for (const QueuedDossier &d : *rows)
        out.append(d.nextAttemptAt);
    return out;
}

// A provincial system that accepts the sign-in, then answers every push "503, come back in
// retryAfter seconds". Only for the Retry-After header; everything else uses the real simulator.
class Overloaded : public QTcpServer
{
public:
    explicit Overloaded(int retryAfter) : m_retryAfter(retryAfter)
    {
        listen(QHostAddress::LocalHost);
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *s = nextPendingConnection())
                connect(s, &QTcpSocket::readyRead, s, [this, s] { answer(s); });
        });
    }
    QUrl url() const { return QUrl(u"http://127.0.0.1:%1"_s.arg(serverPort())); }
    int pushes = 0;

private:
    void answer(QTcpSocket *s)
    {
        QByteArray &buf = m_buffers[s];
        buf += s->readAll();
        const qsizetype end = buf.indexOf("\r\n\r\n");
        if (end < 0)
            return;
        qsizetype length = 0;
        for (const QByteArray &line : buf.left(end).split('\n')) {
            if (line.toLower().startsWith("content-length:"))
                length = line.mid(15).trimmed().toLongLong();
        }
        if (buf.size() < end + 4 + length)
            return;
        const bool login = buf.startsWith("POST /api/v1/auth/login");
        const QByteArray body = login ? QByteArray(R"({"error_code":0,"session":"s1"})")
                                      : QByteArray(R"({"error_code":99,"message":"busy"})");
        if (!login)
            ++pushes;
        const QByteArray status =
            login ? QByteArray("HTTP/1.1 200 OK\r\n")
                  : QByteArray("HTTP/1.1 503 Service Unavailable\r\nRetry-After: "
                               + QByteArray::number(m_retryAfter) + "\r\n");
        s->write(status + "Content-Type: application/json\r\nConnection: close\r\n"
                 + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body);
        m_buffers.remove(s);
        s->disconnectFromHost();
    }

    int m_retryAfter;
    QHash<QTcpSocket *, QByteArray> m_buffers;
};

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void backoffGrowsAndIsCapped()
    {
        const RetryPolicy p = noJitter();
        QCOMPARE(p.delaySeconds(1), 30);
        QCOMPARE(p.delaySeconds(2), 60);
        QCOMPARE(p.delaySeconds(3), 120);
        QCOMPARE(p.delaySeconds(7), 1920);
        QCOMPARE(p.delaySeconds(8), 3600); // 3840 capped
        QCOMPARE(p.delaySeconds(40), 3600);
        QCOMPARE(p.delaySeconds(100000), 3600);
    }

    void jitterStaysWithinBounds()
    {
        // A deterministic sweep of the random source over [0, 1).
        double r = 0;
        RetryPolicy p;
        p.random = [&r] { return r; };
        QSet<qint64> seen;
        for (int attempts = 1; attempts <= 10; ++attempts) {
            const double plain = std::min(30.0 * std::pow(2.0, attempts - 1), 3600.0);
            for (int i = 0; i < 100; ++i) {
                r = i / 100.0;
                const qint64 d = p.delaySeconds(attempts);
                QVERIFY2(d >= std::floor(plain * 0.8) && d <= std::ceil(plain * 1.2),
                         qPrintable(u"attempt %1: %2 s"_s.arg(attempts).arg(d)));
                QVERIFY(d <= 3600);
                if (attempts == 3)
                    seen.insert(d);
            }
        }
        r = 0.0;
        QCOMPARE(p.delaySeconds(1), 24);
        r = 0.999999;
        QCOMPARE(p.delaySeconds(1), 36);
        QVERIFY(seen.size() > 40); // it really spreads the desks out
    }

    void retryAfterRaisesTheWaitUpToTheCap()
    {
        const RetryPolicy p = noJitter();
        QCOMPARE(p.delaySeconds(1, 900), 900);
        QCOMPARE(p.delaySeconds(7, 900), 1920); // the backoff is already longer
        QCOMPARE(p.delaySeconds(1, 86400), 3600);
        QCOMPARE(p.nextAttempt(kT0, 2), kT0.addSecs(60));
    }

    void serverRetryAfterReachesEachDossier()
    {
        Overloaded server(900);
        TempStore store;
        queueDossiers(store.db(), 3);
        const SyncSummary s = runSync(store.db(), server.url());
        QCOMPARE(server.pushes, 1);
        QCOMPARE(s.sent, 0);
        QCOMPARE(s.retryLater, 3);
        QVERIFY(!s.problem.isEmpty());
        for (const QDateTime &t : nextAttempts(store.db()))
            QCOMPARE(t, kT0.addSecs(900)); // not the 30 s of a first attempt
        QCOMPARE(s.nextAttempt, kT0.addSecs(900));
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM outbox WHERE state = 'retry'"_s).toInt(), 3);
    }

    void failuresBackOffPerDossier()
    {
        Overloaded server(0);
        TempStore store;
        queueDossiers(store.db(), 2);
        runSync(store.db(), server.url());
        QCOMPARE(nextAttempts(store.db()), (QList<QDateTime>{kT0.addSecs(30), kT0.addSecs(30)}));
        // One more dossier arrives; a forced run tries all three and fails again: the two older
        // ones wait twice as long, the new one starts at the base.
        queueDossiers(store.db(), 1);
        const QDateTime t1 = kT0.addSecs(40);
        runSync(store.db(), server.url(), {true, t1});
        QCOMPARE(nextAttempts(store.db()),
                 (QList<QDateTime>{t1.addSecs(60), t1.addSecs(60), t1.addSecs(30)}));
    }

    void notYetDueIsSkippedUnlessForced()
    {
        Overloaded overloaded(600);
        TempStore store;
        queueDossiers(store.db(), 4);
        runSync(store.db(), overloaded.url()); // every dossier now waits until kT0 + 600 s
        queueDossiers(store.db(), 2);          // two new ones are due at once

        SimProcess sim;
        QVERIFY(sim.start());
        const SyncSummary early = runSync(store.db(), sim.url(), {false, kT0.addSecs(300)});
        QCOMPARE(early.sent, 2);
        QCOMPARE(early.retryLater, 4);
        QCOMPARE(early.nextAttempt, kT0.addSecs(600));
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 2);

        const SyncSummary forced = runSync(store.db(), sim.url(), {true, kT0.addSecs(300)});
        QCOMPARE(forced.sent, 4);
        QCOMPARE(forced.retryLater, 0);
        QVERIFY(!forced.nextAttempt.isValid());
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 6);
    }

    void dueEntriesGoWithoutForce()
    {
        Overloaded overloaded(0);
        TempStore store;
        queueDossiers(store.db(), 3);
        runSync(store.db(), overloaded.url()); // wait 30 s
        SimProcess sim;
        QVERIFY(sim.start());
        QCOMPARE(runSync(store.db(), sim.url(), {false, kT0.addSecs(29)}).sent, 0);
        QCOMPARE(runSync(store.db(), sim.url(), {false, kT0.addSecs(30)}).sent, 3);
    }

    void deskClockMovedBackDoesNotFreezeTheQueue()
    {
        Overloaded overloaded(0);
        TempStore store;
        queueDossiers(store.db(), 3);
        // Many failures already: the next wait is the cap, one hour from kT0.
        QVERIFY(store.db().execScript(u"UPDATE outbox SET attempts = 12"_s));
        runSync(store.db(), overloaded.url());
        for (const QDateTime &t : nextAttempts(store.db()))
            QCOMPARE(t, kT0.addSecs(3600));

        // Someone sets the desk clock back five hours. Measured on that clock the wait would be
        // six hours; it must never be more than the cap from the desk's "now".
        const QDateTime moved = kT0.addSecs(-5 * 3600);
        SimProcess sim;
        QVERIFY(sim.start());
        const SyncSummary s = runSync(store.db(), sim.url(), {false, moved});
        QCOMPARE(s.sent, 0);
        QVERIFY2(s.nextAttempt <= moved.addSecs(3600), qPrintable(s.nextAttempt.toString()));
        QCOMPARE(runSync(store.db(), sim.url(), {false, moved.addSecs(3600)}).sent, 3);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 3);
    }

    void healthProbeNoticesTheServerComingBack()
    {
        // Nothing listens on this port yet.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        const QUrl server(u"http://127.0.0.1:%1"_s.arg(port));

        ConnectivityWatch watch(server, std::chrono::milliseconds(50));
        QSignalSpy probed(&watch, &ConnectivityWatch::probed);
        QSignalSpy returned(&watch, &ConnectivityWatch::returned);
        watch.lost();
        QTRY_VERIFY_WITH_TIMEOUT(probed.size() >= 3, 10000);
        QCOMPARE(returned.size(), 0);
        for (const QList<QVariant> &p : std::as_const(probed))
            QCOMPARE(p.first().toBool(), false);

        // The provincial system comes up on that port (the last --port given wins).
        SimProcess sim;
        QVERIFY(sim.start({u"--port"_s, QString::number(port)}));
        QCOMPARE(sim.url().port(), int(port));
        QVERIFY(returned.wait(10000));
        QVERIFY(!watch.isWatching());
    }

    void oneRunAtATimePerStore()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        queueDossiers(store.db(), 250);
        ProvincialApi apiA(sim.url()), apiB(sim.url());
        SyncEngine a(store.db(), apiA, kClerk), b(store.db(), apiB, kClerk);
        a.setFastBatchMs(60000); // its batches grow whatever the load: 100, then 150
        QSignalSpy doneA(&a, &SyncEngine::finished), doneB(&b, &SyncEngine::finished);
        a.start();
        b.start(); // while a holds the lock
        QVERIFY(doneB.size() == 1 || doneB.wait(60000));
        QVERIFY(doneB.first().first().value<SyncSummary>().busy);
        QVERIFY(doneA.size() == 1 || doneA.wait(60000));
        QCOMPARE(doneA.first().first().value<SyncSummary>().sent, 250);
        // Only a's requests reached the simulator: 100, then 150 in a batch grown to 200.
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"push_requests"_s).toInt(), 2);
    }
};

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
