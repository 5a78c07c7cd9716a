#pragma once

#include <QByteArray>
#include <QList>

namespace motcua {

// Where things are in a JSON text, for error messages that name a line. QJsonDocument drops
// positions, so this walks the text once (strings and escapes aware, no values built).
class JsonPositions
{
public:
    explicit JsonPositions(const QByteArray &json) : m_json(json) {}

    // 1-based line of a byte offset.
    int lineOf(qsizetype offset) const;
    // Byte offsets of the elements of the array under a key of the top-level object.
    QList<qsizetype> elementOffsets(const QByteArray &topLevelKey) const;

private:
    const QByteArray &m_json;
};

} // namespace motcua
