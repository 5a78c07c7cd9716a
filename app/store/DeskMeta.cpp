#include "DeskMeta.h"

#include "Database.h"
#include "SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
constexpr auto kLastContact = "last_contact";
}

QDateTime lastContact(Database &db)
{
    QSqlQuery q(db.sql());
    q.prepare(u"SELECT value FROM desk_meta WHERE key = ?"_s);
    q.addBindValue(QString::fromLatin1(kLastContact));
    if (!q.exec() || !q.next())
        return {};
    return QDateTime::fromString(q.value(0).toString(), Qt::ISODateWithMs);
}

Result<void> recordContact(Database &db, const QDateTime &at)
{
    QSqlQuery q(db.sql());
    // Never moves backwards: a late answer from an older run does not hide a newer contact.
    q.prepare(u"INSERT INTO desk_meta(key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET "
              "value = excluded.value WHERE excluded.value > desk_meta.value"_s);
    q.addBindValue(QString::fromLatin1(kLastContact));
    q.addBindValue(at.toUTC().toString(Qt::ISODateWithMs));
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

} // namespace motcua
