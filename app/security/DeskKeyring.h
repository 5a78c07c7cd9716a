#pragma once

#include "SecretStore.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace motcua {

// The store's own keys, 32 random bytes each, never written anywhere but the OS keychain.
struct DeskKeys
{
    QByteArray dataKey;   // seals personal data and scans (Vault) and keys the ID-number look-up
    QByteArray auditSeed; // Ed25519 seed signing the audit log
};

// Loads this store's keys from the keychain: entries "<storeId>/data-key" and
// "<storeId>/audit-key". A new store gets new keys; a store that already sealed data with a key
// the keychain no longer holds gets "secret.lost", with what to do (docs/security.md).
class DeskKeyring
{
    Q_DECLARE_TR_FUNCTIONS(DeskKeyring)

public:
    static constexpr qsizetype kKeyBytes = 32;

    DeskKeyring(SecretStore &secrets, QString storeId);

    // mayCreate: the store holds nothing sealed yet, so missing keys are created (and written to
    // the keychain before done is called). Otherwise missing keys are an error.
    void load(bool mayCreate, std::function<void(Result<DeskKeys>)> done);
    // Puts keys back from a recovery code (Vault::recoveryCode), e.g. on a new computer.
    void restore(const DeskKeys &keys, std::function<void(Result<void>)> done);

    QString entry(const QString &what) const { return m_storeId + u'/' + what; }

private:
    void create(std::function<void(Result<DeskKeys>)> done);

    SecretStore &m_secrets;
    QString m_storeId;
};

} // namespace motcua
