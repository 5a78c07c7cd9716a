// Progress events of dossiers in the simulator store (dossier_events), the feed a desk pulls
// (docs/protocol.md, "Progress of dossiers"). The cursor is the row id: it only grows.
#pragma once

#include <QtCore/QJsonArray>
#include <QtCore/QJsonObject>
#include <QtSql/QSqlDatabase>

#include <expected>

class DossierEvents
{
public:
    explicit DossierEvents(QSqlDatabase db);

    // Appends one event of `kind` with its fields (inside the caller's transaction, if any);
    // returns its cursor.
    [[nodiscard]] std::expected<qint64, QString> append(const QString &maHoSo, const QString &kind,
                                                        const QJsonObject &fields);
    // Events after `cursor` of the dossiers pushed by clerks of `clerk`'s unit, oldest first.
    [[nodiscard]] std::expected<QJsonArray, QString> page(const QString &clerk, qint64 cursor,
                                                          int limit);
    // Whether a dossier is stored under this code.
    [[nodiscard]] std::expected<bool, QString> dossierExists(const QString &maHoSo);

private:
    QSqlDatabase m_db;
};
