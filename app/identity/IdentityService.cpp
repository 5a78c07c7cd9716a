#include "IdentityService.h"

#include "store/Database.h"
#include "store/IdentityRepository.h"
#include "sync/ClerkSession.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIdentity, "motcua.identity")

namespace motcua {

namespace {

std::optional<bool> optionalBool(const QJsonValue &v)
{
    return v.isBool() ? std::optional<bool>(v.toBool()) : std::nullopt;
}

int sexCode(Sex sex)
{
    return sex == Sex::Male ? 1 : sex == Sex::Female ? 2 : 0;
}

void logged(const Result<void> &r)
{
    if (!r)
        qCWarning(lcIdentity) << "cannot record in the local store:" << r.error().detail;
}

} // namespace

IdentityAnswer IdentityService::answerFromJson(const QJsonObject &json)
{
    IdentityAnswer a;
    a.found = json.value(u"found"_s).toBool();
    a.checkedAt = QDateTime::fromString(json.value(u"checked_at"_s).toString(), u"yyyyMMddHHmmss"_s);
    a.checkedAt.setTimeZone(QTimeZone(7 * 3600));
    const QJsonObject citizen = json.value(u"citizen"_s).toObject();
    a.registeredName = citizen.value(u"HoVaTen"_s).toString();
    a.registeredDateOfBirth = QDate::fromString(citizen.value(u"NgaySinh"_s).toString(), u"yyyyMMdd"_s);
    const int sex = citizen.value(u"GioiTinh"_s).toInt();
    a.registeredSex = sex == 1 ? Sex::Male : sex == 2 ? Sex::Female : Sex::Unknown;
    const QJsonObject match = json.value(u"match"_s).toObject();
    a.nameMatches = optionalBool(match.value(u"HoVaTen"_s));
    a.dateOfBirthMatches = optionalBool(match.value(u"NgaySinh"_s));
    a.sexMatches = optionalBool(match.value(u"GioiTinh"_s));
    for (const QJsonValue &v : json.value(u"accounts"_s).toArray()) {
        const QJsonObject o = v.toObject();
        a.accounts.append({o.value(u"method"_s).toString(), o.value(u"level"_s).toInt(),
                           o.value(u"status"_s).toString(),
                           QDate::fromString(o.value(u"since"_s).toString(), u"yyyyMMdd"_s)});
    }
    return a;
}

void IdentityService::lookup(const LookupRequest &request,
                             std::function<void(Result<IdentityAnswer>)> done)
{
    if (auto ok = Cccd::check(request.cccd); !ok)
        return done(std::unexpected(ok.error()));
    if (request.purpose.trimmed().isEmpty())
        return done(fail(u"identity.purpose"_s,
                         tr("Say why you look this citizen up (for example, receiving a dossier).")));
    QJsonObject body{{u"SoDinhDanh"_s, request.cccd}, {u"MucDich"_s, request.purpose}};
    if (!request.name.trimmed().isEmpty())
        body[u"HoVaTen"_s] = request.name.simplified();
    if (request.dateOfBirth.isValid())
        body[u"NgaySinh"_s] = request.dateOfBirth.toString(u"yyyyMMdd"_s);
    if (request.sex != Sex::Unknown)
        body[u"GioiTinh"_s] = sexCode(request.sex);

    m_session.call(u"/api/v1/citizens/lookup"_s, body,
                   [this, request, done = std::move(done)](Result<ApiReply> reply) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        IdentityRepository repo(m_db);
        if (!reply && ProvincialApi::isRetryable(reply.error()))
            return answerOffline(request, reply.error(), done);
        if (!reply)
            return done(std::unexpected(reply.error()));
        if (reply->httpStatus != 200 || reply->errorCode() != 0)
            return done(std::unexpected(refusal(*reply)));
        IdentityAnswer answer = answerFromJson(reply->body);
        answer.source = IdentitySource::Online;
        if (!answer.checkedAt.isValid())
            answer.checkedAt = now;
        logged(repo.remember(request.cccd, reply->body, answer.checkedAt));
        logged(repo.logLookup(m_session.username(), request.purpose, request.cccd, u"online"_s,
                              answer.found, now));
        done(answer);
    });
}

