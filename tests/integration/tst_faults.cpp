// The fault matrix: each fault of the simulator alone, then all of them at once. A desk with ~30
// dossiers (some with scans) syncs again and again until nothing is pending; then every dossier
// must be on the server exactly once with the desk's content, and every scan with its hash.
#include "SimProcess.h"
#include "SyncFixture.h"
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
        QJsonObject record = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
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
        QTest::newRow("latency") << QStringList{u"--latency-ms"_s, u"150"_s};
        QTest::newRow("bandwidth") << QStringList{u"--bandwidth-kbit"_s, u"4000"_s};
        QTest::newRow("drop request") << QStringList{u"--drop-request-every"_s, u"4"_s};
        QTest::newRow("drop response") << QStringList{u"--drop-response-every"_s, u"4"_s};
        QTest::newRow("drop by chance")
            << QStringList{u"--drop-probability"_s, u"0.2"_s, u"--fault-seed"_s, u"7"_s};
        QTest::newRow("503 retry-after") << QStringList{u"--fail-every"_s, u"4"_s, u"--fail-status"_s,
                                                        u"503"_s, u"--retry-after"_s, u"1"_s};
        QTest::newRow("500") << QStringList{u"--fail-every"_s, u"5"_s, u"--fail-status"_s, u"500"_s};
        QTest::newRow("garbage") << QStringList{u"--garbage-every"_s, u"4"_s};
        QTest::newRow("stall") << QStringList{u"--stall-every"_s, u"3"_s, u"--stall-ms"_s, u"1500"_s};
        QTest::newRow("mixed") << QStringList{
            u"--latency-ms"_s, u"30"_s, u"--bandwidth-kbit"_s, u"8000"_s,
            u"--drop-request-every"_s, u"7"_s, u"--drop-response-every"_s, u"11"_s,
            u"--fail-every"_s, u"13"_s, u"--retry-after"_s, u"1"_s, u"--garbage-every"_s, u"5"_s,
            u"--stall-every"_s, u"9"_s, u"--stall-ms"_s, u"500"_s};
    }

    void everyDossierArrivesOnceThroughFaults()
    {
        QFETCH(QStringList, faults);
        SimProcess sim;
        QVERIFY(sim.start(QStringList{u"--test-endpoints"_s} + faults));
        TempStore store;
        const QString dir = store.dir() + u"/attachments"_s;
        const QStringList scans = queueDossiers(store.db(), dir, kDossiers, 3, 300 * 1024);
        QCOMPARE(scans.size(), kDossiers / 3);

        int runs = 0;
        while (countNotSent(store.db()) > 0 && runs < kMaxRuns) {
            ++runs;
            const SyncSummary s = runSync(store.db(), sim.url(), dir);
            QCOMPARE(s.needsAction, 0); // faults are never the clerk's problem
        }
        qInfo("%d runs", runs);
        QCOMPARE(countNotSent(store.db()), 0);

        // Faults off to read the outcome through the proxy undisturbed.
        sim.getJson(u"/admin/faults"_s, u"enabled=0"_s);
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
