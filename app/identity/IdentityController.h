#pragma once

#include "IdentityService.h"
#include "core/WorkerThread.h"
#include "sync/ProvincialApi.h"

#include <QObject>
#include <QPointer>
#include <QUrl>

#include <memory>

namespace motcua {

class AuditKey;
class Vault;

class ClerkSession;

// Runs the IdentityService for an interactive front end on a thread of its own, with its own
// store connection and network access. Results come back on the receiver's thread and are dropped
// when the receiver is gone.
class IdentityController : public QObject
{
    Q_OBJECT

public:
    IdentityController(QString storePath, QUrl server, QObject *parent = nullptr);
    ~IdentityController() override;

    void setCredentials(const ClerkCredentials &credentials);
    // The vault of the unlocked store (look-ups and activations are kept under its keys).
    void setVault(std::shared_ptr<const Vault> vault);
    void setAuditKey(std::shared_ptr<const AuditKey> key);
    // The desk's certificate pins; set before the first request.
    void setTlsGuard(const TlsGuard &guard);
    void lookup(const LookupRequest &request, QObject *receiver,
                std::function<void(Result<IdentityAnswer>)> done);
    void startActivation(const QString &cccd, const QString &phone, const QString &method,
                         QObject *receiver, std::function<void(Result<ActivationTicket>)> done);
    void resend(const QString &remoteId, QObject *receiver,
                std::function<void(Result<ActivationTicket>)> done);
    void verify(const QString &remoteId, const QString &code, QObject *receiver,
                std::function<void(ActivationOutcome)> done);
    void startConfirmation(const QString &cccd, const QString &summaryHash,
                           const QString &summaryText, const QString &activationToken,
                           QObject *receiver, std::function<void(Result<ConfirmationStart>)> done);
    void verifyConfirmation(const QString &remoteId, const QString &code,
                            const QString &summaryHash, QObject *receiver,
                            std::function<void(ConfirmationOutcome)> done);
    void resendConfirmation(const QString &remoteId, QObject *receiver,
                            std::function<void(Result<ActivationTicket>)> done);

private:
    template<typename R>
    void run(std::function<void(IdentityService &, std::function<void(R)>)> job,
             QObject *receiver, std::function<void(R)> done, R whenUnavailable);
    bool ensureOpen(); // on the worker thread

    struct Worker;
    QString m_storePath;
    QUrl m_server;
    WorkerThread m_thread;
    std::unique_ptr<Worker> m_worker; // created, used and destroyed on m_thread
    Error m_openError;
};

} // namespace motcua
