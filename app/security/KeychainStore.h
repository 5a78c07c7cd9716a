#pragma once

#include "SecretStore.h"

namespace motcua {

// SecretStore on the OS keychain through QtKeychain (Secret Service on Linux, Credential Manager
// on Windows), under the service name "motcua". There is no insecure fallback: without a
// reachable keyring every call fails with "secret.unavailable".
class KeychainStore final : public SecretStore
{
public:
    explicit KeychainStore(QString service = QStringLiteral("motcua"));

    void read(const QString &name, std::function<void(Result<QByteArray>)> done) override;
    void write(const QString &name, const QByteArray &value,
               std::function<void(Result<void>)> done) override;
    void remove(const QString &name, std::function<void(Result<void>)> done) override;

private:
    QString m_service;
};

} // namespace motcua
