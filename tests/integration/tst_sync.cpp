#include "SimProcess.h"
#include "StoreKeys.h"
#include "TempStore.h"

#include "intake/IntakeService.h"
#include "store/OutboxRepository.h"
#include "sync/SyncEngine.h"

#include <QJsonDocument>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

const ClerkCredentials kClerk{u"canbo01"_s, u"motcua-demo"_s};

void queueDossiers(Database &db, int n, const QString &deskCode = u"01"_s)
{
    DeskIdentity desk;
    desk.deskCode = deskCode;
    IntakeService intake(db);
    for (int i = 0; i < n; ++i) {
        DossierDraft d;
        d.procedureCode = i % 2 ? u"1.001193"_s : u"1.000894"_s;
        d.applicantName = u"Phạm Thị Hoa %1"_s.arg(i);
        d.applicantCccd = u"001190%1"_s.arg(i, 6, 10, QChar(u'0'));
        d.applicantPhone = u"0987654321"_s;
        if (!intake.queue(withRequiredPapers(db, d), desk, QDateTime::currentDateTime()))
            qFatal("cannot queue a test dossier");
    }
}

SyncSummary runSync(Database &db, const QUrl &server, const ClerkCredentials &clerk = kClerk)
{
    ProvincialApi api(server);
    SyncEngine engine(db, api, clerk);
    QSignalSpy done(&engine, &SyncEngine::finished);
    engine.start();
    if (done.isEmpty() && !done.wait(60000))
        qFatal("sync did not finish");
    return done.first().first().value<SyncSummary>();
}

int countState(Database &db, const QString &state)
{
    return scalar(db, u"SELECT count(*) FROM outbox WHERE state = '%1'"_s.arg(state)).toInt();
}

} // namespace

class TestSync : public QObject
{
    Q_OBJECT

private slots:
    // The stored record goes on the wire as it is, with the key written in: the server must read
    // exactly the record plus the key, whatever the record's form.
    void keyIsWrittenIntoTheStoredRecord_data()
    {
        QTest::addColumn<QByteArray>("stored");
        QTest::newRow("compact") << QByteArray(R"({"MaHoSo":"X-1","KenhThucHien":1})");
        QTest::newRow("empty object") << QByteArray("{}");
        QTest::newRow("spaces") << QByteArray(" { \"MaHoSo\" : \"X-2\" }\n");
        QTest::newRow("key already there")
            << QByteArray(R"({"IdempotencyKey":"old","MaHoSo":"X-3"})");
        QTest::newRow("Vietnamese text") << QByteArray(R"({"ChuHoSo":"Nguyễn Thị Ánh"})");
    }
    void keyIsWrittenIntoTheStoredRecord()
    {
        QFETCH(QByteArray, stored);
        const QString key = u"k\"1\\é"_s; // a quote, a backslash and a non-ASCII letter
        QJsonParseError error{};
        const QJsonDocument sent = QJsonDocument::fromJson(SyncEngine::withKey(stored, key), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QJsonObject expected = QJsonDocument::fromJson(stored).object();
        expected[u"IdempotencyKey"_s] = key;
        QCOMPARE(sent.object(), expected);
    }

    // On a fast link the requests grow from 100 records to the provincial system's 500.
    void batchesGrowOnAFastLink()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        const int n = 1200;
        queueDossiers(store.db(), n);
        ProvincialApi api(sim.url());
        SyncEngine engine(store.db(), api, kClerk);
        engine.setFastBatchMs(60000); // loopback is fast however loaded the machine is
        QSignalSpy done(&engine, &SyncEngine::finished);
        engine.start();
        QVERIFY(done.wait(120000));
        QCOMPARE(done.first().first().value<SyncSummary>().sent, n);
        QCOMPARE(engine.batchSize(), SyncEngine::kMaxBatchSize);
        // 100 + 200 + 400 + 500 = 1200: four requests instead of twelve.
        const QJsonObject stats = sim.getJson(u"/admin/stats"_s);
        QCOMPARE(stats.value(u"dossiers"_s).toInt(), n);
        QCOMPARE(stats.value(u"push_requests"_s).toInt(), 4);
    }

    void syncsEveryDossierExactlyOnce()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        const int n = 2 * SyncEngine::kBatchSize + 17; // several batches
        queueDossiers(store.db(), n);

