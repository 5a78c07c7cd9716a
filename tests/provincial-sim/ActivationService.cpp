#include "ActivationService.h"

#include "ActivationStore.h"
#include "CitizenLookup.h"
#include "CitizenRegistry.h"
#include "OtpCode.h"
#include "SecureRandom.h"
#include "SimStore.h"
#include "SmsOutbox.h"
#include "VnTime.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QDateTime>
#include <QtCore/QJsonDocument>
#include <QtCore/QJsonParseError>
#include <QtCore/QLoggingCategory>

Q_LOGGING_CATEGORY(lcActivation, "motcua.sim.activation", QtInfoMsg)

namespace {

constexpr qsizetype kActivationIdBytes = 16;
constexpr qsizetype kCitizenTokenBytes = 32;

std::optional<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError || !document.isObject())
        return std::nullopt;
    return document.object();
}

QString withoutSpaces(const QString &s)
{
    QString out;
    for (const QChar ch : s) {
        if (!ch.isSpace())
            out.append(ch);
    }
    return out;
}

SimReply alreadyActive()
{
    return SimReply::error(409, SimError::AlreadyActive,
                           QStringLiteral("the account is already active"));
}

SimReply locked()
{
    return OtpFlow::locked(QLatin1StringView("the activation"));
}

} // namespace

ActivationService::ActivationService(SimStore &store, const OtpPolicy &policy,
                                     SmsOutbox &outbox)
    : m_store(store)
    , m_policy(policy)
    , m_outbox(outbox)
{
}

void ActivationService::issueCode(ActivationRecord &a)
{
    const OtpCode::Issued issued = OtpCode::issue(a.id, a.codeHash);
    a.codeHash = issued.hash;
    a.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    a.expiresAtMs = a.sentAtMs + std::chrono::milliseconds(m_policy.ttl).count();
    m_outbox.send(Sms{SmsPurpose::Activation, QLatin1StringView("activation_id"), a.id, a.phone,
                      issued.code,
                      QStringLiteral("Mã kích hoạt tài khoản VNeID: %1. Không chia sẻ mã này.")
                          .arg(issued.code)});
}

QJsonObject ActivationService::ticket(const ActivationRecord &a) const
{
    return OtpFlow::ticket(QLatin1StringView("activation_id"), a.id, m_policy,
                           OtpState{a.phone, a.sentAtMs, a.wrongAttempts, a.maxAttempts});
}

SimReply ActivationService::start(const QString &clerkUsername, const QByteArray &body)
{
    const std::optional<QJsonObject> request = parseObject(body);
    if (!request)
        return SimReply::malformed(QStringLiteral("body must be a JSON object"));
    const QJsonValue number = request->value(QLatin1StringView("SoDinhDanh"));
    if (!number.isString() || !CitizenLookup::isCccdShaped(number.toString()))
        return SimReply::malformed(QStringLiteral("SoDinhDanh must be a string of 12 digits"));
    const QJsonValue phone = request->value(QLatin1StringView("SoDienThoai"));
    if (!phone.isString() || phone.toString().trimmed().isEmpty())
        return SimReply::malformed(QStringLiteral("SoDienThoai must be a non-empty string"));
    const QJsonValue method = request->value(QLatin1StringView("method"));
    if (!method.isString() || method.toString() != kVneid)
        return SimReply::malformed(QStringLiteral("method must be \"vneid\": the other methods"
                                                  " are not accepted for individuals"));

    auto found = CitizenRegistry(m_store.database()).findByNumber(number.toString());
    if (!found) {
        qCCritical(lcActivation).noquote() << "start: store failure:" << found.error();
        return SimReply::internal();
    }
    if (!found->has_value()) {
        qCInfo(lcActivation, "start: citizen not found");
        return SimReply::error(404, SimError::NotFound, QStringLiteral("no such citizen"));
    }
    const CitizenRecord &citizen = **found;
    if (const AccountRecord *v = citizen.vneid(); v && v->status == AccountStatus::Active) {
        qCInfo(lcActivation, "start: already active");
        return alreadyActive();
    }
    if (withoutSpaces(phone.toString()) != citizen.phone) {
        qCInfo(lcActivation, "start: phone does not match the register");
        return SimReply::error(422, SimError::Mismatch,
                               QStringLiteral("the phone is not the one in the register"));
    }

    ActivationRecord a;
    a.id = SecureRandom::hex(kActivationIdBytes);
    a.citizenId = citizen.id;
    a.method = kVneid;
    a.phone = citizen.phone;
    a.maxAttempts = m_policy.maxAttempts;
    issueCode(a);
    if (auto r = ActivationStore(m_store.database())
                     .create(a, clerkUsername, QDateTime::fromMSecsSinceEpoch(a.sentAtMs, Qt::UTC));
        !r) {
        qCCritical(lcActivation).noquote() << "start: store failure:" << r.error();
        return SimReply::internal();
    }
    qCInfo(lcActivation, "start: code sent");
    return SimReply::ok(ticket(a));
}

