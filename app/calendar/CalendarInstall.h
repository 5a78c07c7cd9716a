#pragma once

#include "CalendarOverrides.h"

#include <QJsonObject>

namespace motcua {

// An official calendar file read and checked, ready to be installed: what is installed is the
// bytes that were checked.
struct CheckedCalendar
{
    CalendarOverride calendar;
    QByteArray bytes;
    QString fileName; // the file's name without its folder, for messages and the audit log
};

// One file of DATA_DIR/calendar, as the intake reads it: usable, or why not.
struct InstalledCalendar
{
    QString fileName;
    Result<CalendarOverride> calendar;
};

// Installing the official days off of a year (docs/calendar.md): `motcua-cli calendar install`
// and the Settings page. Both check, then install; the caller records the change in the audit log.
class CalendarInstall
{
    Q_DECLARE_TR_FUNCTIONS(CalendarInstall)

public:
    // Reads and validates the file as the intake will read it, and refuses it when another file of
    // the same year in `calendarDir` would be used instead. Does not touch the desk.
    static Result<CheckedCalendar> check(const QString &path, const QString &calendarDir);
    // Puts the checked calendar in place as calendarDir/YEAR.json in one step; returns that path.
    // A failure leaves the installed file as it was.
    static Result<QString> install(const QString &calendarDir, const CheckedCalendar &checked);
    // The settings_change entry's detail: the year and the file's name.
    static QJsonObject auditDetail(const CheckedCalendar &checked);
    // Every *.json of calendarDir, by name.
    static QList<InstalledCalendar> installed(const QString &calendarDir);
};

} // namespace motcua
