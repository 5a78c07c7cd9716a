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
    if (!q.exec(u"SELECT sha256 FROM attachment"_s))
        return std::unexpected(queryError(q));
    QSet<QString> shas;
    while (q.next())
        shas.insert(q.value(0).toString());
    return shas;
}

} // namespace motcua
