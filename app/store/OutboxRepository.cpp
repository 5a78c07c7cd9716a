#include "OutboxRepository.h"

#include "Database.h"
#include "Sealing.h"
#include "SqlError.h"
#include "security/Audit.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace motcua {

Result<void> OutboxRepository::enqueue(qint64 dossierId, const QString &idempotencyKey,
                                       const QJsonObject &payload, const QDateTime &now)
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO outbox(dossier_id, idempotency_key, payload, created_at) "
              "VALUES (?, ?, ?, ?)"_s);
    q.addBindValue(dossierId);
    q.addBindValue(idempotencyKey);
    // The national record names the applicant: sealed like the dossier's personal data.
    q.addBindValue((*vault)->seal(QJsonDocument(payload).toJson(QJsonDocument::Compact),
                                  sealed::payload));
    q.addBindValue(now.toString(Qt::ISODate));
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

QJsonObject OutboxEntry::payload() const
{
    return QJsonDocument::fromJson(payloadJson).object();
}

namespace {

// The ids as a JSON array, for one statement over json_each() instead of one per entry.
QString idArray(const QList<qint64> &ids)
{
    QJsonArray a;
    for (qint64 id : ids)
        a.append(id);
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}

} // namespace

Result<int> OutboxRepository::recoverInterrupted()
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"UPDATE outbox SET state = 'queued' WHERE state = 'sending'"_s))
        return std::unexpected(queryError(q));
    return q.numRowsAffected();
}

Result<QList<OutboxEntry>> OutboxRepository::claimBatch(int limit, const QDateTime &now,
                                                        qint64 afterId)
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QList<OutboxEntry> batch;
    auto claimed = m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(u"SELECT id, dossier_id, idempotency_key, payload, attempts FROM outbox "
                  "WHERE state IN ('queued', 'retry') "
                  "AND (next_attempt_at IS NULL OR next_attempt_at <= ?) AND id > ? "
                  "ORDER BY id LIMIT ?"_s);
        q.addBindValue(now.toUTC().toString(Qt::ISODate));
        q.addBindValue(afterId);
        q.addBindValue(limit);
        if (!q.exec())
            return std::unexpected(queryError(q));
        while (q.next()) {
            // The payload was sealed at queue time from a compact JSON object: one that does not
            // open (changed or damaged on disk) is set aside by the engine, not sent.
            auto plain = (*vault)->open(q.value(3).toString(), sealed::payload);
            const bool intact = plain && plain->startsWith('{');
            batch.append({q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
                          intact ? *plain : QByteArray(), q.value(4).toInt() + 1, intact});
        }
        q.finish();
        if (batch.isEmpty())
            return {};
        QList<qint64> ids;
        ids.reserve(batch.size());
        for (const OutboxEntry &e : std::as_const(batch))
            ids.append(e.id);
        QSqlQuery mark(m_db.sql());
        mark.prepare(u"UPDATE outbox SET state = 'sending', attempts = attempts + 1 "
                     "WHERE id IN (SELECT value FROM json_each(?))"_s);
        mark.addBindValue(idArray(ids));
        if (!mark.exec())
            return std::unexpected(queryError(mark));
        if (mark.numRowsAffected() != batch.size())
            return std::unexpected(Error{u"store.outbox"_s, QString(), u"claim marked %1 of %2"_s
                                             .arg(mark.numRowsAffected()).arg(batch.size())});
        return {};
    });
    if (!claimed)
        return std::unexpected(claimed.error());
    return batch;
}

Result<void> OutboxRepository::settle(const QList<OutboxOutcome> &outcomes, const QDateTime &now)
{
    return m_db.transaction([&]() -> Result<void> {
        // The sent ones (nearly all, usually) in two statements whatever their number: pairs of
        // outbox id and provincial code, read with json_each().
        QJsonArray sentPairs;
        for (const OutboxOutcome &o : outcomes) {
            if (o.state == OutboxState::Sent)
                sentPairs.append(QJsonArray{o.id, o.provincialCode});
        }
        const QString at = now.toUTC().toString(Qt::ISODate);
        if (!sentPairs.isEmpty()) {
            const QString pairs =
                QString::fromUtf8(QJsonDocument(sentPairs).toJson(QJsonDocument::Compact));
            QSqlQuery sent(m_db.sql());
            sent.prepare(u"UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '', "
                         "next_attempt_at = NULL "
                         "WHERE id IN (SELECT json_extract(value, '$[0]') FROM json_each(?))"_s);
            sent.addBindValue(at);
            sent.addBindValue(pairs);
            if (!sent.exec())
                return std::unexpected(queryError(sent));
            QSqlQuery code(m_db.sql());
            code.prepare(u"UPDATE dossier SET provincial_code = j.code "
                         "FROM (SELECT json_extract(value, '$[0]') AS outbox_id, "
                         "json_extract(value, '$[1]') AS code FROM json_each(?)) AS j "
                         "JOIN outbox o ON o.id = j.outbox_id WHERE dossier.id = o.dossier_id"_s);
            code.addBindValue(pairs);
            if (!code.exec())
                return std::unexpected(queryError(code));
        }
        QSqlQuery failed(m_db.sql());
        failed.prepare(
            u"UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"_s);
        for (const OutboxOutcome &o : outcomes) {
            if (o.state == OutboxState::Sent)
                continue;
            failed.addBindValue(outboxStateKey(o.state));
            failed.addBindValue(o.reason);
            failed.addBindValue(o.nextAttempt.isValid()
                                    ? QVariant(o.nextAttempt.toUTC().toString(Qt::ISODate))
                                    : QVariant());
            failed.addBindValue(o.id);
            if (!failed.exec())
                return std::unexpected(queryError(failed));
        }
        // One entry per pushed batch (a push of 10,000 dossiers adds about 100), with what came
        // of it; the dossiers are named by their outbox ids, which the dossier rows map to codes.
        if (outcomes.isEmpty())
            return {};
        QJsonObject detail{{u"sent"_s, sentPairs.size()},
                           {u"entries"_s, outcomes.size()},
                           {u"first_id"_s, outcomes.constFirst().id},
                           {u"last_id"_s, outcomes.constLast().id}};
        return recordAudit(m_db, AuditKind::SyncPush, u"sync"_s, u"outbox"_s, detail);
    });
}

