#include "BackupRestore.h"

#include "SecretStreamReader.h"
#include "SecretStreamWriter.h"
#include "StoreInspection.h"
#include "intake/DurableWrite.h"
#include "store/Database.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QtEndian>

#include <unistd.h>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcBackup)

namespace motcua {

namespace {

Error writeFailed(const QString &detail)
{
    return Error{u"backup.restore_write"_s,
                 BackupRestore::tr("The backup could not be unpacked on this desk (is the disk "
                                   "full?). Nothing was changed. Free some space and try again."),
                 detail};
}

// Copies the next `size` bytes of the stream into path, flushed to disk.
Result<void> unpack(SecretStreamReader &in, quint64 size, const QString &path)
{
    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return std::unexpected(writeFailed(u"mkpath"_s));
    QFile out(path);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return std::unexpected(writeFailed(out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    while (size > 0) {
        auto chunk = in.read(qsizetype(std::min<quint64>(size, SecretStreamWriter::kChunk)));
        if (!chunk)
            return std::unexpected(chunk.error());
        if (out.write(*chunk) != chunk->size())
            return std::unexpected(writeFailed(out.errorString()));
        size -= quint64(chunk->size());
    }
    if (!out.flush() || ::fsync(out.handle()) != 0)
        return std::unexpected(writeFailed(u"fsync"_s));
    return {};
}

struct Unpacked
{
    bool store = false;
    int scans = 0;
};

// Decrypts every entry of the stream into dir (motcua.db, attachments/ab/abcdef…).
Result<Unpacked> unpackAll(SecretStreamReader &in, const QString &dir)
{
    static const QRegularExpression scanName(u"^([0-9a-f]{2})/\\1[0-9a-f]{62}$"_s);
    const QString storeName = QString::fromLatin1(Database::kFileName);
    Unpacked got;
    for (;;) {
        auto prefix = in.read(BackupEntry::kPrefix);
        if (!prefix)
            return std::unexpected(prefix.error());
        const char kind = prefix->at(0);
        auto name = in.read(qFromBigEndian<quint16>(prefix->constData() + 1));
        auto size = name ? in.read(8) : name;
        if (!size)
            return std::unexpected(size.error());
        const QString entry = QString::fromUtf8(*name);
        const quint64 bytes = qFromBigEndian<quint64>(size->constData());
        if (kind == BackupEntry::kEnd && entry.isEmpty() && bytes == 0 && got.store) {
            if (auto end = in.expectEnd(); !end)
                return std::unexpected(end.error());
            return got;
        }
        QString path;
        if (kind == BackupEntry::kStore && entry == storeName && !got.store) {
            path = QDir(dir).filePath(storeName);
            got.store = true;
        } else if (kind == BackupEntry::kScan && got.store && scanName.match(entry).hasMatch()) {
            path = QDir(dir).filePath(u"attachments/"_s + entry);
            ++got.scans;
        } else {
            // Authenticated, yet not what this version writes: refuse rather than guess.
            return fail(u"backup.damaged"_s,
                        BackupRestore::tr("The backup holds something this version of motcua "
                                          "does not know. Nothing was changed."),
                        u"unexpected entry"_s);
        }
        if (auto written = unpack(in, bytes, path); !written)
            return std::unexpected(written.error());
    }
}

// Renames, and undoes them all if one fails.
class Swap
{
public:
    bool move(const QString &from, const QString &to)
    {
        if (!QFile::rename(from, to))
            return false;
        m_done.append({from, to});
        return true;
    }
    void undo()
    {
        while (!m_done.isEmpty()) {
            const auto [from, to] = m_done.takeLast();
            if (!QFile::rename(to, from))
                qCWarning(lcBackup) << "could not put a file back after a failed restore";
        }
    }

private:
    QList<std::pair<QString, QString>> m_done;
};

} // namespace

Result<RestoreReport> BackupRestore::restore(const QString &backupFile, const QByteArray &dataKey,
                                             const QString &storePath,
                                             const QString &attachmentsDir, const QDateTime &now)
{
    QFile file(backupFile);
    if (!file.open(QIODevice::ReadOnly))
        return fail(u"backup.read"_s,
                    tr("The backup %1 cannot be read (%2). Check the name and that you may read "
                       "it.").arg(QDir::toNativeSeparators(backupFile), file.errorString()),
                    file.errorString());
    QByteArray rawHeader;
    auto header = BackupHeaderReader::read(file, &rawHeader);
    if (!header)
        return std::unexpected(header.error());

    const QString dataDir = QFileInfo(storePath).absolutePath();
    if (!QDir().mkpath(dataDir))
        return std::unexpected(writeFailed(u"mkpath data dir"_s));
    QTemporaryDir work(dataDir + u"/.restore-XXXXXX"_s);
    if (!work.isValid())
        return std::unexpected(writeFailed(work.errorString()));
    RestoreReport report;
    report.header = *header;
    {
        SecretStreamReader in(file, BackupHeaderReader::backupKey(dataKey), rawHeader);
        auto unpacked = unpackAll(in, work.path());
        if (!unpacked)
            return std::unexpected(unpacked.error());
        report.scans = unpacked->scans;
    }
    const QString restored = work.filePath(QString::fromLatin1(Database::kFileName));
    auto facts = StoreInspection::inspect(restored, true);
    if (!facts || facts->storeId != header->storeId)
        return fail(u"backup.damaged"_s,
                    tr("The store inside the backup is damaged or is not the store the backup "
                       "names. Nothing was changed. Use another copy of the backup."),
                    facts ? u"store id differs from the header"_s : facts.error().detail);
    if (facts->schemaVersion > Database::latestSchemaVersion())
        return fail(u"store.newer"_s,
                    tr("This backup was made by a newer version of motcua. Install that version "
                       "first, then restore. Nothing was changed."),
                    u"schema %1"_s.arg(facts->schemaVersion));

    // No sync may run on the store while it is swapped (the lock SyncEngine holds for a run).
    QLockFile lock(storePath + u".sync-lock"_s);
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0))
        return fail(u"backup.busy"_s,
                    tr("motcua is syncing this desk right now. Close motcua on this desk, wait "
                       "for the sync to end, and restore again. Nothing was changed."),
                    u"sync lock held"_s);
    const QString stamp = u".before-restore-"_s + now.toString(u"yyyyMMdd-HHmmss"_s);
    Swap swap;
    bool ok = true;
    if (QFileInfo::exists(storePath)) {
        report.storeAside = storePath + stamp;
        for (const QString &suffix : {u""_s, u"-wal"_s, u"-shm"_s})
            if (ok && QFileInfo::exists(storePath + suffix))
                ok = swap.move(storePath + suffix, report.storeAside + suffix);
    }
    if (ok && QFileInfo::exists(attachmentsDir)) {
        report.scansAside = attachmentsDir + stamp;
        ok = swap.move(attachmentsDir, report.scansAside);
    }
    ok = ok && swap.move(restored, storePath);
    const QString scans = work.filePath(u"attachments"_s);
    ok = ok && (QFileInfo::exists(scans) ? swap.move(scans, attachmentsDir)
                                          : QDir().mkpath(attachmentsDir));
    if (!ok || !syncFolder(dataDir)) {
        swap.undo();
        return fail(u"backup.swap"_s,
                    tr("The restored store could not be put in place; the store in use was put "
                       "back. Check that no other program uses the desk's data folder and try "
                       "again."),
                    u"rename failed"_s);
    }
    qCInfo(lcBackup) << "backup restored:" << report.scans << "scans";
    return report;
}

} // namespace motcua
