#include "ConfirmationService.h"

#include "CitizenLookup.h"
#include "CitizenRegistry.h"
#include "ConfirmationStore.h"
#include "JsonBody.h"
#include "OtpCode.h"
#include "ProofTokens.h"
#include "SecureRandom.h"
#include "SimStore.h"
#include "SmsOutbox.h"

#include <QtCore/QDateTime>
#include <QtCore/QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcConfirmation, "motcua.sim.confirmation", QtInfoMsg)

namespace {

constexpr qsizetype kConfirmationIdBytes = 16;
constexpr qsizetype kProofTokenBytes = 32;
constexpr QLatin1StringView kIdField{"confirmation_id"};

SimReply locked()
{
    return OtpFlow::locked(QLatin1StringView("the confirmation"));
}

OtpState otpState(const ConfirmationRecord &c)
{
    return OtpState{c.phone, c.sentAtMs, c.wrongAttempts, c.maxAttempts};
}

} // namespace

ConfirmationService::ConfirmationService(SimStore &store, const OtpPolicy &policy,
                                         std::chrono::seconds proofTtl, SmsOutbox &outbox)
    : m_store(store)
    , m_policy(policy)
    , m_proofTtl(proofTtl)
    , m_outbox(outbox)
{
}

bool ConfirmationService::isDigest(const QString &s)
{
    if (s.size() != 64)
        return false;
    for (const QChar ch : s) {
        if (!((ch >= u'0' && ch <= u'9') || (ch >= u'a' && ch <= u'f')))
            return false;
    }
    return true;
}

std::expected<CitizenRecord, SimReply> ConfirmationService::activeCitizen(const QString &number)
{
    auto found = CitizenRegistry(m_store.database()).findByNumber(number);
    if (!found) {
        qCCritical(lcConfirmation).noquote() << "store failure:" << found.error();
        return std::unexpected(SimReply::internal());
    }
    if (!found->has_value())
        return std::unexpected(SimReply::error(404, SimError::NotFound, u"no such citizen"_s));
    const AccountRecord *vneid = (*found)->vneid();
    if (!vneid || vneid->status != AccountStatus::Active) {
        return std::unexpected(SimReply::error(
            409, SimError::NotActive,
            u"the citizen has no active VNeID account: activate it first"_s));
    }
    return std::move(**found);
}

std::expected<CitizenRecord, SimReply> ConfirmationService::activeCitizen(qint64 id)
{
    auto found = CitizenRegistry(m_store.database()).findById(id);
    if (!found || !found->has_value()) {
        qCCritical(lcConfirmation, "store failure: citizen of a confirmation not readable");
        return std::unexpected(SimReply::internal());
    }
    return activeCitizen((*found)->number);
}

std::pair<QString, ProofToken> ConfirmationService::newProof(const CitizenRecord &citizen,
                                                             const QString &summaryHash) const
{
    const QString token = SecureRandom::token(kProofTokenBytes);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const AccountRecord *vneid = citizen.vneid();
    ProofToken proof;
    proof.tokenHash = ProofTokens::hashOf(token);
    proof.citizenId = citizen.id;
    proof.citizenNumber = citizen.number;
    proof.accountId = accountIdOf(citizen.id);
    proof.level = vneid && vneid->level > 0 ? vneid->level : 1;
    proof.summaryHash = summaryHash;
    proof.issuedAtMs = now;
    proof.expiresAtMs = now + std::chrono::milliseconds(m_proofTtl).count();
    return {token, proof};
}

SimReply ConfirmationService::proofAnswer(const QString &token, const ProofToken &proof)
{
    return SimReply::ok(QJsonObject{{u"confirmed"_s, true},
                                    {u"citizen_token"_s, token},
                                    {u"level"_s, proof.level},
                                    {u"MaDoiTuong"_s, proof.accountId},
                                    {u"MaTomTat"_s, proof.summaryHash},
                                    {u"expires_in"_s, (proof.expiresAtMs - proof.issuedAtMs) / 1000}});
}

