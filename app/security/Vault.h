#pragma once

#include "DeskKeyring.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace motcua {

// Personal data at rest: seals values with XChaCha20-Poly1305 (libsodium AEAD) under a key
// derived from the store's data key, and makes the keyed look-up hash of ID numbers. Thread-safe
// (const, no state beside the keys): the store thread, the sync thread and the CLI share one.
//
// A sealed value is text, so that it fits the store's TEXT columns: "s1:" followed by base64 of
// nonce (24 bytes) + ciphertext + tag. The context (e.g. "dossier.personal") is authenticated
// with it, so a value cannot be moved into a column of another kind unnoticed.
class Vault
{
    Q_DECLARE_TR_FUNCTIONS(Vault)

public:
    explicit Vault(const QByteArray &dataKey);
    ~Vault();
    Vault(const Vault &) = delete;
    Vault &operator=(const Vault &) = delete;

    QString seal(const QByteArray &plain, QByteArrayView context) const;
    Result<QByteArray> open(const QString &sealed, QByteArrayView context) const;
    static bool isSealed(QStringView text) { return text.startsWith(u"s1:"); }

    // Raw binary sealing for files (scans, backups): nonce + ciphertext + tag.
    QByteArray sealBytes(QByteArrayView plain, QByteArrayView context) const;
    Result<QByteArray> openBytes(QByteArrayView sealed, QByteArrayView context) const;
    static constexpr qsizetype kOverhead = 24 + 16;

    // The look-up key of an ID number (its digits): 64 hex digits of a keyed BLAKE2b-256. Equal
    // numbers give equal keys in this store only; the number cannot be found from the key
    // without the data key.
    QString lookupKey(const QString &idNumber) const;
    // A value that tells whether a key is the one this store was sealed with (desk_meta).
    QString keyCheck() const;

    // The keys as 16 groups of 8 hex digits plus a 4-digit checksum, for the IT officer to keep
    // on paper; and back. A typing mistake is caught by the checksum.
    static QString recoveryCode(const DeskKeys &keys);
    static Result<DeskKeys> parseRecoveryCode(const QString &code);

private:
    unsigned char *m_keys; // sodium_malloc'd: seal key, look-up key, check key (32 bytes each)
};

} // namespace motcua
