// IdentityService: the citizen's own confirmation of a dossier ("không làm thay",
// docs/protocol.md "The citizen's own confirmation"). The clerk's screen never sees the code; the
// proof's token is a secret that is never logged.
#include "IdentityService.h"

#include "sync/ClerkSession.h"

#include <QCryptographicHash>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcIdentity)

namespace motcua {

namespace {

// The SMS quotes the summary: keep it short.
constexpr qsizetype kSmsSummaryLength = 160;

bool isDigest(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar ch : s) {
        if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f')))
            return false;
    }
    return true;
}

QString smsSummary(const QString &text)
{
    const QString s = text.simplified();
    return s.size() <= kSmsSummaryLength ? s : s.left(kSmsSummaryLength - 1) + u'…';
}

} // namespace

QString IdentityService::summaryHash(const QString &summaryText)
{
    const QByteArray utf8 = summaryText.normalized(QString::NormalizationForm_C).toUtf8();
    return QString::fromLatin1(QCryptographicHash::hash(utf8, QCryptographicHash::Sha256).toHex());
}

Error IdentityService::confirmationRefusal(const ApiReply &reply)
{
    const QString detail = u"HTTP %1 error_code %2"_s.arg(reply.httpStatus).arg(reply.errorCode());
    switch (reply.errorCode()) {
    case 4:
        return {u"identity.not_found"_s,
                tr("The provincial system does not know this citizen or this confirmation. Check "
                   "the ID number, or ask for the citizen's confirmation again."), detail};
    case 5:
        return {u"identity.already_confirmed"_s,
                tr("This confirmation is already done. Each dossier needs its own confirmation."),
                detail};
    case 11:
        return {u"identity.not_active"_s,
                tr("The citizen has no active VNeID account, so they cannot confirm the dossier "
                   "themselves. Help them activate their account first, or receive the dossier "
                   "as a direct one."), detail};
    default:
        return refusal(reply);
    }
}

std::optional<CitizenProof> IdentityService::proofFrom(const QJsonObject &body,
                                                       const QString &summaryHash)
{
    CitizenProof proof;
    proof.token = body.value(u"citizen_token"_s).toString();
    proof.summaryHash = summaryHash;
    proof.accountId = body.value(u"MaDoiTuong"_s).toString();
    proof.level = body.value(u"level"_s).toInt();
    proof.confirmedAt = QDateTime::currentDateTimeUtc();
    // A proof bound to another summary than the one shown proves nothing for this dossier.
    const QJsonValue bound = body.value(u"MaTomTat"_s);
    if (!proof.isValid() || proof.accountId.isEmpty()
        || (bound.isString() && bound.toString() != summaryHash)) {
        return std::nullopt;
    }
    return proof;
}

void IdentityService::startConfirmation(const QString &cccd, const QString &summaryHash,
                                        const QString &summaryText,
                                        const QString &activationToken,
                                        std::function<void(Result<ConfirmationStart>)> done)
{
    if (auto ok = Cccd::check(cccd); !ok)
        return done(std::unexpected(ok.error()));
    if (!isDigest(summaryHash) || summaryText.trimmed().isEmpty())
        return done(fail(u"identity.summary"_s,
                         tr("The dossier's summary is not ready. Finish preparing the dossier, "
                            "then ask the citizen to confirm it.")));
    QJsonObject body{{u"SoDinhDanh"_s, cccd},
                     {u"MaTomTat"_s, summaryHash},
                     {u"TomTat"_s, smsSummary(summaryText)}};
    if (!activationToken.isEmpty())
        body[u"citizen_token"_s] = activationToken;
    m_session.call(u"/api/v1/citizens/confirmation/start"_s, body,
                   [summaryHash, done = std::move(done)](Result<ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        if (reply->httpStatus != 200 || reply->errorCode() != 0)
            return done(std::unexpected(confirmationRefusal(*reply)));
        const auto garbled = [&done] {
            done(fail(u"server.garbled"_s,
                      tr("The provincial system sent an answer motcua cannot read. Try again.")));
        };
        ConfirmationStart start;
        if (reply->body.value(u"confirmed"_s).toBool()) {
            start.proof = proofFrom(reply->body, summaryHash);
            if (!start.proof)
                return garbled();
            qCInfo(lcIdentity) << "confirmation given with the activation just done";
        } else {
            const QString remoteId = reply->body.value(u"confirmation_id"_s).toString();
            if (remoteId.isEmpty())
                return garbled();
            start.ticket = ticketFrom(remoteId, reply->body);
            qCInfo(lcIdentity) << "confirmation started";
        }
        done(start);
    });
}

void IdentityService::verifyConfirmation(const QString &remoteId, const QString &code,
                                         const QString &summaryHash,
                                         std::function<void(ConfirmationOutcome)> done)
{
    m_session.call(u"/api/v1/citizens/confirmation/verify"_s,
                   {{u"confirmation_id"_s, remoteId}, {u"code"_s, code.trimmed()}},
                   [summaryHash, done = std::move(done)](Result<ApiReply> reply) {
        ConfirmationOutcome out;
        if (!reply) {
            out.message = reply.error().message;
            return done(out);
        }
        const QJsonObject &body = reply->body;
        switch (reply->errorCode()) {
        case 0:
            if (auto proof = proofFrom(body, summaryHash)) {
                out.kind = ConfirmationOutcome::Confirmed;
                out.proof = *proof;
                out.message = tr("Thank you. You have confirmed the dossier with your own account.");
                qCInfo(lcIdentity) << "confirmation completed";
            } else {
                out.message = tr("The provincial system sent an answer motcua cannot read. Try again.");
            }
            break;
        case 6:
            out.kind = ConfirmationOutcome::WrongCode;
            out.attemptsLeft = body.value(u"attempts_left"_s).toInt();
            out.message = tr("The code is not right. %n attempt(s) left.", nullptr, out.attemptsLeft);
            break;
        case 7:
            out.kind = ConfirmationOutcome::Expired;
            out.message = tr("The code has expired. The clerk can send a new one.");
            break;
        case 8:
            out.kind = ConfirmationOutcome::Locked;
            out.message = tr("Too many wrong codes: this confirmation is locked. The clerk can ask "
                             "for a new one later.");
            break;
        default:
            out.message = confirmationRefusal(*reply).message;
        }
        done(out);
    });
}

void IdentityService::resendConfirmation(const QString &remoteId,
                                         std::function<void(Result<ActivationTicket>)> done)
{
    m_session.call(u"/api/v1/citizens/confirmation/resend"_s, {{u"confirmation_id"_s, remoteId}},
                   [remoteId, done = std::move(done)](Result<ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        if (reply->httpStatus != 200 || reply->errorCode() != 0)
            return done(std::unexpected(confirmationRefusal(*reply)));
        done(ticketFrom(remoteId, reply->body));
    });
}

} // namespace motcua
