#include "ReportActivations.h"

#include "ReportStatement.h"

namespace motcua {

Result<QList<ActivationDay>> ReportActivations::byDay(sqlite3 *db, const QDate &from,
                                                      const QDate &to, const QString &unitCode)
{
    // finished_at is ISO with or without an offset: the Vietnam date as migration 007 takes it
    // ('utc' converts a time without offset from the desk's zone, leaves one with an offset).
    auto stmt = ReportStatement::prepare(
        db,
        "SELECT CAST(julianday(d) + 0.5 AS INTEGER), "
        "       COALESCE((SELECT level FROM admin_unit WHERE code = ?3 AND valid_from <= d "
        "                  AND valid_to >= d ORDER BY valid_from DESC LIMIT 1), 3), count(*) "
        "  FROM (SELECT date(finished_at, 'utc', '+7 hours') AS d FROM activation "
        "         WHERE state = 'activated' AND finished_at IS NOT NULL) "
        " WHERE d BETWEEN ?1 AND ?2 GROUP BY d");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, from.toString(Qt::ISODate));
    stmt->bind(2, to.toString(Qt::ISODate));
    stmt->bind(3, unitCode);
    QList<ActivationDay> days;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return days;
        days.append({stmt->integer(0), int(stmt->integer(1)), stmt->integer(2)});
    }
}

qint64 ReportActivations::total(const QList<ActivationDay> &days)
{
    qint64 sum = 0;
    for (const ActivationDay &d : days)
        sum += d.count;
    return sum;
}

} // namespace motcua
