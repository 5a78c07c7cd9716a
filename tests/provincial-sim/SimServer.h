// HTTP routes of the provincial simulator (docs/protocol.md). Routes stay thin: sign-in and
// sessions live in SimAuth, the push logic in PushProcessor, the citizen lookup in
// CitizenLookup, activations in ActivationService, the citizen's confirmations in
// ConfirmationService and DeferredConfirmationService, ratings in RatingService, storage in
// SimStore.
#pragma once

#include "ActivationService.h"
#include "CatalogFeed.h"
#include "AttachmentService.h"
#include "CitizenLookup.h"
#include "ConfirmationService.h"
#include "DeferredConfirmationService.h"
#include "ProgressFeed.h"
#include "PushProcessor.h"
#include "RatingService.h"
#include "SmsOutbox.h"
#include "TestEndpoints.h"

#include <QtCore/QHash>
#include <QtCore/QString>
#include <QtHttpServer/QHttpServer>
#include <QtHttpServer/QHttpServerRequest>
#include <QtHttpServer/QHttpServerResponse>
#include <QtNetwork/QHostAddress>

#include <functional>
#include <optional>

class SimAuth;
class SimStore;

struct SimServerOptions
{
    OtpPolicy otp;
    // How long a citizen's proof (and a deferred confirmation's code) stays valid.
    std::chrono::seconds proofTtl = ConfirmationService::kDefaultProofTtl;
    bool testEndpoints = false; // /test/… routes (loopback only); absent (404) when off
    QString catalogPath; // the catalogue published at start (docs/catalog-format.md)
    QString attachmentsDir; // where uploaded scans are kept (docs/protocol.md, "Attachments")
};

class SimServer
{
public:
    SimServer(SimAuth &auth, SimStore &store, const SimServerOptions &options = {});
    // The catalogue of options.catalogPath could not be loaded (reason in problem).
    [[nodiscard]] bool catalogLoaded(QString *problem) const;

    // The bound port (the ephemeral one when `port` is 0), or 0 when it cannot listen.
    [[nodiscard]] quint16 listen(const QHostAddress &address, quint16 port);
    // Serve HTTPS with this certificate and key (PEM files), from the next listen() on; false
    // with the reason in problem when they cannot be read.
    [[nodiscard]] bool useTls(const QString &certFile, const QString &keyFile, QString *problem);

private:
    using Handler = std::function<QHttpServerResponse(const QHttpServerRequest &)>;
    // A POST that needs a clerk's session: the signed-in clerk and the raw body.
    using ClerkHandler = std::function<SimReply(const QString &clerk, const QByteArray &body)>;

    void addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler);
    void addClerkRoute(const QString &path, ClerkHandler handler);
    // A GET for loopback peers only (404 from elsewhere), no session.
    void addTestRoute(const QString &path,
                      std::function<SimReply(const QHttpServerRequest &)> handler,
                      QHttpServerRequest::Method method = QHttpServerRequest::Method::Get);
    void answerUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder);
    [[nodiscard]] std::optional<QString> sessionClerk(const QHttpServerRequest &request);
    [[nodiscard]] static bool fromLoopback(const QHttpServerRequest &request);
    [[nodiscard]] static QHttpServerResponse respond(const SimReply &reply);

    QHttpServerResponse login(const QHttpServerRequest &request);
    QHttpServerResponse push(const QHttpServerRequest &request);
    QHttpServerResponse health(const QHttpServerRequest &request);
    QHttpServerResponse stats(const QHttpServerRequest &request);
    void addAttachmentRoutes();

    SimAuth &m_auth;
    SimStore &m_store;
    SmsOutbox m_sms;
    PushProcessor m_push;
    CitizenLookup m_lookup;
    ActivationService m_activation;
    ConfirmationService m_confirmation;
    DeferredConfirmationService m_deferred;
    TestEndpoints m_test;
    ProgressFeed m_progress;
    RatingService m_ratings;
    CatalogFeed m_catalog;
    bool m_catalogLoaded = true;
    QString m_catalogProblem;
    AttachmentService m_attachments;
    QHttpServer m_http;
    QHash<QString, QHttpServerRequest::Method> m_routes; // path -> its one method
};
