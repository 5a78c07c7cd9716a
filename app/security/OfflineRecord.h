#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace motcua {

// What the keychain keeps for a clerk's offline sign-in (`<storeId>/clerk/<user>/offline`): the
// Argon2id verifier of the password and what the last online sign-in said about the clerk.
struct OfflineRecord
{
    QByteArray verifier;
    QString role;
    QString fullName;
    QString unitCode;
    QDateTime lastOnline; // UTC

    QByteArray toJson() const;
    static std::optional<OfflineRecord> fromJson(const QByteArray &json);
};

// The provincial session kept for a clerk (`<storeId>/clerk/<user>/session`).
struct StoredSession
{
    QString token;
    QDateTime expiresAt; // UTC

    QByteArray toJson() const;
    static std::optional<StoredSession> fromJson(const QByteArray &json);
};

} // namespace motcua
