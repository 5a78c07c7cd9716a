// Account activations in the simulator store: the pending codes (as SHA-256 digests only),
// wrong attempts, locks, and the completion that turns the citizen's VNeID account active and
// records the citizen token.
#pragma once

#include "IdentityTypes.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlDatabase>

#include <expected>
#include <optional>

class ActivationStore
{
public:
    explicit ActivationStore(QSqlDatabase db);

    [[nodiscard]] std::expected<void, QString> create(const ActivationRecord &activation,
                                                      const QString &clerk,
                                                      const QDateTime &startedAt);
    [[nodiscard]] std::expected<std::optional<ActivationRecord>, QString> find(const QString &id);

    // Counts one wrong code; locks the activation when `lock`.
    [[nodiscard]] std::expected<void, QString> recordWrongCode(const QString &id, bool lock,
                                                               const QDateTime &at);
    // A new code replaces the old one (resend).
    [[nodiscard]] std::expected<void, QString> replaceCode(const ActivationRecord &activation);

    // In one transaction: the activation is done, the citizen's vneid account is active at
    // `level` since `today` (the row is created when the citizen had none), the citizen token
    // (its SHA-256 digest) is recorded with the citizen, the activation and the time, and the
    // activations counter goes up.
    [[nodiscard]] std::expected<void, QString>
    complete(const ActivationRecord &activation, int level, const QByteArray &tokenHash,
             const QDateTime &at, const QDate &today);

private:
    QSqlDatabase m_db;
};
