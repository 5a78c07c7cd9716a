#include "WorkCalendar.h"

#include <algorithm>

namespace motcua {

WorkCalendar::WorkCalendar(const QList<CalendarOverride> &overrides)
{
    for (const CalendarOverride &o : overrides)
        m_overrides.insert(o.year, o);
}

WorkCalendar::YearDays WorkCalendar::daysOf(int year) const
{
    const auto o = m_overrides.constFind(year);
    if (o == m_overrides.cend())
        return YearDays{HolidayRules::defaultDaysOff(year), {}};
    YearDays days;
    for (const Holiday &h : o->daysOff)
        days.off.append(h.date);
    days.working = o->workingDays;
    return days;
}

bool WorkCalendar::isWorkingDay(QDate date, const YearDays &days)
{
    if (!date.isValid())
        return false;
    if (HolidayRules::isWeekend(date))
        return std::binary_search(days.working.cbegin(), days.working.cend(), date);
    return !std::binary_search(days.off.cbegin(), days.off.cend(), date);
}

bool WorkCalendar::isWorkingDay(QDate date) const
{
    return date.isValid() && isWorkingDay(date, daysOf(date.year()));
}

QList<Holiday> WorkCalendar::holidays(int year) const
{
    const auto o = m_overrides.constFind(year);
    if (o == m_overrides.cend())
        return HolidayRules::defaults(year);
    const QList<Holiday> statutory = HolidayRules::statutory(year);
    QList<Holiday> days;
    for (Holiday h : o->daysOff) {
        if (h.name.isEmpty()) {
            const auto same = std::find_if(statutory.cbegin(), statutory.cend(),
                                           [&](const Holiday &s) { return s.date == h.date; });
            h.name = same != statutory.cend() ? same->name : tr("Day off (official list)");
        }
        days.append(h);
    }
    return days;
}

QList<QDate> WorkCalendar::workingWeekendDays(int year) const
{
    return daysOf(year).working;
}

QDate WorkCalendar::addWorkingDays(QDate from, int workingDays) const
{
    if (!from.isValid() || workingDays < 0)
        return {};
    YearDays days = daysOf(from.year());
    int year = from.year();
    QDate day = from;
    const auto advance = [&] {
        day = day.addDays(1);
        if (day.year() != year) {
            year = day.year();
            days = daysOf(year);
        }
    };
    while (!isWorkingDay(day, days))
        advance();
    for (int left = workingDays; left > 0; --left) {
        advance();
        while (!isWorkingDay(day, days))
            advance();
    }
    return day;
}

QDate WorkCalendar::receptionDay(const QDateTime &receivedAt, const OfficeHours &hours) const
{
    if (!receivedAt.isValid() || !hours.isValid())
        return {};
    const QDateTime local = receivedAt.toTimeZone(zone());
    const QDate day = local.date();
    const QTime time = local.time();
    const bool late = time >= hours.afternoonClose
                      || (hours.afternoonCountsFromNextDay && time >= hours.morningClose);
    if (isWorkingDay(day) && !late)
        return day;
    return addWorkingDays(day.addDays(1), 0);
}

QDateTime WorkCalendar::dueDate(const QDateTime &receivedAt, int workingDays,
                                const OfficeHours &hours) const
{
    if (workingDays < 0)
        return {};
    const QDate start = receptionDay(receivedAt, hours);
    if (!start.isValid())
        return {};
    return QDateTime(addWorkingDays(start, workingDays), hours.afternoonClose, zone());
}

} // namespace motcua
