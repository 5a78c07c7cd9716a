#include "ConfirmationStore.h"

#include "ProofTokens.h"
#include "SqlExec.h"
#include "SqlTransaction.h"

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QString stateName(ConfirmationRecord::State state)
{
    switch (state) {
    case ConfirmationRecord::State::Pending: return u"pending"_s;
    case ConfirmationRecord::State::Confirmed: return u"confirmed"_s;
    case ConfirmationRecord::State::Locked: return u"locked"_s;
    }
    return u"pending"_s;
}

ConfirmationRecord::State stateFromName(const QString &name)
{
    if (name == u"confirmed")
        return ConfirmationRecord::State::Confirmed;
    if (name == u"locked")
        return ConfirmationRecord::State::Locked;
    return ConfirmationRecord::State::Pending;
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ConfirmationStore::ConfirmationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::expected<void, QString> ConfirmationStore::create(const ConfirmationRecord &c,
                                                       const QString &clerk,
                                                       const QDateTime &startedAt)
{
    auto q = SqlExec::run(
        m_db,
        u"INSERT INTO confirmations (id, citizen_id, phone, started_by, started_at,"
        " summary_hash, summary_text, code_hash, sent_at_ms, expires_at_ms, wrong_attempts,"
        " max_attempts, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {c.id, c.citizenId, c.phone, clerk, isoUtc(startedAt), c.summaryHash, c.summaryText,
         QString::fromLatin1(c.codeHash), c.sentAtMs, c.expiresAtMs, c.wrongAttempts,
         c.maxAttempts, stateName(c.state)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<std::optional<ConfirmationRecord>, QString>
ConfirmationStore::find(const QString &id)
{
    auto q = SqlExec::run(m_db,
                          u"SELECT id, citizen_id, phone, summary_hash, summary_text, code_hash,"
                          " sent_at_ms, expires_at_ms, wrong_attempts, max_attempts, state"
                          " FROM confirmations WHERE id = ?"_s,
                          {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ConfirmationRecord>{};
    return ConfirmationRecord{q->value(0).toString(),    q->value(1).toLongLong(),
                              q->value(2).toString(),    q->value(3).toString(),
                              q->value(4).toString(),    q->value(5).toByteArray(),
                              q->value(6).toLongLong(),  q->value(7).toLongLong(),
                              q->value(8).toInt(),       q->value(9).toInt(),
                              stateFromName(q->value(10).toString())};
}

std::expected<void, QString> ConfirmationStore::recordWrongCode(const QString &id, bool lock,
                                                                const QDateTime &at)
{
    auto q = SqlExec::run(m_db,
                          u"UPDATE confirmations SET wrong_attempts = wrong_attempts + 1,"
                          " state = ?, finished_at = ? WHERE id = ?"_s,
                          {stateName(lock ? ConfirmationRecord::State::Locked
                                          : ConfirmationRecord::State::Pending),
                           lock ? QVariant(isoUtc(at)) : QVariant(QMetaType(QMetaType::QString)),
                           id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<void, QString> ConfirmationStore::replaceCode(const ConfirmationRecord &c)
{
    auto q = SqlExec::run(m_db,
                          u"UPDATE confirmations SET code_hash = ?, sent_at_ms = ?,"
                          " expires_at_ms = ? WHERE id = ?"_s,
                          {QString::fromLatin1(c.codeHash), c.sentAtMs, c.expiresAtMs, c.id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<void, QString> ConfirmationStore::complete(const ConfirmationRecord &c,
                                                         const ProofToken &token,
                                                         const QDateTime &at)
{
    SqlTransaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return r;
    if (auto r = SqlExec::run(m_db,
                              u"UPDATE confirmations SET state = 'confirmed', finished_at = ?"
                              " WHERE id = ?"_s,
                              {isoUtc(at), c.id});
        !r) {
        return std::unexpected(r.error());
    }
    if (auto r = ProofTokens(m_db).insert(token, c.id, {}); !r)
        return r;
    return transaction.commit();
}
