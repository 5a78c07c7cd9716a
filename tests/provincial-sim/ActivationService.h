// Helping a citizen activate their own account (docs/protocol.md, "Helping the citizen activate
// their own account"): start, verify and resend, with one-time codes from the system's random
// generator stored only as SHA-256 digests (salted with the activation id), a time to live, a
// resend interval and a limit on wrong codes. Independent of HTTP plumbing.
#pragma once

#include "IdentityTypes.h"
#include "OtpFlow.h"
#include "SimReply.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

#include <expected>
#include <optional>

class SimStore;
class SmsOutbox;

class ActivationService
{
public:
    ActivationService(SimStore &store, const OtpPolicy &policy, SmsOutbox &outbox);

    // Raw request bodies of an authenticated clerk's calls.
    [[nodiscard]] SimReply start(const QString &clerkUsername, const QByteArray &body);
    [[nodiscard]] SimReply verify(const QByteArray &body);
    [[nodiscard]] SimReply resend(const QByteArray &body);

private:
    // A new code for the activation: its digest and times set, and "sent" to its phone.
    void issueCode(ActivationRecord &activation);
    // The activation named by the body's activation_id, or the error reply.
    [[nodiscard]] std::expected<ActivationRecord, SimReply>
    activationOf(const QJsonObject &request);
    // The citizen's vneid account (nothing when they have none) when it can still be activated;
    // else 409 (already active, or this activation already done) or 500 (store failure).
    [[nodiscard]] std::expected<std::optional<AccountRecord>, SimReply>
    inactiveVneid(const ActivationRecord &activation);
    [[nodiscard]] QJsonObject ticket(const ActivationRecord &activation) const;

    SimStore &m_store;
    OtpPolicy m_policy;
    SmsOutbox &m_outbox;
};
