// The online-rate report: what it is asked for and what it answers (docs/reports.md).
#pragma once

#include <QDate>
#include <QList>
#include <QString>

namespace motcua {

enum class ReportGrouping { Level, Unit, Field, Procedure };

// Administrative levels as report_dossier.unit_level and admin_unit.level store them.
enum class UnitLevel { Province = 1, District = 2, Commune = 3 };

struct ReportRequest
{
    QDate from; // first day of the period, included
    QDate to;   // last day, included
    ReportGrouping by = ReportGrouping::Level;
    // The unit of this desk: accounts activated at the desk are counted for it.
    QString deskUnitCode;
};

struct ReportRow
{
    // The group as the CSV writes it: "province", "district", "commune" for levels, else the
    // unit's, field's or procedure's code; "all" for the final total row.
    QString group;
    QString name;                 // the unit's, field's or procedure's name; empty for levels
    qint64 carriedOver = 0;       // received before the period, unfinished at its start
    qint64 online = 0;            // newly received online (KenhThucHien 2)
    qint64 directPostal = 0;      // newly received at the counter or by post (1 and 3)
    qint64 emcOnline = 0;         // of online: with the citizen's own authenticated account
    qint64 assisted = 0;          // of emcOnline: prepared at a counter, confirmed by the citizen
    qint64 accountsActivated = 0; // citizens' accounts activated at the counter in the period

    bool totalRow = false;        // the final row summing every group (its group text is "all")

    qint64 total() const { return carriedOver + online + directPostal; }
    // Told by the flag, not by the text: a unit may well be coded "all".
    bool isTotal() const { return totalRow; }
};

// A share in hundredths of a percent, rounded half up: 1 of 3 is 3333 (33.33%), 1 of 8 is 1250,
// 1 of 6 is 1667. 0 when the total is 0.
constexpr qint64 rateHundredths(qint64 part, qint64 total)
{
    return total <= 0 ? 0 : (part * 20000 + total) / (2 * total);
}

// "33.33": two decimals, a dot, no grouping (the CSV form; the GUI formats with the locale).
inline QString rateText(qint64 hundredths)
{
    return QString::number(hundredths / 100) + QLatin1Char('.')
        + QString::number(hundredths % 100).rightJustified(2, QLatin1Char('0'));
}

// Citizens' answers to "How satisfied are you with the service today?" in the period, for the
// desk's unit (ReportSatisfaction; docs/reports.md, "Citizen satisfaction").
struct Satisfaction
{
    qint64 satisfied = 0;
    qint64 normal = 0;
    qint64 notSatisfied = 0;

    qint64 total() const { return satisfied + normal + notSatisfied; }
    // The satisfied share: satisfied / all ratings, in hundredths of a percent.
    qint64 satisfiedHundredths() const { return rateHundredths(satisfied, total()); }
};

struct Report
{
    ReportRequest request;
    QList<ReportRow> rows; // groups in order, then the "all" row
    Satisfaction satisfaction;
};

// One month of the trend chart: the same columns for the calendar month.
struct TrendPoint
{
    QDate month; // first day of the month
    ReportRow row;
};

} // namespace motcua
