#include "ReportStatement.h"

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace motcua {

Result<ReportStatement> ReportStatement::prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    if (!db)
        return fail(u"report.read"_s, tr("The report cannot be made: the local store is not open."),
                    u"no SQLite handle"_s);
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return std::unexpected(readError(db, "prepare"));
    }
    return ReportStatement(db, stmt);
}

ReportStatement::ReportStatement(ReportStatement &&other) noexcept
    : m_db(other.m_db)
    , m_stmt(std::exchange(other.m_stmt, nullptr))
{
}

ReportStatement::~ReportStatement()
{
    sqlite3_finalize(m_stmt);
}

void ReportStatement::bind(int index, qint64 value)
{
    sqlite3_bind_int64(m_stmt, index, value);
}

void ReportStatement::bind(int index, const QString &text)
{
    const QByteArray utf8 = text.toUtf8();
    sqlite3_bind_text(m_stmt, index, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
}

Result<bool> ReportStatement::step()
{
    switch (sqlite3_step(m_stmt)) {
    case SQLITE_ROW:
        return true;
    case SQLITE_DONE:
        return false;
    default:
        return std::unexpected(readError(m_db, "step"));
    }
}

qint64 ReportStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

bool ReportStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

QString ReportStatement::text(int column) const
{
    const auto *chars = reinterpret_cast<const char *>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(chars, sqlite3_column_bytes(m_stmt, column));
}

Error ReportStatement::readError(sqlite3 *db, const char *what)
{
    return Error{u"report.read"_s,
                 tr("The report could not be read from the local store. Try again; if it keeps "
                    "failing, check the store with the administrator."),
                 u"%1: %2"_s.arg(QLatin1StringView(what), QString::fromUtf8(sqlite3_errmsg(db)))};
}

ReportSnapshot::ReportSnapshot(sqlite3 *db)
    : m_db(db)
{
    if (!db) {
        m_error = Error{u"report.read"_s,
                        ReportStatement::tr("The report cannot be made: the local store is not "
                                            "open."),
                        u"no SQLite handle"_s};
        return;
    }
    m_open = sqlite3_exec(db, "SAVEPOINT report", nullptr, nullptr, nullptr) == SQLITE_OK;
    if (!m_open)
        m_error = ReportStatement::readError(db, "savepoint");
}

Result<void> ReportSnapshot::opened() const
{
    if (!m_open)
        return std::unexpected(m_error);
    return {};
}

ReportSnapshot::~ReportSnapshot()
{
    if (m_open)
        sqlite3_exec(m_db, "RELEASE report", nullptr, nullptr, nullptr);
}

} // namespace motcua
