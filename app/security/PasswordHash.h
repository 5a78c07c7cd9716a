#pragma once

#include <QByteArray>
#include <QString>

namespace motcua {

// Argon2id password verifiers (libsodium's crypto_pwhash_str) for offline sign-in and unlocking.
// Both calls take about a second of CPU and 64 MiB: call them off the GUI thread only.
//
// Parameters: OPSLIMIT_INTERACTIVE / MEMLIMIT_INTERACTIVE (t=2, 64 MiB). Measured on the build
// machine (shared AMD EPYC, under load): 0.6–0.8 s per hash or verify; MODERATE (t=3, 256 MiB)
// took 4–5 s, too long for a clerk unlocking the counter with a citizen waiting. The verifier
// lives in the OS keychain, so an attacker needs the unlocked keyring first.
class PasswordHash
{
public:
    // The verifier string ("$argon2id$…"), empty when libsodium failed (out of memory).
    static QByteArray hash(const QString &password);
    static bool verify(const QByteArray &verifier, const QString &password);
};

} // namespace motcua
