#include "CliKeys.h"

#include "security/KeychainStore.h"

#include <QEventLoop>

#include <optional>

namespace motcua::cli {

namespace {

template<typename R>
R wait(const std::function<void(std::function<void(R)>)> &start)
{
    std::optional<R> result;
    QEventLoop loop;
    start([&](R r) {
        result.emplace(std::move(r));
        loop.quit();
    });
    if (!result)
        loop.exec(); // QtKeychain's jobs always finish, with an error if the keyring is away
    return std::move(*result);
}

} // namespace

Result<DeskKeys> loadKeys(const QString &storeId)
{
    KeychainStore secrets;
    DeskKeyring keyring(secrets, storeId);
    return wait<Result<DeskKeys>>(
        [&](std::function<void(Result<DeskKeys>)> done) { keyring.load(false, std::move(done)); });
}

Result<void> restoreKeys(const QString &storeId, const DeskKeys &keys)
{
    KeychainStore secrets;
    DeskKeyring keyring(secrets, storeId);
    return wait<Result<void>>([&](std::function<void(Result<void>)> done) {
        keyring.restore(keys, std::move(done));
    });
}

} // namespace motcua::cli
