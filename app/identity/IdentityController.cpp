#include "IdentityController.h"

#include "store/Database.h"
#include "sync/ClerkSession.h"

using namespace Qt::StringLiterals;

namespace motcua {

struct IdentityController::Worker
{
    std::unique_ptr<Database> db;
    std::unique_ptr<ProvincialApi> api;
    std::unique_ptr<ClerkSession> session;
    std::unique_ptr<IdentityService> service;
    ClerkCredentials credentials;
    std::shared_ptr<const Vault> vault;
    std::shared_ptr<const AuditKey> auditKey;
    TlsGuard guard;
};

IdentityController::IdentityController(QString storePath, QUrl server, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_server(std::move(server))
    , m_thread(u"motcua-identity"_s)
{
    m_thread.post([this] { m_worker = std::make_unique<Worker>(); });
}

IdentityController::~IdentityController()
{
    m_thread.runAndWait([this] { m_worker.reset(); });
}

bool IdentityController::ensureOpen()
{
    if (m_worker->service)
        return true;
    auto opened = Database::open(m_storePath);
    if (!opened) {
        m_openError = opened.error();
        return false;
    }
    m_worker->db = std::move(*opened);
    m_worker->db->setVault(m_worker->vault);
    m_worker->db->setAuditKey(m_worker->auditKey);
    m_worker->api = std::make_unique<ProvincialApi>(m_server);
    m_worker->api->setTlsGuard(m_worker->guard);
    m_worker->session = std::make_unique<ClerkSession>(*m_worker->api, m_worker->credentials);
    m_worker->service = std::make_unique<IdentityService>(*m_worker->db, *m_worker->session);
    return true;
}

void IdentityController::setVault(std::shared_ptr<const Vault> vault)
{
    m_thread.post([this, vault] {
        m_worker->vault = vault;
        if (m_worker->db)
            m_worker->db->setVault(vault);
    });
}

void IdentityController::setAuditKey(std::shared_ptr<const AuditKey> key)
{
    m_thread.post([this, key] {
        m_worker->auditKey = key;
        if (m_worker->db)
            m_worker->db->setAuditKey(key);
    });
}

void IdentityController::setCredentials(const ClerkCredentials &credentials)
{
    m_thread.post([this, credentials] {
        m_worker->credentials = credentials;
        if (m_worker->session)
            m_worker->session->setCredentials(credentials);
    });
}

void IdentityController::setTlsGuard(const TlsGuard &guard)
{
    m_thread.post([this, guard] {
        m_worker->guard = guard;
        if (m_worker->api)
            m_worker->api->setTlsGuard(guard);
    });
}

template<typename R>
void IdentityController::run(std::function<void(IdentityService &, std::function<void(R)>)> job,
                             QObject *receiver, std::function<void(R)> done, R whenUnavailable)
{
    QPointer<QObject> guard(receiver);
    auto deliver = [this, guard, done](R result) {
        QMetaObject::invokeMethod(this, [guard, done, result] {
            if (guard)
                done(result);
        });
    };
    m_thread.post([this, job, deliver, whenUnavailable]() mutable {
        if (!ensureOpen())
            return deliver(whenUnavailable);
        job(*m_worker->service, deliver);
    });
}

void IdentityController::lookup(const LookupRequest &request, QObject *receiver,
                                std::function<void(Result<IdentityAnswer>)> done)
{
    run<Result<IdentityAnswer>>(
        [request](IdentityService &s, auto deliver) { s.lookup(request, deliver); }, receiver,
        std::move(done), std::unexpected(Error{u"store.open"_s, tr("The local store is not open."), {}}));
}

void IdentityController::startActivation(const QString &cccd, const QString &phone,
                                         const QString &method, QObject *receiver,
                                         std::function<void(Result<ActivationTicket>)> done)
{
    run<Result<ActivationTicket>>(
        [cccd, phone, method](IdentityService &s, auto deliver) {
            s.startActivation(cccd, phone, method, deliver);
        },
        receiver, std::move(done),
        std::unexpected(Error{u"store.open"_s, tr("The local store is not open."), {}}));
}

void IdentityController::resend(const QString &remoteId, QObject *receiver,
                                std::function<void(Result<ActivationTicket>)> done)
{
    run<Result<ActivationTicket>>(
        [remoteId](IdentityService &s, auto deliver) { s.resend(remoteId, deliver); }, receiver,
        std::move(done), std::unexpected(Error{u"store.open"_s, tr("The local store is not open."), {}}));
}

void IdentityController::verify(const QString &remoteId, const QString &code, QObject *receiver,
                                std::function<void(ActivationOutcome)> done)
{
    ActivationOutcome unavailable;
    unavailable.message = tr("The local store is not open.");
    run<ActivationOutcome>(
        [remoteId, code](IdentityService &s, auto deliver) { s.verify(remoteId, code, deliver); },
        receiver, std::move(done), unavailable);
}

void IdentityController::startConfirmation(const QString &cccd, const QString &summaryHash,
                                           const QString &summaryText,
                                           const QString &activationToken, QObject *receiver,
                                           std::function<void(Result<ConfirmationStart>)> done)
{
    run<Result<ConfirmationStart>>(
        [cccd, summaryHash, summaryText, activationToken](IdentityService &s, auto deliver) {
            s.startConfirmation(cccd, summaryHash, summaryText, activationToken, deliver);
        },
        receiver, std::move(done),
        std::unexpected(Error{u"store.open"_s, tr("The local store is not open."), {}}));
}

void IdentityController::verifyConfirmation(const QString &remoteId, const QString &code,
                                            const QString &summaryHash, QObject *receiver,
                                            std::function<void(ConfirmationOutcome)> done)
{
    ConfirmationOutcome unavailable;
    unavailable.message = tr("The local store is not open.");
    run<ConfirmationOutcome>(
        [remoteId, code, summaryHash](IdentityService &s, auto deliver) {
            s.verifyConfirmation(remoteId, code, summaryHash, deliver);
        },
        receiver, std::move(done), unavailable);
}

void IdentityController::resendConfirmation(const QString &remoteId, QObject *receiver,
                                            std::function<void(Result<ActivationTicket>)> done)
{
    run<Result<ActivationTicket>>(
        [remoteId](IdentityService &s, auto deliver) { s.resendConfirmation(remoteId, deliver); },
        receiver, std::move(done),
        std::unexpected(Error{u"store.open"_s, tr("The local store is not open."), {}}));
}

} // namespace motcua
