#include "ProvincialApi.h"

#include <algorithm>

#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
constexpr int kTimeoutMs = 30000;
} // namespace

ProvincialApi::ProvincialApi(QUrl baseUrl, QObject *parent)
    : QObject(parent)
    , m_baseUrl(std::move(baseUrl))
    , m_network(new QNetworkAccessManager(this))
{
}

bool ProvincialApi::isRetryable(const Error &error)
{
    return error.code.startsWith(u"net.") || error.code.startsWith(u"server.");
}

QNetworkReply *ProvincialApi::post(const QString &path, const QByteArray &body,
                                   const QString &session)
{
    QUrl url = m_baseUrl;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + path);
    QNetworkRequest request(url);
    request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/json"_s);
    request.setTransferTimeout(kTimeoutMs);
    if (!session.isEmpty())
        request.setRawHeader("Authorization", "Bearer " + session.toUtf8());
    return m_network->post(request, body);
}

Result<ApiReply> ProvincialApi::replyOf(QNetworkReply *reply)
{
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    m_lastRetryAfter = std::max(reply->rawHeader("Retry-After").trimmed().toInt(), 0);
    // An aborted reply (pin mismatch) is closed and has no body.
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();
    const QString where = m_baseUrl.toDisplayString();
    if (status == 0) {
        if (auto tls = TlsGuard::failureOf(reply, m_baseUrl))
            return std::unexpected(*tls);
        return fail(u"net.unreachable"_s,
                    tr("Cannot reach the provincial system at %1 (%2). The dossiers stay queued "
                       "and will be sent when the connection returns.")
                        .arg(where, reply->errorString()),
                    reply->errorString());
    }
    if (auto unpinned = m_guard.checkAnswer(reply, m_baseUrl))
        return std::unexpected(*unpinned);
    return parseReply(status, body, m_lastRetryAfter);
}

Result<ApiReply> ProvincialApi::parseReply(int status, const QByteArray &body,
                                           int retryAfterSeconds)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    const QJsonObject answer = doc.object();
    if (status == 401)
        return fail(u"auth.rejected"_s,
                    tr("The provincial system refused the sign-in: %1. Check the user name and "
                       "password, then sync again.")
                        .arg(answer.value(u"message"_s).toString()),
                    u"HTTP 401"_s);
    if (status >= 500)
        return fail(u"server.error"_s,
                    tr("The provincial system had an internal error (HTTP %1). The dossiers stay "
                       "queued and will be sent again later.").arg(status),
                    u"HTTP %1"_s.arg(status));
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()
        || !answer.value(u"error_code"_s).isDouble())
        return fail(u"server.garbled"_s,
                    tr("The provincial system sent an answer motcua cannot read (HTTP %1). The "
                       "dossiers stay queued and will be sent again later; if it persists, tell "
                       "your IT officer.").arg(status),
                    u"HTTP %1, %2 bytes, %3"_s.arg(status).arg(body.size()).arg(parseError.errorString()));
    ApiReply r;
    r.httpStatus = status;
    r.body = answer;
    r.retryAfterSeconds = retryAfterSeconds;
    return r;
}

Result<QJsonObject> ProvincialApi::successOf(const Result<ApiReply> &reply)
{
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->httpStatus != 200 || reply->errorCode() != 0)
        return fail(u"protocol.refused"_s,
                    tr("The provincial system refused the request (HTTP %1): %2. Tell your IT "
                       "officer.")
                        .arg(reply->httpStatus)
                        .arg(reply->body.value(u"message"_s).toString()),
                    u"HTTP %1 error_code %2"_s.arg(reply->httpStatus).arg(reply->errorCode()));
    return reply->body;
}

void ProvincialApi::call(const QString &path, const QJsonObject &body, const QString &session,
                         std::function<void(Result<ApiReply>)> done)
{
    call(path, QJsonDocument(body).toJson(QJsonDocument::Compact), session, std::move(done));
}

void ProvincialApi::call(const QString &path, const QByteArray &body, const QString &session,
                         std::function<void(Result<ApiReply>)> done)
{
    if (auto refused = m_guard.refusal(m_baseUrl)) {
        // Nothing is sent; the answer still comes asynchronously, as any other.
        QMetaObject::invokeMethod(
            this, [refused = *refused, done = std::move(done)] { done(std::unexpected(refused)); },
            Qt::QueuedConnection);
        return;
    }
    QNetworkReply *reply = post(path, body, session);
    m_guard.watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)] {
        reply->deleteLater();
        done(replyOf(reply));
    });
}

