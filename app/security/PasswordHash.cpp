#include "PasswordHash.h"

#include <sodium.h>

namespace motcua {

namespace {

bool ready()
{
    // Idempotent and thread-safe; 1 means "already initialised".
    return sodium_init() >= 0;
}

} // namespace

QByteArray PasswordHash::hash(const QString &password)
{
    if (!ready())
        return {};
    QByteArray secret = password.toUtf8();
    char out[crypto_pwhash_STRBYTES];
    const int rc = crypto_pwhash_str(out, secret.constData(),
                                     static_cast<unsigned long long>(secret.size()),
                                     crypto_pwhash_OPSLIMIT_INTERACTIVE,
                                     crypto_pwhash_MEMLIMIT_INTERACTIVE);
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return rc == 0 ? QByteArray(out) : QByteArray();
}

bool PasswordHash::verify(const QByteArray &verifier, const QString &password)
{
    if (!ready() || verifier.isEmpty() || verifier.size() >= qsizetype(crypto_pwhash_STRBYTES))
        return false;
    QByteArray secret = password.toUtf8();
    const QByteArray terminated = verifier + '\0';
    const int rc = crypto_pwhash_str_verify(terminated.constData(), secret.constData(),
                                            static_cast<unsigned long long>(secret.size()));
    sodium_memzero(secret.data(), static_cast<size_t>(secret.size()));
    return rc == 0;
}

} // namespace motcua
