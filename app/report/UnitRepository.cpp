#include "UnitRepository.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcReportUnits, "motcua.report")

namespace motcua {

namespace {

// The stored open ends (0001-01-01, 9999-12-31) read back as open, invalid dates.
QDate storedDay(const QString &text)
{
    return AdminUnitText::parseDate(AdminUnitText::dateText(QDate::fromString(text, Qt::ISODate)))
        .value_or(QDate());
}

Result<QList<AdminUnit>> select(QSqlDatabase &db, const QString &where, const QDate &day)
{
    QSqlQuery q(db);
    q.prepare(u"SELECT code, name, level, parent_code, valid_from, valid_to FROM admin_unit "_s
              + where + u" ORDER BY level, code, valid_from"_s);
    if (day.isValid()) {
        q.addBindValue(day.toString(Qt::ISODate));
        q.addBindValue(day.toString(Qt::ISODate));
    }
    if (!q.exec())
        return std::unexpected(queryError(q));
    QList<AdminUnit> out;
    while (q.next()) {
        AdminUnit u;
        u.code = q.value(0).toString();
        u.name = q.value(1).toString();
        u.level = q.value(2).toInt();
        u.parentCode = q.value(3).toString();
        u.validFrom = storedDay(q.value(4).toString());
        u.validTo = storedDay(q.value(5).toString());
        out.append(u);
    }
    return out;
}

} // namespace

QDate UnitRepository::vietnamToday()
{
    return QDateTime::currentDateTimeUtc().addSecs(7 * 3600).date();
}

Result<QList<AdminUnit>> UnitRepository::all() const
{
    return select(m_db.sql(), QString(), QDate());
}

Result<QList<AdminUnit>> UnitRepository::validOn(const QDate &day) const
{
    return select(m_db.sql(), u"WHERE valid_from <= ? AND valid_to >= ?"_s, day);
}

Result<UnitRefresh> UnitRepository::replaceAll(const QList<AdminUnit> &units, const QDate &today)
{
    return change([&units](const QList<AdminUnit> &) -> Result<QList<AdminUnit>> { return units; },
                  today);
}

Result<UnitRefresh> UnitRepository::change(const Change &edit, const QDate &today)
{
    UnitRefresh refresh;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto current = all();
        if (!current)
            return std::unexpected(current.error());
        auto units = edit(std::move(*current));
        if (!units)
            return std::unexpected(units.error());
        auto relevelled = write(*units, today);
        if (!relevelled)
            return std::unexpected(relevelled.error());
        refresh.versions = int(units->size());
        refresh.relevelled = *relevelled;
        return {};
    });
    if (!done) {
        if (done.error().code.startsWith(u"store."))
            qCWarning(lcReportUnits) << "unit list not replaced:" << done.error().detail;
        else
            qCInfo(lcReportUnits) << "unit list refused:" << done.error().code;
        return std::unexpected(done.error());
    }
    qCInfo(lcReportUnits) << "unit list replaced:" << refresh.versions << "versions,"
                          << refresh.relevelled << "desk dossiers changed level";
    return refresh;
}

Result<qint64> UnitRepository::write(const QList<AdminUnit> &units, const QDate &today)
{
    // An empty list would silently turn every unit into "not on the list".
    if (units.isEmpty())
        return fail(u"units.empty"_s,
                    tr("The new list holds no unit, so the list in place was kept. Import the "
                       "official list of units, with at least one line after the header."),
                    u"empty list"_s);
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"DELETE FROM admin_unit"_s))
        return std::unexpected(queryError(q));
    if (!q.prepare(u"INSERT INTO admin_unit(code, name, level, parent_code, valid_from, "
                   "valid_to) VALUES (?, ?, ?, ?, ?, ?)"_s))
        return std::unexpected(queryError(q));
    for (const AdminUnit &u : units) {
        q.bindValue(0, u.code);
        q.bindValue(1, u.name);
        q.bindValue(2, u.level);
        q.bindValue(3, u.parentCode.isEmpty() ? QVariant(QMetaType::fromType<QString>())
                                              : QVariant(u.parentCode));
        q.bindValue(4, u.from().toString(Qt::ISODate));
        q.bindValue(5, u.to().toString(Qt::ISODate));
        if (!q.exec())
            return std::unexpected(queryError(q));
    }
    // Imported rows keep the level their record gave (CapDonVi), checked against the list when
    // imported; a list that contradicts them would make the report count them at a level the
    // list does not give, so it is refused.
    QSqlQuery c(m_db.sql());
    if (!c.exec(u"SELECT k.code, rd.received_day, a.level, rd.unit_level, count(*) OVER ()"
                " FROM report_dossier rd JOIN report_key k ON k.id = rd.unit_key"
                " JOIN admin_unit a ON a.code = k.code AND a.valid_from <= date(rd.received_day)"
                "  AND a.valid_to >= date(rd.received_day)"
                " WHERE rd.source = 2 AND a.level <> rd.unit_level"
                " ORDER BY k.code, rd.received_day LIMIT 1"_s))
        return std::unexpected(queryError(c));
    if (c.next()) {
        const QString code = c.value(0).toString();
        const QString day = QDate::fromJulianDay(c.value(1).toLongLong()).toString(Qt::ISODate);
        return fail(u"units.imported"_s,
                    tr("The new list has %1 at level %2 on %3, but dossier history imported "
                       "earlier has dossiers received at %1 that day at level %4 (their "
                       "CapDonVi); %5 imported dossiers in all disagree with the new list. The "
                       "list in place was kept: correct the new list, or re-import that history "
                       "with the right CapDonVi.")
                        .arg(code)
                        .arg(c.value(2).toInt())
                        .arg(day)
                        .arg(c.value(3).toInt())
                        .arg(c.value(4).toLongLong()),
                    u"level differs from imported dossiers: %1 on %2"_s.arg(code, day));
    }
    return refreshReport(today);
}

Result<qint64> UnitRepository::refreshReport(const QDate &today)
{
    QSqlQuery q(m_db.sql());
    // A dossier's day is a Julian day number; SQLite's date() reads it as noon of that day.
    if (!q.exec(u"WITH lv AS ("
                " SELECT rd.id, COALESCE((SELECT a.level FROM admin_unit a"
                "   WHERE a.code = k.code AND a.valid_from <= date(rd.received_day)"
                "     AND a.valid_to >= date(rd.received_day)"
                "   ORDER BY a.valid_from DESC LIMIT 1), 3) AS level"
                " FROM report_dossier rd JOIN report_key k ON k.id = rd.unit_key"
                " WHERE rd.source = 1)"
                " UPDATE report_dossier SET unit_level = lv.level FROM lv"
                " WHERE report_dossier.id = lv.id AND report_dossier.unit_level <> lv.level"_s))
        return std::unexpected(queryError(q));
    const qint64 relevelled = q.numRowsAffected();
    const QString day = today.toString(Qt::ISODate);
    if (!q.prepare(u"UPDATE report_key SET name = (SELECT a.name FROM admin_unit a"
                   "  WHERE a.code = report_key.code"
                   "  ORDER BY (a.valid_from <= ? AND a.valid_to >= ?) DESC, a.valid_from DESC"
                   "  LIMIT 1)"
                   " WHERE kind = 1 AND code IN (SELECT code FROM admin_unit)"_s))
        return std::unexpected(queryError(q));
    q.addBindValue(day);
    q.addBindValue(day);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return relevelled;
}

} // namespace motcua
