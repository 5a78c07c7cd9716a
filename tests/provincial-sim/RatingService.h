// Citizens' satisfaction ratings sent by desks (docs/protocol.md, "Ratings"): a batch of ratings,
// each stored once under its client key; a key seen before is answered "duplicate" and changes
// nothing. The test route lists what was stored, comments included.
#pragma once

#include "SimReply.h"

class SimStore;

class RatingService
{
public:
    static constexpr int kMaxBatch = 500;
    static constexpr int kMaxComment = 500; // characters

    explicit RatingService(SimStore &store);

    // POST /api/v1/ratings {"ratings": [{"client_key", "MaHoSo", "score", …}, …]}
    [[nodiscard]] SimReply process(const QString &clerk, const QByteArray &body);
    // GET /test/ratings: {"ratings": [...], "satisfied": N, "normal": N, "not_satisfied": N,
    // "duplicates": N, "requests": N}
    [[nodiscard]] SimReply listing() const;
    // For /admin/stats: ratings stored (-1 when the store cannot be read).
    [[nodiscard]] qint64 count() const;

private:
    SimStore &m_store;
};
