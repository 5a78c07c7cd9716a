#include "FaultOptions.h"

namespace {

QCommandLineOption option(const char *name, const char *help, const char *valueName = "N")
{
    return QCommandLineOption(QString::fromLatin1(name), QString::fromLatin1(help),
                              QString::fromLatin1(valueName), QStringLiteral("0"));
}

} // namespace

FaultCommandLine::FaultCommandLine(QCommandLineParser &parser)
    : m_latency(option("latency-ms", "Faults: delay added to each direction (ms).", "MS"))
    , m_bandwidth(option("bandwidth-kbit", "Faults: bandwidth cap of each direction (kbit/s)."))
    , m_dropRequest(option("drop-request-every", "Faults: cut every Nth request halfway."))
    , m_dropResponse(option("drop-response-every", "Faults: cut every Nth answer halfway."))
    , m_dropProbability(option("drop-probability",
                               "Faults: cut each request or its answer with probability P.", "P"))
    , m_seed(option("fault-seed", "Faults: seed of --drop-probability (default 1).", "S"))
    , m_failEvery(option("fail-every", "Faults: answer every Nth request with --fail-status."))
    , m_failStatus(QCommandLineOption(QStringLiteral("fail-status"),
                                      QStringLiteral("Faults: status of --fail-every (500 or 503, "
                                                     "default 503)."),
                                      QStringLiteral("STATUS"), QStringLiteral("503")))
    , m_retryAfter(option("retry-after", "Faults: Retry-After of --fail-every (seconds).", "S"))
    , m_garbage(option("garbage-every", "Faults: garble every Nth answer (the request is handled)."))
    , m_stallEvery(option("stall-every", "Faults: hold back every Nth answer --stall-ms."))
    , m_stallMs(option("stall-ms", "Faults: how long a stalled answer is held (ms).", "MS"))
    , m_faultsAfter(option("faults-after", "Faults: let the first N requests through untouched."))
{
    parser.addOptions({m_latency, m_bandwidth, m_dropRequest, m_dropResponse, m_dropProbability,
                       m_seed, m_failEvery, m_failStatus, m_retryAfter, m_garbage, m_stallEvery,
                       m_stallMs, m_faultsAfter});
}

std::expected<FaultOptions, QString> FaultCommandLine::read(const QCommandLineParser &parser) const
{
    QString bad;
    const auto number = [&](const QCommandLineOption &o, int high) {
        bool ok = false;
        const int v = parser.value(o).toInt(&ok);
        if (!ok || v < 0 || v > high) {
            bad = QStringLiteral("--%1 must be a number from 0 to %2").arg(o.names().first()).arg(high);
            return 0;
        }
        return v;
    };
    FaultOptions f;
    f.latencyMs = number(m_latency, 60000);
    f.bandwidthKbit = number(m_bandwidth, 10'000'000);
    f.dropRequestEvery = number(m_dropRequest, 1'000'000);
    f.dropResponseEvery = number(m_dropResponse, 1'000'000);
    f.failEvery = number(m_failEvery, 1'000'000);
    f.failStatus = number(m_failStatus, 599);
    f.retryAfterSeconds = number(m_retryAfter, 86400);
    f.garbageEvery = number(m_garbage, 1'000'000);
    f.stallEvery = number(m_stallEvery, 1'000'000);
    f.stallMs = number(m_stallMs, 600'000);
    f.faultsAfter = number(m_faultsAfter, 1'000'000);
    bool seedOk = false;
    f.seed = parser.value(m_seed).toUInt(&seedOk);
    if (!seedOk)
        bad = QStringLiteral("--fault-seed must be a non-negative number");
    bool pOk = false;
    f.dropProbability = parser.value(m_dropProbability).toDouble(&pOk);
    if (!pOk || f.dropProbability < 0 || f.dropProbability > 1)
        bad = QStringLiteral("--drop-probability must be from 0 to 1");
    if (parser.isSet(m_failStatus) && f.failStatus != 500 && f.failStatus != 503)
        bad = QStringLiteral("--fail-status must be 500 or 503");
    if (!bad.isEmpty())
        return std::unexpected(bad);
    return f;
}
