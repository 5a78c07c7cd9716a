#include "FaultLink.h"

#include <QtNetwork/QHostAddress>

#include <algorithm>
#include <limits>

namespace {

constexpr qint64 kMaxHead = 64 * 1024;
constexpr qint64 kUnknownLength = std::numeric_limits<qint64>::max();

QByteArray statusAnswer(int status, int retryAfter)
{
    const QByteArray body = "{\"error_code\":9,\"message\":\"injected fault\"}";
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + " Injected\r\n"
        + "Content-Type: application/json\r\nContent-Length: " + QByteArray::number(body.size())
        + "\r\n";
    if (retryAfter > 0)
        head += "Retry-After: " + QByteArray::number(retryAfter) + "\r\n";
    return head + "\r\n" + body;
}

QByteArray garbageAnswer()
{
    const QByteArray body = "{\"error_code\": 0, \"results\": [{\"result\": \"crea";
    return "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
        + QByteArray::number(body.size()) + "\r\n\r\n" + body;
}

} // namespace

FaultLink::FaultLink(FaultProxy &proxy, QTcpSocket *client, quint16 backendPort)
    : QObject(&proxy)
    , m_proxy(proxy)
    , m_client(client)
    , m_server(new QTcpSocket(this))
{
    client->setParent(this);
    m_clock.start();
    m_up = Pipe{{}, m_server, &proxy.upstream()};
    m_down = Pipe{{}, m_client, &proxy.downstream()};
    m_timer.setTimerType(Qt::PreciseTimer);
    m_timer.setInterval(2);
    connect(&m_timer, &QTimer::timeout, this, &FaultLink::pump);
    connect(m_client, &QTcpSocket::readyRead, this, &FaultLink::readClient);
    connect(m_server, &QTcpSocket::readyRead, this, &FaultLink::readServer);
    connect(m_server, &QTcpSocket::connected, this, &FaultLink::pump);
    connect(m_client, &QTcpSocket::disconnected, this, &FaultLink::cut);
    connect(m_server, &QTcpSocket::disconnected, this, [this] {
        m_serverGone = true;
        pump();
    });
    connect(m_server, &QTcpSocket::errorOccurred, this, [this] {
        if (m_server->state() != QAbstractSocket::ConnectedState)
            cut();
    });
    m_server->connectToHost(QHostAddress::LocalHost, backendPort);
}

qint64 FaultLink::contentLength(const QByteArray &head)
{
    for (const QByteArray &line : head.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 && line.first(colon).trimmed().toLower() == "content-length")
            return line.sliced(colon + 1).trimmed().toLongLong();
    }
    return -1;
}

void FaultLink::readClient()
{
    QByteArray data = m_client->readAll();
    while (!data.isEmpty() && !m_cut) {
        if (m_request.bodyLeft < 0) {
            m_request.head += data;
            data.clear();
            const qsizetype end = m_request.head.indexOf("\r\n\r\n");
            if (end < 0) {
                if (m_request.head.size() > kMaxHead)
                    cut();
                return;
            }
            data = m_request.head.sliced(end + 4);
            const QByteArray head = m_request.head.first(end + 4);
            m_request.head.clear();
            m_request.bodySize = std::max<qint64>(0, contentLength(head));
            m_request.bodyLeft = m_request.bodySize;
            requestHead(head);
        } else {
            const qint64 n = std::min<qint64>(m_request.bodyLeft, data.size());
            requestBody(data.first(n));
            data.remove(0, n);
            m_request.bodyLeft -= n;
        }
        if (m_request.bodyLeft == 0) {
            m_request.bodyLeft = -1;
            if (m_requestFault == Fault::Fail && !m_swallow) {
                const FaultOptions &o = m_proxy.options();
                push(m_down, statusAnswer(o.failStatus, o.retryAfterSeconds));
            }
        }
    }
}

void FaultLink::requestHead(const QByteArray &head)
{
    const QList<QByteArray> requestLine = head.first(head.indexOf("\r\n")).split(' ');
    const QByteArray target = requestLine.value(1);
    const QByteArray path = target.first(target.contains('?') ? target.indexOf('?') : target.size());
    if (path == "/admin/faults") {
        m_swallow = true; // answered here; the body, if any, is dropped
        m_requestFault = Fault::None;
        push(m_down, m_proxy.adminAnswer(target));
        return;
    }
    m_swallow = false;
    m_requestFault = m_proxy.nextFault(path);
    switch (m_requestFault) {
    case Fault::Fail:
        return; // answered by readClient once the body is in, never forwarded
    case Fault::DropRequest:
        if (m_request.bodySize == 0)
            push(m_up, head.first(head.size() / 2), 0, true);
        else
            push(m_up, head);
        return;
    default:
        m_awaiting.enqueue(m_requestFault);
        push(m_up, head);
    }
}

