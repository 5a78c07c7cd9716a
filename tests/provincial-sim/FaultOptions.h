// The simulator's fault options (docs/protocol.md, "Faults") and their command-line flags.
#pragma once

#include <QtCore/QCommandLineOption>
#include <QtCore/QCommandLineParser>
#include <QtCore/QString>

#include <expected>

struct FaultOptions
{
    int latencyMs = 0;         // added to each direction
    int bandwidthKbit = 0;     // cap of each direction, all connections together; 0: none
    int dropRequestEvery = 0;  // cut every Nth request halfway through its body
    int dropResponseEvery = 0; // cut every Nth answer halfway through its body
    double dropProbability = 0; // or cut each request (or its answer) with this probability
    quint32 seed = 1;
    int failEvery = 0; // answer every Nth request with failStatus, without forwarding it
    int failStatus = 503;
    int retryAfterSeconds = 0;
    int garbageEvery = 0; // the server handles every Nth request but its answer is garbled
    int stallEvery = 0;   // every Nth answer is held back stallMs
    int stallMs = 0;
    int faultsAfter = 0; // the first N requests go through untouched

    [[nodiscard]] bool any() const
    {
        return latencyMs > 0 || bandwidthKbit > 0 || dropRequestEvery > 0 || dropResponseEvery > 0
            || dropProbability > 0 || failEvery > 0 || garbageEvery > 0 || stallEvery > 0;
    }
};

class FaultCommandLine
{
public:
    explicit FaultCommandLine(QCommandLineParser &parser); // adds the flags
    [[nodiscard]] std::expected<FaultOptions, QString> read(const QCommandLineParser &parser) const;

private:
    QCommandLineOption m_latency;
    QCommandLineOption m_bandwidth;
    QCommandLineOption m_dropRequest;
    QCommandLineOption m_dropResponse;
    QCommandLineOption m_dropProbability;
    QCommandLineOption m_seed;
    QCommandLineOption m_failEvery;
    QCommandLineOption m_failStatus;
    QCommandLineOption m_retryAfter;
    QCommandLineOption m_garbage;
    QCommandLineOption m_stallEvery;
    QCommandLineOption m_stallMs;
    QCommandLineOption m_faultsAfter;
};
