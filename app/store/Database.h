#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <memory>

struct sqlite3;

namespace motcua { class AuditKey; class Vault; }

namespace motcua {

// One SQLite connection to the desk's local store. A connection belongs to the thread that opened
// it: every thread that touches the store opens its own Database on the same file.
//
// open() checks the file before anything else: a file that fails `quick_check` is quarantined
// (renamed, never deleted) and open() fails with code "store.quarantined"; a store written by a
// newer motcua is refused ("store.newer") and left untouched; a SQLite file of another program is
// refused ("store.foreign"). Then WAL, foreign keys and synchronous=FULL are set and the numbered
// migrations shipped in the resources are applied, each in its own transaction.
class Database
{
    Q_DECLARE_TR_FUNCTIONS(Database)

public:
    static constexpr qint32 kApplicationId = 0x4D435541; // "MCUA"
    static constexpr const char *kFileName = "motcua.db";

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    static Result<std::unique_ptr<Database>> open(const QString &path);
    // Another connection to a store this process has already opened with open() (checked and
    // migrated): no integrity check, no migration and never a quarantine, which must not happen
    // under the connection that owns the store. Refused unless the store is at this version's
    // schema.
    static Result<std::unique_ptr<Database>> openShared(const QString &path);
    static int latestSchemaVersion();

    QSqlDatabase &sql() { return m_db; }
    sqlite3 *handle() const;
    QString path() const { return m_path; }
    int schemaVersion() const;
    // This store's random identity (desk_meta.store_id, 32 hex digits): the prefix of its entries
    // in the OS keychain. Empty only when it cannot be read.
    QString storeId() const;

    // The vault that seals this store's personal data, once its keys have been loaded from the
    // keychain (DeskUnlock). Repositories that read or write personal data fail with
    // "vault.locked" without it.
    void setVault(std::shared_ptr<const Vault> vault) { m_vault = std::move(vault); }
    const std::shared_ptr<const Vault> &vault() const { return m_vault; }
    // The desk's audit signing key, attached with the vault (security/Audit.h).
    void setAuditKey(std::shared_ptr<const AuditKey> key) { m_auditKey = std::move(key); }
    const std::shared_ptr<const AuditKey> &auditKey() const { return m_auditKey; }

    // Runs work inside BEGIN IMMEDIATE … COMMIT; rolls back when work fails.
    Result<void> transaction(const std::function<Result<void>()> &work);
    // Runs a script of several statements (migrations, test fixtures).
    Result<void> execScript(const QString &sql);

private:
    Database(QSqlDatabase db, QString path);
    // A connection to the file, nothing checked or changed yet.
    static Result<std::unique_ptr<Database>> connect(const QString &path);
    Result<void> configure();
    bool hasTables() const;
    Result<void> migrate();

    QSqlDatabase m_db;
    QString m_path;
    std::shared_ptr<const Vault> m_vault;
    std::shared_ptr<const AuditKey> m_auditKey;
};

} // namespace motcua
