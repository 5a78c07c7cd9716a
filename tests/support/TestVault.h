#pragma once

#include "security/DeskKeyring.h"
#include "security/Vault.h"

#include <QRandomGenerator>

#include <memory>

// A vault under a fresh random key, for tests that seal without a keychain.
inline motcua::DeskKeys testKeys()
{
    motcua::DeskKeys keys;
    for (QByteArray *key : {&keys.dataKey, &keys.auditSeed}) {
        key->resize(motcua::DeskKeyring::kKeyBytes);
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32 *>(key->data()),
                                              key->size() / 4);
    }
    return keys;
}

inline std::shared_ptr<const motcua::Vault> testVault()
{
    return std::make_shared<const motcua::Vault>(testKeys().dataKey);
}
