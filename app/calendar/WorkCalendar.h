#pragma once

#include "CalendarOverrides.h"
#include "HolidayRules.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QTime>
#include <QTimeZone>

namespace motcua {

// When the desk receives dossiers. Mornings and afternoons, Monday to Friday.
struct OfficeHours
{
    QTime morningOpen{7, 30};
    QTime morningClose{11, 30};
    QTime afternoonOpen{13, 30};
    QTime afternoonClose{17, 0};
    // Convention of some provinces: a dossier received after the morning session closes is
    // counted as if received the next working morning. Off by default.
    bool afternoonCountsFromNextDay = false;

    bool isValid() const
    {
        return morningOpen.isValid() && morningClose.isValid() && afternoonOpen.isValid()
               && afternoonClose.isValid() && morningOpen < morningClose
               && morningClose <= afternoonOpen && afternoonOpen < afternoonClose;
    }
};

// Working days and due dates (ngày hẹn trả) in Vietnam's time (UTC+7). A year with an override
// uses exactly its days off and make-up working days; any other year uses the defaults of
// HolidayRules. Immutable once built, so it can be shared between threads.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(WorkCalendar)

public:
    // Defaults only.
    WorkCalendar() = default;
    // Defaults, replaced year by year by these overrides (a later one for the same year wins).
    explicit WorkCalendar(const QList<CalendarOverride> &overrides);

    // UTC+7 as a fixed offset: no time-zone database is needed.
    static QTimeZone zone() { return QTimeZone(7 * 3600); }

    bool isWorkingDay(QDate date) const;
    bool hasOverride(int year) const { return m_overrides.contains(year); }
    // Days off of a year besides ordinary weekends, in date order, named for display. A holiday
    // falling on a weekend is listed too.
    QList<Holiday> holidays(int year) const;
    // Saturdays and Sundays worked that year (make-up days; none by default).
    QList<QDate> workingWeekendDays(int year) const;

    // The working day on which counting starts for a dossier received at `receivedAt`: the day
    // itself if it is a working day and the dossier came before closing time (or before the
    // morning session closed, with afternoonCountsFromNextDay), else the next working day.
    QDate receptionDay(const QDateTime &receivedAt, const OfficeHours &hours = {}) const;
    // The working day `workingDays` working days after `from` (0 = `from` itself, when it is a
    // working day; otherwise the next one).
    QDate addWorkingDays(QDate from, int workingDays) const;
    // Closing time of the working day `workingDays` after the reception day, in UTC+7. Invalid
    // when receivedAt is invalid, workingDays is negative or the hours are not valid.
    QDateTime dueDate(const QDateTime &receivedAt, int workingDays,
                      const OfficeHours &hours = {}) const;

private:
    struct YearDays
    {
        QList<QDate> off;     // sorted
        QList<QDate> working; // weekend days worked, sorted
    };
    YearDays daysOf(int year) const;
    static bool isWorkingDay(QDate date, const YearDays &days);

    QHash<int, CalendarOverride> m_overrides;
};

} // namespace motcua
