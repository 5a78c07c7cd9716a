#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>

#include <memory>

namespace motcua {

// The desk's Ed25519 audit key pair, derived from the 32-byte seed kept in the OS keychain
// (DeskKeys::auditSeed). The secret half is held in memory that is wiped when the last copy goes.
class AuditKey
{
    Q_DECLARE_TR_FUNCTIONS(AuditKey)

public:
    static constexpr int kSeedBytes = 32;
    static constexpr int kPublicKeyBytes = 32;
    static constexpr int kSignatureBytes = 64;

    // Fails with "audit.key" when the seed is not 32 bytes or libsodium cannot start.
    static Result<AuditKey> fromSeed(const QByteArray &seed);
    // A fresh random seed, for a new desk (the caller keeps it in the keychain).
    static QByteArray generateSeed();

    QByteArray publicKey() const { return m_publicKey; }
    // A detached Ed25519 signature (64 bytes).
    QByteArray sign(const QByteArray &message) const;
    // True when signature is a valid Ed25519 signature of message by publicKey.
    static bool verify(const QByteArray &publicKey, const QByteArray &message,
                       const QByteArray &signature);

private:
    struct Secret;
    AuditKey(std::shared_ptr<Secret> secret, QByteArray publicKey);

    std::shared_ptr<Secret> m_secret;
    QByteArray m_publicKey;
};

} // namespace motcua
