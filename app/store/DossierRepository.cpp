#include "DossierRepository.h"

#include "Database.h"
#include "Sealing.h"
#include "SqlError.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

QVariant nullable(const QString &text)
{
    return text.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(text);
}

QVariant isoOrNull(const QDateTime &when)
{
    return when.isValid() ? QVariant(when.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QString feesToJson(const QList<FeeLine> &fees)
{
    QJsonArray a;
    for (const FeeLine &f : fees)
        a.append(QJsonObject{{u"name"_s, f.name}, {u"listed"_s, double(f.listed)},
                             {u"amount"_s, double(f.amount)}, {u"applied"_s, f.applied},
                             {u"exempt"_s, f.exempt}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

QList<FeeLine> feesFromJson(const QString &json)
{
    QList<FeeLine> fees;
    const QJsonArray a = QJsonDocument::fromJson(json.toUtf8()).array();
    for (const QJsonValue &v : a) {
        const QJsonObject o = v.toObject();
        fees.append({o.value(u"name"_s).toString(), qint64(o.value(u"listed"_s).toDouble()),
                     qint64(o.value(u"amount"_s).toDouble()), o.value(u"applied"_s).toString(),
                     o.value(u"exempt"_s).toBool()});
    }
    return fees;
}

} // namespace

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

namespace {

QString sealPersonal(const Vault &vault, const DossierRow &row)
{
    const QJsonObject personal{{u"name"_s, row.applicantName},
                               {u"cccd"_s, row.applicantCccd},
                               {u"phone"_s, row.applicantPhone}};
    return vault.seal(QJsonDocument(personal).toJson(QJsonDocument::Compact), sealed::personal);
}

Result<void> openPersonal(const Vault &vault, const QString &text, DossierRow &row)
{
    auto plain = vault.open(text, sealed::personal);
    if (!plain)
        return std::unexpected(plain.error());
    const QJsonObject o = QJsonDocument::fromJson(*plain).object();
    row.applicantName = o.value(u"name"_s).toString();
    row.applicantCccd = o.value(u"cccd"_s).toString();
    row.applicantPhone = o.value(u"phone"_s).toString();
    return {};
}

} // namespace

Result<qint64> DossierRepository::insert(const DossierRow &row)
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, "
              "channel, applicant_name, applicant_cccd, applicant_phone, unit_code, desk_code, "
              "clerk, received_at, status, due_at, fee_total, fee_lines, confirmation, "
              "citizen_account, citizen_level, confirmed_at, unit_name, unit_address, "
              "result_place, personal) "
              "VALUES (?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, coalesce(?, ''), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), "
              "coalesce(?, ''), coalesce(?, ''), ?)"_s);
    const bool confirmed = row.confirmation == Confirmation::Confirmed;
    for (const QVariant &v :
         {QVariant(row.code), QVariant(row.procedureCode), QVariant(row.procedureName),
          QVariant(row.fieldCode), QVariant(row.fieldName), QVariant(int(row.channel)),
          // In clear only the ID number's look-up key; the rest is sealed in `personal`.
          QVariant(u""_s), QVariant((*vault)->lookupKey(row.applicantCccd)), QVariant(u""_s),
          QVariant(row.desk.unitCode), QVariant(row.desk.deskCode), QVariant(row.desk.clerk),
          QVariant(row.receivedAt.toString(Qt::ISODate)), QVariant(row.status),
          isoOrNull(row.dueAt), QVariant(row.feeTotal), QVariant(feesToJson(row.fees)),
          QVariant(confirmationKey(row.confirmation)),
          confirmed ? nullable(row.proof.accountId) : QVariant(QMetaType(QMetaType::QString)),
          confirmed ? QVariant(row.proof.level) : QVariant(QMetaType(QMetaType::Int)),
          confirmed ? isoOrNull(row.proof.confirmedAt) : QVariant(QMetaType(QMetaType::QString)),
          QVariant(row.desk.unitName), QVariant(row.desk.unitAddress),
          QVariant(row.desk.resultPlace), QVariant(sealPersonal(**vault, row))})
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(queryError(q));
    const qint64 id = q.lastInsertId().toLongLong();
    if (auto ok = insertPapers(**vault, id, row); !ok)
        return std::unexpected(ok.error());
    return id;
}

Result<void> DossierRepository::insertPapers(const Vault &vault, qint64 dossierId,
                                             const DossierRow &row)
{
    QSqlQuery scan(m_db.sql()), paper(m_db.sql());
    scan.prepare(u"INSERT OR IGNORE INTO attachment(sha256, mime, size, original_name, stored_at) "
                 "VALUES (?, ?, ?, coalesce(?, ''), ?)"_s);
    paper.prepare(u"INSERT INTO dossier_paper(dossier_id, position, paper_code, name, required, "
                  "copies, form, sha256) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (qsizetype i = 0; i < row.papers.size(); ++i) {
        const PaperDraft &p = row.papers.at(i);
        if (!p.form)
            continue;
        if (*p.form == PaperForm::ScanAttached) {
            for (const QVariant &v : {QVariant(p.sha256), QVariant(p.mime), QVariant(p.size),
                                      QVariant(p.originalName.isEmpty()
                                                   ? QString()
                                                   : vault.seal(p.originalName.toUtf8(),
                                                                sealed::fileName)),
                                      QVariant(row.receivedAt.toUTC().toString(Qt::ISODate))})
                scan.addBindValue(v);
            if (!scan.exec())
                return std::unexpected(queryError(scan));
        }
        const bool hasScan = *p.form == PaperForm::ScanAttached
                             || *p.form == PaperForm::ReusedDigitised;
        for (const QVariant &v : {QVariant(dossierId), QVariant(qint64(i + 1)), QVariant(p.code),
                                  QVariant(p.name), QVariant(p.required ? 1 : 0),
                                  QVariant(p.copies), QVariant(paperFormKey(*p.form)),
                                  hasScan ? QVariant(p.sha256)
                                          : QVariant(QMetaType(QMetaType::QString))})
            paper.addBindValue(v);
        if (!paper.exec())
            return std::unexpected(queryError(paper));
    }
    return {};
}

Result<std::optional<DossierRow>> DossierRepository::find(qint64 id) const
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT code, procedure_code, procedure_name, field_code, field_name, channel, "
              "applicant_name, applicant_cccd, applicant_phone, unit_code, desk_code, clerk, "
              "received_at, status, coalesce(due_at, ''), fee_total, fee_lines, confirmation, "
              "coalesce(citizen_account, ''), coalesce(citizen_level, 0), "
              "coalesce(confirmed_at, ''), unit_name, unit_address, result_place, "
              "coalesce(provincial_code, ''), coalesce(personal, ''), purged_at IS NOT NULL "
              "FROM dossier WHERE id = ?"_s);
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (!q.next())
        return std::optional<DossierRow>();
    DossierRow r;
    r.id = id;
    int c = 0;
    auto text = [&] { return q.value(c++).toString(); };
    r.code = text();
    r.procedureCode = text();
    r.procedureName = text();
    r.fieldCode = text();
    r.fieldName = text();
    r.channel = Channel(q.value(c++).toInt());
    r.applicantName = text();
    r.applicantCccd = text();
    r.applicantPhone = text();
    r.desk.unitCode = text();
    r.desk.deskCode = text();
    r.desk.clerk = text();
    r.receivedAt = QDateTime::fromString(text(), Qt::ISODate);
    r.status = q.value(c++).toInt();
    r.dueAt = QDateTime::fromString(text(), Qt::ISODate);
    r.feeTotal = q.value(c++).toLongLong();
    r.fees = feesFromJson(text());
    r.confirmation = confirmationFromKey(text());
    r.proof.accountId = text();
    r.proof.level = q.value(c++).toInt();
    r.proof.confirmedAt = QDateTime::fromString(text(), Qt::ISODate);
    r.desk.unitName = text();
    r.desk.unitAddress = text();
    r.desk.resultPlace = text();
    r.provincialCode = text();
    const QString personal = text();
    r.purged = q.value(c++).toBool();
    if (!r.purged) {
        if (auto opened = openPersonal(**vault, personal, r); !opened)
            return std::unexpected(opened.error());
    }

    QSqlQuery p(m_db.sql());
    p.prepare(u"SELECT p.paper_code, p.name, p.required, p.copies, p.form, "
              "coalesce(p.sha256, ''), coalesce(a.mime, ''), coalesce(a.size, 0), "
              "coalesce(a.original_name, '') FROM dossier_paper p "
              "LEFT JOIN attachment a ON a.sha256 = p.sha256 "
              "WHERE p.dossier_id = ? ORDER BY p.position"_s);
    p.addBindValue(id);
    if (!p.exec())
        return std::unexpected(queryError(p));
    while (p.next()) {
        PaperDraft d;
        d.code = p.value(0).toString();
        d.name = p.value(1).toString();
        d.required = p.value(2).toBool();
        d.copies = p.value(3).toInt();
        d.form = paperFormFromKey(p.value(4).toString());
        d.sha256 = p.value(5).toString();
        d.mime = p.value(6).toString();
        d.size = p.value(7).toLongLong();
        if (const QString name = p.value(8).toString(); Vault::isSealed(name)) {
            auto plain = (*vault)->open(name, sealed::fileName);
            if (!plain)
                return std::unexpected(plain.error());
            d.originalName = QString::fromUtf8(*plain);
        }
        r.papers.append(d);
    }
    return std::optional<DossierRow>(r);
}

