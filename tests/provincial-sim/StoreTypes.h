// Plain data exchanged with SimStore, and the names of its counters.
#pragma once

#include <QtCore/QByteArray>
#include <QtCore/QString>

struct ClerkRecord
{
    QString username;
    QString fullName;
    QString unitCode;
    QByteArray passwordSalt;
    QByteArray passwordDigest;
    int pbkdf2Iterations = 0;
};

// A record that passed validation, ready to be stored.
struct DossierSubmission
{
    QString idempotencyKey;
    QString maHoSo;
    QByteArray canonicalJson;
    QByteArray contentHash; // lower-case hex SHA-256 of canonicalJson
};

struct DossierOutcome
{
    enum class Kind { Created, Duplicate, Conflict };
    Kind kind = Kind::Conflict;
    QString provincialCode; // MaHoSoTinh, for Created and Duplicate
    QString message;        // for Conflict
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
