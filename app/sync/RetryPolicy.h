#pragma once

#include <QDateTime>

#include <functional>

namespace motcua {

// When a dossier that could not be sent is tried again: base × 2^(attempts−1), capped, with
// ±jitter so that desks cut off together do not all come back in the same second. A server's
// Retry-After (seconds only; HTTP dates are ignored: server clocks are never used) raises the wait
// to at least that much. Every wait is measured from the desk's own clock and never exceeds the cap,
// so a desk clock set backwards delays a dossier by at most the cap (see OutboxRepository::clampWaits).
struct RetryPolicy
{
    int baseSeconds = 30;
    int capSeconds = 3600;
    double jitter = 0.2;
    // Uniform in [0, 1). Tests inject a fixed source; the default is QRandomGenerator::global().
    std::function<double()> random;

    int delaySeconds(int attempts, int retryAfterSeconds = 0) const;
    QDateTime nextAttempt(const QDateTime &now, int attempts, int retryAfterSeconds = 0) const
    {
        return now.addSecs(delaySeconds(attempts, retryAfterSeconds));
    }
};

} // namespace motcua
