#include "FaultProxy.h"

#include "FaultLink.h"

#include <QtCore/QJsonDocument>
#include <QtCore/QJsonObject>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrl>
#include <QtCore/QUrlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcFaults, "motcua.sim.faults", QtInfoMsg)

Bandwidth::Bandwidth(int kbit)
    : m_bytesPerMs(kbit / 8.0)
{
    m_clock.start();
}

qint64 Bandwidth::take(qint64 wanted, bool capped)
{
    if (m_bytesPerMs <= 0 || !capped) {
        m_total += wanted;
        return wanted;
    }
    // A burst of 50 ms at most, so an idle link does not bank a large allowance.
    const double burst = std::max(4096.0, m_bytesPerMs * 50);
    const qint64 now = m_clock.elapsed();
    m_tokens = std::min(burst, m_tokens + double(now - m_last) * m_bytesPerMs);
    m_last = now;
    const qint64 n = std::min<qint64>(wanted, qint64(m_tokens));
    m_tokens -= double(n);
    m_total += n;
    return n;
}

FaultProxy::FaultProxy(const FaultOptions &options, quint16 backendPort, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_backendPort(backendPort)
    , m_up(options.bandwidthKbit)
    , m_down(options.bandwidthKbit)
    , m_random(options.seed)
{
    connect(&m_server, &QTcpServer::newConnection, this, &FaultProxy::accept);
}

quint16 FaultProxy::listen(const QHostAddress &address, quint16 port)
{
    return m_server.listen(address, port) ? m_server.serverPort() : 0;
}

void FaultProxy::accept()
{
    while (QTcpSocket *client = m_server.nextPendingConnection())
        new FaultLink(*this, client, m_backendPort);
}

Fault FaultProxy::nextFault(const QByteArray &path)
{
    if (path.startsWith("/admin/") || path.startsWith("/test/"))
        return Fault::None;
    ++m_seen;
    if (!m_enabled || m_seen <= m_options.faultsAfter)
        return Fault::None;
    const qint64 n = ++m_counted;
    const auto every = [n](int k) { return k > 0 && n % k == 0; };
    Fault fault = Fault::None;
    if (every(m_options.failEvery))
        fault = Fault::Fail;
    else if (every(m_options.dropRequestEvery))
        fault = Fault::DropRequest;
    else if (every(m_options.dropResponseEvery))
        fault = Fault::DropResponse;
    else if (m_options.dropProbability > 0
             && std::uniform_real_distribution<double>(0, 1)(m_random) < m_options.dropProbability)
        fault = (m_random() % 2) ? Fault::DropRequest : Fault::DropResponse;
    else if (every(m_options.garbageEvery))
        fault = Fault::Garbage;
    else if (every(m_options.stallEvery))
        fault = Fault::Stall;
    if (fault != Fault::None)
        ++m_faulted;
    if (fault != Fault::None)
        qCInfo(lcFaults, "request %lld: fault %d", static_cast<long long>(n), int(fault));
    return fault;
}

bool FaultProxy::shaping() const
{
    return m_enabled;
}

QByteArray FaultProxy::adminAnswer(const QByteArray &target)
{
    const QUrlQuery query(QUrl(QString::fromLatin1(target)));
    const QString enabled = query.queryItemValue(QStringLiteral("enabled"));
    if (enabled == u"0" || enabled == u"1") {
        m_enabled = enabled == u"1";
        qCInfo(lcFaults, "faults %s", m_enabled ? "on" : "off");
    }
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("enabled"), m_enabled},
                                                      {QStringLiteral("faulted"), m_faulted},
                                                      {QStringLiteral("upstream_bytes"), m_up.total()}})
                                .toJson(QJsonDocument::Compact);
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}
