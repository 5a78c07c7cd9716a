#include "Retention.h"

#include "Database.h"
#include "SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

Result<int> purgeAcknowledged(Database &db, int days, const QDateTime &now)
{
    if (days <= 0)
        return 0;
    const QString cutoff = now.toUTC().addDays(-days).toString(Qt::ISODate);
    const QString at = now.toUTC().toString(Qt::ISODate);
    int purged = 0;
    auto done = db.transaction([&]() -> Result<void> {
        QSqlQuery q(db.sql());
        q.prepare(u"UPDATE dossier SET personal = NULL, applicant_name = '', applicant_cccd = '', "
                  "applicant_phone = '', purged_at = ? WHERE purged_at IS NULL AND id IN "
                  "(SELECT dossier_id FROM outbox WHERE state = 'sent' AND sent_at <= ?)"_s);
        q.addBindValue(at);
        q.addBindValue(cutoff);
        if (!q.exec())
            return std::unexpected(queryError(q));
        purged = q.numRowsAffected();
        for (const QString &sql :
             {u"UPDATE outbox SET payload = '{}' WHERE payload <> '{}' AND dossier_id IN "
              "(SELECT id FROM dossier WHERE purged_at IS NOT NULL)"_s,
              // A scan shared with a dossier still kept keeps its name.
              u"UPDATE attachment SET original_name = '' WHERE original_name <> '' "
              "AND NOT EXISTS (SELECT 1 FROM dossier_paper p JOIN dossier d ON d.id = p.dossier_id "
              "WHERE p.sha256 = attachment.sha256 AND d.purged_at IS NULL)"_s}) {
            if (!q.exec(sql))
                return std::unexpected(queryError(q));
        }
        q.prepare(u"DELETE FROM identity_cache WHERE checked_at <= ?"_s);
        q.addBindValue(cutoff);
        if (!q.exec())
            return std::unexpected(queryError(q));
        // A citizen's comment on the service may name someone: kept no longer than the rest.
        q.prepare(u"UPDATE rating SET comment = NULL WHERE comment IS NOT NULL "
                  "AND sync_state = 'sent' AND sent_at <= ?"_s);
        q.addBindValue(cutoff);
        if (!q.exec())
            return std::unexpected(queryError(q));
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return purged;
}

} // namespace motcua
