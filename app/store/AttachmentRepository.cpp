#include "AttachmentRepository.h"

#include "Database.h"
#include "SqlError.h"

#include <QDateTime>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

Result<void> AttachmentRepository::insert(const StoredAttachment &a, const QString &originalName,
                                          const QDateTime &at)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT OR IGNORE INTO attachment(sha256, mime, size, original_name, stored_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    q.addBindValue(a.sha256);
    q.addBindValue(a.mime);
    q.addBindValue(a.size);
    q.addBindValue(originalName);
    q.addBindValue(at.toUTC().toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

Result<QSet<QString>> AttachmentRepository::referenced() const
{
    QSqlQuery q(m_db.sql());
    // A scan only purged dossiers use is no longer referenced: its file goes (Retention).
    if (!q.exec(u"SELECT sha256 FROM attachment a WHERE NOT EXISTS (SELECT 1 FROM dossier_paper "
                "p WHERE p.sha256 = a.sha256) OR EXISTS (SELECT 1 FROM dossier_paper p JOIN dossier "
                "d ON d.id = p.dossier_id WHERE p.sha256 = a.sha256 AND d.purged_at IS NULL)"_s))
        return std::unexpected(queryError(q));
    QSet<QString> shas;
    while (q.next())
        shas.insert(q.value(0).toString());
    return shas;
}

} // namespace motcua
