// One-time codes of the account activation: 6 decimal digits from the system's random
// generator, kept only as the SHA-256 digest of "<activation id>:<code>" (lower-case hex).
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

class OtpCode
{
public:
    static constexpr int kDigits = 6;

    struct Issued
    {
        QString code; // goes to the phone, never to the store
        QByteArray hash;
    };

    // A new code whose digest differs from `previousHash` (a resend always changes the code).
    [[nodiscard]] static Issued issue(const QString &activationId, const QByteArray &previousHash);
    [[nodiscard]] static QByteArray hash(const QString &activationId, const QString &code);
    // Compares digests in constant time.
    [[nodiscard]] static bool matches(const QString &activationId, const QString &code,
                                      const QByteArray &storedHash);
    // Exactly kDigits ASCII digits.
    [[nodiscard]] static bool isWellFormed(const QString &code);
};
