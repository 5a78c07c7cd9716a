// Citizen confirmations in the simulator store: the pending codes (as SHA-256 digests only),
// wrong attempts, locks, and the completion that issues the proof token.
#pragma once

#include "IdentityTypes.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlDatabase>

#include <expected>
#include <optional>

class ConfirmationStore
{
public:
    explicit ConfirmationStore(QSqlDatabase db);

    [[nodiscard]] std::expected<void, QString> create(const ConfirmationRecord &confirmation,
                                                      const QString &clerk,
                                                      const QDateTime &startedAt);
    [[nodiscard]] std::expected<std::optional<ConfirmationRecord>, QString>
    find(const QString &id);

    // Counts one wrong code; locks the confirmation when `lock`.
    [[nodiscard]] std::expected<void, QString> recordWrongCode(const QString &id, bool lock,
                                                               const QDateTime &at);
    // A new code replaces the old one (resend).
    [[nodiscard]] std::expected<void, QString> replaceCode(const ConfirmationRecord &confirmation);

    // In one transaction: the confirmation is done and its proof token is stored.
    [[nodiscard]] std::expected<void, QString> complete(const ConfirmationRecord &confirmation,
                                                        const ProofToken &token,
                                                        const QDateTime &at);

private:
    QSqlDatabase m_db;
};
