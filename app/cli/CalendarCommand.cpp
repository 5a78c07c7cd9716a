#include "CliContext.h"

#include "calendar/CalendarInstall.h"
#include "calendar/LunarCalendar.h"
#include "calendar/WorkCalendar.h"

#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace motcua::cli {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(CalendarCommand)
};

constexpr int kMaxWorkingDays = 3650;

// Every refusal is one line on stderr and exit code 2.
int refuse(CliContext &ctx, const QString &code, const QString &message)
{
    return ctx.report(Error{code, message, {}}, BadInput);
}

bool inRange(QDate date)
{
    return date.isValid() && date.year() >= LunarCalendar::kFirstYear
           && date.year() <= LunarCalendar::kLastYear;
}

// The official calendars installed for the desk (DATA_DIR/calendar/*.json), read as the intake
// reads them (IntakeRules): a file that cannot be used is named on stderr and skipped, so its
// year keeps the computed holidays.
QList<CalendarOverride> installedOverrides(CliContext &ctx)
{
    QList<CalendarOverride> overrides;
    const QDir dir(ctx.settings().calendarDir());
    for (const QFileInfo &file : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto loaded = CalendarOverrides::parseFile(file.filePath());
        if (loaded)
            overrides.append(*loaded);
        else
            ctx.err() << Tr::tr("Warning: the installed calendar %1 cannot be used; the computed "
                                "holidays apply for its year. %2")
                             .arg(file.fileName(), loaded.error().message)
                      << '\n';
    }
    return overrides;
}

// The desk's calendar: the installed official lists, each replaced by the file given with
// --overrides for the same year; or the reason a given file was refused.
Result<WorkCalendar> loadCalendar(CliContext &ctx, const QStringList &files)
{
    QList<CalendarOverride> overrides;
    for (const QString &file : files) {
        auto loaded = CalendarOverrides::parseFile(file);
        if (!loaded)
            return std::unexpected(loaded.error());
        for (const CalendarOverride &o : std::as_const(overrides)) {
            if (o.year == loaded->year)
                return fail(u"calendar.duplicate_year"_s,
                            Tr::tr("The files %1 and %2 are both for the year %3. Give one file "
                                   "per year.").arg(o.source, loaded->source).arg(o.year));
        }
        overrides.append(*loaded);
    }
    QList<CalendarOverride> all;
    for (const CalendarOverride &o : installedOverrides(ctx)) {
        if (std::none_of(overrides.cbegin(), overrides.cend(),
                         [&o](const CalendarOverride &given) { return given.year == o.year; }))
            all.append(o);
    }
    return WorkCalendar(all + overrides);
}

// Validates the file as the intake will read it and puts it in place as DATA_DIR/calendar/
// YEAR.json in one step (CalendarInstall, as the Settings page does); a refused file leaves the
// installed one as it was.
int install(CliContext &ctx, const QString &path)
{
    const QString dir = ctx.settings().calendarDir();
    auto checked = CalendarInstall::check(path, dir);
    if (!checked)
        return ctx.report(checked.error(), BadInput);
    if (!ctx.unlockedStore()) // the change must be recorded in the audit log
        return StoreUnusable;
    auto target = CalendarInstall::install(dir, *checked);
    if (!target)
        return ctx.report(target.error(), StoreUnusable);
    ctx.auditSettingsChange(u"calendar"_s, CalendarInstall::auditDetail(*checked));
    const CalendarOverride &c = checked->calendar;
    ctx.out() << Tr::tr("Installed the official calendar of %1 as %2 (days off: %3; weekend "
                        "working days: %4). New dossiers use it for their due dates.")
                     .arg(c.year)
                     .arg(QDir::toNativeSeparators(*target))
                     .arg(c.daysOff.size())
                     .arg(c.workingDays.size())
              << '\n';
    return Ok;
}

// One line per installed file: year, days off, weekend working days, file name and note.
int installed(CliContext &ctx)
{
    int result = Ok;
    for (const InstalledCalendar &file : CalendarInstall::installed(ctx.settings().calendarDir())) {
        const auto &o = file.calendar;
        if (!o) {
            result = ctx.report(o.error(), Incomplete);
            continue;
        }
        ctx.out() << o->year << '\t' << o->daysOff.size() << '\t' << o->workingDays.size() << '\t'
                  << file.fileName << '\t' << o->note.simplified() << '\n';
    }
    return result;
}

int due(CliContext &ctx, const WorkCalendar &calendar, const QString &fromText,
        const QString &daysText, bool afternoonNextDay)
{
    // The time typed is the desk's wall-clock time in Vietnam (UTC+7), whatever this machine's
    // time zone is.
    const QDate date = QDate::fromString(fromText.left(10), u"yyyy-MM-dd"_s);
    const QString timeText = fromText.mid(11);
    const QTime time = QTime::fromString(timeText, timeText.size() == 5 ? u"HH:mm"_s
                                                                        : u"HH:mm:ss"_s);
    const QDateTime from(date, time, WorkCalendar::zone());
    if (fromText.size() < 11 || fromText.at(10) != u'T'
        || (timeText.size() != 5 && timeText.size() != 8) || !from.isValid())
        return refuse(ctx, u"cli.from"_s, Tr::tr("--from must be a reception time written "
                                                 "YYYY-MM-DDTHH:MM, e.g. 2026-02-10T09:30."));
    if (!inRange(from.date()))
        return refuse(ctx, u"cli.from"_s, Tr::tr("--from must be a date from %1 to %2.")
                                               .arg(LunarCalendar::kFirstYear)
                                               .arg(LunarCalendar::kLastYear));
    bool ok = false;
    const int days = daysText.toInt(&ok);
    if (!ok || days < 0 || days > kMaxWorkingDays)
        return refuse(ctx, u"cli.days"_s, Tr::tr("--days must be a whole number of working days "
                                                 "from 0 to %1.").arg(kMaxWorkingDays));
    OfficeHours hours;
    hours.afternoonCountsFromNextDay = afternoonNextDay;
    const QDateTime dueAt = calendar.dueDate(from, days, hours);
    ctx.out() << dueAt.toString(u"yyyy-MM-ddTHH:mm"_s) << '\n';
    return Ok;
}

