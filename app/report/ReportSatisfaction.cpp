#include "ReportSatisfaction.h"

#include "ReportStatement.h"

#include <QDateTime>
#include <QTimeZone>

namespace motcua {

Result<Satisfaction> ReportSatisfaction::count(sqlite3 *db, const QDate &from, const QDate &to,
                                               const QString &unitCode)
{
    // rated_at is UTC, ISO 8601 with Z, all of one length: the period's Vietnam days (UTC+7)
    // are a range of that text, which the index on rated_at serves.
    const auto utcText = [](const QDate &day) {
        return QDateTime(day, QTime(0, 0), QTimeZone(7 * 3600)).toUTC().toString(Qt::ISODate);
    };
    auto stmt = ReportStatement::prepare(
        db,
        "SELECT score, count(*) FROM rating WHERE rated_at >= ?1 AND rated_at < ?2 "
        "AND (coalesce(?3, '') = '' OR unit_code = ?3) GROUP BY score");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, utcText(from));
    stmt->bind(2, utcText(to.addDays(1)));
    stmt->bind(3, unitCode);
    Satisfaction s;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return s;
        switch (stmt->integer(0)) {
        case 1: s.satisfied = stmt->integer(1); break;
        case 2: s.normal = stmt->integer(1); break;
        case 3: s.notSatisfied = stmt->integer(1); break;
        default: break;
        }
    }
}

} // namespace motcua