std::optional<SimReply> ConfirmationService::exchange(const CitizenRecord &citizen,
                                                      const QString &activationToken,
                                                      const QString &summaryHash)
{
    ProofTokens tokens(m_store.database());
    const QByteArray activationHash = ProofTokens::hashOf(activationToken);
    auto found = tokens.activationToken(activationHash);
    if (!found) {
        qCCritical(lcConfirmation).noquote() << "start: store failure:" << found.error();
        return SimReply::internal();
    }
    const QDateTime oldest =
        QDateTime::currentDateTimeUtc().addSecs(-std::chrono::seconds(kActivationWindow).count());
    if (!found->has_value() || (*found)->citizenId != citizen.id || (*found)->exchanged
        || (*found)->issuedAt < oldest) {
        qCInfo(lcConfirmation, "start: activation token does not qualify, a code is sent");
        return std::nullopt;
    }
    const auto [token, proof] = newProof(citizen, summaryHash);
    if (auto r = tokens.insert(proof, {}, activationHash); !r) {
        // Another start exchanged it in between (UNIQUE), or the store failed.
        qCWarning(lcConfirmation).noquote() << "start: activation token not exchanged:" << r.error();
        return std::nullopt;
    }
    qCInfo(lcConfirmation, "start: confirmed with a fresh activation");
    return proofAnswer(token, proof);
}

void ConfirmationService::issueCode(ConfirmationRecord &c)
{
    const OtpCode::Issued issued = OtpCode::issue(c.id, c.codeHash);
    c.codeHash = issued.hash;
    c.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    c.expiresAtMs = c.sentAtMs + std::chrono::milliseconds(m_policy.ttl).count();
    m_outbox.send(Sms{SmsPurpose::Confirmation, kIdField, c.id, c.phone, issued.code,
                      u"Mã xác nhận hồ sơ \"%1\": %2. Chỉ nhập mã này trên màn hình dành cho"
                      " công dân tại quầy; không đọc mã cho cán bộ."_s.arg(c.summaryText,
                                                                        issued.code)});
}

SimReply ConfirmationService::start(const QString &clerkUsername, const QByteArray &body)
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request)
        return SimReply::malformed(u"body must be a JSON object"_s);
    const QJsonValue number = request->value(QLatin1StringView("SoDinhDanh"));
    if (!number.isString() || !CitizenLookup::isCccdShaped(number.toString()))
        return SimReply::malformed(u"SoDinhDanh must be a string of 12 digits"_s);
    const QJsonValue summaryHash = request->value(QLatin1StringView("MaTomTat"));
    if (!summaryHash.isString() || !isDigest(summaryHash.toString()))
        return SimReply::malformed(u"MaTomTat must be 64 lower-case hex digits (SHA-256)"_s);
    const QJsonValue summaryText = request->value(QLatin1StringView("TomTat"));
    if (!summaryText.isString() || summaryText.toString().trimmed().isEmpty()
        || summaryText.toString().size() > kMaxSummaryText) {
        return SimReply::malformed(
            u"TomTat must be a non-empty string of at most %1 characters"_s.arg(kMaxSummaryText));
    }
    const QJsonValue activationToken = request->value(QLatin1StringView("citizen_token"));
    if (!activationToken.isUndefined() && !activationToken.isNull() && !activationToken.isString())
        return SimReply::malformed(u"citizen_token must be a string when sent"_s);

    auto citizen = activeCitizen(number.toString());
    if (!citizen) {
        qCInfo(lcConfirmation, "start: refused (HTTP %d)", citizen.error().httpStatus);
        return citizen.error();
    }
    if (!activationToken.toString().isEmpty()) {
        if (auto answer = exchange(*citizen, activationToken.toString(), summaryHash.toString()))
            return *answer;
    }

    ConfirmationRecord c;
    c.id = SecureRandom::hex(kConfirmationIdBytes);
    c.citizenId = citizen->id;
    c.phone = citizen->phone;
    c.summaryHash = summaryHash.toString();
    c.summaryText = summaryText.toString().simplified();
    c.maxAttempts = m_policy.maxAttempts;
    issueCode(c);
    if (auto r = ConfirmationStore(m_store.database())
                     .create(c, clerkUsername, QDateTime::fromMSecsSinceEpoch(c.sentAtMs, Qt::UTC));
        !r) {
        qCCritical(lcConfirmation).noquote() << "start: store failure:" << r.error();
        return SimReply::internal();
    }
    qCInfo(lcConfirmation, "start: code sent");
    return SimReply::ok(OtpFlow::ticket(kIdField, c.id, m_policy, otpState(c)));
}

