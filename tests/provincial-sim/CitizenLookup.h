// POST /api/v1/citizens/lookup (docs/protocol.md, "Looking a citizen up in the population
// register"): request checks, the comparison of what the clerk has with the register, the
// lookup log, and the answer. Independent of HTTP plumbing.
#pragma once

#include "SimReply.h"

#include <QtCore/QByteArray>

class SimStore;

class CitizenLookup
{
public:
    static constexpr qsizetype kMaxPurposeLength = 200;

    explicit CitizenLookup(SimStore &store);

    // `body` is the raw request body of an authenticated clerk's lookup.
    [[nodiscard]] SimReply process(const QString &clerkUsername, const QByteArray &body);

    // A 12-digit SoDinhDanh (structure only: the register decides whether it exists).
    [[nodiscard]] static bool isCccdShaped(const QString &number);

private:
    SimStore &m_store;
};
