#include "OtpFlow.h"

using namespace Qt::StringLiterals;

QString OtpFlow::phoneHint(const QString &phone)
{
    if (phone.size() < 6)
        return QString(phone.size(), u'*');
    return phone.left(3) + QString(phone.size() - 5, u'*') + phone.right(2);
}

QJsonObject OtpFlow::ticket(QLatin1StringView idField, const QString &id,
                            const OtpPolicy &policy, const OtpState &state)
{
    return QJsonObject{{QString(idField), id},
                       {u"expires_in"_s, qint64(policy.ttl.count())},
                       {u"resend_after"_s, qint64(policy.resendAfter.count())},
                       {u"max_attempts"_s, state.maxAttempts},
                       {u"attempts_left"_s, state.maxAttempts - state.wrongAttempts},
                       {u"phone_hint"_s, phoneHint(state.phone)}};
}

SimReply OtpFlow::locked(QLatin1StringView what)
{
    SimReply r = SimReply::error(423, SimError::Locked,
                                 u"too many wrong codes: "_s + what
                                     + u" is locked; start a new one later"_s);
    r.body.insert(u"attempts_left"_s, 0);
    return r;
}

SimReply OtpFlow::expired()
{
    return SimReply::error(410, SimError::Expired, u"the code has expired: ask for a new one"_s);
}

SimReply OtpFlow::wrongCode(int attemptsLeft)
{
    SimReply r = SimReply::error(422, SimError::Mismatch, u"wrong code"_s);
    r.body.insert(u"attempts_left"_s, attemptsLeft);
    return r;
}

std::optional<SimReply> OtpFlow::tooSoon(const OtpPolicy &policy, const OtpState &state,
                                         qint64 nowMs)
{
    const qint64 waitMs =
        state.sentAtMs + std::chrono::milliseconds(policy.resendAfter).count() - nowMs;
    if (waitMs <= 0)
        return std::nullopt;
    SimReply r = SimReply::error(429, SimError::TooSoon, u"a new code can be sent later"_s);
    r.retryAfterSeconds = static_cast<int>((waitMs + 999) / 1000);
    return r;
}
