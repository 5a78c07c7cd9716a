#include "SimStore.h"

#include "DossierBatchWriter.h"
#include "SimSchema.h"
#include "SqlExec.h"

#include <QtCore/QDateTime>
#include <QtCore/QDir>
#include <QtCore/QFile>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>

SimStore::SimStore()
    : m_connectionName(QStringLiteral("motcua-provincial-sim-%1")
                           .arg(reinterpret_cast<quintptr>(this), 0, 16))
{
}

SimStore::~SimStore()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = database();
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

QSqlDatabase SimStore::database() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

std::expected<void, QString> SimStore::open(const QString &dataDir)
{
    if (!QDir().mkpath(dataDir))
        return std::unexpected(QStringLiteral("cannot create the data directory ") + dataDir);
    m_filePath = QDir(dataDir).absoluteFilePath(QStringLiteral("provincial-sim.db"));

    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    if (!db.isValid())
        return std::unexpected(QStringLiteral("the Qt SQLite driver (QSQLITE) is not available"));
    db.setDatabaseName(m_filePath);
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000"));
    if (!db.open())
        return std::unexpected(m_filePath + QStringLiteral(": ") + db.lastError().text());
    // The store holds personal data: owner-only (SQLite gives -wal/-shm the same mode).
    QFile::setPermissions(m_filePath, QFile::ReadOwner | QFile::WriteOwner);

    auto version = configure();
    if (!version)
        return std::unexpected(m_filePath + QStringLiteral(": ") + version.error());
    if (auto r = SimSchema::migrate(database(), *version); !r)
        return std::unexpected(m_filePath + QStringLiteral(": ") + r.error());
    return {};
}

std::expected<int, QString> SimStore::configure()
{
    const QSqlDatabase db = database();
    auto wal = SqlExec::run(db, QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!wal)
        return std::unexpected(wal.error());
    if (!wal->next() || wal->value(0).toString().compare(u"wal", Qt::CaseInsensitive) != 0)
        return std::unexpected(QStringLiteral("cannot switch to WAL journal mode"));
    for (const QString &pragma : {QStringLiteral("PRAGMA foreign_keys = ON"),
                                  QStringLiteral("PRAGMA synchronous = FULL")}) {
        if (auto r = SqlExec::run(db, pragma); !r)
            return std::unexpected(r.error());
    }
    auto version = SqlExec::run(db, QStringLiteral("PRAGMA user_version"));
    if (!version)
        return std::unexpected(version.error());
    const int found = version->next() ? version->value(0).toInt() : 0;
    if (found > kSchemaVersion)
        return std::unexpected(
            QStringLiteral("written by a newer simulator (schema version %1)").arg(found));
    return found;
}

std::expected<qint64, QString> SimStore::clerkCount()
{
    auto q = SqlExec::run(database(), QStringLiteral("SELECT COUNT(*) FROM clerks"));
    if (!q)
        return std::unexpected(q.error());
    return q->next() ? q->value(0).toLongLong() : 0;
}

std::expected<std::optional<ClerkRecord>, QString> SimStore::clerk(const QString &username)
{
    auto q = SqlExec::run(database(),
                          QStringLiteral("SELECT username, full_name, unit_code, password_salt,"
                                         " password_digest, pbkdf2_iterations, role FROM clerks"
                                         " WHERE username = ?"),
                          {username});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ClerkRecord>{};
    return ClerkRecord{q->value(0).toString(),    q->value(1).toString(),
                       q->value(2).toString(),    q->value(3).toByteArray(),
                       q->value(4).toByteArray(), q->value(5).toInt(),
                       q->value(6).toString()};
}

std::expected<void, QString> SimStore::upsertClerk(const ClerkRecord &c)
{
    auto q = SqlExec::run(
        database(),
        QStringLiteral("INSERT INTO clerks (username, full_name, unit_code, password_salt,"
                       " password_digest, pbkdf2_iterations, role, updated_at)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"
                       " ON CONFLICT (username) DO UPDATE SET"
                       " password_salt = excluded.password_salt,"
                       " password_digest = excluded.password_digest,"
                       " pbkdf2_iterations = excluded.pbkdf2_iterations,"
                       " updated_at = excluded.updated_at"),
        {c.username, c.fullName, c.unitCode, c.passwordSalt, c.passwordDigest,
         c.pbkdf2Iterations, c.role, QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<QList<DossierOutcome>, QString>
SimStore::storeBatch(const QString &clerkUsername, const QList<DossierSubmission> &records,
                     qint64 invalidCount, const DeferredPolicy &deferred)
{
    return DossierBatchWriter(database(), deferred).write(clerkUsername, records, invalidCount);
}

std::expected<StoreStats, QString> SimStore::stats()
{
    const QSqlDatabase db = database();
    StoreStats s;
    auto count = SqlExec::run(db, QStringLiteral("SELECT COUNT(*) FROM dossiers"));
    if (!count)
        return std::unexpected(count.error());
    s.dossiers = count->next() ? count->value(0).toLongLong() : 0;
    count->finish();

    auto channels = SqlExec::run(
        db, QStringLiteral("SELECT IFNULL(SUM(channel = 1), 0), IFNULL(SUM(channel = 2), 0),"
                           " IFNULL(SUM(channel = 3), 0),"
                           " IFNULL(SUM(channel = 2 AND citizen_confirmation = 'confirmed'), 0),"
                           " IFNULL(SUM(citizen_confirmation = 'awaiting'), 0) FROM dossiers"));
    if (!channels)
        return std::unexpected(channels.error());
    if (channels->next()) {
        s.direct = channels->value(0).toLongLong();
        s.online = channels->value(1).toLongLong();
        s.postal = channels->value(2).toLongLong();
        s.onlineCitizenConfirmed = channels->value(3).toLongLong();
        s.awaitingCitizen = channels->value(4).toLongLong();
    }

    auto q = SqlExec::run(db, QStringLiteral("SELECT name, value FROM counters"));
    if (!q)
        return std::unexpected(q.error());
    while (q->next()) {
        const QString name = q->value(0).toString();
        const qint64 value = q->value(1).toLongLong();
        if (name == StoreCounter::PushRequests)
            s.pushRequests = value;
        else if (name == StoreCounter::RecordsReceived)
            s.recordsReceived = value;
        else if (name == StoreCounter::Duplicates)
            s.duplicates = value;
        else if (name == StoreCounter::Conflicts)
            s.conflicts = value;
        else if (name == StoreCounter::Invalid)
            s.invalid = value;
        else if (name == StoreCounter::Lookups)
            s.lookups = value;
        else if (name == StoreCounter::Activations)
            s.activations = value;
    }
    return s;
}
