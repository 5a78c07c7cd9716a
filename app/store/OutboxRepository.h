#pragma once

#include "core/Dossier.h"
#include "core/Error.h"

#include <QJsonObject>

namespace motcua {

class Database;

struct OutboxEntry
{
    qint64 id = 0;
    qint64 dossierId = 0;
    QString idempotencyKey;
    // The national record as stored (compact JSON), sent as it is: parsing and re-serialising
    // every record cost more per record than the whole simulator's check of it.
    QByteArray payloadJson;
    int attempts = 0; // including the one this claim starts
    // The stored text is a JSON object (checked by SQLite's json_valid at the claim, far cheaper
    // than parsing it here): a damaged record is held back rather than spoiling its batch.
    bool payloadIntact = true;

    QJsonObject payload() const;
};

// What one push did to one entry: Sent (with the provincial code) or a failure with its reason and,
// for RetryLater, when to try again.
struct OutboxOutcome
{
    qint64 id = 0;
    OutboxState state = OutboxState::Sent;
    QString provincialCode;
    QString reason;
    QDateTime nextAttempt;
};

// The transactional outbox: what must reach the provincial system, and how far each entry got.
class OutboxRepository
{
public:
    explicit OutboxRepository(Database &db) : m_db(db) {}

    Result<void> enqueue(qint64 dossierId, const QString &idempotencyKey,
                         const QJsonObject &payload, const QDateTime &now);
    // Entries a crash or kill left in "sending" go back to the queue; the idempotency key makes
    // resending them safe.
    Result<int> recoverInterrupted();
    // Takes up to limit due entries with an id above afterId and marks them "sending".
    Result<QList<OutboxEntry>> claimBatch(int limit, const QDateTime &now, qint64 afterId = 0);
    // Everything not yet sent waits for a later attempt, with the reason shown to the clerk.
    Result<void> deferPending(const QString &reason);
    // Records a whole batch's outcomes in one transaction with one prepared statement per kind.
    Result<void> settle(const QList<OutboxOutcome> &outcomes, const QDateTime &now);
    // No wait ends later than latest: a desk clock set backwards cannot freeze the queue for longer
    // than the backoff cap. Returns how many waits were shortened.
    Result<int> clampWaits(const QDateTime &latest);
    Result<void> markSent(qint64 id, const QString &provincialCode, const QDateTime &now);
    Result<void> markFailed(qint64 id, OutboxState state, const QString &reason,
                            const QDateTime &nextAttempt = {});
    Result<QList<QueuedDossier>> list() const;
    Result<int> countPending() const;
    // Entries a run claiming with this due time would take (queued or retry, due by then).
    Result<int> countDue(const QDateTime &due) const;

private:
    Database &m_db;
};

} // namespace motcua
