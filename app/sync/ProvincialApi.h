#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonArray>
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
};

enum class PushResult { Created, Duplicate, Conflict, Invalid };

struct PushAnswer
{
    QString idempotencyKey;
    PushResult result = PushResult::Invalid;
    QString provincialCode;
    QString message;
};

// The wire format of docs/protocol.md. Asynchronous; every answer comes back as a Result through
// the callback, on the thread that owns this object. Errors carry "retryable" in their code
// ("net.*" and "server.*") or need action ("auth.*", "protocol.*").
class ProvincialApi : public QObject
{
    Q_OBJECT

public:
    explicit ProvincialApi(QUrl baseUrl, QObject *parent = nullptr);

    void login(const ClerkCredentials &credentials, std::function<void(Result<QString>)> done);
    void push(const QString &session, const QJsonArray &records,
              std::function<void(Result<QList<PushAnswer>>)> done);

    QUrl baseUrl() const { return m_baseUrl; }
    static bool isRetryable(const Error &error);

private:
    QNetworkReply *post(const QString &path, const QJsonObject &body, const QString &session);
    Result<QJsonObject> answerOf(QNetworkReply *reply) const;

    QUrl m_baseUrl;
    QNetworkAccessManager *m_network;
};

} // namespace motcua
