// An in-memory SecretStore for unit tests, answering on the next turn of the event loop as the
// keychain does. One integration test (tst_secrets) runs the real keychain instead.
#pragma once

#include "security/SecretStore.h"

#include <QHash>
#include <QTimer>

class MemorySecretStore final : public motcua::SecretStore
{
public:
    void read(const QString &name,
              std::function<void(motcua::Result<QByteArray>)> done) override
    {
        later([this, name, done = std::move(done)] {
            if (unavailable)
                return done(std::unexpected(motcua::Error{QStringLiteral("secret.unavailable"),
                                                          QStringLiteral("no keyring"), {}}));
            if (!entries.contains(name))
                return done(std::unexpected(
                    motcua::Error{QStringLiteral("secret.missing"), QStringLiteral("missing"), {}}));
            done(entries.value(name));
        });
    }
    void write(const QString &name, const QByteArray &value,
               std::function<void(motcua::Result<void>)> done) override
    {
        later([this, name, value, done = std::move(done)] {
            if (unavailable)
                return done(std::unexpected(motcua::Error{QStringLiteral("secret.unavailable"),
                                                          QStringLiteral("no keyring"), {}}));
            entries.insert(name, value);
            done({});
        });
    }
    void remove(const QString &name, std::function<void(motcua::Result<void>)> done) override
    {
        later([this, name, done = std::move(done)] {
            if (unavailable)
                return done(std::unexpected(motcua::Error{QStringLiteral("secret.unavailable"),
                                                          QStringLiteral("no keyring"), {}}));
            entries.remove(name);
            done({});
        });
    }

    QHash<QString, QByteArray> entries;
    bool unavailable = false; // every call fails as without a keyring

private:
    static void later(std::function<void()> f) { QTimer::singleShot(0, std::move(f)); }
};
