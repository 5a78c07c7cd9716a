// An administrative unit in one period of its life (docs/units-and-import.md): the 2025 reform
// changed names, levels and parents, so a unit has one version per period, both ends included.
#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>

#include <optional>

namespace motcua {

struct AdminUnit
{
    static constexpr int kProvince = 1;
    static constexpr int kDistrict = 2;
    static constexpr int kCommune = 3;

    QString code;
    QString name;
    int level = kCommune;
    QString parentCode; // empty for a province
    QDate validFrom;    // invalid: since always
    QDate validTo;      // invalid: still valid
    int line = 0;       // where it was read from (CSV line), 0 when it was not read from a file

    // The period as stored: open ends become 0001-01-01 and 9999-12-31.
    QDate from() const { return validFrom.isValid() ? validFrom : QDate(1, 1, 1); }
    QDate to() const { return validTo.isValid() ? validTo : QDate(9999, 12, 31); }
    bool validOn(const QDate &day) const { return from() <= day && day <= to(); }
};

// Words and dates as the CSV file, the command line and admin_unit write them.
class AdminUnitText
{
    Q_DECLARE_TR_FUNCTIONS(AdminUnitText)

public:
    // 1/2/3 or province/district/commune (any case); nullopt otherwise.
    static std::optional<int> parseLevel(QStringView text);
    // "province", "district", "commune" (not translated: a stable word for files and scripts).
    static QString levelWord(int level);
    // yyyy-MM-dd with a real day; an empty text is the invalid (open) date. nullopt when wrong.
    static std::optional<QDate> parseDate(QStringView text);
    // The stored form of a period end; "" for an open end.
    static QString dateText(const QDate &day);
};

} // namespace motcua
