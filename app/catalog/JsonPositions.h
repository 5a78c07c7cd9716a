#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

namespace motcua {

// Where things are in a JSON text, for error messages that name a line. QJsonDocument drops
// positions, so this walks the text once (strings and escapes aware, no values built).
class JsonPositions
{
public:
    explicit JsonPositions(QByteArray json) : m_json(std::move(json)) {}

    // 1-based line of a byte offset.
    int lineOf(qsizetype offset) const;
    // Line of the first occurrence of a key, for messages about it (1 when absent or empty).
    int lineOfKey(const QString &key) const;
    // Byte offsets of the elements of the array under a key of the top-level object.
    QList<qsizetype> elementOffsets(const QByteArray &topLevelKey) const;

private:
    QByteArray m_json; // implicitly shared with the caller's copy
};

} // namespace motcua
