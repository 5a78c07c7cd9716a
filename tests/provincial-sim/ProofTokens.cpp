#include "ProofTokens.h"

#include "SqlExec.h"

#include <QtCore/QCryptographicHash>

#include <utility>

using namespace Qt::StringLiterals;

namespace {

QVariant nullable(const QString &s)
{
    return s.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(s);
}

} // namespace

ProofTokens::ProofTokens(QSqlDatabase db)
    : m_db(std::move(db))
{
}

QByteArray ProofTokens::hashOf(const QString &token)
{
    return QCryptographicHash::hash(token.toUtf8(), QCryptographicHash::Sha256).toHex();
}

std::expected<std::optional<ProofTokens::ActivationToken>, QString>
ProofTokens::activationToken(const QByteArray &tokenHash)
{
    auto q = SqlExec::run(m_db,
                          u"SELECT t.citizen_id, t.issued_at, p.token_hash IS NOT NULL"
                          " FROM citizen_tokens t LEFT JOIN confirmation_tokens p"
                          " ON p.activation_token_hash = t.token_hash"
                          " WHERE t.token_hash = ?"_s,
                          {QString::fromLatin1(tokenHash)});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ActivationToken>{};
    return ActivationToken{q->value(0).toLongLong(),
                           QDateTime::fromString(q->value(1).toString(), Qt::ISODateWithMs),
                           q->value(2).toBool()};
}

std::expected<void, QString> ProofTokens::insert(const ProofToken &t,
                                                 const QString &confirmationId,
                                                 const QByteArray &activationTokenHash)
{
    auto q = SqlExec::run(
        m_db,
        u"INSERT INTO confirmation_tokens (token_hash, citizen_id, account_id, level,"
        " summary_hash, confirmation_id, activation_token_hash, issued_at_ms, expires_at_ms)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        {QString::fromLatin1(t.tokenHash), t.citizenId, t.accountId, t.level, t.summaryHash,
         nullable(confirmationId), nullable(QString::fromLatin1(activationTokenHash)),
         t.issuedAtMs, t.expiresAtMs});
    if (!q)
        return std::unexpected(q.error());
    return {};
}

std::expected<std::optional<ProofToken>, QString> ProofTokens::find(const QByteArray &hash)
{
    auto q = SqlExec::run(m_db,
                          u"SELECT p.token_hash, p.citizen_id, c.so_dinh_danh, p.account_id,"
                          " p.level, p.summary_hash, p.issued_at_ms, p.expires_at_ms,"
                          " IFNULL(p.used_by, '') FROM confirmation_tokens p"
                          " JOIN citizens c ON c.id = p.citizen_id WHERE p.token_hash = ?"_s,
                          {QString::fromLatin1(hash)});
    if (!q)
        return std::unexpected(q.error());
    if (!q->next())
        return std::optional<ProofToken>{};
    return ProofToken{q->value(0).toByteArray(), q->value(1).toLongLong(),
                      q->value(2).toString(),    q->value(3).toString(),
                      q->value(4).toInt(),       q->value(5).toString(),
                      q->value(6).toLongLong(),  q->value(7).toLongLong(),
                      q->value(8).toString()};
}

std::expected<void, QString> ProofTokens::markUsed(const QByteArray &hash, const QString &maHoSo,
                                                   const QDateTime &at)
{
    auto q = SqlExec::run(m_db,
                          u"UPDATE confirmation_tokens SET used_by = ?, used_at = ?"
                          " WHERE token_hash = ? AND used_by IS NULL"_s,
                          {maHoSo, at.toUTC().toString(Qt::ISODateWithMs),
                           QString::fromLatin1(hash)});
    if (!q)
        return std::unexpected(q.error());
    if (q->numRowsAffected() != 1)
        return std::unexpected(u"proof token already used"_s);
    return {};
}
