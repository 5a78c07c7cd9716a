// Clerk accounts (PBKDF2-SHA256 digests in SimStore) and in-memory sessions.
#pragma once

#include <QtCore/QDeadlineTimer>
#include <QtCore/QHash>
#include <QtCore/QString>

#include <chrono>
#include <expected>
#include <optional>

class SimStore;

class SimAuth
{
public:
    static constexpr std::chrono::seconds kDefaultSessionLifetime{8 * 60 * 60};
    static constexpr int kPbkdf2Iterations = 100'000;

    struct Session
    {
        QString token;
        std::chrono::seconds expiresIn;
        QString username;
        QString fullName;
        QString unitCode;
        QString role;
    };
    enum class LoginError { BadCredentials, StoreFailure };

    explicit SimAuth(SimStore &store,
                     std::chrono::seconds sessionLifetime = kDefaultSessionLifetime);

    // Creates each demo account that is missing, all with password motcua-demo in unit XA0001:
    // canbo01 (clerk), giamsat01 (supervisor), quantri01 (admin). Existing accounts are untouched.
    [[nodiscard]] std::expected<void, QString> seedDemoClerk();
    // Adds the clerk (unit XA0001, full name = user name, role clerk) or resets the password of an
    // existing one (its role is kept).
    [[nodiscard]] std::expected<void, QString> setPassword(const QString &username,
                                                           const QString &password);
    [[nodiscard]] static bool isValidUsername(const QString &username);

    [[nodiscard]] std::expected<Session, LoginError> login(const QString &username,
                                                           const QString &password);
    // The clerk owning a live session, or nothing for an unknown or expired token.
    [[nodiscard]] std::optional<QString> clerkForToken(const QString &token);
    [[nodiscard]] qsizetype liveSessionCount();

private:
    struct LiveSession
    {
        QString username;
        QDeadlineTimer expiry;
    };

    [[nodiscard]] static QByteArray randomBytes(qsizetype count);
    [[nodiscard]] static QByteArray digest(const QString &password, const QByteArray &salt,
                                           int iterations);
    [[nodiscard]] static bool equalConstantTime(const QByteArray &a, const QByteArray &b);
    [[nodiscard]] std::expected<void, QString>
    storeClerk(const QString &username, const QString &fullName, const QString &unitCode,
               const QString &password, const QString &role = QStringLiteral("clerk"));
    void purgeExpired();

    SimStore &m_store;
    std::chrono::seconds m_lifetime;
    QHash<QString, LiveSession> m_sessions;
};
