// A prepared statement on the raw SQLite handle, for the report's scans: a report reads up to a
// million rows of small integers, which QSqlQuery would wrap one QVariant at a time.
#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace motcua {

class ReportStatement
{
    Q_DECLARE_TR_FUNCTIONS(ReportStatement)

public:
    static Result<ReportStatement> prepare(sqlite3 *db, const char *sql);
    ReportStatement(ReportStatement &&other) noexcept;
    ReportStatement &operator=(ReportStatement &&) = delete;
    ReportStatement(const ReportStatement &) = delete;
    ~ReportStatement();

    void bind(int index, qint64 value);
    void bind(int index, const QString &text);
    // true when a row is ready, false at the end.
    Result<bool> step();

    qint64 integer(int column) const;
    bool isNull(int column) const;
    QString text(int column) const;

    // The error of the last failed call on this connection, as the report gives it.
    static Error readError(sqlite3 *db, const char *what);

private:
    ReportStatement(sqlite3 *db, sqlite3_stmt *stmt) : m_db(db), m_stmt(stmt) {}
    sqlite3 *m_db = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
};

// A read snapshot: the scans of one report see the same store (SAVEPOINT, so that it also works
// inside a transaction the caller holds). Check opened() before reading: without the snapshot
// the scans could see different states of the store and give a report that does not add up.
class ReportSnapshot
{
public:
    explicit ReportSnapshot(sqlite3 *db);
    ~ReportSnapshot();
    ReportSnapshot(const ReportSnapshot &) = delete;
    ReportSnapshot &operator=(const ReportSnapshot &) = delete;

    // The error of the SAVEPOINT (or of a missing handle), if it failed.
    Result<void> opened() const;

private:
    sqlite3 *m_db;
    bool m_open = false;
    Error m_error;
};

} // namespace motcua
