#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QList>

namespace motcua {

enum class HolidayKind {
    NewYear,          // 1/1
    LunarNewYear,     // Tết: the last day of the lunar year and lunar 1/1..1/4 by default
    HungKings,        // lunar 10/3
    Reunification,    // 30/4
    Labour,           // 1/5
    NationalDay,      // 2/9 and, by default, 1/9
    Compensatory,     // a working day off because a holiday fell on Saturday or Sunday
    Official,         // a day off from an admin's official list (CalendarOverride)
};

// One day off, with a name for display (already translated).
struct Holiday
{
    QDate date;
    HolidayKind kind = HolidayKind::Official;
    QString name;

    friend bool operator==(const Holiday &, const Holiday &) = default;
};

// The public holidays of the Labour Code 2019 (art. 112), placed by default for any year
// 1900-2199, and the compensatory days that follow a holiday falling on a weekend. The government
// fixes the real days off each year: an admin loads them as a CalendarOverride, which replaces
// these defaults for that year. See docs/calendar.md for the placement chosen here.
class HolidayRules
{
    Q_DECLARE_TR_FUNCTIONS(HolidayRules)

public:
    // The holidays of the law as placed by default, in date order, weekend days included.
    static QList<Holiday> statutory(int year);
    // statutory() plus the compensatory days, in date order: every day off of the year besides
    // ordinary weekends (a holiday on a weekend stays listed).
    static QList<Holiday> defaults(int year);
    // The dates of defaults(), without building names: what WorkCalendar asks for each day.
    static QList<QDate> defaultDaysOff(int year);

    static bool isWeekend(QDate date) { return date.dayOfWeek() >= 6; }
};

} // namespace motcua
