// Canonical JSON form used for content identity (docs/protocol.md, "Content identity").
#pragma once

#include <QtCore/QByteArray>

class QJsonObject;

class CanonicalJson
{
public:
    // Compact JSON (no insignificant whitespace, UTF-8) with object keys sorted recursively.
    // QJsonObject keeps its keys sorted (by UTF-16 code units) at every nesting level, so the
    // compact serialisation of a QJsonObject is already in canonical key order.
    [[nodiscard]] static QByteArray serialize(const QJsonObject &object);

    // Lower-case hex SHA-256 of serialize(object).
    [[nodiscard]] static QByteArray sha256Hex(const QJsonObject &object);
    // Lower-case hex SHA-256 of an already serialised form.
    [[nodiscard]] static QByteArray sha256Hex(const QByteArray &serialized);
};
