#include "AuditKey.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace motcua {

struct AuditKey::Secret
{
    unsigned char key[crypto_sign_SECRETKEYBYTES];
    ~Secret() { sodium_memzero(key, sizeof key); }
};

AuditKey::AuditKey(std::shared_ptr<Secret> secret, QByteArray publicKey)
    : m_secret(std::move(secret))
    , m_publicKey(std::move(publicKey))
{
}

Result<AuditKey> AuditKey::fromSeed(const QByteArray &seed)
{
    static_assert(kSeedBytes == crypto_sign_SEEDBYTES && kPublicKeyBytes == crypto_sign_PUBLICKEYBYTES
                  && kSignatureBytes == crypto_sign_BYTES);
    if (sodium_init() < 0)
        return fail(u"audit.key"_s, tr("The audit log cannot be signed: the cryptography library "
                                       "did not start. Call your IT officer."),
                    u"sodium_init failed"_s);
    if (seed.size() != kSeedBytes)
        return fail(u"audit.key"_s, tr("The desk's audit key is damaged. Call your IT officer."),
                    u"audit seed of %1 bytes, expected %2"_s.arg(seed.size()).arg(kSeedBytes));
    auto secret = std::make_shared<Secret>();
    QByteArray publicKey(kPublicKeyBytes, Qt::Uninitialized);
    crypto_sign_seed_keypair(reinterpret_cast<unsigned char *>(publicKey.data()), secret->key,
                             reinterpret_cast<const unsigned char *>(seed.constData()));
    return AuditKey(std::move(secret), std::move(publicKey));
}

QByteArray AuditKey::generateSeed()
{
    if (sodium_init() < 0)
        return {};
    QByteArray seed(kSeedBytes, Qt::Uninitialized);
    randombytes_buf(seed.data(), size_t(seed.size()));
    return seed;
}

QByteArray AuditKey::sign(const QByteArray &message) const
{
    QByteArray signature(kSignatureBytes, Qt::Uninitialized);
    crypto_sign_detached(reinterpret_cast<unsigned char *>(signature.data()), nullptr,
                         reinterpret_cast<const unsigned char *>(message.constData()),
                         quint64(message.size()), m_secret->key);
    return signature;
}

bool AuditKey::verify(const QByteArray &publicKey, const QByteArray &message,
                      const QByteArray &signature)
{
    if (sodium_init() < 0 || publicKey.size() != kPublicKeyBytes
        || signature.size() != kSignatureBytes)
        return false;
    return crypto_sign_verify_detached(
               reinterpret_cast<const unsigned char *>(signature.constData()),
               reinterpret_cast<const unsigned char *>(message.constData()),
               quint64(message.size()),
               reinterpret_cast<const unsigned char *>(publicKey.constData()))
           == 0;
}

} // namespace motcua
