#include "IdentityRepository.h"

#include "Database.h"
#include "Sealing.h"
#include "SqlError.h"
#include "security/Audit.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTimeZone>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
QString utc(const QDateTime &at)
{
    return at.toUTC().toString(Qt::ISODate);
}
} // namespace

Result<QList<AccountMethod>> IdentityRepository::accountMethods() const
{
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT code, name_vi, name_en, subject, valid_from, valid_until, can_activate "
                "FROM account_method ORDER BY position"_s))
        return std::unexpected(queryError(q));
    QList<AccountMethod> methods;
    while (q.next())
        methods.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                        q.value(3).toString(), QDate::fromString(q.value(4).toString(), Qt::ISODate),
                        QDate::fromString(q.value(5).toString(), Qt::ISODate), q.value(6).toBool()});
    return methods;
}

Result<std::optional<CachedIdentity>> IdentityRepository::cached(const QString &cccd) const
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT answer, checked_at FROM identity_cache WHERE cccd = ?"_s);
    q.addBindValue((*vault)->lookupKey(cccd));
    if (!q.exec())
        return std::unexpected(queryError(q));
    if (!q.next())
        return std::optional<CachedIdentity>();
    auto answer = (*vault)->open(q.value(0).toString(), sealed::identity);
    if (!answer)
        return std::optional<CachedIdentity>(); // unreadable: asked again, as if not cached
    return std::optional<CachedIdentity>(
        CachedIdentity{QJsonDocument::fromJson(*answer).object(),
                       QDateTime::fromString(q.value(1).toString(), Qt::ISODate)});
}

Result<void> IdentityRepository::remember(const QString &cccd, const QJsonObject &answer,
                                          const QDateTime &at)
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO identity_cache(cccd, answer, checked_at) VALUES (?, ?, ?) "
              "ON CONFLICT(cccd) DO UPDATE SET answer = excluded.answer, "
              "checked_at = excluded.checked_at"_s);
    q.addBindValue((*vault)->lookupKey(cccd));
    q.addBindValue((*vault)->seal(QJsonDocument(answer).toJson(QJsonDocument::Compact),
                                  sealed::identity));
    q.addBindValue(utc(at));
    if (!q.exec())
        return std::unexpected(queryError(q));
    return {};
}

Result<void> IdentityRepository::logLookup(const QString &clerk, const QString &purpose,
                                           const QString &cccd, const QString &source,
                                           std::optional<bool> found, const QDateTime &at)
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT INTO identity_lookup(at, clerk, purpose, cccd, source, found) "
              "VALUES (?, ?, ?, ?, ?, ?)"_s);
    q.addBindValue(utc(at));
    q.addBindValue(clerk);
    q.addBindValue(purpose);
    q.addBindValue((*vault)->lookupKey(cccd));
    q.addBindValue(source);
    q.addBindValue(found ? QVariant(*found ? 1 : 0) : QVariant());
    if (!q.exec())
        return std::unexpected(queryError(q));
    return recordAudit(m_db, AuditKind::IdentityLookup, clerk, (*vault)->lookupKey(cccd),
                       {{u"purpose"_s, purpose}, {u"source"_s, source}});
}

Result<void> IdentityRepository::activationStarted(const QString &remoteId, const QString &cccd,
                                                   const QString &method, const QString &clerk,
                                                   const QDateTime &at)
{
    auto vault = vaultOf(m_db);
    if (!vault)
        return std::unexpected(vault.error());
    QSqlQuery q(m_db.sql());
    q.prepare(u"INSERT OR IGNORE INTO activation(remote_id, cccd, method, clerk, started_at) "
              "VALUES (?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(remoteId), QVariant((*vault)->lookupKey(cccd)), QVariant(method),
                              QVariant(clerk), QVariant(utc(at))})
        q.addBindValue(v);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return recordAudit(m_db, AuditKind::AccountActivation, clerk, (*vault)->lookupKey(cccd),
                       {{u"state"_s, u"started"_s}, {u"method"_s, method},
                        {u"activation"_s, remoteId}});
}

Result<void> IdentityRepository::activationFinished(const QString &remoteId, const QString &state,
                                                    int level, const QDateTime &at)
{
    QSqlQuery q(m_db.sql());
    q.prepare(u"UPDATE activation SET state = ?, level = ?, finished_at = ? WHERE remote_id = ?"_s);
    q.addBindValue(state);
    q.addBindValue(level > 0 ? QVariant(level) : QVariant());
    q.addBindValue(utc(at));
    q.addBindValue(remoteId);
    if (!q.exec())
        return std::unexpected(queryError(q));
    return recordAudit(m_db, AuditKind::AccountActivation, u"provincial-system"_s, remoteId,
                       {{u"state"_s, state}, {u"level"_s, level}});
}

Result<int> IdentityRepository::activatedCount(const QString &clerk, const QDate &day) const
{
    // The day runs from 00:00 to 24:00 in Vietnam (UTC+7).
    const QDateTime from(day, QTime(0, 0), QTimeZone(7 * 3600));
    QSqlQuery q(m_db.sql());
    q.prepare(u"SELECT count(*) FROM activation WHERE state = 'activated' AND clerk = ? "
              "AND finished_at >= ? AND finished_at < ?"_s);
    q.addBindValue(clerk);
    q.addBindValue(utc(from));
    q.addBindValue(utc(from.addDays(1)));
    if (!q.exec() || !q.next())
        return std::unexpected(queryError(q));
    return q.value(0).toInt();
}

} // namespace motcua