void ProvincialApi::login(const ClerkCredentials &credentials,
                          std::function<void(Result<QString>)> done)
{
    signIn(credentials, [done = std::move(done)](Result<SignInReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        done(reply->session);
    });
}

void ProvincialApi::signIn(const ClerkCredentials &credentials,
                           std::function<void(Result<SignInReply>)> done)
{
    call(u"/api/v1/auth/login"_s,
         {{u"username"_s, credentials.username}, {u"password"_s, credentials.password}}, {},
         [username = credentials.username, done = std::move(done)](Result<ApiReply> reply) {
             done(parseLoginReply(reply, username));
         });
}

Result<SignInReply> ProvincialApi::parseLoginReply(const Result<ApiReply> &reply,
                                                   const QString &username)
{
    auto answer = successOf(reply);
    if (!answer)
        return std::unexpected(answer.error());
    const QString session = answer->value(u"session"_s).toString();
    if (session.isEmpty())
        return fail(u"server.garbled"_s,
                    tr("The provincial system accepted the sign-in but sent no session. "
                       "Tell your IT officer."));
    const QJsonObject clerk = answer->value(u"clerk"_s).toObject();
    SignInReply out;
    out.session = session;
    out.expiresInSeconds = answer->value(u"expires_in"_s).toInteger();
    out.username = clerk.value(u"username"_s).toString(username);
    out.fullName = clerk.value(u"full_name"_s).toString();
    out.unitCode = clerk.value(u"unit_code"_s).toString();
    out.role = clerk.value(u"role"_s).toString(u"clerk"_s);
    return out;
}

void ProvincialApi::push(const QString &session, const QJsonArray &records,
                         std::function<void(Result<QList<PushAnswer>>)> done)
{
    QList<QByteArray> serialised;
    serialised.reserve(records.size());
    for (const QJsonValue &r : records)
        serialised.append(QJsonDocument(r.toObject()).toJson(QJsonDocument::Compact));
    push(session, serialised, std::move(done));
}

void ProvincialApi::push(const QString &session, const QList<QByteArray> &records,
                         std::function<void(Result<QList<PushAnswer>>)> done)
{
    qsizetype size = 64;
    for (const QByteArray &r : records)
        size += r.size() + 1;
    QByteArray envelope;
    envelope.reserve(size);
    envelope += R"({"service":"DongBoHoSoMC","isUpdating":false,"data":[)";
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (i > 0)
            envelope += ',';
        envelope += records.at(i);
    }
    envelope += "]}";
    call(u"/api/v1/dossiers/push"_s, envelope, session,
         [count = records.size(), done = std::move(done)](Result<ApiReply> reply) {
        done(parsePushReply(reply, count));
    });
}

Result<QList<PushAnswer>> ProvincialApi::parsePushReply(const Result<ApiReply> &reply,
                                                        qsizetype count)
{
    auto answer = successOf(reply);
    if (!answer)
        return std::unexpected(answer.error());
    const QJsonArray results = answer->value(u"results"_s).toArray();
    if (results.size() != count)
        return fail(u"server.garbled"_s,
                    tr("The provincial system answered for %1 of %2 dossiers. "
                       "They stay queued and will be sent again later.")
                        .arg(results.size())
                        .arg(count));
    static const QHash<QString, PushResult> kinds{
        {u"created"_s, PushResult::Created},
        {u"duplicate"_s, PushResult::Duplicate},
        {u"conflict"_s, PushResult::Conflict},
        {u"invalid"_s, PushResult::Invalid},
        {u"attachments_missing"_s, PushResult::AttachmentsMissing}};
    QList<PushAnswer> answers;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const QString kind = o.value(u"result"_s).toString();
        if (!kinds.contains(kind))
            return fail(u"server.garbled"_s,
                        tr("The provincial system sent an answer motcua cannot "
                           "read. The dossiers stay queued and will be sent "
                           "again later."));
        answers.append({o.value(u"IdempotencyKey"_s).toString(), kinds.value(kind),
                        o.value(u"MaHoSoTinh"_s).toString(), o.value(u"message"_s).toString()});
    }
    return answers;
}

} // namespace motcua
