#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QString>

#include <functional>

namespace motcua {

// The desk's secrets (keys, session tokens, offline sign-in verifiers), kept by the OS keychain.
// Asynchronous: `done` is called later, on the calling thread, which must run an event loop; it is
// never called before the call returns.
//
// Error codes: "secret.missing" (no such entry), "secret.unavailable" (no keyring reachable,
// locked or access refused: the message says what to do), "secret.failed" (anything else).
class SecretStore
{
public:
    virtual ~SecretStore() = default;

    virtual void read(const QString &name, std::function<void(Result<QByteArray>)> done) = 0;
    virtual void write(const QString &name, const QByteArray &value,
                       std::function<void(Result<void>)> done) = 0;
    // Removing an entry that does not exist succeeds.
    virtual void remove(const QString &name, std::function<void(Result<void>)> done) = 0;
};

} // namespace motcua
