#pragma once

#include "TlsGuard.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QUrl>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace motcua {

struct ClerkCredentials
{
    QString username;
    QString password;
    // A session kept from an earlier sign-in (the keychain): used before the password, which is
    // sent only when this one is refused. May be empty.
    QString session = {};
};

// What a successful sign-in answers (docs/protocol.md, "Sign-in").
struct SignInReply
{
    QString session = {};
    qint64 expiresInSeconds = 0;
    QString username;
    QString fullName;
    QString unitCode;
    QString role; // "clerk" when the system sent none
};

enum class PushResult { Created, Duplicate, Conflict, Invalid, AttachmentsMissing };

// A JSON answer of the provincial system, successful or not (4xx answers carry error_code).
struct ApiReply
{
    int httpStatus = 0;
    QJsonObject body;
    int retryAfterSeconds = 0;
    int errorCode() const { return body.value(QStringLiteral("error_code")).toInt(-1); }
};

struct PushAnswer
{
    QString idempotencyKey;
    PushResult result = PushResult::Invalid;
    QString provincialCode;
    QString message;
};

// The wire format of docs/protocol.md. Asynchronous; every answer comes back as a Result through
// the callback, on the thread that owns this object. Errors carry "retryable" in their code
// ("net.*" and "server.*") or need action ("auth.*", "protocol.*"). Every request goes through the
// TlsGuard: an http address of another computer is refused before anything is sent
// (net.insecure) and TLS problems are errors of their own (net.tls), never ignored.
class ProvincialApi : public QObject
{
    Q_OBJECT

public:
    explicit ProvincialApi(QUrl baseUrl, QObject *parent = nullptr);

    void login(const ClerkCredentials &credentials, std::function<void(Result<QString>)> done);
    // The same with everything the answer says about the clerk.
    void signIn(const ClerkCredentials &credentials, std::function<void(Result<SignInReply>)> done);
    void push(const QString &session, const QJsonArray &records,
              std::function<void(Result<QList<PushAnswer>>)> done);
    // The same with each record already serialised as a compact JSON object: the envelope is
    // written around them, so the records are neither parsed nor serialised again.
    void push(const QString &session, const QList<QByteArray> &records,
              std::function<void(Result<QList<PushAnswer>>)> done);

    // Any call of the protocol. Transport failures, 401, 5xx and unreadable answers are errors;
    // every other JSON answer comes back as an ApiReply for the caller to interpret.
    void call(const QString &path, const QJsonObject &body, const QString &session,
              std::function<void(Result<ApiReply>)> done);

    QUrl baseUrl() const { return m_baseUrl; }
    // The desk's certificate pins ([server] pin_sha256); none by default.
    void setTlsGuard(TlsGuard guard) { m_guard = std::move(guard); }
    const TlsGuard &tlsGuard() const { return m_guard; }
    static bool isRetryable(const Error &error);

    // The wire format's parsers, pure so that they can be tested and fuzzed without a network
    // (tests/fuzz/fuzz_response.cpp): a JSON answer with its HTTP status (not 0), and what a
    // sign-in and a push of `count` records make of it.
    static Result<ApiReply> parseReply(int httpStatus, const QByteArray &body,
                                       int retryAfterSeconds = 0);
    static Result<SignInReply> parseLoginReply(const Result<ApiReply> &reply,
                                               const QString &username);
    static Result<QList<PushAnswer>> parsePushReply(const Result<ApiReply> &reply,
                                                    qsizetype count);
    // Retry-After (in seconds) of the latest answer, 5xx and 429 included; 0 when it had none or
    // gave an HTTP date (server clocks are not trusted).
    int lastRetryAfterSeconds() const { return m_lastRetryAfter; }

private:
    QNetworkReply *post(const QString &path, const QByteArray &body, const QString &session);
    void call(const QString &path, const QByteArray &body, const QString &session,
              std::function<void(Result<ApiReply>)> done);
    Result<ApiReply> replyOf(QNetworkReply *reply);
    static Result<QJsonObject> successOf(const Result<ApiReply> &reply);

    QUrl m_baseUrl;
    TlsGuard m_guard;
    QNetworkAccessManager *m_network;
    int m_lastRetryAfter = 0;
};

} // namespace motcua
