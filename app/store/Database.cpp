#include "Database.h"

#include "Migrations.h"
#include "Quarantine.h"
#include "SqlError.h"

#include <QAtomicInt>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcStore, "motcua.store")

namespace motcua {

namespace {

QString nextConnectionName()
{
    static QAtomicInt counter;
    return u"motcua-store-%1"_s.arg(counter.fetchAndAddRelaxed(1));
}

// SQLite result codes that mean the file itself is damaged or not a database.
bool isCorruption(int code)
{
    return code == SQLITE_CORRUPT || code == SQLITE_NOTADB;
}

} // namespace

Database::Database(QSqlDatabase db, QString path)
    : m_db(std::move(db))
    , m_path(std::move(path))
{
}

Database::~Database()
{
    const QString name = m_db.connectionName();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(name);
}

sqlite3 *Database::handle() const
{
    const QVariant v = m_db.driver()->handle();
    if (qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

int Database::latestSchemaVersion()
{
    return Migrations::all().isEmpty() ? 0 : Migrations::all().constLast().version;
}

QString Database::storeId() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT value FROM desk_meta WHERE key = 'store_id'"_s) || !q.next())
        return {};
    return q.value(0).toString();
}

int Database::schemaVersion() const
{
    QSqlQuery q(m_db);
    if (q.exec(u"PRAGMA user_version"_s) && q.next())
        return q.value(0).toInt();
    return -1;
}

Result<std::unique_ptr<Database>> Database::open(const QString &path)
{
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        return fail(u"store.dir"_s,
                    tr("motcua cannot create the folder %1 for its local store. Check that the "
                       "disk is mounted and writable, or choose another folder with --data-dir.")
                        .arg(info.absolutePath()));
    const bool existed = info.exists();

    auto connected = connect(path);
    if (!connected)
        return std::unexpected(connected.error());
    std::unique_ptr<Database> store = std::move(*connected);

    if (existed) {
        QSqlQuery check(store->m_db);
        const bool ran = check.exec(u"PRAGMA quick_check"_s);
        const int code = ran ? SQLITE_OK : sqliteCode(check.lastError());
        const QString verdict = (ran && check.next()) ? check.value(0).toString() : QString();
        check.finish();
        if ((ran && verdict != u"ok") || (!ran && isCorruption(code))) {
            const QString detail = ran ? verdict : check.lastError().text();
            store.reset();
            qCWarning(lcStore) << "integrity check failed, quarantining the store:" << detail;
            auto moved = Quarantine::moveAside(path);
            if (!moved)
                return std::unexpected(moved.error());
            return fail(u"store.quarantined"_s,
                        tr("The local store was damaged and has been set aside as %1; nothing was "
                           "deleted. Dossiers not yet sent may be in it: ask your IT officer to "
                           "restore the latest backup. motcua will start with an empty store.")
                            .arg(*moved),
                        detail);
        }
        if (!ran)
            return fail(u"store.open"_s,
                        tr("motcua cannot read its local store %1. Close other copies of motcua "
                           "and try again; if it persists, call your IT officer.").arg(path),
                        check.lastError().text());
    }

    if (auto ok = store->configure(); !ok)
        return std::unexpected(ok.error());
    if (auto ok = store->migrate(); !ok)
        return std::unexpected(ok.error());
    return store;
}

Result<std::unique_ptr<Database>> Database::connect(const QString &path)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, nextConnectionName());
    db.setDatabaseName(path);
    db.setConnectOptions(u"QSQLITE_BUSY_TIMEOUT=5000"_s);
    std::unique_ptr<Database> store(new Database(db, path));
    if (!store->m_db.open())
        return fail(u"store.open"_s,
                    tr("motcua cannot open its local store %1. Check that the disk is not full "
                       "and that you may write to the folder.").arg(path),
                    store->m_db.lastError().text());
    return store;
}

