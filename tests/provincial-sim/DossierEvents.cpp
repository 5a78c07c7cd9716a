#include "DossierEvents.h"

#include "SqlExec.h"

#include <QtCore/QJsonDocument>

using namespace Qt::StringLiterals;

DossierEvents::DossierEvents(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::expected<qint64, QString> DossierEvents::append(const QString &maHoSo, const QString &kind,
                                                     const QJsonObject &fields)
{
    auto q = SqlExec::run(m_db,
                          u"INSERT INTO dossier_events (ma_ho_so, kind, body) VALUES (?, ?, ?)"_s,
                          {maHoSo, kind,
                           QString::fromUtf8(QJsonDocument(fields).toJson(QJsonDocument::Compact))});
    if (!q)
        return std::unexpected(q.error());
    return q->lastInsertId().toLongLong();
}

std::expected<QJsonArray, QString> DossierEvents::page(const QString &clerk, qint64 cursor,
                                                       int limit)
{
    auto q = SqlExec::run(m_db,
                          u"SELECT e.cursor, e.ma_ho_so, e.kind, e.body FROM dossier_events e"
                          " JOIN dossiers d ON d.ma_ho_so = e.ma_ho_so"
                          " JOIN clerks c ON c.username = d.pushed_by"
                          " WHERE e.cursor > ? AND c.unit_code ="
                          "  (SELECT unit_code FROM clerks WHERE username = ?)"
                          " ORDER BY e.cursor LIMIT ?"_s,
                          {cursor, clerk, limit});
    if (!q)
        return std::unexpected(q.error());
    QJsonArray events;
    while (q->next()) {
        QJsonObject e = QJsonDocument::fromJson(q->value(3).toString().toUtf8()).object();
        e.insert(u"cursor"_s, q->value(0).toLongLong());
        e.insert(u"MaHoSo"_s, q->value(1).toString());
        e.insert(u"kind"_s, q->value(2).toString());
        events.append(e);
    }
    return events;
}

std::expected<bool, QString> DossierEvents::dossierExists(const QString &maHoSo)
{
    auto q = SqlExec::run(m_db, u"SELECT 1 FROM dossiers WHERE ma_ho_so = ?"_s, {maHoSo});
    if (!q)
        return std::unexpected(q.error());
    return q->next();
}