std::expected<ConfirmationRecord, SimReply>
ConfirmationService::confirmationOf(const QJsonObject &request)
{
    const QJsonValue id = request.value(kIdField);
    if (!id.isString() || id.toString().isEmpty())
        return std::unexpected(SimReply::malformed(u"confirmation_id must be a string"_s));
    auto found = ConfirmationStore(m_store.database()).find(id.toString());
    if (!found) {
        qCCritical(lcConfirmation).noquote() << "store failure:" << found.error();
        return std::unexpected(SimReply::internal());
    }
    if (!found->has_value())
        return std::unexpected(
            SimReply::error(404, SimError::NotFound, u"no such confirmation"_s));
    if ((*found)->state == ConfirmationRecord::State::Confirmed)
        return std::unexpected(SimReply::error(409, SimError::AlreadyActive,
                                               u"this confirmation is already done"_s));
    if ((*found)->state == ConfirmationRecord::State::Locked)
        return std::unexpected(locked());
    return std::move(**found);
}

SimReply ConfirmationService::verify(const QByteArray &body)
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request)
        return SimReply::malformed(u"body must be a JSON object"_s);
    const QJsonValue code = request->value(QLatin1StringView("code"));
    if (!code.isString() || !OtpCode::isWellFormed(code.toString()))
        return SimReply::malformed(u"code must be a string of 6 digits"_s);
    auto c = confirmationOf(*request);
    if (!c) {
        qCInfo(lcConfirmation, "verify: refused (HTTP %d)", c.error().httpStatus);
        return c.error();
    }
    auto citizen = activeCitizen(c->citizenId);
    if (!citizen)
        return citizen.error();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toMSecsSinceEpoch() >= c->expiresAtMs) {
        qCInfo(lcConfirmation, "verify: code expired");
        return OtpFlow::expired();
    }
    ConfirmationStore store(m_store.database());
    if (!OtpCode::matches(c->id, code.toString(), c->codeHash)) {
        const int wrong = c->wrongAttempts + 1;
        const bool lock = wrong >= c->maxAttempts;
        if (auto r = store.recordWrongCode(c->id, lock, now); !r) {
            qCCritical(lcConfirmation).noquote() << "verify: store failure:" << r.error();
            return SimReply::internal();
        }
        qCInfo(lcConfirmation, "verify: wrong code, %d of %d", wrong, c->maxAttempts);
        return lock ? locked() : OtpFlow::wrongCode(c->maxAttempts - wrong);
    }

    const auto [token, proof] = newProof(*citizen, c->summaryHash);
    if (auto r = store.complete(*c, proof, now); !r) {
        qCCritical(lcConfirmation).noquote() << "verify: store failure:" << r.error();
        return SimReply::internal();
    }
    qCInfo(lcConfirmation, "verify: confirmed at level %d", proof.level);
    return proofAnswer(token, proof);
}

SimReply ConfirmationService::resend(const QByteArray &body)
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request)
        return SimReply::malformed(u"body must be a JSON object"_s);
    auto c = confirmationOf(*request);
    if (!c) {
        qCInfo(lcConfirmation, "resend: refused (HTTP %d)", c.error().httpStatus);
        return c.error();
    }
    if (auto citizen = activeCitizen(c->citizenId); !citizen)
        return citizen.error();
    if (auto wait = OtpFlow::tooSoon(m_policy, otpState(*c), QDateTime::currentMSecsSinceEpoch())) {
        qCInfo(lcConfirmation, "resend: too soon");
        return *wait;
    }
    issueCode(*c);
    if (auto r = ConfirmationStore(m_store.database()).replaceCode(*c); !r) {
        qCCritical(lcConfirmation).noquote() << "resend: store failure:" << r.error();
        return SimReply::internal();
    }
    qCInfo(lcConfirmation, "resend: new code sent");
    return SimReply::ok(OtpFlow::ticket(kIdField, c->id, m_policy, otpState(*c)));
}
