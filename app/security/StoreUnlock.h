#pragma once

#include "DeskKeyring.h"
#include "AuditKey.h"
#include "Vault.h"

#include <memory>

namespace motcua {

class Database;

// What a store needs from the keychain before anything personal is read or written.
struct UnlockedDesk
{
    std::shared_ptr<const Vault> vault;
    QByteArray auditSeed;
    std::shared_ptr<const AuditKey> auditKey;
};

// Opening a store's personal data, in two halves: the keychain (asynchronous, on a thread with an
// event loop: the GUI thread or the CLI's) and the store (on the store's own thread).
namespace StoreUnlock {

// On the store's thread: this store's id and whether it has sealed anything yet (a key check is
// recorded); keys may only be created for a store that has not.
struct StoreKeyState
{
    QString storeId;
    bool sealedBefore = false;
};
Result<StoreKeyState> keyState(Database &db);

// Reads the keys (creating them for a store that never sealed anything).
void loadKeys(SecretStore &secrets, const StoreKeyState &state,
              std::function<void(Result<UnlockedDesk>)> done);

// On the store's thread: refuses a key that is not this store's ("secret.mismatch"), seals what
// an earlier version left in clear (one transaction, then the WAL is emptied; the scans under
// attachmentsDir too, when given), records the key check and attaches the vault to db.
Result<void> attach(Database &db, std::shared_ptr<const Vault> vault,
                    const QString &attachmentsDir = {});

} // namespace StoreUnlock

} // namespace motcua
