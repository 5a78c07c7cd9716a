#include "ReportTrend.h"

#include "ReportActivations.h"
#include "ReportStatement.h"

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

// Which month a day falls in: -1 before the first, months.size() - 1 past the last start (the
// caller knows the end). starts holds each month's first day as a Julian day, ascending.
int monthOf(const std::vector<qint64> &starts, qint64 day)
{
    return int(std::upper_bound(starts.begin(), starts.end(), day) - starts.begin()) - 1;
}

} // namespace

Result<QList<TrendPoint>> ReportTrend::compute(sqlite3 *db, const QDate &lastDay, int months,
                                              const QString &deskUnitCode)
{
    if (!lastDay.isValid() || months < 1 || months > kMaxMonths)
        return fail(u"report.period"_s,
                    tr("The trend needs a valid last day and between 1 and %1 months.")
                        .arg(kMaxMonths),
                    u"lastDay %1, months %2"_s.arg(lastDay.toString(Qt::ISODate)).arg(months));
    const QDate lastMonth(lastDay.year(), lastDay.month(), 1);
    const QDate firstMonth = lastMonth.addMonths(1 - months);
    const QDate end = lastMonth.addMonths(1).addDays(-1);
    std::vector<qint64> starts;
    for (int m = 0; m < months; ++m)
        starts.push_back(firstMonth.addMonths(m).toJulianDay());
    const qint64 from = starts.front();
    const qint64 to = end.toJulianDay();

    const ReportSnapshot snapshot(db);
    if (auto ok = snapshot.opened(); !ok)
        return std::unexpected(ok.error());
    auto stmt = ReportStatement::prepare(
        db, "SELECT channel, emc, assisted, received_day, finished_day FROM report_dossier "
            "WHERE received_day <= ?2 AND (received_day >= ?1 OR finished_day IS NULL "
            "OR finished_day >= ?1)");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, from);
    stmt->bind(2, to);

    QList<TrendPoint> points(months);
    // Carried over into month m: received before m starts, open at its start. A dossier is
    // carried into every month after the one it was received in, up to the one it finished in:
    // counted as a range in a difference array.
    std::vector<qint64> carriedDelta(size_t(months) + 1, 0);
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const qint64 received = stmt->integer(3);
        const int receivedIn = monthOf(starts, received);
        const int lastOpen = stmt->isNull(4) ? months - 1
                                             : std::min(monthOf(starts, stmt->integer(4)), months - 1);
        const int firstCarried = std::max(receivedIn + 1, 0);
        if (firstCarried <= lastOpen) {
            ++carriedDelta[size_t(firstCarried)];
            --carriedDelta[size_t(lastOpen) + 1];
        }
        if (receivedIn < 0)
            continue;
        ReportRow &r = points[receivedIn].row;
        if (stmt->integer(0) == 2) {
            ++r.online;
            r.emcOnline += stmt->integer(1);
            r.assisted += stmt->integer(2);
        } else {
            ++r.directPostal;
        }
    }
    auto activations = ReportActivations::byDay(db, firstMonth, end, deskUnitCode);
    if (!activations)
        return std::unexpected(activations.error());
    for (const ActivationDay &a : *activations) {
        const int m = monthOf(starts, a.day);
        if (m >= 0)
            points[m].row.accountsActivated += a.count;
    }
    qint64 carried = 0;
    for (int m = 0; m < months; ++m) {
        carried += carriedDelta[size_t(m)];
        points[m].month = firstMonth.addMonths(m);
        points[m].row.group = u"all"_s;
        points[m].row.totalRow = true;
        points[m].row.carriedOver = carried;
    }
    return points;
}

} // namespace motcua
