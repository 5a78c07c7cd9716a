// The rules a list of administrative unit versions must follow before it replaces the list in use
// (docs/units-and-import.md): the same for a CSV file and for `motcua-cli units set`.
#pragma once

#include "AdminUnit.h"

#include <QCoreApplication>
#include <QList>

#include <optional>

namespace motcua {

// What is wrong with one version of the list: which one, in which CSV column, and a sentence for
// the administrator that says what to do (translated).
struct UnitProblem
{
    qsizetype index = 0; // in the list that was checked
    int column = 1;      // 1 code, 2 name, 3 level, 4 parent_code, 5 valid_from, 6 valid_to
    QString text;
};

class AdminUnitCheck
{
    Q_DECLARE_TR_FUNCTIONS(AdminUnitCheck)

public:
    enum Column { Code = 1, Name, Level, ParentCode, ValidFrom, ValidTo };

    // "code", "name", … as the CSV header writes them.
    static QString columnName(int column);
    // The version on its own: code and name given, a parent exactly when it is not a province,
    // and a period that does not end before it starts.
    static std::optional<UnitProblem> checkOne(const AdminUnit &unit, qsizetype index);
    // Every version on its own, then the list as a whole: no two versions of one code overlap,
    // and each parent is on the list, valid on the first day of its child's version and of a
    // higher level (a smaller number). The problem returned is the first one in list order.
    static std::optional<UnitProblem> checkList(const QList<AdminUnit> &units);
};

} // namespace motcua
