#include "AdminUnitCheck.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

QString periodText(const AdminUnit &u)
{
    const QString from = AdminUnitText::dateText(u.from());
    const QString to = AdminUnitText::dateText(u.to());
    return AdminUnitCheck::tr("%1 – %2").arg(from.isEmpty() ? u"…"_s : from,
                                              to.isEmpty() ? u"…"_s : to);
}

} // namespace

QString AdminUnitCheck::columnName(int column)
{
    static const QString names[] = {u"code"_s,       u"name"_s,       u"level"_s,
                                    u"parent_code"_s, u"valid_from"_s, u"valid_to"_s};
    return column >= 1 && column <= 6 ? names[column - 1] : QString();
}

std::optional<UnitProblem> AdminUnitCheck::checkOne(const AdminUnit &unit, qsizetype index)
{
    if (unit.code.trimmed().isEmpty())
        return UnitProblem{index, Code, tr("the code is empty; write the unit's statistics code.")};
    if (unit.code.trimmed() != unit.code || unit.code.contains(u' '))
        return UnitProblem{index, Code, tr("the code “%1” contains spaces; write it without them.")
                                            .arg(unit.code)};
    if (unit.name.trimmed().isEmpty())
        return UnitProblem{index, Name, tr("the name is empty; write the unit's name.")};
    if (unit.level < AdminUnit::kProvince || unit.level > AdminUnit::kCommune)
        return UnitProblem{index, Level, tr("the level must be 1 (province), 2 (district) or 3 "
                                            "(commune).")};
    if (unit.level == AdminUnit::kProvince && !unit.parentCode.isEmpty())
        return UnitProblem{index, ParentCode,
                           tr("a province has no parent unit; leave parent_code empty.")};
    if (unit.level != AdminUnit::kProvince && unit.parentCode.trimmed().isEmpty())
        return UnitProblem{index, ParentCode,
                           tr("a district or commune belongs to a unit above it; write that "
                              "unit's code in parent_code.")};
    if (unit.from() > unit.to())
        return UnitProblem{index, ValidTo,
                           tr("the version ends on %1, before it starts on %2; correct one of the "
                              "dates.")
                               .arg(unit.to().toString(Qt::ISODate),
                                    unit.from().toString(Qt::ISODate))};
    return std::nullopt;
}

std::optional<UnitProblem> AdminUnitCheck::checkList(const QList<AdminUnit> &units)
{
    for (qsizetype i = 0; i < units.size(); ++i) {
        if (auto problem = checkOne(units.at(i), i))
            return problem;
    }
    QHash<QString, QList<qsizetype>> byCode;
    for (qsizetype i = 0; i < units.size(); ++i)
        byCode[units.at(i).code].append(i);

    for (qsizetype i = 0; i < units.size(); ++i) {
        const AdminUnit &u = units.at(i);
        // Overlaps are reported on the later of the two versions in the list.
        for (qsizetype j : byCode.value(u.code)) {
            if (j >= i)
                break;
            const AdminUnit &other = units.at(j);
            if (u.from() <= other.to() && other.from() <= u.to())
                return UnitProblem{i, ValidFrom,
                                   tr("this version of %1 (%2) overlaps its version %3; a unit has "
                                      "one version per period, so correct the dates.")
                                       .arg(u.code, periodText(u), periodText(other))};
        }
        if (u.level == AdminUnit::kProvince)
            continue;
        const auto parents = byCode.constFind(u.parentCode);
        if (parents == byCode.cend())
            return UnitProblem{i, ParentCode,
                               tr("the parent unit %1 is not on the list; add it, or correct "
                                  "parent_code.")
                                   .arg(u.parentCode)};
        const AdminUnit *parent = nullptr;
        for (qsizetype p : *parents) {
            if (units.at(p).validOn(u.from()))
                parent = &units.at(p);
        }
        if (!parent)
            return UnitProblem{i, ParentCode,
                               tr("the parent unit %1 is not valid on %2, the first day of this "
                                  "version; correct parent_code or the dates.")
                                   .arg(u.parentCode, u.from().toString(Qt::ISODate))};
        if (parent->level >= u.level)
            return UnitProblem{i, ParentCode,
                               tr("the parent unit %1 has level %2 on %3; a parent must have a "
                                  "higher level (a smaller number) than this unit's %4.")
                                   .arg(u.parentCode)
                                   .arg(parent->level)
                                   .arg(u.from().toString(Qt::ISODate))
                                   .arg(u.level)};
    }
    return std::nullopt;
}

} // namespace motcua
