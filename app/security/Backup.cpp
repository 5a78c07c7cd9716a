#include "Backup.h"

#include "BackupHeader.h"
#include "SecretStreamWriter.h"
#include "store/Database.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSaveFile>
#include <QTemporaryFile>
#include <QThread>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcBackup, "motcua.backup")

namespace motcua {

namespace {

// Copies the open store into path with the online backup API: a consistent snapshot, taken in
// steps so that the desk's own writes are not held up for long.
Result<void> snapshot(Database &db, const QString &path)
{
    sqlite3 *copy = nullptr;
    int rc = sqlite3_open_v2(path.toUtf8().constData(), &copy,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_backup *b = sqlite3_backup_init(copy, "main", db.handle(), "main");
        if (!b) {
            rc = sqlite3_errcode(copy);
        } else {
            do {
                rc = sqlite3_backup_step(b, 256);
                if (rc == SQLITE_BUSY || rc == SQLITE_LOCKED)
                    QThread::msleep(20);
            } while (rc == SQLITE_OK || rc == SQLITE_BUSY || rc == SQLITE_LOCKED);
            rc = sqlite3_backup_finish(b);
        }
        // One self-contained file (no -wal beside it); the desk sets WAL again when it opens it.
        if (rc == SQLITE_OK)
            rc = sqlite3_exec(copy, "PRAGMA journal_mode=DELETE", nullptr, nullptr, nullptr);
    }
    sqlite3_close_v2(copy);
    if (rc == SQLITE_OK)
        return {};
    const bool full = rc == SQLITE_FULL || rc == SQLITE_IOERR;
    return fail(u"backup.snapshot"_s,
                full ? Backup::tr("The store could not be copied: the desk's disk is full. Free "
                                  "some space and try again.")
                     : Backup::tr("The store could not be copied for the backup. Try again; if "
                                  "it fails again, call the IT officer."),
                QString::fromUtf8(sqlite3_errstr(rc)));
}

Error writeError(const QString &target, const QFileDevice &file)
{
    const QString name = QDir::toNativeSeparators(target);
    QString message;
    switch (file.error()) {
    case QFileDevice::ResourceError:
        message = Backup::tr("The backup could not be written to %1: the disk is full. Nothing "
                             "was written. Choose another disk or free some space.").arg(name);
        break;
    case QFileDevice::OpenError:
    case QFileDevice::PermissionsError:
        message = Backup::tr("The backup could not be written to %1: the folder does not exist "
                             "or you may not write there. Nothing was written. Choose another "
                             "folder.").arg(name);
        break;
    default:
        message = Backup::tr("The backup could not be written to %1 (%2). Nothing was written. "
                             "Check the disk and try again.").arg(name, file.errorString());
    }
    return Error{u"backup.write"_s, message, file.errorString()};
}

// Streams one file into the backup as an entry.
bool append(SecretStreamWriter &out, char kind, const QString &name, const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    if (!out.write(BackupEntry::encode(kind, name, in.size())))
        return false;
    qint64 left = in.size();
    while (left > 0) {
        const QByteArray chunk = in.read(std::min<qint64>(left, SecretStreamWriter::kChunk));
        if (chunk.isEmpty() || !out.write(chunk))
            return false;
        left -= chunk.size();
    }
    return true;
}

QStringList scanFiles(const QString &dir)
{
    static const QRegularExpression name(u"^[0-9a-f]{64}$"_s);
    QStringList out;
    QDirIterator it(dir, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        it.next();
        if (name.match(it.fileName()).hasMatch()
            && it.fileInfo().dir().dirName() == it.fileName().left(2))
            out.append(it.fileName().left(2) + u'/' + it.fileName());
    }
    out.sort();
    return out;
}

} // namespace

Result<BackupSummary> Backup::create(Database &db, const QString &attachmentsDir,
                                     const QByteArray &dataKey, const QString &target)
{
    // The snapshot holds the store as it is: next to it (same protection as the store), mode
    // 0600, removed when this returns.
    QTemporaryFile copy(QFileInfo(db.path()).absolutePath() + u"/.backup-XXXXXX.db"_s);
    if (!copy.open())
        return fail(u"backup.snapshot"_s,
                    tr("The store could not be copied for the backup: the desk's data folder "
                       "cannot be written (%1). Free some space and try again.")
                        .arg(copy.errorString()),
                    copy.errorString());
    copy.close();
    if (auto taken = snapshot(db, copy.fileName()); !taken)
        return std::unexpected(taken.error());

    const BackupHeader header{db.storeId(), QDateTime::currentDateTimeUtc(), db.schemaVersion()};
    const QByteArray plainHeader = header.encode();
    QSaveFile file(target);
    if (!file.open(QIODevice::WriteOnly) || file.write(plainHeader) != plainHeader.size())
        return std::unexpected(writeError(target, file));
    BackupSummary summary;
    {
        const QByteArray key = BackupHeaderReader::backupKey(dataKey);
        SecretStreamWriter out(file, key, plainHeader);
        bool ok = append(out, BackupEntry::kStore, QString::fromLatin1(Database::kFileName),
                         copy.fileName());
        const QStringList scans = scanFiles(attachmentsDir);
        for (qsizetype i = 0; ok && i < scans.size(); ++i)
            ok = append(out, BackupEntry::kScan, scans.at(i),
                        QDir(attachmentsDir).filePath(scans.at(i)));
        ok = ok && out.write(BackupEntry::encode(BackupEntry::kEnd, {}, 0)) && out.finish();
        if (!ok) {
            const Error error = file.error() != QFileDevice::NoError
                                    ? writeError(target, file)
                                    : Error{u"backup.read"_s,
                                            tr("A file of the desk could not be read for the "
                                               "backup. Nothing was written. Check the desk's "
                                               "data folder and try again."),
                                            u"source read failed"_s};
            file.cancelWriting(); // the target is left as it was
            return std::unexpected(error);
        }
        summary.scans = int(scans.size());
    }
    summary.bytes = file.size();
    if (!file.commit())
        return std::unexpected(writeError(target, file));
    qCInfo(lcBackup) << "backup written:" << summary.scans << "scans," << summary.bytes << "bytes";
    return summary;
}

} // namespace motcua
