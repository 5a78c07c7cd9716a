#include "CliKeys.h"
#include "CliContext.h"

#include "security/KeychainStore.h"

#include <QEventLoop>

#include <optional>

namespace motcua::cli {


Result<DeskKeys> loadKeys(const QString &storeId)
{
    KeychainStore secrets;
    DeskKeyring keyring(secrets, storeId);
    return waitFor<Result<DeskKeys>>(
        [&](std::function<void(Result<DeskKeys>)> done) { keyring.load(false, std::move(done)); });
}

Result<void> restoreKeys(const QString &storeId, const DeskKeys &keys)
{
    KeychainStore secrets;
    DeskKeyring keyring(secrets, storeId);
    return waitFor<Result<void>>([&](std::function<void(Result<void>)> done) {
        keyring.restore(keys, std::move(done));
    });
}

} // namespace motcua::cli
