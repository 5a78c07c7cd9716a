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
    Internal = 9,
};

// {"error_code": N, "message": "…"}
[[nodiscard]] inline QJsonObject body(Code code, const QString &message)
{
    return QJsonObject{{QStringLiteral("error_code"), static_cast<int>(code)},
                       {QStringLiteral("message"), message}};
}

} // namespace SimError
