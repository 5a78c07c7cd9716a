#include "SimProcess.h"
#include "SyncFixture.h"
#include "TempStore.h"

#include "TestVault.h"
#include "intake/AttachmentStore.h"
#include "store/OutboxRepository.h"
#include "sync/AttachmentUploader.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace motcua;
using namespace SyncFixture;

namespace {

// The desk's vault: scans are sealed under it and the uploader opens them with it.
const std::shared_ptr<const Vault> &vault()
{
    static const std::shared_ptr<const Vault> v = testVault();
    return v;
}

QList<UploadReport> uploadAll(const QUrl &server, const QString &dir, const QStringList &scans)
{
    const QString session = signIn(server);
    if (session.isEmpty())
        qFatal("cannot sign in");
    AttachmentUploader uploader(server, dir, [] { return vault(); });
    QList<UploadReport> reports;
    bool finished = false;
    uploader.upload(session, scans, [&](const QList<UploadReport> &r) {
        reports = r;
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 240000))
        qFatal("upload did not finish");
    return reports;
}

// The server's own hash of each complete scan, by name.
QHash<QString, QString> serverHashes(const SimProcess &sim)
{
    QHash<QString, QString> hashes;
    for (const QJsonValue &v : sim.getJson(u"/test/attachments"_s).value(u"attachments"_s).toArray())
        hashes.insert(v[u"sha256"_s].toString(), v[u"content_sha256"_s].toString());
    return hashes;
}

qint64 bytesReceived(const SimProcess &sim)
{
    return qint64(sim.getJson(u"/admin/stats"_s).value(u"attachment_bytes_received"_s).toDouble());
}

StoredAttachment storeScan(const QString &dir, int seed, qint64 bytes)
{
    QDir().mkpath(dir);
    auto stored = AttachmentStore(dir, vault()).import(writeScan(dir + u"/.."_s, seed, bytes));
    if (!stored)
        qFatal("cannot store a scan: %s", qPrintable(stored.error().message));
    return *stored;
}

} // namespace