std::expected<ActivationRecord, SimReply>
ActivationService::activationOf(const QJsonObject &request)
{
    const QJsonValue id = request.value(QLatin1StringView("activation_id"));
    if (!id.isString() || id.toString().isEmpty())
        return std::unexpected(
            SimReply::malformed(QStringLiteral("activation_id must be a string")));
    auto found = ActivationStore(m_store.database()).find(id.toString());
    if (!found) {
        qCCritical(lcActivation).noquote() << "store failure:" << found.error();
        return std::unexpected(SimReply::internal());
    }
    if (!found->has_value())
        return std::unexpected(
            SimReply::error(404, SimError::NotFound, QStringLiteral("no such activation")));
    return std::move(**found);
}

std::expected<std::optional<AccountRecord>, SimReply>
ActivationService::inactiveVneid(const ActivationRecord &a)
{
    auto citizen = CitizenRegistry(m_store.database()).findById(a.citizenId);
    if (!citizen || !citizen->has_value()) {
        qCCritical(lcActivation, "store failure: citizen of an activation not readable");
        return std::unexpected(SimReply::internal());
    }
    const AccountRecord *v = (*citizen)->vneid();
    if (a.state == ActivationRecord::State::Activated || (v && v->status == AccountStatus::Active))
        return std::unexpected(alreadyActive());
    return v ? std::optional<AccountRecord>(*v) : std::nullopt;
}

SimReply ActivationService::verify(const QByteArray &body)
{
    const std::optional<QJsonObject> request = parseObject(body);
    if (!request)
        return SimReply::malformed(QStringLiteral("body must be a JSON object"));
    const QJsonValue code = request->value(QLatin1StringView("code"));
    if (!code.isString() || !OtpCode::isWellFormed(code.toString()))
        return SimReply::malformed(QStringLiteral("code must be a string of 6 digits"));
    auto a = activationOf(*request);
    if (!a)
        return a.error();
    auto vneid = inactiveVneid(*a);
    if (!vneid) {
        qCInfo(lcActivation, "verify: already active");
        return vneid.error();
    }
    if (a->state == ActivationRecord::State::Locked) {
        qCInfo(lcActivation, "verify: locked");
        return locked();
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    if (now.toMSecsSinceEpoch() >= a->expiresAtMs) {
        qCInfo(lcActivation, "verify: code expired");
        return OtpFlow::expired();
    }
    ActivationStore store(m_store.database());
    if (!OtpCode::matches(a->id, code.toString(), a->codeHash)) {
        const int wrong = a->wrongAttempts + 1;
        const bool lock = wrong >= a->maxAttempts;
        if (auto r = store.recordWrongCode(a->id, lock, now); !r) {
            qCCritical(lcActivation).noquote() << "verify: store failure:" << r.error();
            return SimReply::internal();
        }
        qCInfo(lcActivation, "verify: wrong code, %d of %d", wrong, a->maxAttempts);
        if (lock)
            return locked();
        return OtpFlow::wrongCode(a->maxAttempts - wrong);
    }

    const int level = *vneid && (*vneid)->level > 0 ? (*vneid)->level : 1;
    const QString token = SecureRandom::token(kCitizenTokenBytes);
    const QByteArray tokenHash =
        QCryptographicHash::hash(token.toLatin1(), QCryptographicHash::Sha256).toHex();
    if (auto r = store.complete(*a, level, tokenHash, now, VnTime::today()); !r) {
        qCCritical(lcActivation).noquote() << "verify: store failure:" << r.error();
        return SimReply::internal();
    }
    qCInfo(lcActivation, "verify: activated at level %d", level);
    return SimReply::ok(QJsonObject{{QStringLiteral("activated"), true},
                                    {QStringLiteral("method"), a->method},
                                    {QStringLiteral("level"), level},
                                    {QStringLiteral("citizen_token"), token}});
}

SimReply ActivationService::resend(const QByteArray &body)
{
    const std::optional<QJsonObject> request = parseObject(body);
    if (!request)
        return SimReply::malformed(QStringLiteral("body must be a JSON object"));
    auto a = activationOf(*request);
    if (!a)
        return a.error();
    if (auto vneid = inactiveVneid(*a); !vneid) {
        qCInfo(lcActivation, "resend: already active");
        return vneid.error();
    }
    if (a->state == ActivationRecord::State::Locked) {
        qCInfo(lcActivation, "resend: locked");
        return locked();
    }
    if (auto wait = OtpFlow::tooSoon(
            m_policy, OtpState{a->phone, a->sentAtMs, a->wrongAttempts, a->maxAttempts},
            QDateTime::currentMSecsSinceEpoch())) {
        qCInfo(lcActivation, "resend: too soon");
        return *wait;
    }
    issueCode(*a);
    if (auto r = ActivationStore(m_store.database()).replaceCode(*a); !r) {
        qCCritical(lcActivation).noquote() << "resend: store failure:" << r.error();
        return SimReply::internal();
    }
    qCInfo(lcActivation, "resend: new code sent");
    return SimReply::ok(ticket(*a));
}
