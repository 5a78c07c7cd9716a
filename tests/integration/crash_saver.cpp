// motcua-crash-saver DATA_DIR INCOMING_DIR SEED: the child tst_crash kills. Opens the desk like
// motcua-cli does, then saves dossiers with fresh scans forever, the way the intake page does:
// the scans are imported by AttachmentStore, then IntakeService::queue() commits the dossier.
//
// One line on stdout per step, flushed at once, so the parent knows where each kill landed:
//   R                          the store is open and the desk prepared
//   I                          the scan files of the next dossier exist; importing them
//   Q PAPERS FRESH REUSED      imported; about to queue a dossier with PAPERS papers whose scans
//                              are FRESH (this save's imports) and REUSED (comma lists, or -)
//   P                          only with MOTCUA_CRASH_PAUSE_BEFORE_COMMIT_MS: sleeping before queue()
//   C CODE                     queue() returned: the dossier CODE is committed
//   E CODE DETAIL              an unexpected failure; exit code 2
// Nothing about the applicant is printed. The pause exists only here, never in the app.
#include "core/DeskSettings.h"
#include "core/DeskStartup.h"
#include "intake/AttachmentStore.h"
#include "security/Vault.h"
#include "intake/IntakeRules.h"
#include "intake/IntakeService.h"
#include "security/StoreUnlock.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QRandomGenerator>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <cstring>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

void say(const QString &line)
{
    std::fputs(qPrintable(line + u'\n'), stdout);
    std::fflush(stdout);
}

[[noreturn]] void die(const Error &e)
{
    say(u"E %1 %2"_s.arg(e.code, e.detail.isEmpty() ? e.message : e.detail));
    std::exit(2);
}

QByteArray randomBytes(QRandomGenerator &rng, qint64 size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qint64 i = 0; i < size; i += 4) {
        const quint32 v = rng.generate();
        std::memcpy(bytes.data() + i, &v, size_t(std::min<qint64>(4, size - i)));
    }
    return bytes;
}

// A complete PDF (header, one stream of noise, trailer, %%EOF): fresh content, so a new hash.
QByteArray pdf(QRandomGenerator &rng, qint64 size)
{
    const QByteArray noise = randomBytes(rng, size);
    return "%PDF-1.4\n1 0 obj\n<< /Length " + QByteArray::number(noise.size()) + " >>\nstream\n"
           + noise + "\nendstream\nendobj\ntrailer\n<< /Size 2 >>\n%%EOF\n";
}

// A real PNG of noise, stored without compression so its size follows its pixels.
bool writePng(QRandomGenerator &rng, qint64 size, const QString &path)
{
    const int width = 256;
    const int height = int(std::max<qint64>(1, size / (3 * width)));
    QImage image(width, height, QImage::Format_RGB888);
    for (int y = 0; y < height; ++y) {
        const QByteArray row = randomBytes(rng, 3 * width);
        std::memcpy(image.scanLine(y), row.constData(), size_t(row.size()));
    }
    return image.save(path, "PNG", 100);
}

// A size between 1 KB and 1 MB, small sizes as likely as large ones on a log scale.
qint64 scanSize(QRandomGenerator &rng)
{
    const int bits = 10 + int(rng.bounded(11)); // 2^10 .. 2^20
    return std::max<qint64>(1024, qint64(rng.bounded(1u << bits)));
}

QString writeScan(QRandomGenerator &rng, const QString &incoming, quint64 serial)
{
    const qint64 size = scanSize(rng);
    if (rng.bounded(3) == 0) {
        const QString path = QDir(incoming).filePath(u"scan-%1.png"_s.arg(serial));
        if (writePng(rng, size, path))
            return path;
    } else {
        const QString path = QDir(incoming).filePath(u"scan-%1.pdf"_s.arg(serial));
        QFile f(path);
        if (f.open(QIODevice::WriteOnly) && f.write(pdf(rng, size)) > 0 && f.flush())
            return path;
    }
    die({u"saver.source"_s, u"cannot write a source scan"_s, incoming});
}

