// A scan through a commune link: a 5 MB scan uploaded through the simulator's fault proxy capped at
// 256 kbit/s, with the connection cut 5 times mid-request. Prints the goodput (scan bytes per second
// over the whole upload) as a share of the cap, and the bytes sent twice. The simulator must be
// built (MOTCUA_BIN_DIR, else ../../bin next to this program).
// Usage: bench_upload [MB=5] [KBIT=256] [CUTS=5] [request|response] [CHUNK_KB=128, the uploader's default]
#include "SimProcess.h"
#include "SyncFixture.h"

#include "intake/AttachmentStore.h"
#include "security/Vault.h"
#include "sync/AttachmentUploader.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QTemporaryDir>
#include <QTest>

#include <cstdio>

using namespace Qt::StringLiterals;
using namespace motcua;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const double mb = args.value(1, u"5"_s).toDouble();
    const int kbit = args.value(2, u"256"_s).toInt();
    const int cuts = args.value(3, u"5"_s).toInt();
    const bool cutResponses = args.value(4) == u"response";
    const qint64 chunkSize =
        args.value(5, QString::number(AttachmentUploader::kChunkSize / 1024)).toLongLong() * 1024;
    if (qEnvironmentVariableIsEmpty("MOTCUA_BIN_DIR"))
        qputenv("MOTCUA_BIN_DIR", QFile::encodeName(app.applicationDirPath() + u"/../../bin"_s));

    QTemporaryDir dir;
    const QString attachments = dir.filePath(u"attachments"_s);
    QDir().mkpath(attachments);
    const qint64 size = qint64(mb * 1024 * 1024);
    // Scans are sealed on the desk; the uploader opens them into memory (the keychain is not
    // measured: a fixed key).
    const auto vault = std::make_shared<const Vault>(QByteArray(32, '\x5a'));
    auto scan = AttachmentStore(attachments, vault).import(SyncFixture::writeScan(dir.path(), 1, size));
    if (!scan)
        qFatal("cannot store the scan: %s", qPrintable(scan.error().message));

    // Requests: one status, one per chunk, and a status plus a chunk again per cut.
    const qint64 chunks = (scan->size + chunkSize - 1) / chunkSize;
    QStringList simArgs{u"--bandwidth-kbit"_s, QString::number(kbit), u"--faults-after"_s, u"1"_s};
    if (cuts > 0) {
        const qint64 every = std::max<qint64>(2, (chunks + 1 + 2 * cuts) / (cuts + 1));
        simArgs << (cutResponses ? u"--drop-response-every"_s : u"--drop-request-every"_s)
                << QString::number(every);
    }
    SimProcess sim;
    if (!sim.start(simArgs))
        qFatal("cannot start the simulator");
    const QString session = SyncFixture::signIn(sim.url());

    AttachmentUploader uploader(sim.url(), attachments, [vault] { return vault; });
    uploader.setChunkSize(chunkSize);
    UploadReport report;
    bool finished = false;
    QElapsedTimer clock;
    clock.start();
    uploader.upload(session, {scan->sha256}, [&](const QList<UploadReport> &r) {
        report = r.value(0);
        finished = true;
    });
    if (!QTest::qWaitFor([&] { return finished; }, 3600 * 1000))
        qFatal("upload did not finish");
    const double seconds = clock.elapsed() / 1000.0;

    const QJsonObject stats = sim.getJson(u"/admin/stats"_s);
    const QJsonObject faults = sim.getJson(u"/admin/faults"_s);
    const int faulted = faults.value(u"faulted"_s).toInt();
    const qint64 upstream = qint64(faults.value(u"upstream_bytes"_s).toDouble());
    const qint64 accepted = qint64(stats.value(u"attachment_bytes_received"_s).toDouble());
    const double goodputKbit = scan->size * 8 / 1000.0 / seconds;
    std::printf("scan %lld bytes in %lld KB chunks through %d kbit/s, %d cuts mid-%s: %s in %.1f s\n",
                static_cast<long long>(scan->size), static_cast<long long>(chunkSize / 1024), kbit,
                faulted,
                cutResponses ? "response" : "request", report.complete ? "complete" : "NOT complete",
                seconds);
    std::printf("goodput %.1f kbit/s = %.1f%% of the cap\n", goodputKbit, 100 * goodputKbit / kbit);
    std::printf("bytes through the link towards the server %lld (%lld more than the scan, with "
                "HTTP heads and cut-off chunks); server accepted %lld bytes twice\n",
                static_cast<long long>(upstream), static_cast<long long>(upstream - scan->size),
                static_cast<long long>(accepted - scan->size));
    return report.complete ? 0 : 1;
}
