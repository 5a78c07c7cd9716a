// Saving a dossier with three 1 MB scans, durably, as the clerk experiences it after pressing
// Save: AttachmentStore::importAll of the scans (each: check, SHA-256, write, fsync, link into
// place, folder fsync; the three at once), then IntakeService::queue (one transaction, synchronous=FULL). Each save has fresh scan
// content, or content addressing would skip the writes. The store lives on the real disk: in
// $MOTCUA_BENCH_DIR, else next to this program (the build folder), never in /tmp, which may be
// tmpfs. Usage: bench_save [SAVES=200] [SCANS=3] [KB_PER_SCAN=1024] [parallel|sequential]
// (sequential: one AttachmentStore::import after the other, as before importAll).
#include "core/DeskSettings.h"
#include "core/DeskStartup.h"
#include "intake/AttachmentStore.h"
#include "security/Vault.h"
#include "intake/IntakeRules.h"
#include "intake/IntakeService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QStorageInfo>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <algorithm>
#include <numeric>

#include <sys/vfs.h>
#include <unistd.h>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

QString filesystemOf(const QString &path)
{
    struct statfs s;
    if (::statfs(QFile::encodeName(path).constData(), &s) != 0)
        return u"unknown"_s;
    QString type;
    switch (quint32(s.f_type)) {
    case 0xEF53: type = u"ext2/3/4"_s; break;
    case 0x01021994: type = u"tmpfs"_s; break;
    case 0x58465342: type = u"xfs"_s; break;
    case 0x9123683E: type = u"btrfs"_s; break;
    case 0x794C7630: type = u"overlayfs"_s; break;
    default: type = u"magic 0x%1"_s.arg(quint32(s.f_type), 0, 16);
    }
    const QStorageInfo mount(path);
    return u"%1 (%2 %3 on %4)"_s.arg(type, QString::fromLatin1(mount.fileSystemType()),
                                     QString::fromLocal8Bit(mount.device()), mount.rootPath());
}

// A complete 1 MB PDF of noise: every save hashes and writes new content.
void writeScan(QRandomGenerator &rng, const QString &path, qint64 bytes)
{
    QByteArray noise(bytes, Qt::Uninitialized);
    rng.fillRange(reinterpret_cast<quint32 *>(noise.data()), noise.size() / 4);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly)
        || f.write("%PDF-1.4\n1 0 obj\n<< /Length " + QByteArray::number(bytes) + " >>\nstream\n"
                   + noise + "\nendstream\nendobj\ntrailer\n<< /Size 2 >>\n%%EOF\n") <= 0)
        qFatal("cannot write a scan");
}

struct Stats
{
    double p50 = 0, p90 = 0, p99 = 0, max = 0;
};

Stats stats(QList<double> ms)
{
    std::sort(ms.begin(), ms.end());
    auto at = [&](double q) {
        return ms.at(std::min<qsizetype>(ms.size() - 1, qsizetype(q * double(ms.size()))));
    };
    return {at(0.50), at(0.90), at(0.99), ms.last()};
}