QString listOr(const QStringList &shas)
{
    return shas.isEmpty() ? u"-"_s : shas.join(u',');
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 4) {
        std::fputs("usage: motcua-crash-saver DATA_DIR INCOMING_DIR SEED\n", stderr);
        return 2;
    }
    const QString incoming = args.at(2);
    QRandomGenerator rng(args.at(3).toUInt());
    const int pauseMs = qEnvironmentVariableIntValue("MOTCUA_CRASH_PAUSE_BEFORE_COMMIT_MS");

    DeskSettings settings(args.at(1));
    auto opened = Database::open(settings.storePath());
    if (!opened)
        die(opened.error());
    Database &db = **opened;
    // A fixed key (CrashAudit opens the scans with it): this test program saves into the same
    // store round after round, without a keychain.
    if (auto unlocked = StoreUnlock::attach(db, std::make_shared<const Vault>(QByteArray(32, '\x5a')));
        !unlocked)
        die(unlocked.error());
    if (auto prepared = prepareDesk(db, settings); !prepared)
        die(prepared.error());
    const IntakeRules rules = IntakeRules::load(settings);
    // Unlocking the desk (keychain) is not this tool's subject: a fixed key seals its scans, the
    // one CrashAudit opens them with.
    AttachmentStore scans(settings.attachmentsDir(), db.vault(), rules.scanLimits);
    IntakeService intake(db, rules, settings.attachmentsDir());
    const DeskIdentity desk = settings.desk();
    QDir().mkpath(incoming);
    say(u"R"_s);

    QStringList committedScans; // may be reused by later dossiers of this process
    for (quint64 serial = 0;; ++serial) {
        // 1 to 3 scans on papers chosen at random; the other required papers were seen.
        QStringList codes{u"TK"_s, u"GCS"_s, u"GCNKH"_s, u"UQ"_s};
        std::shuffle(codes.begin(), codes.end(), rng);
        const int scanCount = 1 + int(rng.bounded(3));
        QStringList sources;
        for (int i = 0; i < scanCount; ++i)
            sources << writeScan(rng, incoming, serial * 4 + quint64(i));
        say(u"I"_s);

        DossierDraft draft;
        draft.procedureCode = u"1.001193"_s;
        draft.applicantName = u"Lê Văn Đức"_s;
        draft.applicantCccd = u"038090001234"_s;
        draft.applicantPhone = u"0912345678"_s;
        QStringList fresh, reused;
        for (int i = 0; i < codes.size(); ++i) {
            const QString &code = codes.at(i);
            const bool required = code == u"TK" || code == u"GCS";
            PaperDraft paper;
            paper.code = code;
            if (i < scanCount) {
                auto stored = scans.import(sources.at(i));
                if (!stored)
                    die(stored.error());
                paper.form = PaperForm::ScanAttached;
                paper.sha256 = stored->sha256;
                paper.mime = stored->mime;
                paper.size = stored->size;
                paper.originalName = QFileInfo(sources.at(i)).fileName();
                fresh << stored->sha256;
            } else if (required) {
                paper.form = PaperForm::OriginalSeen;
            } else if (!committedScans.isEmpty() && rng.bounded(3) == 0) {
                paper.form = PaperForm::ReusedDigitised;
                paper.sha256 = committedScans.at(int(rng.bounded(committedScans.size())));
                reused << paper.sha256;
            } else {
                continue; // an optional paper not provided
            }
            draft.papers.append(paper);
        }
        say(u"Q %1 %2 %3"_s.arg(draft.papers.size()).arg(listOr(fresh), listOr(reused)));
        if (pauseMs > 0) {
            say(u"P"_s);
            QThread::msleep(ulong(pauseMs));
        }
        auto saved = intake.queue(draft, desk, QDateTime::currentDateTime());
        if (!saved)
            die(saved.error());
        say(u"C "_s + saved->queued.code);
        committedScans << fresh;
        for (const QString &source : std::as_const(sources))
            QFile::remove(source);
    }
}
