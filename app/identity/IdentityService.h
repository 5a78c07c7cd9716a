#pragma once

#include "DigitalIdentity.h"
#include "core/Error.h"
#include "sync/ProvincialApi.h"

#include <QCoreApplication>
#include <QJsonObject>

#include <functional>

namespace motcua {

class ClerkSession;
class Database;

// Who is this citizen, and can they log in themselves? Looks citizens up in the population
// register through the provincial system (falling back to the last answer seen, shown with its
// age, when offline), helps them activate their own account with a one-time code that only the
// citizen types, and obtains the citizen's own confirmation of a dossier's summary ("không làm
// thay", IdentityConfirmation.cpp). Every look-up is recorded with the clerk and the purpose.
// Lives on the thread that owns the Database and the ClerkSession it is given.
class IdentityService
{
    Q_DECLARE_TR_FUNCTIONS(IdentityService)

public:
    IdentityService(Database &db, ClerkSession &session) : m_db(db), m_session(session) {}

    void lookup(const LookupRequest &request, std::function<void(Result<IdentityAnswer>)> done);
    void startActivation(const QString &cccd, const QString &phone, const QString &method,
                         std::function<void(Result<ActivationTicket>)> done);
    void resend(const QString &remoteId, std::function<void(Result<ActivationTicket>)> done);
    void verify(const QString &remoteId, const QString &code,
                std::function<void(ActivationOutcome)> done);

    // The citizen's own confirmation of the dossier summary whose digest is `summaryHash`
    // (summaryHash(text) of what the citizen-facing window shows). `summaryText` is quoted,
    // shortened, in the SMS. With the citizen token of an activation done in the last minutes,
    // the provincial system may confirm at once (a proof instead of a ticket).
    void startConfirmation(const QString &cccd, const QString &summaryHash,
                           const QString &summaryText, const QString &activationToken,
                           std::function<void(Result<ConfirmationStart>)> done);
    // The code the citizen typed on the citizen-facing window.
    void verifyConfirmation(const QString &remoteId, const QString &code,
                            const QString &summaryHash, std::function<void(ConfirmationOutcome)> done);
    void resendConfirmation(const QString &remoteId,
                            std::function<void(Result<ActivationTicket>)> done);

    // Lower-case hex SHA-256 of the UTF-8 bytes of the text in Unicode NFC.
    static QString summaryHash(const QString &summaryText);
    static IdentityAnswer answerFromJson(const QJsonObject &json);

private:
    void answerOffline(const LookupRequest &request, const Error &why,
                       const std::function<void(Result<IdentityAnswer>)> &done);
    static Error refusal(const ApiReply &reply);
    static Error confirmationRefusal(const ApiReply &reply);
    static std::optional<CitizenProof> proofFrom(const QJsonObject &body, const QString &summaryHash);
    static ActivationTicket ticketFrom(const QString &remoteId, const QJsonObject &body);

    Database &m_db;
    ClerkSession &m_session;
};

} // namespace motcua
