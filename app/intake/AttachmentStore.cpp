#include "AttachmentStore.h"

#include "DurableWrite.h"
#include "security/Vault.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>

#include <future>
#include <vector>

#include <openssl/evp.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAttachments, "motcua.attachments")

namespace motcua {

namespace {

// OpenSSL's SHA-256 uses the CPU's SHA instructions: about 0.7 ms per MB here, against 5 ms for
// QCryptographicHash in Qt 6.4, which is most of a save with three 1 MB scans.
QString sha256Hex(const QByteArray &bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.constData(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr)
        != 1)
        return QString::fromLatin1(
            QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
    return QString::fromLatin1(
        QByteArray::fromRawData(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

const QRegularExpression &hashName()
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re;
}

constexpr QByteArrayView kScanContext = "scan";

Error locked()
{
    return Error{u"vault.locked"_s,
                 AttachmentStore::tr("The desk is locked: its scans cannot be read or stored "
                                     "until it is unlocked. Restart motcua; if this persists, call "
                                     "the IT officer."),
                 u"attachment store without a vault"_s};
}

} // namespace

AttachmentStore::AttachmentStore(QString dir, std::shared_ptr<const Vault> vault,
                                 ScanLimits limits)
    : m_dir(std::move(dir))
    , m_vault(std::move(vault))
    , m_limits(limits)
{
}

QString AttachmentStore::pathOf(const QString &sha256) const
{
    return QDir(m_dir).filePath(sha256.left(2) + u'/' + sha256);
}

bool AttachmentStore::contains(const QString &sha256) const
{
    return QFileInfo::exists(pathOf(sha256));
}

Result<StoredAttachment> AttachmentStore::import(const QString &sourcePath)
{
    if (!m_vault)
        return std::unexpected(locked());
    const QString name = QFileInfo(sourcePath).fileName();
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(u"file.read"_s, tr("The file %1 cannot be read (%2). Check that it is still "
                                       "there and try again.").arg(name, source.errorString()));
    if (source.size() > m_limits.maxBytes) {
        auto refused = ScanCheck::check(source, name, m_limits); // says how large, and the limit
        if (!refused)
            return std::unexpected(refused.error());
    }
    // Read once: the bytes checked are the bytes hashed and stored, even if the file changes.
    QByteArray bytes = source.read(m_limits.maxBytes + 1);
    if (source.error() != QFileDevice::NoError)
        return fail(u"file.read"_s, tr("The file %1 cannot be read. Try again.").arg(name));
    QBuffer content(&bytes);
    content.open(QIODevice::ReadOnly);
    auto scan = ScanCheck::check(content, name, m_limits);
    if (!scan)
        return std::unexpected(scan.error());
    StoredAttachment stored{sha256Hex(bytes), scan->mime, scan->size};
    const QString target = pathOf(stored.sha256);
    const qint64 onDisk = QFileInfo(target).size();
    if (onDisk == stored.size + Vault::kOverhead || onDisk == stored.size) {
        // Already on the desk (sealed, or plain from before sealing: read() seals that one). Flush its folder anyway: an earlier attempt may have renamed the
        // file into place and then failed to flush the folder.
        if (!syncFolder(QFileInfo(target).absolutePath()))
            return fail(u"file.write"_s,
                        tr("The scan could not be saved on this desk (is the disk full?). "
                           "Nothing was attached. Free some space and attach it again."));
        return stored;
    }

    const QString folder = QFileInfo(target).absolutePath();
    const Error writeError{u"file.write"_s,
                           tr("The scan could not be saved on this desk (is the disk full?). "
                              "Nothing was attached. Free some space and attach it again."),
                           {}};
    if (!QFileInfo::exists(folder)) {
        // A new folder is durable once the folders holding it are flushed too.
        if (!QDir().mkpath(folder) || !syncFolder(m_dir)
            || !syncFolder(QFileInfo(m_dir).absolutePath()))
            return std::unexpected(writeError);
    }
    if (const QString failed = writeDurably(target, m_vault->sealBytes(bytes, kScanContext));
        !failed.isEmpty())
        return std::unexpected(Error{writeError.code, writeError.message, failed});
    qCInfo(lcAttachments) << "stored a scan of" << stored.size << "bytes";
    return stored;
}

Result<QList<StoredAttachment>> AttachmentStore::importAll(const QStringList &sourcePaths)
{
    // Most of an import waits for the disk: the others run while this thread does the first.
    std::vector<std::future<Result<StoredAttachment>>> others;
    for (qsizetype i = 1; i < sourcePaths.size(); ++i)
        others.push_back(std::async(std::launch::async | std::launch::deferred,
                                    [this, path = sourcePaths.at(i)] { return import(path); }));
    QList<Result<StoredAttachment>> results;
    if (!sourcePaths.isEmpty())
        results.append(import(sourcePaths.first()));
    for (auto &running : others)
        results.append(running.get());
    QList<StoredAttachment> stored;
    for (const Result<StoredAttachment> &r : std::as_const(results)) {
        if (!r)
            return std::unexpected(r.error());
        stored.append(*r);
    }
    return stored;
}

Result<QByteArray> AttachmentStore::read(const QString &sha256) const
{
    if (!m_vault)
        return std::unexpected(locked());
    const QString path = pathOf(sha256);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (!file.exists())
            return fail(u"file.missing"_s,
                        tr("A scan is missing from the desk's attachment folder. Attach it again "
                           "or restore the desk from a backup."),
                        u"no file for the scan"_s);
        return fail(u"file.read"_s,
                    tr("A scan cannot be read (%1). Check the desk's data folder and try again.")
                        .arg(file.errorString()),
                    file.errorString());
    }
    const QByteArray raw = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return fail(u"file.read"_s, tr("A scan cannot be read. Try again."), file.errorString());
    if (auto plain = m_vault->openBytes(raw, kScanContext); plain && sha256Hex(*plain) == sha256)
        return *plain;
    if (sha256Hex(raw) == sha256) {
        // Stored before scans were sealed: seal it now, the content is unchanged.
        if (auto sealed = sealInPlace(path, raw); !sealed)
            qCWarning(lcAttachments) << "a legacy scan could not be sealed yet:"
                                     << sealed.error().detail;
        return raw;
    }
    return fail(u"file.damaged"_s,
                tr("A stored scan is damaged: it was changed outside motcua or belongs to another "
                   "desk. Attach the paper again, or restore the desk from a backup."),
                u"scan file fails authentication or its hash"_s);
}

Result<void> AttachmentStore::sealInPlace(const QString &path, const QByteArray &plain) const
{
    // writeDurably renames over the old file: a reader sees the plain file or the sealed one.
    if (const QString failed = writeDurably(path, m_vault->sealBytes(plain, kScanContext));
        !failed.isEmpty())
        return fail(u"file.write"_s,
                    tr("A scan could not be protected on this desk (is the disk full?). Free some "
                       "space and start motcua again."),
                    failed);
    return {};
}

Result<int> AttachmentStore::sealLegacy() const
{
    if (!m_vault)
        return std::unexpected(locked());
    int sealed = 0;
    QDirIterator it(m_dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString name = it.fileName();
        if (!hashName().match(name).hasMatch())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return fail(u"file.read"_s,
                        tr("A scan cannot be read (%1). Check the desk's data folder and start "
                           "motcua again.").arg(file.errorString()),
                        file.errorString());
        const QByteArray raw = file.readAll();
        file.close();
        // A sealed file is random-looking bytes: its own hash is never its name.
        if (sha256Hex(raw) != name)
            continue;
        if (auto done = sealInPlace(path, raw); !done)
            return std::unexpected(done.error());
        ++sealed;
    }
    if (sealed > 0)
        qCInfo(lcAttachments) << "sealed" << sealed << "scans stored before sealing";
    return sealed;
}

Result<int> AttachmentStore::removeOrphans(const QSet<QString> &referenced)
{
    int removed = 0;
    QDirIterator it(m_dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString file = it.fileName();
        const bool finished = hashName().match(file).hasMatch();
        if (finished && referenced.contains(file))
            continue;
        if (QFile::remove(path))
            ++removed;
        else
            qCWarning(lcAttachments) << "cannot remove an unreferenced file";
    }
    if (removed > 0)
        qCInfo(lcAttachments) << "removed" << removed << "unreferenced or unfinished files";
    return removed;
}

} // namespace motcua
