#pragma once

#include "core/Error.h"
#include "security/DeskKeyring.h"

namespace motcua::cli {

// The store's keys from the OS keychain, for commands that need the data key itself (backups) or
// put keys back. Keychain calls are asynchronous: these run a local event loop until the call is
// done, which is acceptable in the command line only (never in the GUI).
Result<DeskKeys> loadKeys(const QString &storeId);
Result<void> restoreKeys(const QString &storeId, const DeskKeys &keys);

} // namespace motcua::cli
