#pragma once

#include "core/Error.h"

#include <QDateTime>
#include <QJsonObject>

#include <optional>

namespace motcua {

class Database;

struct AccountMethod
{
    QString code;
    QString nameVi;
    QString nameEn;
    QString subject; // individual, organisation
    QDate validFrom;
    QDate validUntil; // null: still accepted
    bool canActivate = false;
};

struct CachedIdentity
{
    QJsonObject answer;
    QDateTime checkedAt;
};

// Look-ups, their offline cache, account methods and activations in the local store.
class IdentityRepository
{
public:
    explicit IdentityRepository(Database &db) : m_db(db) {}

    Result<QList<AccountMethod>> accountMethods() const;
    Result<std::optional<CachedIdentity>> cached(const QString &cccd) const;
    Result<void> remember(const QString &cccd, const QJsonObject &answer, const QDateTime &at);
    Result<void> logLookup(const QString &clerk, const QString &purpose, const QString &cccd,
                           const QString &source, std::optional<bool> found, const QDateTime &at);
    Result<void> activationStarted(const QString &remoteId, const QString &cccd,
                                   const QString &method, const QString &clerk,
                                   const QDateTime &at);
    Result<void> activationFinished(const QString &remoteId, const QString &state, int level,
                                    const QDateTime &at);
    // Accounts activated by a clerk on a day (Vietnam's calendar day).
    Result<int> activatedCount(const QString &clerk, const QDate &day) const;

private:
    Database &m_db;
};

} // namespace motcua
