#include "AdminUnit.h"

using namespace Qt::StringLiterals;

namespace motcua {

std::optional<int> AdminUnitText::parseLevel(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t == u"1" || t.compare(u"province", Qt::CaseInsensitive) == 0)
        return AdminUnit::kProvince;
    if (t == u"2" || t.compare(u"district", Qt::CaseInsensitive) == 0)
        return AdminUnit::kDistrict;
    if (t == u"3" || t.compare(u"commune", Qt::CaseInsensitive) == 0)
        return AdminUnit::kCommune;
    return std::nullopt;
}

QString AdminUnitText::levelWord(int level)
{
    switch (level) {
    case AdminUnit::kProvince:
        return u"province"_s;
    case AdminUnit::kDistrict:
        return u"district"_s;
    default:
        return u"commune"_s;
    }
}

std::optional<QDate> AdminUnitText::parseDate(QStringView text)
{
    const QStringView t = text.trimmed();
    if (t.isEmpty())
        return QDate();
    // Exactly yyyy-MM-dd: QDate::fromString alone would also take a one-digit month.
    if (t.size() != 10 || t[4] != u'-' || t[7] != u'-')
        return std::nullopt;
    for (qsizetype i : {0, 1, 2, 3, 5, 6, 8, 9}) {
        if (!t[i].isDigit() || t[i].unicode() > u'9')
            return std::nullopt;
    }
    const QDate d(t.left(4).toInt(), t.mid(5, 2).toInt(), t.mid(8, 2).toInt());
    if (!d.isValid())
        return std::nullopt;
    return d;
}

QString AdminUnitText::dateText(const QDate &day)
{
    if (!day.isValid() || day == QDate(1, 1, 1) || day == QDate(9999, 12, 31))
        return QString();
    return day.toString(Qt::ISODate);
}

} // namespace motcua
