// The administrative units of admin_unit (docs/units-and-import.md), and keeping the report rows
// that depend on them up to date.
#pragma once

#include "AdminUnit.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QList>

#include <functional>

namespace motcua {

class Database;

// What a change to the list did to the report rows.
struct UnitRefresh
{
    int versions = 0;        // versions on the list now
    qint64 relevelled = 0;   // desk dossiers whose level changed
};

class UnitRepository
{
    Q_DECLARE_TR_FUNCTIONS(UnitRepository)

public:
    explicit UnitRepository(Database &db) : m_db(db) {}

    // Every version, by level, code and first day.
    Result<QList<AdminUnit>> all() const;
    // The versions valid on that day.
    Result<QList<AdminUnit>> validOn(const QDate &day) const;

    // Puts `units` (already checked by AdminUnitCheck) in place of the whole list and refreshes
    // the report rows, all in one transaction: a failure leaves the old list and rows as they were.
    // Refused ("units.empty") when `units` holds no unit, and ("units.imported") when a listed
    // unit would have, on the day an imported dossier (source 2) was received, another level
    // than the one that dossier was imported with.
    Result<UnitRefresh> replaceAll(const QList<AdminUnit> &units,
                                   const QDate &today = vietnamToday());

    // The whole list as it is, to be changed into the list to put in its place (or refused).
    using Change = std::function<Result<QList<AdminUnit>>(QList<AdminUnit> current)>;
    // As replaceAll, with the list read inside the same transaction, so that a change made
    // meanwhile by another program is not lost.
    Result<UnitRefresh> change(const Change &edit, const QDate &today = vietnamToday());

    // For a caller already inside a transaction: the level of the desk's own dossiers (source 1)
    // from the unit valid on the day each was received (3 when the unit is not on the list), and
    // the names of units in report_key from the version valid `today`, else the latest one.
    // Returns how many dossiers changed level.
    Result<qint64> refreshReport(const QDate &today);

    // Today in Vietnam (UTC+7, no daylight saving), whatever the desk's time zone.
    static QDate vietnamToday();

private:
    // Inside a transaction: the checks against the stored dossiers, the rows, the report.
    Result<qint64> write(const QList<AdminUnit> &units, const QDate &today);

    Database &m_db;
};

} // namespace motcua
