// The simulator's test-only endpoints (docs/protocol.md, "Test-only endpoints of the
// simulator"): what was "sent by SMS", and generated citizens to pick from. SimServer routes
// them only with --test-endpoints, and only for loopback peers.
#pragma once

#include "SimReply.h"

#include <QtCore/QUrlQuery>

class SimStore;
class SmsOutbox;

class TestEndpoints
{
public:
    static constexpr int kDefaultLimit = 20;
    static constexpr int kMaxLimit = 1000;

    TestEndpoints(SimStore &store, const SmsOutbox &outbox);

    // GET /test/sent-codes
    [[nodiscard]] SimReply sentCodes() const;
    // GET /test/citizens?status=active|not_activated|locked|none&limit=N
    [[nodiscard]] SimReply citizens(const QUrlQuery &query) const;

private:
    SimStore &m_store;
    const SmsOutbox &m_outbox;
};
