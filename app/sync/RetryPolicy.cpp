#include "RetryPolicy.h"

#include <QRandomGenerator>

#include <algorithm>
#include <cmath>

namespace motcua {

int RetryPolicy::delaySeconds(int attempts, int retryAfterSeconds) const
{
    const int doublings = std::clamp(attempts - 1, 0, 30);
    const double plain = std::min(double(baseSeconds) * std::pow(2.0, doublings), double(capSeconds));
    const double r = random ? random() : QRandomGenerator::global()->generateDouble();
    const double jittered = plain * (1.0 + jitter * (2.0 * std::clamp(r, 0.0, 1.0) - 1.0));
    const double wait = std::max(jittered, double(std::max(retryAfterSeconds, 0)));
    return int(std::lround(std::clamp(wait, 1.0, double(capSeconds))));
}

} // namespace motcua
