// Realistic Vietnamese full names (family, middle, given; NFC, with diacritics) for the
// generated population register. Deterministic: every choice is drawn from the caller's
// generator, so a fixed seed gives the same names.
#pragma once

#include <QtCore/QString>

class QRandomGenerator;

class VietnameseNames
{
public:
    // `sex`: 1 male, 2 female. Older generations carry Văn/Thị more often; younger ones more
    // varied middle names and more four-syllable names.
    [[nodiscard]] static QString fullName(QRandomGenerator &rng, int sex, int birthYear);
};
