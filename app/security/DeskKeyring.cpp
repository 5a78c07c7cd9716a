#include "DeskKeyring.h"

#include <sodium.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

QByteArray randomKey()
{
    QByteArray key(DeskKeyring::kKeyBytes, Qt::Uninitialized);
    randombytes_buf(key.data(), size_t(key.size()));
    return key;
}

} // namespace

DeskKeyring::DeskKeyring(SecretStore &secrets, QString storeId)
    : m_secrets(secrets), m_storeId(std::move(storeId))
{
}

void DeskKeyring::load(bool mayCreate, std::function<void(Result<DeskKeys>)> done)
{
    if (m_storeId.isEmpty())
        return done(fail(u"secret.failed"_s, tr("This store has no identity; it cannot be used."),
                         u"desk_meta.store_id missing"_s));
    m_secrets.read(entry(u"data-key"_s), [this, mayCreate, done = std::move(done)](
                                             Result<QByteArray> data) mutable {
        if (!data && data.error().code == u"secret.missing" && mayCreate)
            return create(std::move(done));
        if (!data && data.error().code == u"secret.missing")
            return done(fail(
                u"secret.lost"_s,
                tr("The key that protects this store's personal data is not in this computer's "
                   "keyring, so the dossiers cannot be opened. Nothing has been changed. If the "
                   "keyring was reset or this store was copied from another computer, the IT "
                   "officer can restore the key from the desk's recovery code (motcua-cli keys "
                   "restore); see the security guide."),
                u"data key missing from the keychain"_s));
        if (!data)
            return done(std::unexpected(data.error()));
        if (data->size() != kKeyBytes)
            return done(fail(u"secret.failed"_s,
                             tr("The key in the keyring is damaged. Call the IT officer."),
                             u"data key of wrong size"_s));
        m_secrets.read(entry(u"audit-key"_s), [dataKey = *data, done = std::move(done)](
                                                   Result<QByteArray> audit) {
            if (!audit)
                return done(std::unexpected(audit.error()));
            if (audit->size() != kKeyBytes)
                return done(fail(u"secret.failed"_s,
                                 tr("The key in the keyring is damaged. Call the IT officer."),
                                 u"audit key of wrong size"_s));
            done(DeskKeys{dataKey, *audit});
        });
    });
}

void DeskKeyring::create(std::function<void(Result<DeskKeys>)> done)
{
    DeskKeys keys{randomKey(), randomKey()};
    restore(keys, [keys, done = std::move(done)](Result<void> written) {
        if (!written)
            return done(std::unexpected(written.error()));
        done(keys);
    });
}

void DeskKeyring::restore(const DeskKeys &keys, std::function<void(Result<void>)> done)
{
    // The audit key first: a data key without its audit key would read as a half-made keyring.
    m_secrets.write(entry(u"audit-key"_s), keys.auditSeed,
                    [this, keys, done = std::move(done)](Result<void> audit) mutable {
                        if (!audit)
                            return done(audit);
                        m_secrets.write(entry(u"data-key"_s), keys.dataKey, std::move(done));
                    });
}

} // namespace motcua
