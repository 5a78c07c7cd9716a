#include "StoreUnlock.h"

#include "intake/AttachmentStore.h"
#include "store/Database.h"
#include "store/Sealing.h"
#include "store/SqlError.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

Q_LOGGING_CATEGORY(lcUnlock, "motcua.security")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(StoreUnlock)
};

Result<QString> keyCheckOf(Database &db)
{
    QSqlQuery q(db.sql());
    if (!q.exec(u"SELECT value FROM desk_meta WHERE key = 'key_check'"_s))
        return std::unexpected(queryError(q));
    return q.next() ? q.value(0).toString() : QString();
}

// Seals every row of `table` whose `column` matches `where`, with `transform`.
Result<int> reseal(Database &db, const QString &table, const QString &column,
                   const QString &where, const std::function<QString(const QString &)> &transform)
{
    QSqlQuery read(db.sql());
    if (!read.exec(u"SELECT rowid, %1 FROM %2 WHERE %3"_s.arg(column, table, where)))
        return std::unexpected(queryError(read));
    QList<std::pair<qint64, QString>> rows;
    while (read.next())
        rows.append({read.value(0).toLongLong(), transform(read.value(1).toString())});
    read.finish();
    QSqlQuery write(db.sql());
    write.prepare(u"UPDATE %1 SET %2 = ? WHERE rowid = ?"_s.arg(table, column));
    for (const auto &[rowid, value] : std::as_const(rows)) {
        write.addBindValue(value);
        write.addBindValue(rowid);
        if (!write.exec())
            return std::unexpected(queryError(write));
    }
    return int(rows.size());
}

Result<int> sealDossiers(Database &db, const Vault &vault)
{
    QSqlQuery read(db.sql());
    if (!read.exec(u"SELECT id, applicant_name, applicant_cccd, applicant_phone FROM dossier "
                   "WHERE personal IS NULL AND purged_at IS NULL"_s))
        return std::unexpected(queryError(read));
    QSqlQuery write(db.sql());
    write.prepare(u"UPDATE dossier SET personal = ?, applicant_cccd = ?, applicant_name = '', "
                  "applicant_phone = '' WHERE id = ?"_s);
    int count = 0;
    while (read.next()) {
        const QJsonObject personal{{u"name"_s, read.value(1).toString()},
                                   {u"cccd"_s, read.value(2).toString()},
                                   {u"phone"_s, read.value(3).toString()}};
        write.addBindValue(vault.seal(QJsonDocument(personal).toJson(QJsonDocument::Compact),
                                      sealed::personal));
        write.addBindValue(vault.lookupKey(read.value(2).toString()));
        write.addBindValue(read.value(0));
        if (!write.exec())
            return std::unexpected(queryError(write));
        ++count;
    }
    return count;
}

} // namespace

Result<StoreUnlock::StoreKeyState> StoreUnlock::keyState(Database &db)
{
    auto check = keyCheckOf(db);
    if (!check)
        return std::unexpected(check.error());
    return StoreKeyState{db.storeId(), !check->isEmpty()};
}

void StoreUnlock::loadKeys(SecretStore &secrets, const StoreKeyState &state,
                           std::function<void(Result<UnlockedDesk>)> done)
{
    auto keyring = std::make_shared<DeskKeyring>(secrets, state.storeId);
    keyring->load(!state.sealedBefore,
                  [keyring, done = std::move(done)](Result<DeskKeys> keys) {
                      if (!keys)
                          return done(std::unexpected(keys.error()));
                      auto auditKey = AuditKey::fromSeed(keys->auditSeed);
                      if (!auditKey)
                          return done(std::unexpected(auditKey.error()));
                      done(UnlockedDesk{std::make_shared<const Vault>(keys->dataKey),
                                        keys->auditSeed,
                                        std::make_shared<const AuditKey>(*auditKey)});
                  });
}

Result<void> StoreUnlock::attach(Database &db, std::shared_ptr<const Vault> vault,
                                 const QString &attachmentsDir)
{
    auto check = keyCheckOf(db);
    if (!check)
        return std::unexpected(check.error());
    if (!check->isEmpty() && *check != vault->keyCheck())
        return fail(u"secret.mismatch"_s,
                    Tr::tr("The keyring holds a key that is not this store's, so its personal "
                           "data cannot be opened. Nothing has been changed. The IT officer can "
                           "put the right key back from the desk's recovery code (motcua-cli keys "
                           "restore); see the security guide."),
                    u"key check mismatch"_s);
    if (check->isEmpty()) {
        // The first start with a key: seal what earlier versions kept in clear.
        const Vault &v = *vault;
        auto sealedAll = db.transaction([&]() -> Result<void> {
            auto dossiers = sealDossiers(db, v);
            if (!dossiers)
                return std::unexpected(dossiers.error());
            const auto notSealed = [](const QString &column) {
                return u"%1 NOT LIKE 's1:%'"_s.arg(column);
            };
            for (auto step :
                 {reseal(db, u"outbox"_s, u"payload"_s, notSealed(u"payload"_s),
                         [&](const QString &p) { return v.seal(p.toUtf8(), sealed::payload); }),
                  reseal(db, u"attachment"_s, u"original_name"_s,
                         u"original_name <> '' AND "_s + notSealed(u"original_name"_s),
                         [&](const QString &n) { return v.seal(n.toUtf8(), sealed::fileName); }),
                  reseal(db, u"identity_lookup"_s, u"cccd"_s, u"length(cccd) <> 64"_s,
                         [&](const QString &c) { return v.lookupKey(c); }),
                  reseal(db, u"activation"_s, u"cccd"_s, u"length(cccd) <> 64"_s,
                         [&](const QString &c) { return v.lookupKey(c); })}) {
                if (!step)
                    return std::unexpected(step.error());
            }
            QSqlQuery q(db.sql());
            q.prepare(u"INSERT INTO desk_meta(key, value) VALUES ('key_check', ?)"_s);
            q.addBindValue(v.keyCheck());
            if (!q.exec())
                return std::unexpected(queryError(q));
            if (*dossiers > 0)
                qCInfo(lcUnlock) << "sealed" << *dossiers << "dossiers kept in clear before";
            return {};
        });
        if (!sealedAll)
            return sealedAll;
        // The clear text lives on in the write-ahead log until it is checkpointed.
        QSqlQuery q(db.sql());
        q.exec(u"PRAGMA wal_checkpoint(TRUNCATE)"_s);
        if (!attachmentsDir.isEmpty()) {
            auto scans = AttachmentStore(attachmentsDir, vault).sealLegacy();
            if (!scans)
                return std::unexpected(scans.error());
            if (*scans > 0)
                qCInfo(lcUnlock) << "sealed" << *scans << "scans kept in clear before";
        }
    }
    db.setVault(std::move(vault));
    return {};
}

} // namespace motcua
