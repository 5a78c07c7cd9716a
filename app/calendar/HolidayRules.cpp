#include "HolidayRules.h"

#include "LunarCalendar.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

// A holiday before it is named: what the law puts on that date.
struct Placed
{
    QDate date;
    HolidayKind kind;
    int detail = 0; // the day of Tết (0 = the last day of the old year), or 1 for the day next
                    // to National Day
    QDate compensates; // for a compensatory day: the holiday it makes up for
};

QList<Placed> placeStatutory(int year)
{
    QList<Placed> days;
    const auto add = [&days](QDate date, HolidayKind kind, int detail = 0) {
        days.append(Placed{date, kind, detail, QDate()});
    };
    add(QDate(year, 1, 1), HolidayKind::NewYear);
    const QDate tet = LunarCalendar::newYear(year);
    if (tet.isValid()) {
        for (int i = -1; i <= 3; ++i) // the last day of the lunar year through lunar 1/4
            add(tet.addDays(i), HolidayKind::LunarNewYear, i + 1);
    }
    const QDate hung = LunarCalendar::toGregorian(LunarDate{10, 3, year, false});
    if (hung.isValid())
        add(hung, HolidayKind::HungKings);
    add(QDate(year, 4, 30), HolidayKind::Reunification);
    add(QDate(year, 5, 1), HolidayKind::Labour);
    add(QDate(year, 9, 1), HolidayKind::NationalDay, 1);
    add(QDate(year, 9, 2), HolidayKind::NationalDay);
    std::stable_sort(days.begin(), days.end(),
                     [](const Placed &a, const Placed &b) { return a.date < b.date; });
    return days;
}

// Each holiday date that falls on Saturday or Sunday gives one day off on the next working day
// that is not already a holiday (Labour Code 2019 art. 111(3)); several in a row give several.
QList<Placed> placeDefaults(int year)
{
    QList<Placed> days = placeStatutory(year);
    QList<QDate> taken;
    for (const Placed &p : days)
        taken.append(p.date);
    QList<Placed> compensatory;
    QDate previous;
    for (const Placed &p : days) {
        if (!HolidayRules::isWeekend(p.date) || p.date == previous)
            continue; // two holidays on one date give one day
        previous = p.date;
        QDate day = p.date.addDays(1);
        while (HolidayRules::isWeekend(day) || taken.contains(day))
            day = day.addDays(1);
        taken.append(day);
        compensatory.append({day, HolidayKind::Compensatory, 0, p.date});
    }
    days.append(compensatory);
    std::stable_sort(days.begin(), days.end(),
                     [](const Placed &a, const Placed &b) { return a.date < b.date; });
    return days;
}

QString nameOf(const Placed &p)
{
    switch (p.kind) {
    case HolidayKind::NewYear:
        return HolidayRules::tr("New Year's Day");
    case HolidayKind::LunarNewYear:
        return p.detail == 0 ? HolidayRules::tr("Lunar New Year (Tết), last day of the lunar year")
                             : HolidayRules::tr("Lunar New Year (Tết), day %1").arg(p.detail);
    case HolidayKind::HungKings:
        return HolidayRules::tr("Hùng Kings' Commemoration Day (lunar 10/3)");
    case HolidayKind::Reunification:
        return HolidayRules::tr("Reunification Day (30/4)");
    case HolidayKind::Labour:
        return HolidayRules::tr("International Labour Day (1/5)");
    case HolidayKind::NationalDay:
        return p.detail == 1 ? HolidayRules::tr("National Day holiday (day next to 2/9)")
                             : HolidayRules::tr("National Day (2/9)");
    case HolidayKind::Compensatory:
        return HolidayRules::tr("Compensatory day off for the holiday of %1")
            .arg(p.compensates.toString(u"dd/MM/yyyy"_s));
    case HolidayKind::Official:
        break;
    }
    return HolidayRules::tr("Day off");
}

// Names the days; two holidays on one date become one day with both names.
QList<Holiday> named(const QList<Placed> &days)
{
    QList<Holiday> out;
    for (const Placed &p : days) {
        if (!out.isEmpty() && out.last().date == p.date)
            out.last().name = HolidayRules::tr("%1; %2").arg(out.last().name, nameOf(p));
        else
            out.append(Holiday{p.date, p.kind, nameOf(p)});
    }
    return out;
}

} // namespace

QList<Holiday> HolidayRules::statutory(int year)
{
    return named(placeStatutory(year));
}

QList<Holiday> HolidayRules::defaults(int year)
{
    return named(placeDefaults(year));
}

QList<QDate> HolidayRules::defaultDaysOff(int year)
{
    QList<QDate> dates;
    for (const Placed &p : placeDefaults(year)) {
        if (dates.isEmpty() || dates.last() != p.date)
            dates.append(p.date);
    }
    return dates;
}

} // namespace motcua