QString line(const char *what, const Stats &s)
{
    return u"%1 p50 %2 ms  p90 %3 ms  p99 %4 ms  max %5 ms"_s.arg(QLatin1StringView(what), -10)
        .arg(s.p50, 0, 'f', 2)
        .arg(s.p90, 0, 'f', 2)
        .arg(s.p99, 0, 'f', 2)
        .arg(s.max, 0, 'f', 2);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"motcua.*.info=false"_s);
    const QStringList args = app.arguments();
    const int saves = args.size() > 1 ? args.at(1).toInt() : 200;
    const int scanCount = args.size() > 2 ? args.at(2).toInt() : 3;
    const qint64 bytes = (args.size() > 3 ? args.at(3).toLongLong() : 1024) * 1024;
    const bool sequential = args.size() > 4 && args.at(4) == u"sequential";
    const int warmup = 5;

    const QString parent = qEnvironmentVariableIsSet("MOTCUA_BENCH_DIR")
                               ? qEnvironmentVariable("MOTCUA_BENCH_DIR")
                               : QCoreApplication::applicationDirPath();
    QTemporaryDir dir(QDir(parent).filePath(u"bench-save-XXXXXX"_s));
    if (!dir.isValid())
        qFatal("cannot create a folder in %s", qPrintable(parent));
    const DeskSettings settings(dir.filePath(u"desk"_s));
    auto opened = Database::open(settings.storePath());
    if (!opened || !prepareDesk(**opened, settings))
        qFatal("cannot open the store");
    Database &db = **opened;
    const IntakeRules rules = IntakeRules::load(settings);
    // Sealing is part of a save: measured with a fixed key (the keychain is not measured).
    AttachmentStore store(settings.attachmentsDir(),
                          std::make_shared<const Vault>(QByteArray(32, '\x5a')), rules.scanLimits);
    IntakeService intake(db, rules, settings.attachmentsDir());
    // The scanner's files, rewritten for every save, are kept in RAM when /dev/shm allows: on the
    // disk, freeing their old blocks would add discards to the commits being measured.
    QTemporaryDir shm(u"/dev/shm/bench-save-XXXXXX"_s);
    const QString incoming = shm.isValid() ? shm.path() : dir.filePath(u"scanner"_s);
    QDir().mkpath(incoming);
    QRandomGenerator rng(20261123);
    // What earlier runs deleted (their stores) reaches the disk now, not during the first saves.
    const int settle = qEnvironmentVariableIsSet("MOTCUA_BENCH_SETTLE_S")
                           ? qEnvironmentVariableIntValue("MOTCUA_BENCH_SETTLE_S")
                           : 5;
    ::sync();
    QThread::sleep(settle);

    QList<double> total, imports, queues;
    QElapsedTimer timer;
    for (int n = 0; n < warmup + saves; ++n) {
        // The scanner wrote these before the clerk pressed Save: not timed.
        QStringList sources;
        for (int i = 0; i < scanCount; ++i) {
            sources << QDir(incoming).filePath(u"scan-%1.pdf"_s.arg(i));
            writeScan(rng, sources.last(), bytes);
        }
        DossierDraft draft;
        draft.procedureCode = u"1.001193"_s;
        draft.applicantName = u"Lê Văn Đức"_s;
        draft.applicantCccd = u"038090001234"_s;
        draft.applicantPhone = u"0912345678"_s;
        const QStringList codes{u"TK"_s, u"GCS"_s, u"GCNKH"_s, u"UQ"_s};

        timer.start();
        Result<QList<StoredAttachment>> stored = QList<StoredAttachment>();
        if (sequential) {
            for (const QString &source : std::as_const(sources)) {
                auto one = store.import(source);
                if (!one) {
                    stored = std::unexpected(one.error());
                    break;
                }
                stored->append(*one);
            }
        } else {
            stored = store.importAll(sources);
        }
        if (!stored)
            qFatal("import failed: %s", qPrintable(stored.error().message));
        for (int i = 0; i < scanCount; ++i) {
            PaperDraft paper;
            paper.code = codes.at(i % codes.size());
            paper.form = PaperForm::ScanAttached;
            paper.sha256 = stored->at(i).sha256;
            paper.mime = stored->at(i).mime;
            paper.size = stored->at(i).size;
            paper.originalName = QFileInfo(sources.at(i)).fileName();
            draft.papers.append(paper);
        }
        if (scanCount < 2)
            draft.papers.append({u"GCS"_s, {}, true, 1, PaperForm::OriginalSeen});
        const qint64 imported = timer.nsecsElapsed();
        auto saved = intake.queue(draft, settings.desk(), QDateTime::currentDateTime());
        const qint64 done = timer.nsecsElapsed();
        if (!saved)
            qFatal("save failed: %s", qPrintable(saved.error().message));
        if (n >= warmup) {
            total << done / 1e6;
            imports << imported / 1e6;
            queues << (done - imported) / 1e6;
        }
    }

    QTextStream out(stdout);
    out << "store: " << QDir(dir.path()).absolutePath() << '\n';
    const QString filesystem = filesystemOf(dir.path());
    out << "filesystem: " << filesystem << '\n';
    if (filesystem.startsWith(u"tmpfs"))
        out << "WARNING: the store is in RAM, fsync costs nothing: set MOTCUA_BENCH_DIR\n";
    out << "scans read from: " << filesystemOf(incoming) << '\n';
    out << "settled " << settle << " s after sync() before the first save (MOTCUA_BENCH_SETTLE_S)\n";
    out << "saves: " << saves << " (after " << warmup << " not counted), " << scanCount
        << " scans of " << bytes / 1024 << " KB each, fresh content every save, imported "
        << (sequential ? "one after the other" : "at once (importAll)") << '\n';
    const Stats t = stats(total);
    out << line("save", t) << '\n';
    out << line("import", stats(imports)) << '\n';
    out << line("queue", stats(queues)) << '\n';
    QList<int> order(total.size());
    std::iota(order.begin(), order.end(), 0);
    std::sort(order.begin(), order.end(), [&](int a, int b) { return total.at(a) > total.at(b); });
    out << "slowest saves (number: total = import + queue ms):";
    for (int i = 0; i < std::min<int>(5, int(order.size())); ++i)
        out << u"  #%1: %2 = %3 + %4"_s.arg(order.at(i) + 1)
                   .arg(total.at(order.at(i)), 0, 'f', 1)
                   .arg(imports.at(order.at(i)), 0, 'f', 1)
                   .arg(queues.at(order.at(i)), 0, 'f', 1);
    out << '\n';
    out << "target p99 < 20 ms: " << (t.p99 < 20 ? "met" : "NOT met") << '\n';
    return 0;
}
