#include "DossierBatchWriter.h"

#include "CitizenProofCheck.h"
#include "SqlExec.h"

#include <QtCore/QDateTime>
#include <QtCore/QScopeGuard>
#include <QtSql/QSqlError>

#include <utility>

namespace {

// MaHoSoTinh: "T" followed by the provincial sequence number, zero-padded to six digits.
QString provincialCode(qint64 sequence)
{
    return QStringLiteral("T%1").arg(sequence, 6, 10, QLatin1Char('0'));
}

DossierOutcome conflict(const QString &message)
{
    DossierOutcome outcome;
    outcome.kind = DossierOutcome::Kind::Conflict;
    outcome.message = message;
    return outcome;
}

} // namespace

DossierBatchWriter::DossierBatchWriter(QSqlDatabase db, const DeferredPolicy &deferred)
    : m_db(std::move(db))
    , m_deferred(deferred)
{
}

std::expected<QList<DossierOutcome>, QString>
DossierBatchWriter::write(const QString &clerkUsername, const QList<DossierSubmission> &records,
                          qint64 invalidCount)
{
    // IMMEDIATE takes the write lock now (waiting up to the busy timeout), so the sequence read
    // below cannot go stale and a busy database is not reported half-way through the batch.
    if (auto begin = SqlExec::run(m_db, QStringLiteral("BEGIN IMMEDIATE")); !begin)
        return std::unexpected(begin.error());
    bool committed = false;
    auto rollback = qScopeGuard([this, &committed] {
        if (!committed)
            (void)SqlExec::run(m_db, QStringLiteral("ROLLBACK"));
    });

    auto seq = SqlExec::run(m_db, QStringLiteral("SELECT value FROM counters WHERE name = ?"),
                            {QString(StoreCounter::Sequence)});
    if (!seq)
        return std::unexpected(seq.error());
    if (!seq->next())
        return std::unexpected(QStringLiteral("sequence counter missing"));
    const qint64 firstSequence = seq->value(0).toLongLong();
    seq->finish();
    m_sequence = firstSequence;
    m_clerk = clerkUsername;
    m_now = QDateTime::currentDateTimeUtc();
    m_receivedAt = m_now.toString(Qt::ISODateWithMs);
    if (auto prepared = prepareStatements(); !prepared)
        return std::unexpected(prepared.error());

    QList<DossierOutcome> outcomes;
    outcomes.reserve(records.size());
    qint64 duplicates = 0;
    qint64 conflicts = 0;
    qint64 invalid = invalidCount;
    for (const DossierSubmission &record : records) {
        auto outcome = writeOne(record);
        if (!outcome)
            return std::unexpected(outcome.error());
        duplicates += outcome->kind == DossierOutcome::Kind::Duplicate ? 1 : 0;
        conflicts += outcome->kind == DossierOutcome::Kind::Conflict ? 1 : 0;
        invalid += outcome->kind == DossierOutcome::Kind::Invalid ? 1 : 0;
        outcomes.append(std::move(*outcome));
    }

    const std::pair<QLatin1StringView, qint64> deltas[] = {
        {StoreCounter::Sequence, m_sequence - firstSequence},
        {StoreCounter::PushRequests, 1},
        {StoreCounter::RecordsReceived, records.size() + invalidCount},
        {StoreCounter::Duplicates, duplicates},
        {StoreCounter::Conflicts, conflicts},
        {StoreCounter::Invalid, invalid},
    };
    for (const auto &[name, delta] : deltas) {
        if (auto r = addToCounter(name, delta); !r)
            return std::unexpected(r.error());
    }
    if (auto commit = SqlExec::run(m_db, QStringLiteral("COMMIT")); !commit)
        return std::unexpected(commit.error());
    committed = true;
    return outcomes;
}

std::expected<DossierOutcome, QString>
DossierBatchWriter::writeOne(const DossierSubmission &record)
{
    using Kind = DossierOutcome::Kind;
    if (auto ran = exec(m_byKey, {record.idempotencyKey}); !ran)
        return std::unexpected(ran.error());
    if (m_byKey.next()) {
        // Checked before the proof: a resend is a duplicate even once its proof is used.
        DossierOutcome duplicate{Kind::Duplicate, m_byKey.value(1).toString(), {}, {},
                                 m_byKey.value(2).toString(), std::nullopt};
        const bool same = m_byKey.value(0).toString() == QLatin1StringView(record.contentHash);
        m_byKey.finish();
        if (same)
            return duplicate;
        return conflict(QStringLiteral("IdempotencyKey already stored with different content"));
    }
    m_byKey.finish();

    if (auto ran = exec(m_byCode, {record.maHoSo}); !ran)
        return std::unexpected(ran.error());
    const bool codeTaken = m_byCode.next();
    m_byCode.finish();
    if (codeTaken)
        return conflict(QStringLiteral("MaHoSo already stored under another IdempotencyKey"));

    CitizenProofCheck proof(m_db, m_deferred);
    auto plan = proof.check(record, m_now);
    if (!plan)
        return std::unexpected(plan.error());
    if (plan->problem)
        return DossierOutcome{Kind::Invalid, {}, plan->problem->message, plan->problem->reason,
                              {}, std::nullopt};

    const QString code = provincialCode(m_sequence + 1);
    auto insert = exec(
        m_insert,
        {record.idempotencyKey, QString::fromLatin1(record.contentHash), record.maHoSo, code,
         QString::fromUtf8(record.storedJson), m_clerk, m_receivedAt, record.channel,
         plan->confirmation.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                      : QVariant(plan->confirmation)});
    if (!insert)
        return std::unexpected(insert.error());
    auto sms = proof.apply(*plan, record.maHoSo, m_now);
    if (!sms)
        return std::unexpected(sms.error());
    ++m_sequence;
    return DossierOutcome{Kind::Created, code, {}, {}, plan->confirmation, std::move(*sms)};
}

std::expected<void, QString> DossierBatchWriter::prepareStatements()
{
    const std::pair<QSqlQuery *, QString> statements[] = {
        {&m_byKey, QStringLiteral("SELECT content_hash, provincial_code,"
                                  " IFNULL(citizen_confirmation, '') FROM dossiers"
                                  " WHERE idempotency_key = ?")},
        {&m_byCode, QStringLiteral("SELECT 1 FROM dossiers WHERE ma_ho_so = ?")},
        {&m_insert, QStringLiteral("INSERT INTO dossiers (idempotency_key, content_hash, ma_ho_so,"
                                   " provincial_code, record, pushed_by, received_at, channel,"
                                   " citizen_confirmation) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")},
    };
    for (const auto &[query, sql] : statements) {
        *query = QSqlQuery(m_db);
        if (!query->prepare(sql))
            return std::unexpected(query->lastError().text());
    }
    return {};
}

std::expected<void, QString> DossierBatchWriter::exec(QSqlQuery &query, const QVariantList &binds)
{
    for (qsizetype i = 0; i < binds.size(); ++i)
        query.bindValue(int(i), binds.at(i));
    if (!query.exec())
        return std::unexpected(query.lastError().text());
    return {};
}

std::expected<void, QString> DossierBatchWriter::addToCounter(QLatin1StringView name,
                                                              qint64 delta)
{
    auto q = SqlExec::run(m_db,
                          QStringLiteral("UPDATE counters SET value = value + ? WHERE name = ?"),
                          {delta, QString(name)});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return std::unexpected(QStringLiteral("counter missing: ") + name);
    return {};
}
