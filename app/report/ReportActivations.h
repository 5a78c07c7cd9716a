// Citizens' accounts activated at the counter (table activation), per Vietnam day, with the level
// the desk's unit had that day. Reports count them for the desk's unit (docs/reports.md).
#pragma once

#include "core/Error.h"

#include <QDate>
#include <QList>
#include <QString>

struct sqlite3;

namespace motcua {

struct ActivationDay
{
    qint64 day = 0;   // Julian day number, Vietnam date of finished_at
    int level = 3;    // admin_unit.level of the unit on that day, 3 (commune) when not listed
    qint64 count = 0; // activations finished that day
};

class ReportActivations
{
public:
    static Result<QList<ActivationDay>> byDay(sqlite3 *db, const QDate &from, const QDate &to,
                                              const QString &unitCode);
    static qint64 total(const QList<ActivationDay> &days);
};

} // namespace motcua