Result<int> DossierRepository::count() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT count(*) FROM dossier"_s) || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toInt();
}

Result<QList<DigitisedPaper>> DossierRepository::digitisedPapers(const QString &cccd) const
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT p.paper_code, p.name, p.sha256, a.mime, a.size, d.code, d.received_at "
              "FROM dossier d JOIN dossier_paper p ON p.dossier_id = d.id "
              "JOIN attachment a ON a.sha256 = p.sha256 "
              "WHERE d.applicant_cccd = ? AND d.purged_at IS NULL ORDER BY d.id DESC, p.position"_s);
    q.addBindValue((*vault)->lookupKey(cccd));
    if (!q.exec())
        return std::unexpected(queryError(q));
    QList<DigitisedPaper> papers;
    QSet<QString> seen;
    while (q.next()) {
        DigitisedPaper d{q.value(0).toString(),
                         q.value(1).toString(),
                         q.value(2).toString(),
                         q.value(3).toString(),
                         q.value(4).toLongLong(),
                         q.value(5).toString(),
                         QDateTime::fromString(q.value(6).toString(), Qt::ISODate)};
        if (seen.contains(d.sha256))
            continue;
        seen.insert(d.sha256);
        papers.append(d);
    }
    return papers;
}

Result<bool> DossierRepository::hasAttachment(const QString &sha256) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT 1 FROM attachment WHERE sha256 = ?"_s);
    q.addBindValue(sha256);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return q.next();
}

} // namespace motcua
