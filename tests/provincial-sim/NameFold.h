// Folding of Vietnamese names for comparison (docs/protocol.md, "match"): lower case, NFD with
// the combining marks removed, đ -> d, white space collapsed. "NGUYỄN  văn an" and
// "Nguyen Van An" fold to the same text.
#pragma once

#include <QtCore/QString>

class NameFold
{
public:
    [[nodiscard]] static QString fold(const QString &name);
    [[nodiscard]] static bool same(const QString &a, const QString &b)
    {
        return fold(a) == fold(b);
    }
};
