// Error codes and the error body shape of docs/protocol.md.
#pragma once

#include <QtCore/QJsonObject>
#include <QtCore/QString>

namespace SimError {

enum Code : int {
    Ok = 0,
    NotAuthenticated = 1,
    Malformed = 2,
    TooLarge = 3,
    NotFound = 4,      // citizen or activation not found
    AlreadyActive = 5, // the account is already active
    Mismatch = 6,      // phone not the registered one (start) / wrong code (verify)
    Expired = 7,       // the code has expired
    Locked = 8,        // too many wrong codes
    Internal = 9,
    TooSoon = 10,      // resend asked too soon
    NotActive = 11,    // the citizen has no active VNeID account: activate it first
};

// {"error_code": N, "message": "…"}
[[nodiscard]] inline QJsonObject body(Code code, const QString &message)
{
    return QJsonObject{{QStringLiteral("error_code"), static_cast<int>(code)},
                       {QStringLiteral("message"), message}};
}

} // namespace SimError
