// Citizen tokens bound to one dossier summary (confirmation_tokens), and the activation tokens
// (citizen_tokens) they may be exchanged for. Only SHA-256 digests of tokens are stored. No
// method opens a transaction: callers that change more than one row wrap them in one.
#pragma once

#include "IdentityTypes.h"

#include <QtCore/QDateTime>
#include <QtSql/QSqlDatabase>

#include <expected>
#include <optional>

class ProofTokens
{
public:
    struct ActivationToken
    {
        qint64 citizenId = 0;
        QDateTime issuedAt;
        bool exchanged = false; // already turned into a proof token
    };

    explicit ProofTokens(QSqlDatabase db);

    // Lower-case hex SHA-256 of the token's text.
    [[nodiscard]] static QByteArray hashOf(const QString &token);

    [[nodiscard]] std::expected<std::optional<ActivationToken>, QString>
    activationToken(const QByteArray &tokenHash);

    // Stores a proof token issued after a verified code (`confirmationId`) or in exchange for
    // an activation token (`activationTokenHash`); exactly one of the two is given.
    [[nodiscard]] std::expected<void, QString> insert(const ProofToken &token,
                                                      const QString &confirmationId,
                                                      const QByteArray &activationTokenHash);
    [[nodiscard]] std::expected<std::optional<ProofToken>, QString> find(const QByteArray &hash);
    [[nodiscard]] std::expected<void, QString> markUsed(const QByteArray &hash,
                                                        const QString &maHoSo,
                                                        const QDateTime &at);

private:
    QSqlDatabase m_db;
};
