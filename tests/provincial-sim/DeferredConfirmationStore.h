// Deferred confirmations of online dossiers in the simulator store (dossier_confirmations): the
// citizen's code as a SHA-256 digest, wrong attempts, locks, and the confirmation that marks
// the dossier confirmed by the citizen.
#pragma once

#include "IdentityTypes.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlDatabase>

#include <expected>
#include <optional>

class DeferredConfirmationStore
{
public:
    explicit DeferredConfirmationStore(QSqlDatabase db);

    // Inside the caller's transaction (the push batch that stores the dossier).
    [[nodiscard]] std::expected<void, QString> create(const DeferredRecord &record);
    [[nodiscard]] std::expected<std::optional<DeferredRecord>, QString>
    find(const QString &maHoSo);
    // Counts one wrong code; locks the confirmation when `lock`.
    [[nodiscard]] std::expected<void, QString> recordWrongCode(const QString &maHoSo, bool lock);
    // In one transaction: the confirmation and its dossier are confirmed by the citizen's
    // account at `at`.
    [[nodiscard]] std::expected<void, QString> confirm(const QString &maHoSo,
                                                       const QString &accountId,
                                                       const QDateTime &at);

private:
    QSqlDatabase m_db;
};
