#pragma once

#include "Database.h"
#include "security/Vault.h"

namespace motcua {

// The vault of a store whose keys are loaded, or "vault.locked" with the clerk's message.
inline Result<const Vault *> vaultOf(const Database &db)
{
    if (const auto &v = db.vault())
        return v.get();
    return fail(QStringLiteral("vault.locked"),
                Vault::tr("The store's key has not been loaded from the keyring, so personal data "
                          "cannot be read or written. Restart motcua; if it keeps happening, call "
                          "the IT officer."),
                QStringLiteral("no vault attached to the store"));
}

// Contexts of the sealed columns (associated data: a value cannot move to another kind).
namespace sealed {
inline constexpr QByteArrayView personal{"dossier.personal"};
inline constexpr QByteArrayView payload{"outbox.payload"};
inline constexpr QByteArrayView identity{"identity_cache.answer"};
inline constexpr QByteArrayView fileName{"attachment.original_name"};
inline constexpr QByteArrayView ratingComment{"rating.comment"};
} // namespace sealed

} // namespace motcua
