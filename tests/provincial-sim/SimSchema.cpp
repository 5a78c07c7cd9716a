#include "SimSchema.h"

#include "SqlExec.h"
#include "StoreTypes.h"

#include <QtCore/QStringList>
#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>

std::expected<void, QString> SimSchema::migrate(QSqlDatabase db, int fromVersion)
{
    if (fromVersion >= kVersion)
        return {};
    QStringList statements;
    if (fromVersion < 1)
        statements += version1();
    if (fromVersion < 2)
        statements += version2();
    if (fromVersion < 3)
        statements += version3();
    if (fromVersion < 4)
        statements += version4();
    if (fromVersion < 5)
        statements += version5();
    if (fromVersion < 6)
        statements += version6();
    statements += QStringLiteral("PRAGMA user_version = %1").arg(kVersion);

    if (!db.transaction())
        return std::unexpected(db.lastError().text());
    for (const QString &sql : std::as_const(statements)) {
        if (auto r = SqlExec::run(db, sql); !r) {
            db.rollback();
            return std::unexpected(r.error());
        }
    }
    if (!db.commit())
        return std::unexpected(db.lastError().text());
    return {};
}

QStringList SimSchema::version1()
{
    return {
        QStringLiteral("CREATE TABLE IF NOT EXISTS clerks ("
                       " username TEXT PRIMARY KEY,"
                       " full_name TEXT NOT NULL,"
                       " unit_code TEXT NOT NULL,"
                       " password_salt BLOB NOT NULL,"
                       " password_digest BLOB NOT NULL,"
                       " pbkdf2_iterations INTEGER NOT NULL CHECK (pbkdf2_iterations > 0),"
                       " updated_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS dossiers ("
                       " idempotency_key TEXT PRIMARY KEY,"
                       " content_hash TEXT NOT NULL,"
                       " ma_ho_so TEXT NOT NULL UNIQUE,"
                       " provincial_code TEXT NOT NULL UNIQUE,"
                       " record TEXT NOT NULL,"
                       " pushed_by TEXT NOT NULL REFERENCES clerks (username),"
                       " received_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS counters ("
                       " name TEXT PRIMARY KEY,"
                       " value INTEGER NOT NULL DEFAULT 0)"),
        QStringLiteral("INSERT OR IGNORE INTO counters (name) VALUES ('%1'), ('%2'), ('%3'),"
                       " ('%4'), ('%5'), ('%6')")
            .arg(StoreCounter::Sequence, StoreCounter::PushRequests,
                 StoreCounter::RecordsReceived, StoreCounter::Duplicates,
                 StoreCounter::Conflicts, StoreCounter::Invalid),
    };
}

// Dates of the register are yyyyMMdd; instants are UTC (ISO 8601 text, or ms since the epoch
// where the code compares them). Codes and citizen tokens are stored as SHA-256 digests only.
QStringList SimSchema::version2()
{
    return {
        QStringLiteral("CREATE TABLE citizens ("
                       " id INTEGER PRIMARY KEY,"
                       " so_dinh_danh TEXT NOT NULL UNIQUE CHECK (length(so_dinh_danh) = 12),"
                       " full_name TEXT NOT NULL,"
                       " birth_date TEXT NOT NULL CHECK (length(birth_date) = 8),"
                       " sex INTEGER NOT NULL CHECK (sex IN (1, 2)),"
                       " phone TEXT NOT NULL CHECK (length(phone) = 10))"),
        QStringLiteral("CREATE TABLE citizen_accounts ("
                       " citizen_id INTEGER NOT NULL REFERENCES citizens (id),"
                       " method TEXT NOT NULL,"
                       " level INTEGER CHECK (level IN (1, 2)),"
                       " status TEXT NOT NULL"
                       "  CHECK (status IN ('active', 'not_activated', 'locked', 'retired')),"
                       " since TEXT NOT NULL CHECK (length(since) = 8),"
                       " PRIMARY KEY (citizen_id, method))"),
        QStringLiteral("CREATE TABLE lookup_log ("
                       " id INTEGER PRIMARY KEY,"
                       " clerk TEXT NOT NULL REFERENCES clerks (username),"
                       " purpose TEXT NOT NULL,"
                       " so_dinh_danh TEXT NOT NULL,"
                       " found INTEGER NOT NULL CHECK (found IN (0, 1)),"
                       " looked_up_at TEXT NOT NULL)"),
        QStringLiteral("CREATE TABLE activations ("
                       " id TEXT PRIMARY KEY,"
                       " citizen_id INTEGER NOT NULL REFERENCES citizens (id),"
                       " method TEXT NOT NULL,"
                       " phone TEXT NOT NULL,"
                       " started_by TEXT NOT NULL REFERENCES clerks (username),"
                       " started_at TEXT NOT NULL,"
                       " code_hash TEXT NOT NULL,"
                       " sent_at_ms INTEGER NOT NULL,"
                       " expires_at_ms INTEGER NOT NULL,"
                       " wrong_attempts INTEGER NOT NULL DEFAULT 0,"
                       " max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'activated', 'locked')),"
                       " finished_at TEXT)"),
        QStringLiteral("CREATE INDEX activations_citizen ON activations (citizen_id)"),
        QStringLiteral("CREATE TABLE citizen_tokens ("
                       " token_hash TEXT PRIMARY KEY,"
                       " citizen_id INTEGER NOT NULL REFERENCES citizens (id),"
                       " activation_id TEXT NOT NULL UNIQUE REFERENCES activations (id),"
                       " issued_at TEXT NOT NULL)"),
        QStringLiteral("INSERT OR IGNORE INTO counters (name) VALUES ('%1'), ('%2')")
            .arg(StoreCounter::Lookups, StoreCounter::Activations),
    };
}

