#pragma once

#include "HolidayRules.h"
#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>

namespace motcua {

// The official days off and make-up working days of one year, as the government announced them
// and an admin loaded them. It replaces the computed defaults for that year entirely.
struct CalendarOverride
{
    int year = 0;
    QList<Holiday> daysOff;   // in date order, kind Official; name from the file or the default
    QList<QDate> workingDays; // Saturdays or Sundays worked (make-up days), in date order
    QString note;
    QString source; // the file label it came from, for messages

    friend bool operator==(const CalendarOverride &, const CalendarOverride &) = default;
};

// Reads and writes the override file format (docs/calendar.md):
//   {"format": "motcua.calendar", "year": 2026,
//    "days_off": ["2026-01-01", {"date": "2026-02-16", "name": "Tết"}, …],
//    "working_days": ["2026-01-03"], "note": "…"}
// A file is accepted whole or refused whole; errors name the file and the line.
class CalendarOverrides
{
    Q_DECLARE_TR_FUNCTIONS(CalendarOverrides)

public:
    static constexpr int kFormatVersion = 1;

    static Result<CalendarOverride> parse(const QByteArray &json, const QString &label);
    static Result<CalendarOverride> parseFile(const QString &path);
    // The same content as an override file (for storing and exporting), accepted by parse().
    static QByteArray toJson(const CalendarOverride &override);
    // The override files shipped under :/calendar (none yet: see docs/calendar.md).
    static Result<QList<CalendarOverride>> bundled();
};

} // namespace motcua
