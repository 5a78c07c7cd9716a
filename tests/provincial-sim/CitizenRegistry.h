// The population register in the simulator store: the generated citizens, their account
// methods, and the log of every lookup (who, why, which number, when, found or not).
#pragma once

#include "IdentityTypes.h"

#include <QtCore/QDateTime>
#include <QtCore/QList>
#include <QtSql/QSqlDatabase>

#include <expected>
#include <optional>

class CitizenRegistry
{
public:
    explicit CitizenRegistry(QSqlDatabase db);

    [[nodiscard]] std::expected<qint64, QString> count();
    // When the register is empty, generates `population` citizens (PopulationGenerator) and
    // stores them in one transaction; returns how many were added (0 when it was not empty).
    [[nodiscard]] std::expected<qint64, QString> seed(int population);

    // The citizen with all its account methods (vneid first, then by date), or nothing.
    [[nodiscard]] std::expected<std::optional<CitizenRecord>, QString>
    findByNumber(const QString &number);
    [[nodiscard]] std::expected<std::optional<CitizenRecord>, QString> findById(qint64 id);

    // Records one lookup and counts it, in one transaction.
    [[nodiscard]] std::expected<void, QString> logLookup(const QString &clerk,
                                                         const QString &purpose,
                                                         const QString &number, bool found,
                                                         const QDateTime &at);

    // Citizens in register order whose vneid status is `status` (active, not_activated,
    // locked, or none for no vneid record; empty for any). `accounts` holds the vneid one only.
    [[nodiscard]] std::expected<QList<CitizenRecord>, QString> list(const QString &status,
                                                                    int limit);

private:
    [[nodiscard]] std::expected<void, QString> insert(const QList<CitizenRecord> &citizens);
    [[nodiscard]] std::expected<std::optional<CitizenRecord>, QString>
    findWhere(const QString &column, const QVariant &value);
    [[nodiscard]] std::expected<QList<AccountRecord>, QString> accounts(qint64 citizenId);

    QSqlDatabase m_db;
};
