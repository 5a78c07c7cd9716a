// One prepared statement, bound and run, with the error as text.
#pragma once

#include <QtCore/QString>
#include <QtCore/QVariant>
#include <QtSql/QSqlQuery>

#include <expected>

class QSqlDatabase;

class SqlExec
{
public:
    [[nodiscard]] static std::expected<QSqlQuery, QString>
    run(const QSqlDatabase &db, const QString &sql, const QVariantList &binds = {});
};
