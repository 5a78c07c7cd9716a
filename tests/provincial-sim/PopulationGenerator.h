// Generates the simulator's population register: citizens with valid CCCD numbers
// (PPP G YY SSSSSS, shared/domain/identity.md), Vietnamese names, dates of birth 1940-2008,
// mobile numbers and account records. Deterministic: a fixed seed, and each citizen's draws
// depend only on the citizens before it, so the first K citizens are the same for every N >= K.
#pragma once

#include "IdentityTypes.h"

#include <QtCore/QList>

class PopulationGenerator
{
public:
    static constexpr quint32 kSeed = 20240701; // VNeID-only log-in for individuals since then
    static constexpr int kMaxPopulation = 1'000'000;

    [[nodiscard]] static QList<CitizenRecord> generate(int count);

    // The CCCD G digit: century of birth and sex (even male, odd female).
    [[nodiscard]] static int centurySexDigit(int birthYear, int sex);
};
