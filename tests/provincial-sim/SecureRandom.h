// Secrets from the operating system's generator (QRandomGenerator::system()).
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

class SecureRandom
{
public:
    [[nodiscard]] static QByteArray bytes(qsizetype count);
    // URL-safe base64 of `count` random bytes, without padding.
    [[nodiscard]] static QString token(qsizetype count);
    // Lower-case hex of `count` random bytes.
    [[nodiscard]] static QString hex(qsizetype count);
    // A decimal code of exactly `digits` digits (leading zeros kept), uniformly drawn.
    [[nodiscard]] static QString digits(int digits);
};
