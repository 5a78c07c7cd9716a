#include "JsonPositions.h"

namespace motcua {

int JsonPositions::lineOf(qsizetype offset) const
{
    offset = std::clamp<qsizetype>(offset, 0, m_json.size());
    return int(std::count(m_json.cbegin(), m_json.cbegin() + offset, '\n')) + 1;
}

int JsonPositions::lineOfKey(const QString &key) const
{
    if (key.isEmpty())
        return 1;
    const qsizetype at = m_json.indexOf(QByteArray('"' + key.toUtf8() + '"'));
    return at < 0 ? 1 : lineOf(at);
}

QList<qsizetype> JsonPositions::elementOffsets(const QByteArray &topLevelKey) const
{
    QList<qsizetype> offsets;
    int depth = 0;
    QByteArray lastKey;  // last key seen directly in the top-level object
    bool inTarget = false;
    bool expectElement = false;
    const qsizetype n = m_json.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char c = m_json.at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',' || c == ':') {
            if (c == ',' && inTarget && depth == 2)
                expectElement = true;
            continue;
        }
        if (inTarget && depth == 2 && expectElement && c != ']') {
            offsets.append(i);
            expectElement = false;
        }
        if (c == '"') {
            const qsizetype start = i + 1;
            for (++i; i < n && m_json.at(i) != '"'; ++i) {
                if (m_json.at(i) == '\\')
                    ++i;
            }
            if (depth == 1)
                lastKey = m_json.mid(start, i - start);
            continue;
        }
        if (c == '{' || c == '[') {
            ++depth;
            if (c == '[' && depth == 2 && lastKey == topLevelKey) {
                inTarget = true;
                expectElement = true;
            }
        } else if (c == '}' || c == ']') {
            --depth;
            if (inTarget && depth < 2)
                inTarget = false;
        }
    }
    return offsets;
}

} // namespace motcua