        SyncSummary first = runSync(store.db(), sim.url());
        QCOMPARE(first.sent, n);
        QCOMPARE(first.retryLater, 0);
        QCOMPARE(first.needsAction, 0);
        QCOMPARE(countState(store.db(), u"sent"_s), n);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), n);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM dossier WHERE provincial_code "
                                    "IS NULL OR provincial_code = ''"_s).toInt(), 0);

        // The same sync again sends nothing and stores nothing twice.
        SyncSummary second = runSync(store.db(), sim.url());
        QCOMPARE(second.sent, 0);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), n);
    }

    // A record damaged in the store (here by hand) is held back with a clear reason; the rest of
    // its batch goes.
    void aDamagedRecordDoesNotSpoilItsBatch()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        queueDossiers(store.db(), 5);
        QVERIFY(store.db().execScript(u"UPDATE outbox SET payload = substr(payload, 1, 40) "
                                      "WHERE id = 3"_s));
        const SyncSummary summary = runSync(store.db(), sim.url());
        QCOMPARE(summary.sent, 4);
        QCOMPARE(summary.needsAction, 1);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 4);
        QCOMPARE(scalar(store.db(), u"SELECT state FROM outbox WHERE id = 3"_s).toString(),
                 u"action"_s);
        QVERIFY(scalar(store.db(), u"SELECT last_error FROM outbox WHERE id = 3"_s)
                    .toString().contains(u"damaged"_s));
    }

    void lostAcknowledgementDoesNotDuplicate()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        queueDossiers(store.db(), 30);
        QCOMPARE(runSync(store.db(), sim.url()).sent, 30);
        // The server stored them, but suppose the desk never heard back for 12 of them
        // (connection dropped after the commit): they are still "sending" on the desk.
        QVERIFY(store.db().execScript(u"UPDATE outbox SET state = 'sending', sent_at = NULL "
                                      "WHERE id % 5 < 2"_s));
        const SyncSummary again = runSync(store.db(), sim.url());
        QCOMPARE(again.sent, 0);
        QCOMPARE(again.duplicates, 12);
        QCOMPARE(countState(store.db(), u"sent"_s), 30);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 30);
    }

    void changedContentUnderSameKeyNeedsAction()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        queueDossiers(store.db(), 3);
        QCOMPARE(runSync(store.db(), sim.url()).sent, 3);
        QVERIFY(editPayload(store.db(), *store.vault(), 2, [](QJsonObject &o) {
            o[u"SoDienThoai"_s] = u"0900000000"_s;
        }));
        QVERIFY(store.db().execScript(u"UPDATE outbox SET state = 'queued' WHERE id = 2"_s));
        const SyncSummary again = runSync(store.db(), sim.url());
        QCOMPARE(again.needsAction, 1);
        QCOMPARE(countState(store.db(), u"action"_s), 1);
        QVERIFY(!scalar(store.db(), u"SELECT last_error FROM outbox WHERE id = 2"_s).toString().isEmpty());
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 3);
    }

    void twoDesksOfOneUnitDoNotCollide()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore deskA, deskB;
        queueDossiers(deskA.db(), 10, u"01"_s);
        queueDossiers(deskB.db(), 10, u"02"_s);
        QCOMPARE(runSync(deskA.db(), sim.url()).sent, 10);
        QCOMPARE(runSync(deskB.db(), sim.url()).sent, 10);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 20);
    }

    void unreachableServerKeepsDossiersQueuedWithAReason()
    {
        // A port that was free a moment ago: nothing listens there.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const QUrl closed(u"http://127.0.0.1:%1"_s.arg(probe.serverPort()));
        probe.close();

        TempStore store;
        queueDossiers(store.db(), 5);
        const SyncSummary summary = runSync(store.db(), closed);
        QCOMPARE(summary.sent, 0);
        QCOMPARE(summary.retryLater, 5);
        QVERIFY(!summary.problem.isEmpty());
        QCOMPARE(countState(store.db(), u"retry"_s), 5);
        auto rows = OutboxRepository(store.db()).list();
        QVERIFY(rows.has_value());
        for (const QueuedDossier &d : *rows)
            QVERIFY(d.reason.contains(u"Cannot reach"_s));

        // When the server is there, the same dossiers go through.
        SimProcess sim;
        QVERIFY(sim.start());
        QCOMPARE(runSync(store.db(), sim.url()).sent, 5);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 5);
    }

    void wrongPasswordIsExplained()
    {
        SimProcess sim;
        QVERIFY(sim.start());
        TempStore store;
        queueDossiers(store.db(), 2);
        const SyncSummary summary = runSync(store.db(), sim.url(), {u"canbo01"_s, u"wrong"_s});
        QCOMPARE(summary.sent, 0);
        QVERIFY(summary.problem.contains(u"refused the sign-in"_s));
        QCOMPARE(countState(store.db(), u"retry"_s), 2);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 0);
    }

    void garbageAnswerIsNotTakenAsSuccess()
    {
        // A server that answers every request with something that is not the protocol.
        QTcpServer garbage;
        QVERIFY(garbage.listen(QHostAddress::LocalHost));
        connect(&garbage, &QTcpServer::newConnection, this, [&garbage] {
            QTcpSocket *s = garbage.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 15\r\n"
                         "Connection: close\r\n\r\n<html>oops</ht>");
                s->disconnectFromHost();
            });
        });
        TempStore store;
        queueDossiers(store.db(), 3);
        const SyncSummary summary =
            runSync(store.db(), QUrl(u"http://127.0.0.1:%1"_s.arg(garbage.serverPort())));
        QCOMPARE(summary.sent, 0);
        QCOMPARE(summary.retryLater, 3);
        QCOMPARE(countState(store.db(), u"sent"_s), 0);
    }
};

QTEST_GUILESS_MAIN(TestSync)
#include "tst_sync.moc"