class TestUpload : public QObject
{
    Q_OBJECT

private slots:
    void resumesAfterDisconnectsFromTheConfirmedOffset()
    {
        // Login goes through; then every 3rd request is cut on its way in and every 5th answer
        // on its way out.
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s, u"--faults-after"_s, u"1"_s,
                           u"--drop-request-every"_s, u"3"_s, u"--drop-response-every"_s, u"5"_s}));
        TempStore store;
        const QString dir = store.dir() + u"/attachments"_s;
        const qint64 size = 6 * AttachmentUploader::kChunkSize + 12345;
        const StoredAttachment scan = storeScan(dir, 1, size);

        const QList<UploadReport> reports = uploadAll(sim.url(), dir, {scan.sha256});
        QCOMPARE(reports.size(), 1);
        const UploadReport &r = reports.first();
        QVERIFY2(r.complete, qPrintable(r.problem));
        const int cuts = sim.getJson(u"/admin/faults"_s).value(u"faulted"_s).toInt();
        QVERIFY(cuts >= 3); // it did go through disconnects
        // The server holds the plain scan (its hash is the name), not the sealed file.
        QCOMPARE(serverHashes(sim).value(scan.sha256), scan.sha256);
        // Bytes the server accepted twice: less than one chunk per disconnect.
        const qint64 twice = bytesReceived(sim) - scan.size;
        QVERIFY2(twice >= 0 && twice < cuts * AttachmentUploader::kChunkSize,
                 qPrintable(u"accepted twice: %1 bytes over %2 cuts"_s.arg(twice).arg(cuts)));
        // And what the desk handed to the network stays within one chunk per disconnect too.
        QVERIFY(r.bytesSent - scan.size < cuts * AttachmentUploader::kChunkSize);
        qInfo("%lld bytes, %d cuts, %d failures seen, %lld bytes sent, %lld accepted twice",
              static_cast<long long>(scan.size), cuts, r.failures,
              static_cast<long long>(r.bytesSent), static_cast<long long>(twice));
    }

    void aScanAlreadyOnTheServerIsNotSentAgain()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        const QString dir = store.dir() + u"/attachments"_s;
        const StoredAttachment scan = storeScan(dir, 2, 300 * 1024);
        QVERIFY(uploadAll(sim.url(), dir, {scan.sha256}).first().complete);
        const qint64 before = bytesReceived(sim);
        QCOMPARE(before, scan.size);

        const UploadReport again = uploadAll(sim.url(), dir, {scan.sha256}).first();
        QVERIFY(again.complete);
        QVERIFY(again.alreadyThere);
        QCOMPARE(again.bytesSent, 0);
        QCOMPARE(bytesReceived(sim), before);
    }

    void aScanDamagedOnTheDeskIsNotSent()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        const QString dir = store.dir() + u"/attachments"_s;
        const StoredAttachment scan = storeScan(dir, 3, 300 * 1024);
        // The desk's copy was damaged after it was stored.
        QFile file(AttachmentStore(dir, vault()).pathOf(scan.sha256));
        QVERIFY(file.open(QIODevice::ReadWrite));
        QVERIFY(file.seek(1000));
        QCOMPARE(file.write("damaged"), 7);
        file.close();

        // The sealed file no longer opens: the desk sends nothing rather than a wrong scan.
        const UploadReport r = uploadAll(sim.url(), dir, {scan.sha256}).first();
        QVERIFY(!r.complete);
        QVERIFY2(r.problem.contains(u"file.damaged"_s), qPrintable(r.problem));
        QCOMPARE(r.bytesSent, 0);
        QVERIFY(!serverHashes(sim).contains(scan.sha256));
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"attachments_complete"_s).toInt(), 0);
    }

    void dossiersGoWithTheirScansAndWaitWhenAScanCannotBeSent()
    {
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        const QString dir = store.dir() + u"/attachments"_s;
        const QStringList scans = queueDossiers(store.db(), dir, 6, 3, 200 * 1024); // 2 scans
        QCOMPARE(scans.size(), 2);
        // One scan's file is gone from the desk: its dossier waits, the others go.
        QVERIFY(QFile::remove(AttachmentStore(dir, vault()).pathOf(scans.at(1))));

        const SyncSummary summary = runSync(store.db(), sim.url(), dir);
        QCOMPARE(summary.sent, 5);
        QCOMPARE(summary.retryLater, 1);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 5);
        QCOMPARE(serverHashes(sim).value(scans.at(0)), scans.at(0));
        auto rows = OutboxRepository(store.db()).list();
        QVERIFY(rows.has_value());
        int waiting = 0;
        for (const QueuedDossier &d : *rows) {
            if (d.state != OutboxState::Sent) {
                ++waiting;
                QVERIFY2(d.reason.contains(u"upload of a scan"_s), qPrintable(d.reason));
            }
        }
        QCOMPARE(waiting, 1);
    }

    void theServerRefusesADossierWhoseScanItDoesNotHave()
    {
        // A desk without the uploader (an older version) pushing a record naming a scan.
        SimProcess sim;
        QVERIFY(sim.start({u"--test-endpoints"_s}));
        TempStore store;
        const QString dir = store.dir() + u"/attachments"_s;
        queueDossiers(store.db(), dir, 1, 1, 1024);
        auto batch = OutboxRepository(store.db()).claimBatch(10, QDateTime::currentDateTimeUtc());
        QVERIFY(batch && batch->size() == 1);
        QJsonObject record = batch->first().payload();
        record[u"IdempotencyKey"_s] = batch->first().idempotencyKey;
        ProvincialApi api(sim.url());
        QList<PushAnswer> answers;
        bool finished = false;
        api.push(signIn(sim.url()), QJsonArray{record}, [&](Result<QList<PushAnswer>> a) {
            answers = a.value_or(QList<PushAnswer>());
            finished = true;
        });
        QVERIFY(QTest::qWaitFor([&] { return finished; }, 30000));
        QCOMPARE(answers.size(), 1);
        QCOMPARE(answers.first().result, PushResult::AttachmentsMissing);
        QCOMPARE(sim.getJson(u"/admin/stats"_s).value(u"dossiers"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUpload)
#include "tst_upload.moc"
