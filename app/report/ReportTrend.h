// The monthly trend of the online rate: the "all" row of each calendar month's report, computed
// in one pass over report_dossier for all the months at once.
#pragma once

#include "Report.h"
#include "core/Error.h"

#include <QCoreApplication>

struct sqlite3;

namespace motcua {

class ReportTrend
{
    Q_DECLARE_TR_FUNCTIONS(ReportTrend)

public:
    static constexpr int kMaxMonths = 240;
    // `months` months ending with the one holding lastDay, oldest first; each month in full.
    static Result<QList<TrendPoint>> compute(sqlite3 *db, const QDate &lastDay, int months,
                                             const QString &deskUnitCode);
};

} // namespace motcua