// The citizen's own confirmation of a dossier (docs/protocol.md, "The citizen's own
// confirmation"). A proof token proves one dossier: used_by is UNIQUE. An activation token can
// be exchanged for one proof token at most: activation_token_hash is UNIQUE.
QStringList SimSchema::version3()
{
    return {
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN channel INTEGER"
                       " CHECK (channel IN (1, 2, 3))"),
        QStringLiteral("ALTER TABLE dossiers ADD COLUMN citizen_confirmation TEXT"
                       " CHECK (citizen_confirmation IN ('confirmed', 'awaiting'))"),
        QStringLiteral("UPDATE dossiers SET channel = json_extract(record, '$.KenhThucHien')"),
        QStringLiteral("CREATE TABLE confirmations ("
                       " id TEXT PRIMARY KEY,"
                       " citizen_id INTEGER NOT NULL REFERENCES citizens (id),"
                       " phone TEXT NOT NULL,"
                       " started_by TEXT NOT NULL REFERENCES clerks (username),"
                       " started_at TEXT NOT NULL,"
                       " summary_hash TEXT NOT NULL CHECK (length(summary_hash) = 64),"
                       " summary_text TEXT NOT NULL,"
                       " code_hash TEXT NOT NULL,"
                       " sent_at_ms INTEGER NOT NULL,"
                       " expires_at_ms INTEGER NOT NULL,"
                       " wrong_attempts INTEGER NOT NULL DEFAULT 0,"
                       " max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),"
                       " state TEXT NOT NULL CHECK (state IN ('pending', 'confirmed', 'locked')),"
                       " finished_at TEXT)"),
        QStringLiteral("CREATE TABLE confirmation_tokens ("
                       " token_hash TEXT PRIMARY KEY,"
                       " citizen_id INTEGER NOT NULL REFERENCES citizens (id),"
                       " account_id TEXT NOT NULL,"
                       " level INTEGER NOT NULL CHECK (level IN (1, 2)),"
                       " summary_hash TEXT NOT NULL CHECK (length(summary_hash) = 64),"
                       " confirmation_id TEXT UNIQUE REFERENCES confirmations (id),"
                       " activation_token_hash TEXT UNIQUE REFERENCES citizen_tokens (token_hash),"
                       " issued_at_ms INTEGER NOT NULL,"
                       " expires_at_ms INTEGER NOT NULL,"
                       " used_by TEXT UNIQUE REFERENCES dossiers (ma_ho_so),"
                       " used_at TEXT,"
                       " CHECK ((confirmation_id IS NULL) <> (activation_token_hash IS NULL)))"),
        QStringLiteral("CREATE TABLE dossier_confirmations ("
                       " ma_ho_so TEXT PRIMARY KEY REFERENCES dossiers (ma_ho_so),"
                       " id TEXT NOT NULL UNIQUE,"
                       " citizen_id INTEGER NOT NULL REFERENCES citizens (id),"
                       " phone TEXT NOT NULL,"
                       " code_hash TEXT NOT NULL,"
                       " sent_at_ms INTEGER NOT NULL,"
                       " expires_at_ms INTEGER NOT NULL,"
                       " wrong_attempts INTEGER NOT NULL DEFAULT 0,"
                       " max_attempts INTEGER NOT NULL CHECK (max_attempts > 0),"
                       " state TEXT NOT NULL CHECK (state IN ('awaiting', 'confirmed', 'locked')),"
                       " account_id TEXT,"
                       " confirmed_at TEXT)"),
    };
}

// Progress of dossiers (docs/protocol.md, "Progress of dossiers"): the cursor only grows
// (AUTOINCREMENT never reuses a number), so a desk that kept one misses nothing.
QStringList SimSchema::version4()
{
    return {
        QStringLiteral("CREATE TABLE dossier_events ("
                       " cursor INTEGER PRIMARY KEY AUTOINCREMENT,"
                       " ma_ho_so TEXT NOT NULL REFERENCES dossiers (ma_ho_so),"
                       " kind TEXT NOT NULL CHECK (kind IN"
                       "  ('status', 'appointment', 'supplement', 'citizen_confirmation')),"
                       " body TEXT NOT NULL)"),
    };
}

// Roles (docs/protocol.md, "Sign-in"): ADD COLUMN with a constant default fills the existing rows,
// so every clerk of an older store keeps signing in, as a plain clerk.
QStringList SimSchema::version5()
{
    return {
        QStringLiteral("ALTER TABLE clerks ADD COLUMN role TEXT NOT NULL DEFAULT 'clerk'"
                       " CHECK (role IN ('clerk', 'supervisor', 'admin'))"),
    };
}

// Citizens' satisfaction ratings (docs/protocol.md, "Ratings"): stored once per client key.
QStringList SimSchema::version6()
{
    return {
        QStringLiteral("CREATE TABLE ratings ("
                       " client_key TEXT PRIMARY KEY,"
                       " ma_ho_so TEXT NOT NULL,"
                       " unit_code TEXT NOT NULL,"
                       " desk_code TEXT NOT NULL,"
                       " clerk TEXT NOT NULL,"
                       " rated_at TEXT NOT NULL,"
                       " score INTEGER NOT NULL CHECK (score IN (1, 2, 3)),"
                       " comment TEXT NOT NULL DEFAULT '',"
                       " sent_by TEXT NOT NULL REFERENCES clerks (username),"
                       " received_at TEXT NOT NULL)"),
        QStringLiteral("INSERT OR IGNORE INTO counters (name) VALUES ('rating_requests'),"
                       " ('rating_duplicates')"),
    };
}
