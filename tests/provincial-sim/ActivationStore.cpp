#include "ActivationStore.h"

#include "SqlExec.h"
#include "SqlTransaction.h"
#include "StoreTypes.h"

#include <utility>

namespace {

QString stateName(ActivationRecord::State state)
{
    switch (state) {
    case ActivationRecord::State::Pending: return QStringLiteral("pending");
    case ActivationRecord::State::Activated: return QStringLiteral("activated");
    case ActivationRecord::State::Locked: return QStringLiteral("locked");
    }
    return QStringLiteral("pending");
}

ActivationRecord::State stateFromName(const QString &name)
{
    if (name == u"activated")
        return ActivationRecord::State::Activated;
    if (name == u"locked")
        return ActivationRecord::State::Locked;
    return ActivationRecord::State::Pending;
}

QString isoUtc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace

ActivationStore::ActivationStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

std::expected<void, QString> ActivationStore::create(const ActivationRecord &a,
                                                     const QString &clerk,
                                                     const QDateTime &startedAt)
{
    auto q = SqlExec::run(
        m_db,
        QStringLiteral("INSERT INTO activations (id, citizen_id, method, phone, started_by,"
                       " started_at, code_hash, sent_at_ms, expires_at_ms, wrong_attempts,"
                       " max_attempts, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {a.id, a.citizenId, a.method, a.phone, clerk, isoUtc(startedAt),
         QString::fromLatin1(a.codeHash), a.sentAtMs, a.expiresAtMs, a.wrongAttempts,
         a.maxAttempts, stateName(a.state)});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<std::optional<ActivationRecord>, QString> ActivationStore::find(const QString &id)
{
    auto q = SqlExec::run(m_db,
                          QStringLiteral("SELECT id, citizen_id, method, phone, code_hash,"
                                         " sent_at_ms, expires_at_ms, wrong_attempts,"
                                         " max_attempts, state FROM activations WHERE id = ?"),
                          {id});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ActivationRecord>{};
    return ActivationRecord{q->value(0).toString(),    q->value(1).toLongLong(),
                            q->value(2).toString(),    q->value(3).toString(),
                            q->value(4).toByteArray(), q->value(5).toLongLong(),
                            q->value(6).toLongLong(),  q->value(7).toInt(),
                            q->value(8).toInt(),       stateFromName(q->value(9).toString())};
}

std::expected<void, QString> ActivationStore::recordWrongCode(const QString &id, bool lock,
                                                              const QDateTime &at)
{
    auto q = SqlExec::run(m_db,
                          QStringLiteral("UPDATE activations SET wrong_attempts ="
                                         " wrong_attempts + 1, state = ?, finished_at = ?"
                                         " WHERE id = ?"),
                          {stateName(lock ? ActivationRecord::State::Locked
                                          : ActivationRecord::State::Pending),
                           lock ? QVariant(isoUtc(at)) : QVariant(QMetaType(QMetaType::QString)),
                           id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<void, QString> ActivationStore::replaceCode(const ActivationRecord &a)
{
    auto q = SqlExec::run(m_db,
                          QStringLiteral("UPDATE activations SET code_hash = ?, sent_at_ms = ?,"
                                         " expires_at_ms = ? WHERE id = ?"),
                          {QString::fromLatin1(a.codeHash), a.sentAtMs, a.expiresAtMs, a.id});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<void, QString> ActivationStore::complete(const ActivationRecord &a, int level,
                                                       const QByteArray &tokenHash,
                                                       const QDateTime &at, const QDate &today)
{
    SqlTransaction transaction(m_db);
    if (auto r = transaction.begin(); !r)
        return r;
    const std::pair<QString, QVariantList> statements[] = {
        {QStringLiteral("UPDATE activations SET state = 'activated', finished_at = ?"
                        " WHERE id = ?"),
         {isoUtc(at), a.id}},
        {QStringLiteral("INSERT INTO citizen_accounts (citizen_id, method, level, status, since)"
                        " VALUES (?, ?, ?, 'active', ?)"
                        " ON CONFLICT (citizen_id, method) DO UPDATE SET"
                        " level = excluded.level, status = 'active', since = excluded.since"),
         {a.citizenId, a.method, level, today.toString(QStringLiteral("yyyyMMdd"))}},
        {QStringLiteral("INSERT INTO citizen_tokens (token_hash, citizen_id, activation_id,"
                        " issued_at) VALUES (?, ?, ?, ?)"),
         {QString::fromLatin1(tokenHash), a.citizenId, a.id, isoUtc(at)}},
        {QStringLiteral("UPDATE counters SET value = value + 1 WHERE name = ?"),
         {QString(StoreCounter::Activations)}},
    };
    for (const auto &[sql, binds] : statements) {
        if (auto r = SqlExec::run(m_db, sql, binds); !r)
            return std::unexpected(r.error());
    }
    return transaction.commit();
}
