// Plain data exchanged with SimStore, and the names of its counters.
#pragma once

#include "SmsOutbox.h"

#include <QtCore/QByteArray>
#include <QtCore/QString>

#include <chrono>
#include <optional>

struct ClerkRecord
{
    QString username;
    QString fullName;
    QString unitCode;
    QByteArray passwordSalt;
    QByteArray passwordDigest;
    int pbkdf2Iterations = 0;
    QString role = QStringLiteral("clerk"); // clerk | supervisor | admin
};

// Why a record is answered `invalid`: a stable reason code and a message for the clerk that
// names the field and never quotes values (they may be personal data).
struct RecordProblem
{
    QString reason;
    QString message;
};

namespace ProblemReason {
inline constexpr QLatin1StringView Malformed{"malformed_record"};
inline constexpr QLatin1StringView ProofMissing{"citizen_proof_missing"};
inline constexpr QLatin1StringView ProofMalformed{"citizen_proof_malformed"};
inline constexpr QLatin1StringView ProofAmbiguous{"citizen_proof_ambiguous"};
inline constexpr QLatin1StringView ProofNotOnline{"citizen_proof_not_online"};
inline constexpr QLatin1StringView ProofInvalid{"citizen_proof_invalid"};
inline constexpr QLatin1StringView ProofOtherCitizen{"citizen_proof_other_citizen"};
inline constexpr QLatin1StringView ProofSummaryMismatch{"citizen_proof_summary_mismatch"};
inline constexpr QLatin1StringView ProofAccountMismatch{"citizen_proof_account_mismatch"};
inline constexpr QLatin1StringView ProofExpired{"citizen_proof_expired"};
inline constexpr QLatin1StringView ProofUsed{"citizen_proof_used"};
inline constexpr QLatin1StringView CitizenUnknown{"citizen_unknown"};
inline constexpr QLatin1StringView CitizenAccountInactive{"citizen_account_inactive"};
} // namespace ProblemReason

// A record that passed validation, ready to be stored.
struct DossierSubmission
{
    QString idempotencyKey;
    QString maHoSo;
    QByteArray canonicalJson;
    QByteArray storedJson;  // canonicalJson with the proof token replaced by its SHA-256
    QByteArray contentHash; // lower-case hex SHA-256 of canonicalJson

    // What the citizen-confirmation checks need (docs/protocol.md, "Online dossiers").
    int channel = 0;         // KenhThucHien
    QString applicantNumber; // SoGiayToChuHoSo
    QString accountId;       // MaDoiTuong, empty when not sent
    QString proofToken;      // XacThucCongDan.MaXacThuc, empty when not sent
    QString proofSummary;    // XacThucCongDan.MaTomTat
    QString proofSummaryText; // XacThucCongDan.NoiDungTomTat, empty when not sent
    bool deferred = false;   // ChoCongDanXacNhan = 1
};

struct DossierOutcome
{
    enum class Kind { Created, Duplicate, Conflict, Invalid };
    Kind kind = Kind::Conflict;
    QString provincialCode; // MaHoSoTinh, for Created and Duplicate
    QString message;        // for Conflict and Invalid
    QString reason;         // for Invalid (ProblemReason)
    QString citizenConfirmation; // online dossiers: "confirmed" or "awaiting"
    std::optional<Sms> sms; // a deferred confirmation's code, sent once the batch is committed
};

// Deferred confirmations (ChoCongDanXacNhan): how long the citizen's code lives and how many
// wrong codes lock it.
struct DeferredPolicy
{
    std::chrono::seconds ttl{7 * 24 * 60 * 60};
    int maxAttempts = 5;
};

struct StoreStats
{
    qint64 dossiers = 0;
    qint64 pushRequests = 0;
    qint64 recordsReceived = 0;
    qint64 duplicates = 0;
    qint64 conflicts = 0;
    qint64 invalid = 0;
    qint64 lookups = 0;     // population register lookups answered
    qint64 activations = 0; // accounts activated with a verified code
    // Dossiers stored, by KenhThucHien, and the online ones by the citizen's confirmation.
    qint64 direct = 0;
    qint64 online = 0;
    qint64 postal = 0;
    qint64 onlineCitizenConfirmed = 0; // proof at push, or deferred confirmation done
    qint64 awaitingCitizen = 0;
};

// Rows of the counters table.
namespace StoreCounter {
inline constexpr QLatin1StringView Sequence{"provincial_sequence"};
inline constexpr QLatin1StringView PushRequests{"push_requests"};
inline constexpr QLatin1StringView RecordsReceived{"records_received"};
inline constexpr QLatin1StringView Duplicates{"duplicates"};
inline constexpr QLatin1StringView Conflicts{"conflicts"};
inline constexpr QLatin1StringView Invalid{"invalid"};
inline constexpr QLatin1StringView Lookups{"lookups"};
inline constexpr QLatin1StringView Activations{"activations"};
} // namespace StoreCounter