void FaultLink::requestBody(QByteArray bytes)
{
    if (m_swallow || m_requestFault == Fault::Fail)
        return;
    if (m_requestFault == Fault::DropRequest) {
        // Forward up to half of the body, then cut.
        const qint64 sent = m_request.bodySize - m_request.bodyLeft;
        const qint64 half = m_request.bodySize / 2;
        if (sent + bytes.size() >= half) {
            push(m_up, bytes.first(std::max<qint64>(0, half - sent)), 0, true);
            m_swallow = true; // drop the rest; the cut ends the link
            return;
        }
    }
    push(m_up, std::move(bytes));
}

void FaultLink::readServer()
{
    QByteArray data = m_server->readAll();
    while (!data.isEmpty() && !m_cut) {
        if (m_response.bodyLeft < 0) {
            m_response.head += data;
            data.clear();
            const qsizetype end = m_response.head.indexOf("\r\n\r\n");
            if (end < 0)
                return;
            data = m_response.head.sliced(end + 4);
            const QByteArray head = m_response.head.first(end + 4);
            m_response.head.clear();
            const qint64 length = contentLength(head);
            m_response.bodySize = length < 0 ? kUnknownLength : length;
            m_response.bodyLeft = m_response.bodySize;
            m_responseFault = m_awaiting.isEmpty() ? Fault::None : m_awaiting.dequeue();
            if (m_responseFault == Fault::Garbage)
                m_heldResponse = head;
            else if (m_responseFault == Fault::DropResponse && m_response.bodySize == 0)
                push(m_down, head.first(head.size() / 2), 0, true);
            else
                push(m_down, head,
                     m_responseFault == Fault::Stall ? m_proxy.options().stallMs : 0);
        } else {
            const qint64 n = std::min<qint64>(m_response.bodyLeft, data.size());
            m_response.bodyLeft -= n;
            responseBody(data.first(n));
            data.remove(0, n);
        }
        if (m_response.bodyLeft == 0) {
            m_response.bodyLeft = -1;
            if (m_responseFault == Fault::Garbage)
                push(m_down, garbageAnswer());
            m_heldResponse.clear();
            m_responseFault = Fault::None;
        }
    }
}

void FaultLink::responseBody(QByteArray bytes)
{
    if (m_responseFault == Fault::Garbage) {
        m_heldResponse += bytes;
        return;
    }
    if (m_responseFault == Fault::DropResponse) {
        const qint64 sent = m_response.bodySize - m_response.bodyLeft - bytes.size();
        const qint64 half = m_response.bodySize / 2;
        if (sent + bytes.size() >= half) {
            push(m_down, bytes.first(std::max<qint64>(0, half - sent)), 0, true);
            m_responseFault = Fault::Garbage; // keep the rest from the client
            return;
        }
    }
    push(m_down, std::move(bytes));
}

void FaultLink::push(Pipe &pipe, QByteArray bytes, qint64 extraDelayMs, bool cutAfter)
{
    const qint64 latency = m_proxy.shaping() ? m_proxy.options().latencyMs : 0;
    if (!bytes.isEmpty())
        pipe.pieces.enqueue(Piece{now() + latency + extraDelayMs, std::move(bytes), false});
    if (cutAfter)
        pipe.pieces.enqueue(Piece{now() + latency + extraDelayMs, {}, true});
    pump();
}

void FaultLink::pump()
{
    if (m_cut)
        return;
    pumpPipe(m_up);
    if (m_cut)
        return;
    pumpPipe(m_down);
    if (m_cut)
        return;
    if (m_serverGone && m_down.pieces.isEmpty()) {
        m_timer.stop();
        m_client->disconnectFromHost();
        return;
    }
    const bool waiting = !m_up.pieces.isEmpty() || !m_down.pieces.isEmpty();
    if (waiting && !m_timer.isActive())
        m_timer.start();
    else if (!waiting)
        m_timer.stop();
}

void FaultLink::pumpPipe(Pipe &pipe)
{
    while (!pipe.pieces.isEmpty() && pipe.pieces.head().due <= now()) {
        Piece &piece = pipe.pieces.head();
        if (piece.cut)
            return cut();
        if (pipe.to->state() != QAbstractSocket::ConnectedState)
            return;
        const qint64 n = pipe.bandwidth->take(piece.bytes.size(), m_proxy.shaping());
        if (n <= 0)
            return;
        pipe.to->write(piece.bytes.constData(), n);
        piece.bytes.remove(0, n);
        if (!piece.bytes.isEmpty())
            return;
        pipe.pieces.dequeue();
    }
}

void FaultLink::cut()
{
    if (m_cut)
        return;
    m_cut = true;
    m_timer.stop();
    m_client->abort();
    m_server->abort();
    deleteLater();
}
