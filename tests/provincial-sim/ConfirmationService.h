// The citizen's own confirmation of a dossier summary (docs/protocol.md, "The citizen's own
// confirmation"): start, verify and resend. The proof is a new citizen token bound to the
// summary's digest (MaTomTat), issued after the citizen typed the code sent to their phone, or
// at once in exchange for the token of an activation done in the last 15 minutes. Independent
// of HTTP plumbing.
#pragma once

#include "IdentityTypes.h"
#include "OtpFlow.h"
#include "SimReply.h"

#include <QtCore/QByteArray>
#include <QtCore/QJsonObject>

#include <chrono>
#include <expected>
#include <optional>
#include <utility>

class SimStore;
class SmsOutbox;

class ConfirmationService
{
public:
    static constexpr std::chrono::minutes kActivationWindow{15};
    static constexpr std::chrono::seconds kDefaultProofTtl{7 * 24 * 60 * 60};
    static constexpr qsizetype kMaxSummaryText = 200;

    ConfirmationService(SimStore &store, const OtpPolicy &policy, std::chrono::seconds proofTtl,
                        SmsOutbox &outbox);

    // Raw request bodies of an authenticated clerk's calls.
    [[nodiscard]] SimReply start(const QString &clerkUsername, const QByteArray &body);
    [[nodiscard]] SimReply verify(const QByteArray &body);
    [[nodiscard]] SimReply resend(const QByteArray &body);

    // Is `s` 64 lower-case hex digits (a SHA-256 digest as the protocol writes it)?
    [[nodiscard]] static bool isDigest(const QString &s);

private:
    // The citizen when their VNeID account is active; else 404, 409 (error_code 11) or 500.
    [[nodiscard]] std::expected<CitizenRecord, SimReply> activeCitizen(const QString &number);
    [[nodiscard]] std::expected<CitizenRecord, SimReply> activeCitizen(qint64 id);
    // The shortcut: a proof at once for a fresh, unexchanged activation token of this citizen;
    // nothing when the token does not qualify (the caller sends a code instead).
    [[nodiscard]] std::optional<SimReply> exchange(const CitizenRecord &citizen,
                                                   const QString &activationToken,
                                                   const QString &summaryHash);
    // A new proof token for the citizen and summary; the clear token goes into the answer.
    [[nodiscard]] std::pair<QString, ProofToken> newProof(const CitizenRecord &citizen,
                                                          const QString &summaryHash) const;
    [[nodiscard]] static SimReply proofAnswer(const QString &token, const ProofToken &proof);
    void issueCode(ConfirmationRecord &confirmation);
    [[nodiscard]] std::expected<ConfirmationRecord, SimReply>
    confirmationOf(const QJsonObject &request);

    SimStore &m_store;
    OtpPolicy m_policy;
    std::chrono::seconds m_proofTtl;
    SmsOutbox &m_outbox;
};
