// The steps every one-time-code flow of the simulator shares (account activation, citizen
// confirmation, deferred confirmation of a dossier): the policy, the phone hint, the ticket
// answered on start and resend, and the error answers of verify and resend.
#pragma once

#include "SimReply.h"

#include <QtCore/QJsonObject>
#include <QtCore/QString>

#include <chrono>
#include <optional>

struct OtpPolicy
{
    std::chrono::seconds ttl{300};
    std::chrono::seconds resendAfter{60};
    int maxAttempts = 5;
};

// Where a code stands, whatever flow it belongs to.
struct OtpState
{
    QString phone;
    qint64 sentAtMs = 0;
    int wrongAttempts = 0;
    int maxAttempts = 0;
};

class OtpFlow
{
public:
    // "091*****78": enough for the citizen to recognise their phone, not enough to read it.
    [[nodiscard]] static QString phoneHint(const QString &phone);

    // {"<idField>": id, "expires_in", "resend_after", "max_attempts", "attempts_left",
    //  "phone_hint"}: the answer of a start or a resend.
    [[nodiscard]] static QJsonObject ticket(QLatin1StringView idField, const QString &id,
                                            const OtpPolicy &policy, const OtpState &state);

    // 423, error_code 8, attempts_left 0. `what` names the flow: "the activation".
    [[nodiscard]] static SimReply locked(QLatin1StringView what);
    // 410, error_code 7.
    [[nodiscard]] static SimReply expired();
    // 422, error_code 6, with attempts_left.
    [[nodiscard]] static SimReply wrongCode(int attemptsLeft);
    // 429, error_code 10, with Retry-After, when the last code went out less than
    // policy.resendAfter ago; nothing when a new code may be sent now.
    [[nodiscard]] static std::optional<SimReply> tooSoon(const OtpPolicy &policy,
                                                         const OtpState &state, qint64 nowMs);
};
