// The progress of dossiers as the desk sees it (docs/protocol.md, "Progress of dossiers"): the
// clerk's feed of events, and the test route that advances a dossier as the province would.
#pragma once

#include "SimReply.h"

class SimStore;

class ProgressFeed
{
public:
    static constexpr int kDefaultLimit = 100;
    static constexpr int kMaxLimit = 500;

    explicit ProgressFeed(SimStore &store);

    // POST /api/v1/dossiers/updates {"after": CURSOR, "limit": N}
    [[nodiscard]] SimReply updates(const QString &clerk, const QByteArray &body);
    // POST /test/dossiers/progress {"MaHoSo", "TrangThaiHoSo"?, "NgayHenTra"?, "supplement"?, …}
    [[nodiscard]] SimReply advance(const QByteArray &body);

private:
    SimStore &m_store;
};
