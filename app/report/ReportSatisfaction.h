// Citizens' satisfaction for a report's period and unit (table rating, docs/reports.md
// "Citizen satisfaction").
#pragma once

#include "Report.h"
#include "core/Error.h"

struct sqlite3;

namespace motcua {

class ReportSatisfaction
{
public:
    // Ratings given on the Vietnam days from..to (included) for the unit (every unit when
    // unitCode is empty).
    static Result<Satisfaction> count(sqlite3 *db, const QDate &from, const QDate &to,
                                      const QString &unitCode);
};

} // namespace motcua
