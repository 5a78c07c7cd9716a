#include "SimAuth.h"

#include "SimStore.h"

#include <QtCore/QCryptographicHash>
#include <QtCore/QList>
#include <QtCore/QRandomGenerator>
#include <QtNetwork/QPasswordDigestor>

namespace {

constexpr qsizetype kSaltBytes = 16;
constexpr qsizetype kDigestBytes = 32;
constexpr qsizetype kTokenBytes = 32;
const QString kDefaultUnit = QStringLiteral("XA0001");

} // namespace

SimAuth::SimAuth(SimStore &store, std::chrono::seconds sessionLifetime)
    : m_store(store)
    , m_lifetime(sessionLifetime)
{
}

QByteArray SimAuth::randomBytes(qsizetype count)
{
    QList<quint32> words((count + 3) / 4);
    QRandomGenerator::system()->fillRange(words.data(), words.size());
    return QByteArray(reinterpret_cast<const char *>(words.constData()), count);
}

QByteArray SimAuth::digest(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kDigestBytes);
}

bool SimAuth::equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char diff = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        diff |= static_cast<unsigned char>(a[i] ^ b[i]);
    return diff == 0;
}

bool SimAuth::isValidUsername(const QString &username)
{
    if (username.isEmpty() || username.size() > 64)
        return false;
    for (const QChar ch : username) {
        const bool ok = (ch >= u'a' && ch <= u'z') || (ch >= u'A' && ch <= u'Z')
            || (ch >= u'0' && ch <= u'9') || ch == u'.' || ch == u'_' || ch == u'-';
        if (!ok)
            return false;
    }
    return true;
}

std::expected<void, QString> SimAuth::storeClerk(const QString &username, const QString &fullName,
                                                 const QString &unitCode, const QString &password,
                                                 const QString &role)
{
    const QByteArray salt = randomBytes(kSaltBytes);
    return m_store.upsertClerk(ClerkRecord{username, fullName, unitCode, salt,
                                           digest(password, salt, kPbkdf2Iterations),
                                           kPbkdf2Iterations, role});
}

std::expected<void, QString> SimAuth::seedDemoClerk()
{
    struct Demo
    {
        const char16_t *username;
        const char16_t *fullName;
        const char16_t *role;
    };
    static constexpr Demo demos[] = {
        {u"canbo01", u"Nguyễn Thị Demo", u"clerk"},
        {u"giamsat01", u"Trần Văn Giám Sát", u"supervisor"},
        {u"quantri01", u"Lê Thị Quản Trị", u"admin"},
    };
    for (const Demo &d : demos) {
        const QString username = QString::fromUtf16(d.username);
        auto found = m_store.clerk(username);
        if (!found)
            return std::unexpected(found.error());
        if (found->has_value())
            continue;
        if (auto stored = storeClerk(username, QString::fromUtf16(d.fullName), kDefaultUnit,
                                     QStringLiteral("motcua-demo"), QString::fromUtf16(d.role));
            !stored)
            return stored;
    }
    return {};
}

std::expected<void, QString> SimAuth::setPassword(const QString &username, const QString &password)
{
    if (!isValidUsername(username))
        return std::unexpected(QStringLiteral("invalid user name (1-64 of A-Z a-z 0-9 . _ -)"));
    if (password.isEmpty())
        return std::unexpected(QStringLiteral("empty password"));
    // upsertClerk keeps the name and unit of an existing clerk.
    return storeClerk(username, username, kDefaultUnit, password);
}

std::expected<SimAuth::Session, SimAuth::LoginError> SimAuth::login(const QString &username,
                                                                    const QString &password)
{
    auto found = m_store.clerk(username);
    if (!found)
        return std::unexpected(LoginError::StoreFailure);
    if (!found->has_value()) {
        // Spend the same time as for a known clerk, so timing does not reveal user names.
        static const QByteArray dummySalt = randomBytes(kSaltBytes);
        (void)digest(password, dummySalt, kPbkdf2Iterations);
        return std::unexpected(LoginError::BadCredentials);
    }
    const ClerkRecord &clerk = **found;
    if (!equalConstantTime(digest(password, clerk.passwordSalt, clerk.pbkdf2Iterations),
                           clerk.passwordDigest)) {
        return std::unexpected(LoginError::BadCredentials);
    }

    purgeExpired();
    QString token;
    do {
        token = QString::fromLatin1(randomBytes(kTokenBytes).toBase64(
            QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    } while (m_sessions.contains(token));
    m_sessions.insert(token, LiveSession{clerk.username, QDeadlineTimer(m_lifetime)});
    return Session{token, m_lifetime, clerk.username, clerk.fullName, clerk.unitCode, clerk.role};
}

std::optional<QString> SimAuth::clerkForToken(const QString &token)
{
    const auto it = m_sessions.constFind(token);
    if (it == m_sessions.cend())
        return std::nullopt;
    if (it->expiry.hasExpired()) {
        m_sessions.erase(it);
        return std::nullopt;
    }
    return it->username;
}

qsizetype SimAuth::liveSessionCount()
{
    purgeExpired();
    return m_sessions.size();
}

void SimAuth::purgeExpired()
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (it->expiry.hasExpired())
            it = m_sessions.erase(it);
        else
            ++it;
    }
}