void IdentityService::answerOffline(const LookupRequest &request, const Error &why,
                                    const std::function<void(Result<IdentityAnswer>)> &done)
{
    IdentityRepository repo(m_db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    auto cached = repo.cached(request.cccd);
    if (!cached)
        return done(std::unexpected(cached.error()));
    IdentityAnswer answer;
    if (cached->has_value()) {
        answer = answerFromJson((*cached)->answer);
        answer.checkedAt = (*cached)->checkedAt;
        answer.source = IdentitySource::Cache;
        // The cached answer compared what was typed then; compare again only what is still known.
        answer.nameMatches.reset();
        answer.dateOfBirthMatches.reset();
        answer.sexMatches.reset();
    } else {
        answer.source = IdentitySource::Unknown;
    }
    answer.offlineReason = why.message;
    logged(repo.logLookup(m_session.username(), request.purpose, request.cccd,
                          answer.source == IdentitySource::Cache ? u"cache"_s : u"unknown"_s,
                          answer.source == IdentitySource::Cache ? std::optional<bool>(answer.found)
                                                                 : std::nullopt,
                          now));
    done(answer);
}

Error IdentityService::refusal(const ApiReply &reply)
{
    const QString detail = u"HTTP %1 error_code %2"_s.arg(reply.httpStatus).arg(reply.errorCode());
    switch (reply.errorCode()) {
    case 4:
        return {u"identity.not_found"_s,
                tr("The provincial system does not know this citizen or this activation. Check the "
                   "ID number, or start the activation again."), detail};
    case 5:
        return {u"identity.already_active"_s,
                tr("The citizen's account is already active: they can log in themselves."), detail};
    case 6:
        return {u"identity.phone"_s,
                tr("This phone number is not the one registered for the citizen. Ask the citizen "
                   "for the phone number they registered, or update it at the police."), detail};
    case 10:
        return {u"identity.too_soon"_s,
                tr("A new code can be sent in %n second(s). Ask the citizen to wait for the SMS.",
                   nullptr, reply.retryAfterSeconds), detail};
    default:
        return {u"identity.refused"_s,
                tr("The provincial system refused the request: %1. Try again; if it persists, tell "
                   "your IT officer.")
                    .arg(reply.body.value(u"message"_s).toString()),
                detail};
    }
}

ActivationTicket IdentityService::ticketFrom(const QString &remoteId, const QJsonObject &body)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    return {remoteId, now.addSecs(body.value(u"expires_in"_s).toInt()),
            now.addSecs(body.value(u"resend_after"_s).toInt()),
            body.value(u"max_attempts"_s).toInt(), body.value(u"phone_hint"_s).toString()};
}

void IdentityService::startActivation(const QString &cccd, const QString &phone,
                                      const QString &method,
                                      std::function<void(Result<ActivationTicket>)> done)
{
    if (auto ok = Cccd::check(cccd); !ok)
        return done(std::unexpected(ok.error()));
    m_session.call(u"/api/v1/accounts/activation/start"_s,
                   {{u"SoDinhDanh"_s, cccd}, {u"SoDienThoai"_s, phone}, {u"method"_s, method}},
                   [this, cccd, method, done = std::move(done)](Result<ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        if (reply->httpStatus != 200 || reply->errorCode() != 0)
            return done(std::unexpected(refusal(*reply)));
        const QString remoteId = reply->body.value(u"activation_id"_s).toString();
        if (remoteId.isEmpty())
            return done(fail(u"server.garbled"_s,
                             tr("The provincial system sent an answer motcua cannot read. Try "
                                "again.")));
        logged(IdentityRepository(m_db).activationStarted(remoteId, cccd, method,
                                                          m_session.username(),
                                                          QDateTime::currentDateTimeUtc()));
        qCInfo(lcIdentity) << "activation started";
        done(ticketFrom(remoteId, reply->body));
    });
}

void IdentityService::resend(const QString &remoteId,
                             std::function<void(Result<ActivationTicket>)> done)
{
    m_session.call(u"/api/v1/accounts/activation/resend"_s, {{u"activation_id"_s, remoteId}},
                   [remoteId, done = std::move(done)](Result<ApiReply> reply) {
        if (!reply)
            return done(std::unexpected(reply.error()));
        if (reply->httpStatus != 200 || reply->errorCode() != 0)
            return done(std::unexpected(refusal(*reply)));
        done(ticketFrom(remoteId, reply->body));
    });
}

void IdentityService::verify(const QString &remoteId, const QString &code,
                             std::function<void(ActivationOutcome)> done)
{
    m_session.call(u"/api/v1/accounts/activation/verify"_s,
                   {{u"activation_id"_s, remoteId}, {u"code"_s, code.trimmed()}},
                   [this, remoteId, done = std::move(done)](Result<ApiReply> reply) {
        ActivationOutcome out;
        const QDateTime now = QDateTime::currentDateTimeUtc();
        IdentityRepository repo(m_db);
        if (!reply) {
            out.message = reply.error().message;
            return done(out);
        }
        const QJsonObject &body = reply->body;
        switch (reply->errorCode()) {
        case 0:
            out.kind = ActivationOutcome::Activated;
            out.level = body.value(u"level"_s).toInt();
            out.citizenToken = body.value(u"citizen_token"_s).toString();
            out.message = tr("The account is active. The citizen can now log in with VNeID.");
            logged(repo.activationFinished(remoteId, u"activated"_s, out.level, now));
            qCInfo(lcIdentity) << "activation completed";
            break;
        case 6:
            out.kind = ActivationOutcome::WrongCode;
            out.attemptsLeft = body.value(u"attempts_left"_s).toInt();
            out.message = tr("The code is not right. %n attempt(s) left.", nullptr, out.attemptsLeft);
            break;
        case 7:
            out.kind = ActivationOutcome::Expired;
            out.message = tr("The code has expired. The clerk can send a new one.");
            logged(repo.activationFinished(remoteId, u"expired"_s, 0, now));
            break;
        case 8:
            out.kind = ActivationOutcome::Locked;
            out.message = tr("Too many wrong codes: this activation is locked. The clerk can start "
                             "a new one later.");
            logged(repo.activationFinished(remoteId, u"locked"_s, 0, now));
            break;
        default:
            out.message = refusal(*reply).message;
        }
        done(out);
    });
}

} // namespace motcua
