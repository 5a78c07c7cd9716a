// A transaction on a simulator connection that rolls back unless committed.
#pragma once

#include <QtCore/QString>
#include <QtSql/QSqlDatabase>

#include <expected>

class SqlTransaction
{
public:
    explicit SqlTransaction(QSqlDatabase db);
    ~SqlTransaction();
    SqlTransaction(const SqlTransaction &) = delete;
    SqlTransaction &operator=(const SqlTransaction &) = delete;

    [[nodiscard]] std::expected<void, QString> begin();
    [[nodiscard]] std::expected<void, QString> commit();

private:
    QSqlDatabase m_db;
    bool m_open = false;
};
