#include "AttachmentStore.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>

#include <fcntl.h>
#include <unistd.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcAttachments, "motcua.attachments")

namespace motcua {

namespace {

// A rename is durable only once the folder holding it is flushed too.
bool syncFolder(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_DIRECTORY);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

const QRegularExpression &hashName()
{
    static const QRegularExpression re(u"^[0-9a-f]{64}$"_s);
    return re;
}

} // namespace

AttachmentStore::AttachmentStore(QString dir, ScanLimits limits)
    : m_dir(std::move(dir))
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
    const QString name = QFileInfo(sourcePath).fileName();
    QFile source(sourcePath);
    if (!source.open(QIODevice::ReadOnly))
        return fail(u"file.read"_s, tr("The file %1 cannot be read (%2). Check that it is still "
                                       "there and try again.").arg(name, source.errorString()));
    auto scan = ScanCheck::check(source, name, m_limits);
    if (!scan)
        return std::unexpected(scan.error());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    source.seek(0);
    if (!hash.addData(&source))
        return fail(u"file.read"_s, tr("The file %1 cannot be read. Try again.").arg(name));
    StoredAttachment stored{QString::fromLatin1(hash.result().toHex()), scan->mime, scan->size};
    const QString target = pathOf(stored.sha256);
    if (QFileInfo(target).size() == stored.size)
        return stored; // this content is already on the desk

    const QString folder = QFileInfo(target).absolutePath();
    const Error writeError{u"file.write"_s,
                           tr("The scan could not be saved on this desk (is the disk full?). "
                              "Nothing was attached. Free some space and attach it again."),
                           {}};
    if (!QDir().mkpath(folder))
        return std::unexpected(writeError);
    QSaveFile out(target); // writes a temporary file, flushes it to disk, then renames it
    if (!out.open(QIODevice::WriteOnly))
        return std::unexpected(Error{writeError.code, writeError.message, out.errorString()});
    source.seek(0);
    while (!source.atEnd()) {
        const QByteArray chunk = source.read(1 << 20);
        if (chunk.isEmpty() || out.write(chunk) != chunk.size()) {
            out.cancelWriting();
            return std::unexpected(Error{writeError.code, writeError.message, out.errorString()});
        }
    }
    if (!out.commit() || !syncFolder(folder))
        return std::unexpected(Error{writeError.code, writeError.message, out.errorString()});
    qCInfo(lcAttachments) << "stored a scan of" << stored.size << "bytes";
    return stored;
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
