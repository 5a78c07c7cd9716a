#pragma once

#include "AuditKey.h"
#include "AuditKind.h"
#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>

#include <functional>

namespace motcua {

class Database;

// Appends signed, hash-chained entries to the audit log (docs/audit.md). One AuditLog per store
// connection, on that connection's thread.
//
// Inside Database::transaction an entry commits or rolls back with the action it records:
//
//     db.transaction([&]() -> Result<void> {
//         …the action…
//         if (auto a = audit.append(AuditKind::Submission, clerk, code, {}); !a)
//             return std::unexpected(a.error());
//         return {};
//     });
//
// Called outside a transaction, append runs in one of its own. No personal data in actor,
// subject or detail: a username, a dossier code, a file name, a settings key, or the keyed hash
// of an ID number.
class AuditLog
{
public:
    using Clock = std::function<QDateTime()>;

    // clock gives the entry's time (the system clock when empty; tests inject one).
    AuditLog(Database &db, AuditKey key, Clock clock = {});

    // The new entry's seq. The entry continues the signed head (or, without a valid head, the
    // last entry): entries removed from the end before this append stay visible as a gap.
    Result<qint64> append(AuditKind kind, const QString &actor, const QString &subject,
                          const QJsonObject &detail = {});

    const AuditKey &key() const { return m_key; }

private:
    Result<qint64> appendInTransaction(AuditKind kind, const QString &actor,
                                       const QString &subject, const QJsonObject &detail);

    Database &m_db;
    AuditKey m_key;
    Clock m_clock;
};

} // namespace motcua
