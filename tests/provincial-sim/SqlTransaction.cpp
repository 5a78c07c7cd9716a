#include "SqlTransaction.h"

#include <QtSql/QSqlError>

#include <utility>

SqlTransaction::SqlTransaction(QSqlDatabase db)
    : m_db(std::move(db))
{
}

SqlTransaction::~SqlTransaction()
{
    if (m_open)
        m_db.rollback();
}

std::expected<void, QString> SqlTransaction::begin()
{
    if (!m_db.transaction())
        return std::unexpected(m_db.lastError().text());
    m_open = true;
    return {};
}

std::expected<void, QString> SqlTransaction::commit()
{
    if (!m_db.commit())
        return std::unexpected(m_db.lastError().text());
    m_open = false;
    return {};
}
