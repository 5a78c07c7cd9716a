// One client connection through the FaultProxy: the client's socket, the one to the HTTP server,
// and a shaped queue of bytes in each direction. Understands just enough HTTP/1.1 (request line,
// Content-Length) to count requests and answers.
#pragma once

#include "FaultProxy.h"

#include <QtCore/QByteArray>
#include <QtCore/QElapsedTimer>
#include <QtCore/QObject>
#include <QtCore/QQueue>
#include <QtCore/QTimer>
#include <QtNetwork/QTcpSocket>

class FaultLink : public QObject
{
    Q_OBJECT

public:
    FaultLink(FaultProxy &proxy, QTcpSocket *client, quint16 backendPort);

private:
    struct Piece
    {
        qint64 due = 0;
        QByteArray bytes;
        bool cut = false; // when reached: cut both connections
    };
    struct Pipe
    {
        QQueue<Piece> pieces;
        QTcpSocket *to = nullptr;
        Bandwidth *bandwidth = nullptr;
    };
    // A message being read: its head until the blank line, then Content-Length bytes of body.
    struct Parser
    {
        QByteArray head;
        qint64 bodyLeft = -1; // -1: reading the head
        qint64 bodySize = 0;
    };

    void readClient();
    void readServer();
    void requestHead(const QByteArray &head);
    void requestBody(QByteArray bytes);
    void responseBody(QByteArray bytes);
    void push(Pipe &pipe, QByteArray bytes, qint64 extraDelayMs = 0, bool cutAfter = false);
    void pump();
    void pumpPipe(Pipe &pipe);
    void cut();
    [[nodiscard]] qint64 now() const { return m_clock.elapsed(); }
    [[nodiscard]] static qint64 contentLength(const QByteArray &head);

    FaultProxy &m_proxy;
    QTcpSocket *m_client;
    QTcpSocket *m_server;
    Pipe m_up;
    Pipe m_down;
    Parser m_request;
    Parser m_response;
    QQueue<Fault> m_awaiting; // faults of the requests whose answers are still to come
    Fault m_requestFault = Fault::None;
    Fault m_responseFault = Fault::None;
    bool m_swallow = false; // the request was answered by the proxy itself
    QByteArray m_heldResponse; // an answer to garble, kept until complete
    QTimer m_timer;
    QElapsedTimer m_clock;
    bool m_cut = false;
    bool m_serverGone = false;
};
