// Keys of test stores: the vault a store's keys in the real keychain open (what the GUI and the
// CLI use), and a sealed outbox payload edited as the tests that tamper with it need.
#pragma once

#include "Await.h"
#include "security/KeychainStore.h"
#include "security/StoreUnlock.h"
#include "store/Database.h"
#include "store/Sealing.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

// The vault of a store whose keys the app or the CLI put in `secrets` (null if none).
inline std::shared_ptr<const motcua::Vault> storeVault(motcua::SecretStore &keychain,
                                                       motcua::Database &db)
{
    auto state = motcua::StoreUnlock::keyState(db);
    if (!state || !state->sealedBefore)
        return {};
    auto keys = await<motcua::Result<motcua::UnlockedDesk>>(
        [&](auto done) { motcua::StoreUnlock::loadKeys(keychain, *state, done); });
    return keys ? keys->vault : nullptr;
}

// The same from the OS keychain, where the CLI keeps them.
inline std::shared_ptr<const motcua::Vault> keychainVault(motcua::Database &db)
{
    motcua::KeychainStore keychain;
    return storeVault(keychain, db);
}

// Opens, changes and seals again the payload of outbox entry `id`.
inline bool editPayload(motcua::Database &db, const motcua::Vault &vault, qint64 id,
                        const std::function<void(QJsonObject &)> &edit)
{
    QSqlQuery q(db.sql());
    q.prepare(QStringLiteral("SELECT payload FROM outbox WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return false;
    auto plain = vault.open(q.value(0).toString(), motcua::sealed::payload);
    if (!plain)
        return false;
    QJsonObject o = QJsonDocument::fromJson(*plain).object();
    edit(o);
    q.finish();
    q.prepare(QStringLiteral("UPDATE outbox SET payload = ? WHERE id = ?"));
    q.addBindValue(vault.seal(QJsonDocument(o).toJson(QJsonDocument::Compact),
                              motcua::sealed::payload));
    q.addBindValue(id);
    return q.exec();
}
