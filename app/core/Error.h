#pragma once

#include <QString>
#include <expected>

namespace motcua {

// An error crossing a module boundary: a stable code for programs and tests, a message for the
// clerk (already translated, says what happened and what to do next) and a technical detail for
// the log (never personal data).
struct Error
{
    QString code;
    QString message;
    QString detail;
};

template<typename T>
using Result = std::expected<T, Error>;

inline std::unexpected<Error> fail(QString code, QString message, QString detail = {})
{
    return std::unexpected<Error>(Error{std::move(code), std::move(message), std::move(detail)});
}

} // namespace motcua
