// HTTP routes of the provincial simulator (docs/protocol.md). Routes stay thin: sign-in and
// sessions live in SimAuth, the push logic in PushProcessor, storage in SimStore.
#pragma once

#include "PushProcessor.h"

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>

#include <optional>

class SimAuth;
class SimStore;

class SimServer
{
public:
    SimServer(SimAuth &auth, SimStore &store);

    // The bound port (the ephemeral one when `port` is 0), or 0 when it cannot listen.
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);

private:
    using Handler = QHttpServerResponse (SimServer::*)(const QHttpServerRequest &);

    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    void answerUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    [[nodiscard]] std::optional<QString> sessionClerk(const QHttpServerRequest &request);

    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse stats(const QHttpServerRequest &request);

    SimAuth &m_auth;
    SimStore &m_store;
    PushProcessor m_push;
    QHttpServer m_http;
    QHash<QString, QHttpServerRequest::Method> m_routes; // path -> its one method
};
