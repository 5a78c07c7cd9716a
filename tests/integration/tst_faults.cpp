// The fault matrix: each fault of the simulator alone, then all of them at once. A desk with ~30
// dossiers (some with scans) syncs again and again until nothing is pending; then every dossier
// must be on the server exactly once with the desk's content, and every scan with its hash.
#include "SimProcess.h"
#include "SyncFixture.h"
#include "store/Sealing.h"
#include "TempStore.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;
using namespace SyncFixture;

namespace {

constexpr int kDossiers = 30;
constexpr int kMaxRuns = 30;

// Syncs until nothing is pending, at most kMaxRuns times; the number of runs. Between runs another
// desk asks for the server's health: without other traffic, a run that makes the same requests every
// time would meet an "every N" fault at the same request every time.
int syncUntilDone(Database &db, const SimProcess &sim, const QString &dir)
{
    int runs = 0;
    while (scalar(db, u"SELECT count(*) FROM outbox WHERE state <> 'sent'"_s).toInt() > 0
           && runs < kMaxRuns) {
        if (runs > 0)
            (void)sim.getJson(u"/api/v1/health"_s);
        ++runs;
        const SyncSummary s = runSync(db, sim.url(), dir);
        if (s.needsAction > 0)
            qWarning("a fault was taken for the clerk's problem: %s", qPrintable(s.problem));
    }
    return runs;
}

int countNotSent(Database &db)
{
    return scalar(db, u"SELECT count(*) FROM outbox WHERE state <> 'sent'"_s).toInt();
}

// What the desk pushed for each dossier: the hash of the record exactly as sent.
QHash<QString, QString> deskContent(Database &db)
{
    QHash<QString, QString> content;
    QSqlQuery q(db.sql());
    if (!q.exec(u"SELECT idempotency_key, payload FROM outbox"_s))
        qFatal("cannot read the outbox");
    while (q.next()) {
        // The record as queued: sealed in the store, opened with the store's vault.
        const auto plain = db.vault()->open(q.value(1).toString(), sealed::payload);
        if (!plain)
            qFatal("a queued record does not open");
        QJsonObject record = QJsonDocument::fromJson(*plain).object();
        record[u"IdempotencyKey"_s] = q.value(0).toString();
        content.insert(q.value(0).toString(),
                       QString::fromLatin1(QCryptographicHash::hash(
                           QJsonDocument(record).toJson(QJsonDocument::Compact),
                           QCryptographicHash::Sha256).toHex()));
    }
    return content;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

private slots:
    void everyDossierArrivesOnceThroughFaults_data()
    {
        QTest::addColumn<QStringList>("faults");
        QTest::addColumn<bool>("cuts"); // whether requests are faulted (not only slowed)
        QTest::newRow("latency") << QStringList{u"--latency-ms"_s, u"150"_s} << false;
        QTest::newRow("bandwidth") << QStringList{u"--bandwidth-kbit"_s, u"4000"_s} << false;
        QTest::newRow("drop request") << QStringList{u"--drop-request-every"_s, u"4"_s} << true;
        QTest::newRow("drop response") << QStringList{u"--drop-response-every"_s, u"4"_s} << true;
        QTest::newRow("drop by chance")
            << QStringList{u"--drop-probability"_s, u"0.2"_s, u"--fault-seed"_s, u"7"_s} << true;
        QTest::newRow("503 retry-after") << QStringList{u"--fail-every"_s, u"4"_s, u"--fail-status"_s,
                                                        u"503"_s, u"--retry-after"_s, u"1"_s} << true;
        QTest::newRow("500") << QStringList{u"--fail-every"_s, u"5"_s, u"--fail-status"_s, u"500"_s} << true;
        QTest::newRow("garbage") << QStringList{u"--garbage-every"_s, u"4"_s} << true;
        QTest::newRow("stall") << QStringList{u"--stall-every"_s, u"3"_s, u"--stall-ms"_s, u"1500"_s} << true;
        QTest::newRow("mixed") << QStringList{
            u"--latency-ms"_s, u"30"_s, u"--bandwidth-kbit"_s, u"8000"_s,
            u"--drop-request-every"_s, u"7"_s, u"--drop-response-every"_s, u"11"_s,
            u"--fail-every"_s, u"13"_s, u"--retry-after"_s, u"1"_s, u"--garbage-every"_s, u"5"_s,
            u"--stall-every"_s, u"9"_s, u"--stall-ms"_s, u"500"_s} << true;
    }

    void everyDossierArrivesOnceThroughFaults()
    {
        QFETCH(QStringList, faults);
        QFETCH(bool, cuts);
        SimProcess sim;
        QVERIFY(sim.start(QStringList{u"--test-endpoints"_s} + faults));
        TempStore store;
        const QString dir = store.dir() + u"/attachments"_s;
        // Two waves, so that pushes meet faults too and not only the uploads before them.
        const int half = kDossiers / 2;
        QStringList scans = queueDossiers(store.db(), dir, half, 3, 300 * 1024);
        int runs = syncUntilDone(store.db(), sim, dir);
        scans += queueDossiers(store.db(), dir, kDossiers - half, 3, 300 * 1024, half);
        runs += syncUntilDone(store.db(), sim, dir);
        QCOMPARE(scans.size(), kDossiers / 3);
        QCOMPARE(countNotSent(store.db()), 0);
        QCOMPARE(scalar(store.db(), u"SELECT count(*) FROM outbox WHERE state = 'action'"_s).toInt(), 0);

        // Faults off to read the outcome through the proxy undisturbed.
        const int faulted = sim.getJson(u"/admin/faults"_s, u"enabled=0"_s).value(u"faulted"_s).toInt();
        const QJsonObject stats = sim.getJson(u"/admin/stats"_s);
        qInfo("%d runs, %d requests faulted, %d pushes, %d duplicates", runs, faulted,
              stats.value(u"push_requests"_s).toInt(), stats.value(u"duplicates"_s).toInt());
        QCOMPARE(faulted > 0, cuts);
        const QHash<QString, QString> desk = deskContent(store.db());
        const QJsonArray stored = sim.getJson(u"/test/dossiers"_s).value(u"dossiers"_s).toArray();
        QCOMPARE(stored.size(), kDossiers);
        QSet<QString> seen;
        for (const QJsonValue &v : stored) {
            const QString key = v[u"IdempotencyKey"_s].toString();
            QVERIFY2(!seen.contains(key), "a dossier was stored twice");
            seen.insert(key);
            QCOMPARE(v[u"content_hash"_s].toString(), desk.value(key));
        }
        const QJsonArray files = sim.getJson(u"/test/attachments"_s).value(u"attachments"_s).toArray();
        QCOMPARE(files.size(), scans.size());
        for (const QJsonValue &v : files) {
            QVERIFY(scans.contains(v[u"sha256"_s].toString()));
            QCOMPARE(v[u"content_sha256"_s].toString(), v[u"sha256"_s].toString());
        }
    }
};

QTEST_GUILESS_MAIN(TestFaults)
#include "tst_faults.moc"
