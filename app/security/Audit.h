#pragma once

#include "AuditKind.h"
#include "core/Error.h"

#include <QJsonObject>

namespace motcua {

class Database;

// Records what happened in the desk's audit log (AuditLog), signed with the audit key attached to
// db (Database::setAuditKey, done when the store is unlocked). Inside the caller's transaction the
// entry commits with the action. A connection without an audit key (test tools that write to a
// store of their own) records nothing. No personal data in actor, subject or detail.
Result<void> recordAudit(Database &db, AuditKind kind, const QString &actor,
                         const QString &subject, const QJsonObject &detail = {});

} // namespace motcua
