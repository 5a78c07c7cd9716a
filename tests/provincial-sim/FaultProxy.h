// The simulator's public port when faults are asked for (docs/protocol.md, "Faults"): a small TCP
// proxy in front of the HTTP server that adds latency, caps bandwidth, cuts connections mid-request
// or mid-response, stalls answers, answers 5xx with Retry-After or garbage. QHttpServer reads whole
// requests before routing, so bytes can only be shaped and cut in front of it. /admin/* and /test/*
// are never faulted; GET /admin/faults?enabled=0|1 switches faults off and on.
#pragma once

#include "FaultOptions.h"

#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtNetwork/QHostAddress>
#include <QtNetwork/QTcpServer>

#include <random>

// What happens to one request and its answer.
enum class Fault { None, DropRequest, DropResponse, Fail, Garbage, Stall };

// A token bucket shared by the connections of one direction.
class Bandwidth
{
public:
    explicit Bandwidth(int kbit);
    // How many of `wanted` bytes may go now (all of them when there is no cap or `capped` is off).
    [[nodiscard]] qint64 take(qint64 wanted, bool capped);
    [[nodiscard]] qint64 total() const { return m_total; }

private:
    double m_bytesPerMs = 0;
    double m_tokens = 0;
    qint64 m_total = 0; // bytes let through
    qint64 m_last = 0;
    QElapsedTimer m_clock;
};

class FaultProxy : public QObject
{
    Q_OBJECT

public:
    FaultProxy(const FaultOptions &options, quint16 backendPort, QObject *parent = nullptr);

    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);

    // For the links: the fault of the next request to `path`.
    [[nodiscard]] Fault nextFault(const QByteArray &path);
    // GET /admin/faults: answered by the proxy itself.
    [[nodiscard]] QByteArray adminAnswer(const QByteArray &target);
    [[nodiscard]] const FaultOptions &options() const { return m_options; }
    // Latency and the bandwidth cap apply while faults are on.
    [[nodiscard]] bool shaping() const;
    Bandwidth &upstream() { return m_up; }
    Bandwidth &downstream() { return m_down; }

private:
    void accept();

    FaultOptions m_options;
    quint16 m_backendPort;
    QTcpServer m_server;
    Bandwidth m_up;
    Bandwidth m_down;
    std::mt19937 m_random;
    bool m_enabled = true;
    qint64 m_seen = 0;    // requests that may be faulted, faults on or off
    qint64 m_counted = 0; // of those, the ones counted for "every N"
    qint64 m_faulted = 0; // of those, the ones given a fault
};
