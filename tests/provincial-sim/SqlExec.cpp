#include "SqlExec.h"

#include <QtSql/QSqlDatabase>
#include <QtSql/QSqlError>

std::expected<QSqlQuery, QString> SqlExec::run(const QSqlDatabase &db, const QString &sql,
                                               const QVariantList &binds)
{
    QSqlQuery query(db);
    if (!query.prepare(sql))
        return std::unexpected(query.lastError().text());
    for (const QVariant &value : binds)
        query.addBindValue(value);
    if (!query.exec())
        return std::unexpected(query.lastError().text());
    return query;
}
