// Pushing a desk's queue to the provincial simulator on loopback through SyncEngine, as
// `motcua-cli sync` does: N dossiers in batches of the engine's adaptive size (or a fixed BATCH),
// then the same N one request per dossier (batch size 1, same engine, a fresh simulator so that
// every record is created again).
// Usage: MOTCUA_BIN_DIR=build/bin bench_push [DOSSIERS=10000] [BATCH=auto]
// The desk store and the simulator's data live in $MOTCUA_BENCH_DIR, else next to this program (the
// build folder), never in /tmp, which may be tmpfs.
#include "SimProcess.h"
#include "TempStore.h"

#include "intake/IntakeService.h"
#include "store/OutboxRepository.h"
#include "sync/SyncEngine.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QTextStream>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

struct Figures
{
    double seconds = 0;
    int created = 0;
    int requests = 0;
};

Figures push(Database &db, int batchSize)
{
    SimProcess sim;
    if (!sim.start())
        qFatal("the simulator did not start; set MOTCUA_BIN_DIR");
    if (!db.execScript(u"UPDATE outbox SET state = 'queued', attempts = 0, next_attempt_at = NULL, "
                       "sent_at = NULL, last_error = ''"_s))
        qFatal("cannot reset the outbox");
    ProvincialApi api(sim.url());
    SyncEngine engine(db, api, {u"canbo01"_s, u"motcua-demo"_s});
    if (batchSize > 0)
        engine.setBatchSize(batchSize); // 0: the engine's adaptive size
    SyncSummary summary;
    QEventLoop loop;
    QObject::connect(&engine, &SyncEngine::finished, &loop, [&](const SyncSummary &s) {
        summary = s;
        loop.quit();
    });
    QElapsedTimer timer;
    timer.start();
    QMetaObject::invokeMethod(&engine, &SyncEngine::start, Qt::QueuedConnection);
    loop.exec();
    Figures f;
    f.seconds = timer.nsecsElapsed() / 1e9;
    f.created = summary.sent;
    f.requests = sim.getJson(u"/admin/stats"_s).value(u"push_requests"_s).toInt();
    return f;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"motcua.*.info=false"_s);
    const QStringList args = app.arguments();
    const int n = args.value(1, u"10000"_s).toInt();
    // BATCH: records per request; "auto" (the default) is what the desk does (adaptive size).
    const int batch = args.value(2, u"auto"_s).toInt();
    QTextStream out(stdout);
    const QString base = qEnvironmentVariable("MOTCUA_BENCH_DIR", app.applicationDirPath());
    if (!qEnvironmentVariableIsSet("MOTCUA_BIN_DIR"))
        qputenv("MOTCUA_BIN_DIR", QDir(app.applicationDirPath()).filePath(u"../../bin"_s).toUtf8());
    qputenv("TMPDIR", base.toUtf8()); // TempStore and SimProcess use QTemporaryDir

    TempStore store;
    QElapsedTimer queueing;
    queueing.start();
    {
        IntakeService intake(store.db());
        for (int i = 0; i < n; ++i) {
            DossierDraft d;
            d.procedureCode = i % 2 ? u"1.001193"_s : u"1.000894"_s;
            d.applicantName = u"Nguyễn Văn Minh %1"_s.arg(i);
            d.applicantCccd = u"0011%1"_s.arg(i, 8, 10, QChar(u'0'));
            d.applicantPhone = u"0987654321"_s;
            if (!intake.queue(withRequiredPapers(store.db(), d), DeskIdentity{},
                              QDateTime::currentDateTime()))
                qFatal("cannot queue dossier %d", i);
        }
    }
    out << "queued " << n << " dossiers in " << queueing.elapsed() << " ms (" << base << ")\n"
        << Qt::flush;

    const Figures batched = push(store.db(), batch);
    out << "batches of " << (batch > 0 ? QString::number(batch) : u"adaptive size"_s) << ": " << batched.created << " created, " << batched.requests
        << " requests, " << QString::number(batched.seconds, 'f', 2) << " s, "
        << QString::number(batched.created / batched.seconds, 'f', 0) << " dossiers/s\n"
        << Qt::flush;
    const Figures single = push(store.db(), 1);
    out << "one request per dossier: " << single.created << " created, " << single.requests
        << " requests, " << QString::number(single.seconds, 'f', 2) << " s, "
        << QString::number(single.created / single.seconds, 'f', 0) << " dossiers/s\n";
    out << "ratio: " << QString::number(single.seconds / batched.seconds, 'f', 1) << "x\n";
    return batched.created == n && single.created == n ? 0 : 1;
}
