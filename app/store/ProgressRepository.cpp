#include "ProgressRepository.h"

#include "Database.h"
#include "SqlError.h"
#include "security/Audit.h"

#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

QVariant isoOrNull(const QDateTime &t)
{
    return t.isValid() ? QVariant(t.toString(Qt::ISODate)) : QVariant();
}

} // namespace

Result<qint64> ProgressRepository::cursor() const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT cursor FROM sync_cursor WHERE feed = ?"_s);
    q.addBindValue(QString::fromLatin1(kFeed));
    if (!q.exec())
        return std::unexpected(queryError(q));
    return q.next() ? q.value(0).toLongLong() : 0;
}

Result<int> ProgressRepository::applyPage(const QList<ProgressEvent> &events, qint64 nextCursor)
{
    int applied = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto from = cursor();
        if (!from)
            return std::unexpected(from.error());
        for (const ProgressEvent &e : events) {
            if (e.cursor <= *from)
                continue;
            auto one = applyOne(e);
            if (!one)
                return std::unexpected(one.error());
            applied += *one ? 1 : 0;
        }
        if (nextCursor <= *from)
            return {};
        QSqlQuery q(m_db.sql());
        q.prepare(u"INSERT INTO sync_cursor (feed, cursor) VALUES (?, ?) "
                  "ON CONFLICT (feed) DO UPDATE SET cursor = excluded.cursor"_s);
        q.addBindValue(QString::fromLatin1(kFeed));
        q.addBindValue(nextCursor);
        if (!q.exec())
            return std::unexpected(queryError(q));
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return applied;
}

Result<bool> ProgressRepository::applyOne(const ProgressEvent &e)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT id FROM dossier WHERE code = ?"_s);
    q.addBindValue(e.dossierCode);
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (!q.next())
        return false; // another desk's dossier
    const qint64 id = q.value(0).toLongLong();

    q.prepare(u"INSERT OR IGNORE INTO dossier_event (dossier_id, cursor, kind, status, due_at, "
              "payload, at) VALUES (?, ?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(id);
    q.addBindValue(e.cursor);
    q.addBindValue(e.kind);
    q.addBindValue(e.status > 0 ? QVariant(e.status) : QVariant());
    q.addBindValue(isoOrNull(e.dueAt));
    q.addBindValue(QString::fromUtf8(QJsonDocument(e.payload).toJson(QJsonDocument::Compact)));
    q.addBindValue(e.at.isValid() ? e.at.toString(Qt::ISODate)
                                  : QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (q.numRowsAffected() == 0)
        return false; // already recorded

    if (e.status > 0) {
        // A supplement request stays open while the dossier waits for it (status 5).
        const QJsonValue supplement = e.payload.value(u"supplement"_s);
        q.prepare(u"UPDATE dossier SET status = ?, supplement = ? WHERE id = ?"_s);
        q.addBindValue(e.status);
        q.addBindValue(e.status == 5 && supplement.isObject()
                           ? QVariant(QString::fromUtf8(QJsonDocument(supplement.toObject())
                                                            .toJson(QJsonDocument::Compact)))
                           : QVariant());
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(queryError(q));
    }
    if (e.dueAt.isValid()) {
        q.prepare(u"UPDATE dossier SET due_at = ? WHERE id = ?"_s);
        q.addBindValue(e.dueAt.toString(Qt::ISODate));
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(queryError(q));
    }
    if (e.kind == u"citizen_confirmation") {
        q.prepare(u"UPDATE dossier SET confirmation = 'confirmed', confirmed_at = ?, "
                  "citizen_account = ? WHERE id = ? AND confirmation = 'awaiting'"_s);
        q.addBindValue(e.at.toString(Qt::ISODate));
        q.addBindValue(e.payload.value(u"MaDoiTuong"_s).toString());
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(queryError(q));
        // Given from the citizen's own phone, reported by the provincial system.
        if (q.numRowsAffected() > 0) {
            if (auto audited = recordAudit(m_db, AuditKind::CitizenConfirmation,
                                           u"provincial-system"_s, e.dossierCode,
                                           {{u"at"_s, u"citizen-phone"_s}, {u"cursor"_s, e.cursor}});
                !audited)
                return std::unexpected(audited.error());
        }
    }
    return true;
}

Result<QList<ProgressEvent>> ProgressRepository::events(qint64 dossierId) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT e.cursor, d.code, e.kind, coalesce(e.status, 0), coalesce(e.due_at, ''), "
              "e.at, e.payload FROM dossier_event e JOIN dossier d ON d.id = e.dossier_id "
              "WHERE e.dossier_id = ? ORDER BY e.cursor"_s);
    q.addBindValue(dossierId);
    if (!q.exec())
        return std::unexpected(queryError(q));
    QList<ProgressEvent> list;
    while (q.next()) {
        list.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                     q.value(3).toInt(),
                     QDateTime::fromString(q.value(4).toString(), Qt::ISODate),
                     QDateTime::fromString(q.value(5).toString(), Qt::ISODate),
                     QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object()});
    }
    return list;
}

} // namespace motcua
