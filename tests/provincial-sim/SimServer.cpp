#include "SimServer.h"

#include "SimAuth.h"
#include "SimErrors.h"
#include "SimStore.h"
#include "StoredRecords.h"

#include <QtCore/QCoreApplication>
#include <QtCore/QFile>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QLoggingCategory>
#include <QtCore/QUrlQuery>
#include <QtNetwork/QSslCertificate>
#include <QtNetwork/QSslKey>

Q_LOGGING_CATEGORY(lcHttp, "motcua.sim.http", QtInfoMsg)

namespace {

using Status = QHttpServerResponse::StatusCode;

QHttpServerResponse error(Status status, SimError::Code code, const QString &message)
{
    return QHttpServerResponse(SimError::body(code, message), status);
}

QHttpServerResponse notAuthenticated()
{
    return error(Status::Unauthorized, SimError::NotAuthenticated,
                 QStringLiteral("missing, unknown or expired session"));
}

QByteArray methodName(QHttpServerRequest::Method method)
{
    switch (method) {
    case QHttpServerRequest::Method::Get: return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Post: return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Put: return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete: return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Head: return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options: return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch: return QByteArrayLiteral("PATCH");
    default: return QByteArrayLiteral("OTHER");
    }
}

} // namespace

SimServer::SimServer(SimAuth &auth, SimStore &store, const SimServerOptions &options)
    : m_auth(auth)
    , m_store(store)
    , m_sms(options.testEndpoints)
    , m_push(store, m_sms, DeferredPolicy{options.proofTtl, options.otp.maxAttempts})
    , m_lookup(store)
    , m_activation(store, options.otp, m_sms)
    , m_confirmation(store, options.otp, options.proofTtl, m_sms)
    , m_deferred(store)
    , m_test(store, m_sms)
    , m_progress(store)
    , m_ratings(store)
    , m_attachments(options.attachmentsDir)
{
    if (!options.catalogPath.isEmpty())
        m_catalogLoaded = m_catalog.load(options.catalogPath, &m_catalogProblem);
    using M = QHttpServerRequest::Method;
    using Member = QHttpServerResponse (SimServer::*)(const QHttpServerRequest &);
    const auto member = [this](Member handler) {
        return [this, handler](const QHttpServerRequest &r) { return (this->*handler)(r); };
    };
    addRoute(QStringLiteral("/api/v1/auth/login"), M::Post, member(&SimServer::login));
    addRoute(QStringLiteral("/api/v1/dossiers/push"), M::Post, member(&SimServer::push));
    addRoute(QStringLiteral("/api/v1/health"), M::Get, member(&SimServer::health));
    addRoute(QStringLiteral("/admin/stats"), M::Get, member(&SimServer::stats));
    addClerkRoute(QStringLiteral("/api/v1/citizens/lookup"),
                  [this](const QString &clerk, const QByteArray &body) {
                      return m_lookup.process(clerk, body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/accounts/activation/start"),
                  [this](const QString &clerk, const QByteArray &body) {
                      return m_activation.start(clerk, body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/accounts/activation/verify"),
                  [this](const QString &, const QByteArray &body) {
                      return m_activation.verify(body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/accounts/activation/resend"),
                  [this](const QString &, const QByteArray &body) {
                      return m_activation.resend(body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/citizens/confirmation/start"),
                  [this](const QString &clerk, const QByteArray &body) {
                      return m_confirmation.start(clerk, body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/citizens/confirmation/verify"),
                  [this](const QString &, const QByteArray &body) {
                      return m_confirmation.verify(body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/citizens/confirmation/resend"),
                  [this](const QString &, const QByteArray &body) {
                      return m_confirmation.resend(body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/dossiers/updates"),
                  [this](const QString &clerk, const QByteArray &body) {
                      return m_progress.updates(clerk, body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/ratings"),
                  [this](const QString &clerk, const QByteArray &body) {
                      return m_ratings.process(clerk, body);
                  });
    addClerkRoute(QStringLiteral("/api/v1/catalog"),
                  [this](const QString &, const QByteArray &body) {
                      return m_catalog.current(body);
                  });
    // The citizen's own phone or portal: no clerk's session.
    addRoute(QStringLiteral("/api/v1/public/dossiers/confirm"), M::Post,
             [this](const QHttpServerRequest &request) {
                 return respond(m_deferred.confirm(request.body()));
             });
    addAttachmentRoutes();
    m_push.setAttachmentCheck(
        [this](const QString &sha256) { return m_attachments.isComplete(sha256); });
    if (options.testEndpoints) {
        addTestRoute(QStringLiteral("/test/sent-codes"),
                     [this](const QHttpServerRequest &) { return m_test.sentCodes(); });
        addTestRoute(QStringLiteral("/test/citizens"), [this](const QHttpServerRequest &r) {
            return m_test.citizens(r.query());
        });
        addTestRoute(
            QStringLiteral("/test/dossiers/progress"),
            [this](const QHttpServerRequest &r) { return m_progress.advance(r.body()); }, M::Post);
        addTestRoute(
            QStringLiteral("/test/catalog"),
            [this](const QHttpServerRequest &r) { return m_catalog.publish(r.body()); }, M::Post);
        addTestRoute(QStringLiteral("/test/dossiers"), [this](const QHttpServerRequest &) {
            return StoredRecords::dossiers(m_store);
        });
        addTestRoute(QStringLiteral("/test/ratings"),
                     [this](const QHttpServerRequest &) { return m_ratings.listing(); });
        addTestRoute(QStringLiteral("/test/attachments"), [this](const QHttpServerRequest &) {
            return StoredRecords::attachments(m_attachments);
        });
    }

    m_http.setMissingHandler([this](const QHttpServerRequest &request,
                                    QHttpServerResponder &&responder) {
        answerUnrouted(request, std::move(responder));
    });
    // Method, fixed route path and status only: never bodies, headers or query strings.
    m_http.afterRequest([](QHttpServerResponse &&response, const QHttpServerRequest &request) {
        qCInfo(lcHttp, "%s %s -> %d", methodName(request.method()).constData(),
               qUtf8Printable(request.url().path()), static_cast<int>(response.statusCode()));
        return std::move(response);
    });
}

quint16 SimServer::listen(const QHostAddress &address, quint16 port)
{
    return m_http.listen(address, port);
}

bool SimServer::useTls(const QString &certFile, const QString &keyFile, QString *problem)
{
    QFile cert(certFile);
    QFile key(keyFile);
    if (!cert.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
        *problem = QStringLiteral("cannot read %1").arg(cert.isOpen() ? keyFile : certFile);
        return false;
    }
    const QSslCertificate certificate(&cert, QSsl::Pem);
    // The key may be RSA or EC (openssl req -newkey ec …).
    QSslKey privateKey(&key, QSsl::Rsa, QSsl::Pem);
    if (privateKey.isNull()) {
        key.seek(0);
        privateKey = QSslKey(&key, QSsl::Ec, QSsl::Pem);
    }
    if (certificate.isNull() || privateKey.isNull()) {
        *problem = QStringLiteral("%1 is not a PEM certificate or %2 not a PEM key")
                       .arg(certFile, keyFile);
        return false;
    }
    m_http.sslSetup(certificate, privateKey);
    return true;
}

void SimServer::addRoute(const QString &path, QHttpServerRequest::Method method, Handler handler)
{
    m_routes.insert(path, method);
    const bool added = m_http.route(path, method,
                                    [handler = std::move(handler)](const QHttpServerRequest &r) {
                                        return handler(r);
                                    });
    if (!added)
        qCCritical(lcHttp).noquote() << "cannot add route" << path;
}

void SimServer::addClerkRoute(const QString &path, ClerkHandler handler)
{
    addRoute(path, QHttpServerRequest::Method::Post,
             [this, handler = std::move(handler)](const QHttpServerRequest &request) {
                 const std::optional<QString> clerk = sessionClerk(request);
                 if (!clerk)
                     return notAuthenticated();
                 return respond(handler(*clerk, request.body()));
             });
}

bool SimServer::catalogLoaded(QString *problem) const
{
    *problem = m_catalogProblem;
    return m_catalogLoaded;
}

void SimServer::addTestRoute(const QString &path,
                             std::function<SimReply(const QHttpServerRequest &)> handler,
                             QHttpServerRequest::Method method)
{
    addRoute(path, method,
             [handler = std::move(handler)](const QHttpServerRequest &request) {
                 // From elsewhere the test endpoints do not exist.
                 if (!fromLoopback(request))
                     return error(Status::NotFound, SimError::Malformed,
                                  QStringLiteral("no such endpoint"));
                 return respond(handler(request));
             });
}

bool SimServer::fromLoopback(const QHttpServerRequest &request)
{
    bool isV4 = false;
    const QHostAddress peer = request.remoteAddress();
    const quint32 v4 = peer.toIPv4Address(&isV4);
    return peer.isLoopback() || (isV4 && QHostAddress(v4).isLoopback());
}

QHttpServerResponse SimServer::respond(const SimReply &reply)
{
    QHttpServerResponse response(reply.body, static_cast<Status>(reply.httpStatus));
    if (reply.retryAfterSeconds > 0)
        response.setHeader(QByteArrayLiteral("Retry-After"),
                           QByteArray::number(reply.retryAfterSeconds));
    return response;
}

void SimServer::answerUnrouted(const QHttpServerRequest &request, QHttpServerResponder &&responder)
{
    const auto known = m_routes.constFind(request.url().path());
    const bool hidden = request.url().path().startsWith(u"/test/") && !fromLoopback(request);
    if (known == m_routes.cend() || hidden) {
        qCInfo(lcHttp, "%s (unknown path) -> 404", methodName(request.method()).constData());
        error(Status::NotFound, SimError::Malformed, QStringLiteral("no such endpoint"))
            .write(std::move(responder));
        return;
    }
    const QByteArray allowed = methodName(*known);
    qCInfo(lcHttp, "%s %s -> 405", methodName(request.method()).constData(),
           qUtf8Printable(known.key()));
    QHttpServerResponse response = error(Status::MethodNotAllowed, SimError::Malformed,
                                         QStringLiteral("method not allowed, use ")
                                             + QLatin1StringView(allowed));
    response.setHeader(QByteArrayLiteral("Allow"), allowed);
    response.write(std::move(responder));
}

std::optional<QString> SimServer::sessionClerk(const QHttpServerRequest &request)
{
    static constexpr QByteArrayView kBearer("Bearer ");
    for (const auto &[name, value] : request.headers()) {
        if (name.compare("Authorization", Qt::CaseInsensitive) != 0)
            continue;
        const QByteArray v = value.trimmed();
        if (v.size() <= kBearer.size()
            || v.first(kBearer.size()).compare(kBearer, Qt::CaseInsensitive) != 0) {
            return std::nullopt;
        }
        return m_auth.clerkForToken(QString::fromLatin1(v.sliced(kBearer.size()).trimmed()));
    }
    return std::nullopt;
}

QHttpServerResponse SimServer::login(const QHttpServerRequest &request)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(request.body(), &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return error(Status::BadRequest, SimError::Malformed,
                     QStringLiteral("body must be a JSON object"));
    const QJsonValue username = document.object().value(QLatin1StringView("username"));
    const QJsonValue password = document.object().value(QLatin1StringView("password"));
    if (!username.isString() || !password.isString())
        return error(Status::BadRequest, SimError::Malformed,
                     QStringLiteral("username and password must be strings"));

    auto session = m_auth.login(username.toString(), password.toString());
    if (!session) {
        if (session.error() == SimAuth::LoginError::StoreFailure) {
            qCCritical(lcHttp, "login: store failure");
            return error(Status::InternalServerError, SimError::Internal,
                         QStringLiteral("internal error"));
        }
        qCInfo(lcHttp, "login refused"); // no user name: it may be personal data
        return error(Status::Unauthorized, SimError::NotAuthenticated,
                     QStringLiteral("unknown user or wrong password"));
    }
    qCInfo(lcHttp, "login ok, %lld live sessions",
           static_cast<long long>(m_auth.liveSessionCount()));
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("error_code"), SimError::Ok},
        {QStringLiteral("session"), session->token},
        {QStringLiteral("expires_in"), static_cast<qint64>(session->expiresIn.count())},
        {QStringLiteral("clerk"), QJsonObject{{QStringLiteral("username"), session->username},
                                              {QStringLiteral("full_name"), session->fullName},
                                              {QStringLiteral("unit_code"), session->unitCode},
                                              {QStringLiteral("role"), session->role}}},
    });
}

QHttpServerResponse SimServer::push(const QHttpServerRequest &request)
{
    const std::optional<QString> clerk = sessionClerk(request);
    if (!clerk)
        return notAuthenticated();
    PushProcessor::Reply reply = m_push.process(*clerk, request.body());
    return QHttpServerResponse(reply.body, static_cast<Status>(reply.httpStatus));
}

QHttpServerResponse SimServer::health(const QHttpServerRequest &)
{
    return QHttpServerResponse(
        QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                    {QStringLiteral("version"), QCoreApplication::applicationVersion()}});
}

QHttpServerResponse SimServer::stats(const QHttpServerRequest &request)
{
    // Open on loopback; from elsewhere only with a session.
    if (!fromLoopback(request) && !sessionClerk(request))
        return notAuthenticated();

    auto s = m_store.stats();
    if (!s) {
        qCCritical(lcHttp).noquote() << "stats:" << s.error();
        return error(Status::InternalServerError, SimError::Internal,
                     QStringLiteral("internal error"));
    }
    return QHttpServerResponse(QJsonObject{
        {QStringLiteral("dossiers"), s->dossiers},
        {QStringLiteral("push_requests"), s->pushRequests},
        {QStringLiteral("records_received"), s->recordsReceived},
        {QStringLiteral("duplicates"), s->duplicates},
        {QStringLiteral("conflicts"), s->conflicts},
        {QStringLiteral("invalid"), s->invalid},
        {QStringLiteral("lookups"), s->lookups},
        {QStringLiteral("activations"), s->activations},
        {QStringLiteral("direct"), s->direct},
        {QStringLiteral("online"), s->online},
        {QStringLiteral("postal"), s->postal},
        {QStringLiteral("online_citizen_confirmed"), s->onlineCitizenConfirmed},
        {QStringLiteral("awaiting_citizen"), s->awaitingCitizen},
        {QStringLiteral("attachment_bytes_received"), m_attachments.bytesReceived()},
        {QStringLiteral("attachments_complete"), m_attachments.completeCount()},
        {QStringLiteral("ratings"), m_ratings.count()},
        {QStringLiteral("live_sessions"), static_cast<qint64>(m_auth.liveSessionCount())},
    });
}

void SimServer::addAttachmentRoutes()
{
    // GET and PUT on /api/v1/attachments/{sha256}, both with a clerk's session.
    using M = QHttpServerRequest::Method;
    const auto route = [this](M method) {
        const bool added = m_http.route(
            QStringLiteral("/api/v1/attachments/<arg>"), method,
            [this, method](const QString &sha256, const QHttpServerRequest &request) {
                if (!sessionClerk(request))
                    return notAuthenticated();
                if (method == M::Get)
                    return respond(m_attachments.status(sha256));
                const QUrlQuery query(request.url());
                bool offsetOk = false, totalOk = false;
                const qint64 offset = query.queryItemValue(QStringLiteral("offset")).toLongLong(&offsetOk);
                const qint64 total = query.queryItemValue(QStringLiteral("total")).toLongLong(&totalOk);
                if (!offsetOk || !totalOk)
                    return error(Status::BadRequest, SimError::Malformed,
                                 QStringLiteral("offset and total are required numbers"));
                return respond(m_attachments.put(sha256, offset, total, request.body()));
            });
        if (!added)
            qCCritical(lcHttp, "cannot add the attachment routes");
    };
    route(M::Get);
    route(M::Put);
}