int holidays(CliContext &ctx, const WorkCalendar &calendar, const QString &yearText)
{
    bool ok = false;
    const int year = yearText.toInt(&ok);
    if (!ok || year < LunarCalendar::kFirstYear || year > LunarCalendar::kLastYear)
        return refuse(ctx, u"cli.year"_s, Tr::tr("YEAR must be a year from %1 to %2.")
                                              .arg(LunarCalendar::kFirstYear)
                                              .arg(LunarCalendar::kLastYear));
    for (const Holiday &h : calendar.holidays(year))
        ctx.out() << h.date.toString(Qt::ISODate) << '\t' << h.name << '\n';
    return Ok;
}

int lunar(CliContext &ctx, const QString &dateText)
{
    const QDate date = QDate::fromString(dateText, u"yyyy-MM-dd"_s);
    if (dateText.size() != 10 || !inRange(date))
        return refuse(ctx, u"cli.date"_s, Tr::tr("DATE must be a date from %1 to %2 written "
                                                 "YYYY-MM-DD.").arg(LunarCalendar::kFirstYear)
                                              .arg(LunarCalendar::kLastYear));
    const LunarDate l = LunarCalendar::fromGregorian(date);
    ctx.out() << (l.leap ? Tr::tr("%1/%2 (leap month)/%3") : Tr::tr("%1/%2/%3"))
                     .arg(l.day).arg(l.month).arg(l.year)
              << '\n';
    return Ok;
}

} // namespace

// No action opens the local store. due and holidays read the calendars installed in the data
// directory, install and installed manage them.
int runCalendar(CliContext &ctx, const QStringList &args)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Tr::tr("Working days, public holidays and due dates (Vietnam, UTC+7).\n"
               "due --from YYYY-MM-DDTHH:MM --days N: prints the due date and time, e.g. "
               "2026-02-25T17:00 (closing time of the N-th working day after the reception day; "
               "0 = the reception day). A dossier received after closing time or on a day off "
               "counts from the next working day.\n"
               "holidays YEAR: prints each day off of the year besides ordinary weekends, as "
               "the date, a tab and its name.\n"
               "lunar YYYY-MM-DD: prints the lunar date (day/month/year).\n"
               "install FILE: checks the official list of a year's days off and installs it for "
               "this desk's intake (a refused file changes nothing).\n"
               "installed: prints each installed list as its year, the number of days off, the "
               "number of weekend working days, the file name and its note.\n"
               "due and holidays use the installed lists, and for other years the defaults "
               "computed from the Labour Code; --overrides FILE replaces the list of its year "
               "for this command only (docs/calendar.md)."));
    parser.addPositionalArgument(
        u"action"_s,
        Tr::tr("due | holidays YEAR | lunar YYYY-MM-DD | install FILE | installed"));
    const QCommandLineOption from(u"from"_s, Tr::tr("Reception time, in Vietnam's time."),
                                  u"YYYY-MM-DDTHH:MM"_s);
    const QCommandLineOption days(u"days"_s, Tr::tr("Processing time in working days."), u"N"_s);
    const QCommandLineOption overrides(u"overrides"_s,
                                       Tr::tr("Official days off of one year (repeatable)."),
                                       u"FILE"_s);
    const QCommandLineOption afternoon(u"afternoon-next-day"_s,
                                       Tr::tr("Count a dossier received after the morning "
                                              "session from the next working day."));
    parser.addOptions({from, days, overrides, afternoon});
    const QCommandLineOption help = parser.addHelpOption();
    if (auto done = ctx.parse(parser, args, help))
        return *done;

    const QStringList pos = parser.positionalArguments();
    const QString action = pos.value(0);
    const bool dueOptions = parser.isSet(from) || parser.isSet(days) || parser.isSet(afternoon);
    const bool isDue = action == u"due" && pos.size() == 1 && parser.isSet(from)
                       && parser.isSet(days);
    const bool isHolidays = action == u"holidays" && pos.size() == 2 && !dueOptions;
    const bool noOptions = !dueOptions && !parser.isSet(overrides);
    if (action == u"lunar" && pos.size() == 2 && noOptions)
        return lunar(ctx, pos.at(1));
    if (action == u"install" && pos.size() == 2 && noOptions)
        return install(ctx, pos.at(1));
    if (action == u"installed" && pos.size() == 1 && noOptions)
        return installed(ctx);
    if (!isDue && !isHolidays)
        return refuse(ctx, u"cli.usage"_s,
                      Tr::tr("Usage: motcua-cli calendar due --from YYYY-MM-DDTHH:MM --days N "
                             "[--overrides FILE]… | motcua-cli calendar holidays YEAR "
                             "[--overrides FILE]… | motcua-cli calendar lunar YYYY-MM-DD | "
                             "motcua-cli calendar install FILE | motcua-cli calendar installed "
                             "(see --help)."));
    auto calendar = loadCalendar(ctx, parser.values(overrides));
    if (!calendar)
        return ctx.report(calendar.error(), BadInput);
    if (isDue)
        return due(ctx, *calendar, parser.value(from), parser.value(days),
                   parser.isSet(afternoon));
    return holidays(ctx, *calendar, pos.at(1));
}

} // namespace motcua::cli