Result<std::unique_ptr<Database>> Database::openShared(const QString &path)
{
    const auto notReady = [&path](const QString &detail) {
        return fail(u"store.not_ready"_s,
                    tr("The local store %1 is not ready yet. Wait until the desk has opened it, "
                       "then try again.").arg(path),
                    detail);
    };
    if (!QFileInfo::exists(path))
        return notReady(u"no file"_s);
    auto connected = connect(path);
    if (!connected)
        return std::unexpected(connected.error());
    std::unique_ptr<Database> store = std::move(*connected);
    if (auto ok = store->configure(); !ok)
        return std::unexpected(ok.error());
    if (store->schemaVersion() != latestSchemaVersion())
        return notReady(u"schema %1"_s.arg(store->schemaVersion()));
    return store;
}

Result<void> Database::configure()
{
    // Identify the file before changing anything in it: a foreign or newer store stays untouched.
    QSqlQuery q(m_db);
    if (!q.exec(u"PRAGMA application_id"_s) || !q.next())
        return fail(u"store.read"_s, tr("motcua cannot read its local store."), q.lastError().text());
    const qint32 appId = q.value(0).toInt();
    q.finish();
    const int version = schemaVersion();
    if (appId != kApplicationId && (appId != 0 || version != 0 || hasTables()))
        return fail(u"store.foreign"_s,
                    tr("The file %1 is not a motcua store (it belongs to another program). It was "
                       "left untouched. Choose another folder with --data-dir.").arg(m_path));
    if (version > latestSchemaVersion())
        return fail(u"store.newer"_s,
                    tr("The local store was written by a newer version of motcua (schema %1; this "
                       "version knows up to %2). Nothing was changed. Install the newer version "
                       "of motcua.").arg(version).arg(latestSchemaVersion()));
    // secure_delete: what a change removes (a sealed row's plain text before it was sealed, a
    // purged dossier's personal data) is overwritten with zeros, not left in free pages.
    for (const QString &pragma : {u"PRAGMA journal_mode=WAL"_s, u"PRAGMA foreign_keys=ON"_s,
                                  u"PRAGMA synchronous=FULL"_s, u"PRAGMA secure_delete=ON"_s}) {
        if (!q.exec(pragma))
            return fail(u"store.pragma"_s,
                        tr("motcua cannot prepare its local store. Check that the disk is not "
                           "full, then restart motcua."),
                        q.lastError().text());
        q.finish();
    }
    return {};
}

bool Database::hasTables() const
{
    QSqlQuery q(m_db);
    return q.exec(u"SELECT count(*) FROM sqlite_master"_s) && q.next() && q.value(0).toInt() > 0;
}

Result<void> Database::migrate()
{
    for (const Migration &m : Migrations::all()) {
        if (m.version <= schemaVersion())
            continue;
        auto applied = transaction([&]() -> Result<void> {
            if (auto ok = execScript(m.sql); !ok)
                return ok;
            return execScript(u"PRAGMA application_id=%1; PRAGMA user_version=%2;"_s
                                  .arg(kApplicationId)
                                  .arg(m.version));
        });
        if (!applied)
            return fail(u"store.migration"_s,
                        tr("motcua could not upgrade its local store to schema %1; the store was "
                           "left as it was. Check that the disk is not full, then restart motcua.")
                            .arg(m.version),
                        applied.error().detail);
        qCInfo(lcStore) << "applied migration" << m.version;
    }
    return {};
}

Result<void> Database::execScript(const QString &sql)
{
    sqlite3 *h = handle();
    if (!h)
        return fail(u"store.handle"_s, tr("motcua cannot use its local store."));
    char *message = nullptr;
    const int rc = sqlite3_exec(h, sql.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString detail = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return fail(u"store.exec"_s, tr("A change to the local store failed and was undone."),
                    detail);
    }
    return {};
}

Result<void> Database::transaction(const std::function<Result<void>()> &work)
{
    if (auto begun = execScript(u"BEGIN IMMEDIATE"_s); !begun)
        return begun;
    Result<void> result = work();
    if (result) {
        if (auto committed = execScript(u"COMMIT"_s); !committed) {
            execScript(u"ROLLBACK"_s);
            return committed;
        }
        return result;
    }
    execScript(u"ROLLBACK"_s);
    return result;
}

} // namespace motcua