Result<int> OutboxRepository::clampWaits(const QDateTime &latest)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE outbox SET next_attempt_at = ? "
              "WHERE state IN ('queued', 'retry') AND next_attempt_at > ?"_s);
    const QString at = latest.toUTC().toString(Qt::ISODate);
    q.addBindValue(at);
    q.addBindValue(at);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return q.numRowsAffected();
}

Result<void> OutboxRepository::markSent(qint64 id, const QString &provincialCode,
                                        const QDateTime &now)
{
    return m_db.transaction([&]() -> Result<void> {
        QSqlQuery q(m_db.sql());
        q.prepare(u"UPDATE outbox SET state = 'sent', sent_at = ?, last_error = '', "
                  "next_attempt_at = NULL WHERE id = ?"_s);
        q.addBindValue(now.toString(Qt::ISODate));
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(queryError(q));
        q.prepare(u"UPDATE dossier SET provincial_code = ? "
                  "WHERE id = (SELECT dossier_id FROM outbox WHERE id = ?)"_s);
        q.addBindValue(provincialCode);
        q.addBindValue(id);
        if (!q.exec())
            return std::unexpected(queryError(q));
        return {};
    });
}

Result<void> OutboxRepository::markFailed(qint64 id, OutboxState state, const QString &reason,
                                          const QDateTime &nextAttempt)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE outbox SET state = ?, last_error = ?, next_attempt_at = ? WHERE id = ?"_s);
    q.addBindValue(outboxStateKey(state));
    q.addBindValue(reason);
    q.addBindValue(nextAttempt.isValid() ? QVariant(nextAttempt.toUTC().toString(Qt::ISODate))
                                         : QVariant());
    q.addBindValue(id);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

Result<void> OutboxRepository::deferPending(const QString &reason)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE outbox SET state = 'retry', last_error = ? "
              "WHERE state IN ('queued', 'retry')"_s);
    q.addBindValue(reason);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

Result<QList<QueuedDossier>> OutboxRepository::list() const
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT d.id, d.code, d.procedure_code, d.procedure_name, coalesce(d.personal, ''), "
                "d.received_at, o.state, o.last_error, coalesce(d.provincial_code, ''), o.attempts, "
                "d.channel, d.confirmation, coalesce(d.due_at, ''), "
                "coalesce(o.next_attempt_at, ''), d.status, coalesce(d.supplement, '') "
                "FROM dossier d JOIN outbox o ON o.dossier_id = d.id ORDER BY d.id"_s))
        return std::unexpected(queryError(q));
    QList<QueuedDossier> rows;
    while (q.next()) {
        QueuedDossier d;
        d.id = q.value(0).toLongLong();
        d.code = q.value(1).toString();
        d.procedureCode = q.value(2).toString();
        d.procedureName = q.value(3).toString();
        if (const QString personal = q.value(4).toString(); !personal.isEmpty()) {
            // A damaged row shows without a name rather than hiding the whole queue.
            if (auto plain = (*vault)->open(personal, sealed::personal))
                d.applicantName =
                    QJsonDocument::fromJson(*plain).object().value(u"name"_s).toString();
        }
        d.receivedAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODate);
        d.state = outboxStateFromKey(q.value(6).toString());
        d.reason = q.value(7).toString();
        d.provincialCode = q.value(8).toString();
        d.attempts = q.value(9).toInt();
        d.channel = Channel(q.value(10).toInt());
        d.confirmation = confirmationFromKey(q.value(11).toString());
        d.dueAt = QDateTime::fromString(q.value(12).toString(), Qt::ISODate);
        d.nextAttemptAt = QDateTime::fromString(q.value(13).toString(), Qt::ISODate);
        d.provincialStatus = q.value(14).toInt();
        d.supplement = QJsonDocument::fromJson(q.value(15).toString().toUtf8()).object();
        rows.append(d);
    }
    return rows;
}

Result<int> OutboxRepository::countPending() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT count(*) FROM outbox WHERE state <> 'sent'"_s) || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toInt();
}

Result<int> OutboxRepository::countDue(const QDateTime &due) const
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT count(*) FROM outbox WHERE state IN ('queued', 'retry') "
              "AND (next_attempt_at IS NULL OR next_attempt_at <= ?)"_s);
    q.addBindValue(due.toUTC().toString(Qt::ISODate));
    if (!q.exec() || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toInt();
}

} // namespace motcua
