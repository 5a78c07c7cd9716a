#include "Audit.h"

#include "AuditLog.h"
#include "store/Database.h"

namespace motcua {

Result<void> recordAudit(Database &db, AuditKind kind, const QString &actor,
                         const QString &subject, const QJsonObject &detail)
{
    const auto &key = db.auditKey();
    if (!key)
        return {};
    auto appended = AuditLog(db, *key).append(kind, actor, subject, detail);
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

} // namespace motcua
