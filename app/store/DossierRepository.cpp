#include "DossierRepository.h"

#include "Database.h"
#include "SqlError.h"

#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

Result<int> DossierRepository::nextSequence(const DeskIdentity &desk, const QString &day)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO dossier_sequence(unit_code, desk_code, day, last) VALUES (?, ?, ?, 1) "
              "ON CONFLICT(unit_code, desk_code, day) DO UPDATE SET last = last + 1 "
              "RETURNING last"_s);
    q.addBindValue(desk.unitCode);
    q.addBindValue(desk.deskCode);
    q.addBindValue(day);
    if (!q.exec() || !q.next())
        return std::unexpected(queryError(q));
    const int last = q.value(0).toInt();
    q.finish();
    return last;
}

Result<qint64> DossierRepository::insert(const DossierRow &row)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, "
              "channel, applicant_name, applicant_cccd, applicant_phone, unit_code, desk_code, "
              "clerk, received_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v :
         {QVariant(row.code), QVariant(row.procedureCode), QVariant(row.procedureName),
          QVariant(row.fieldCode), QVariant(row.fieldName), QVariant(int(row.channel)),
          QVariant(row.applicantName), QVariant(row.applicantCccd), QVariant(row.applicantPhone),
          QVariant(row.desk.unitCode), QVariant(row.desk.deskCode), QVariant(row.desk.clerk),
          QVariant(row.receivedAt.toString(Qt::ISODate)), QVariant(row.status)})
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return q.lastInsertId().toLongLong();
}

Result<int> DossierRepository::count() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT count(*) FROM dossier"_s) || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toInt();
}

} // namespace motcua
