#include "ClerkSignIn.h"

#include "PasswordHash.h"
#include "SignInErrors.h"

#include <QFutureWatcher>
#include <QLoggingCategory>
#include <QtConcurrent/QtConcurrentRun>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

Q_LOGGING_CATEGORY(lcSignIn, "motcua.security")

// Runs `work` on the thread pool and hands its result to `done` on `context`'s thread.
template<typename T>
void offThread(QObject *context, std::function<T()> work, std::function<void(T)> done)
{
    auto *watcher = new QFutureWatcher<T>(context);
    QObject::connect(watcher, &QFutureWatcherBase::finished, context,
                     [watcher, done = std::move(done)] {
                         watcher->deleteLater();
                         done(watcher->result());
                     });
    watcher->setFuture(QtConcurrent::run(std::move(work)));
}

// The session expires a minute before the server says, so it is not used in its last seconds.
constexpr qint64 kExpiryMarginSeconds = 60;

} // namespace

ClerkSignIn::ClerkSignIn(SecretStore &secrets, ProvincialApi &api, QString storeId,
                         int offlineDays, QObject *parent)
    : QObject(parent)
    , m_secrets(secrets)
    , m_api(api)
    , m_storeId(std::move(storeId))
    , m_offlineDays(offlineDays)
{
}

QDateTime ClerkSignIn::now() const
{
    return m_clock ? m_clock().toUTC() : QDateTime::currentDateTimeUtc();
}

QString ClerkSignIn::entryName(const QString &username, const QString &what) const
{
    return u"%1/clerk/%2/%3"_s.arg(m_storeId, username, what);
}

void ClerkSignIn::signIn(const ClerkCredentials &credentials,
                         std::function<void(Result<ClerkIdentity>)> done)
{
    m_api.signIn(credentials, [this, credentials, done = std::move(done)](
                                  Result<SignInReply> reply) mutable {
        if (reply)
            return online(credentials, *reply, std::move(done));
        // Only an unreachable system allows offline sign-in; a refusal is final.
        if (!reply.error().code.startsWith(u"net."))
            return done(std::unexpected(reply.error()));
        qCInfo(lcSignIn).noquote() << "provincial system unreachable, offline sign-in for"
                                   << credentials.username;
        offline(credentials, reply.error(), true, std::move(done));
    });
}

void ClerkSignIn::online(const ClerkCredentials &credentials, const SignInReply &reply,
                         std::function<void(Result<ClerkIdentity>)> done)
{
    const QDateTime signedInAt = now();
    ClerkIdentity identity{credentials.username, reply.fullName, reply.role, reply.unitCode, true,
                           reply.session};
    const StoredSession session{
        reply.session,
        signedInAt.addSecs(std::max<qint64>(reply.expiresInSeconds - kExpiryMarginSeconds, 0))};
    m_secrets.write(
        entryName(credentials.username, u"session"_s), session.toJson(),
        [this, credentials, identity, signedInAt, done = std::move(done)](Result<void> kept) {
            if (!kept)
                return done(std::unexpected(kept.error()));
            offThread<QByteArray>(
                this, [password = credentials.password] { return PasswordHash::hash(password); },
                [this, identity, signedInAt, done](QByteArray verifier) {
                    if (verifier.isEmpty())
                        return done(std::unexpected(SignInErrors::hashFailed()));
                    const OfflineRecord record{verifier, identity.role, identity.fullName,
                                               identity.unitCode, signedInAt};
                    m_secrets.write(entryName(identity.username, u"offline"_s), record.toJson(),
                                    [identity, done](Result<void> written) {
                                        if (!written)
                                            return done(std::unexpected(written.error()));
                                        qCInfo(lcSignIn).noquote()
                                            << "signed in online:" << identity.username
                                            << "role" << identity.role;
                                        done(identity);
                                    });
                });
        });
}

void ClerkSignIn::offline(const ClerkCredentials &credentials, const Error &why, bool checkAge,
                          std::function<void(Result<ClerkIdentity>)> done)
{
    if (checkAge && m_offlineDays <= 0)
        return done(std::unexpected(SignInErrors::offlineDisabled(why)));
    m_secrets.read(entryName(credentials.username, u"offline"_s), [this, credentials, why,
                                                                   checkAge, done = std::move(done)](
                                                                      Result<QByteArray> stored) {
        if (!stored) {
            if (stored.error().code == u"secret.missing")
                return done(std::unexpected(SignInErrors::offlineNever(why)));
            return done(std::unexpected(stored.error()));
        }
        const auto record = OfflineRecord::fromJson(*stored);
        if (!record)
            return done(std::unexpected(SignInErrors::corrupt(u"offline"_s)));
        if (checkAge && record->lastOnline.addDays(m_offlineDays) < now())
            return done(std::unexpected(SignInErrors::offlineExpired(why, m_offlineDays)));
        checkPassword(record->verifier, credentials.password,
                      [this, credentials, record = *record, done](bool right) {
                          if (!right)
                              return done(std::unexpected(SignInErrors::wrongPassword()));
                          ClerkIdentity identity{credentials.username, record.fullName,
                                                 record.role, record.unitCode, false, {}};
                          // A kept session still valid lets sync go on when the link returns.
                          storedSession(credentials.username,
                                        [identity, done](Result<QString> token) mutable {
                                            if (token)
                                                identity.sessionToken = *token;
                                            done(identity);
                                        });
                      });
    });
}

void ClerkSignIn::verifyOffline(const ClerkCredentials &credentials,
                                std::function<void(Result<ClerkIdentity>)> done)
{
    const Error why{u"signin.local"_s, {}, u"local check"_s};
    offline(credentials, why, false, std::move(done));
}

void ClerkSignIn::checkPassword(const QByteArray &verifier, const QString &password,
                                std::function<void(bool)> done)
{
    offThread<bool>(
        this, [verifier, password] { return PasswordHash::verify(verifier, password); },
        std::move(done));
}

void ClerkSignIn::storedSession(const QString &username, std::function<void(Result<QString>)> done)
{
    m_secrets.read(entryName(username, u"session"_s),
                   [this, done = std::move(done)](Result<QByteArray> stored) {
                       if (!stored)
                           return done(std::unexpected(stored.error()));
                       const auto session = StoredSession::fromJson(*stored);
                       if (!session || session->expiresAt <= now())
                           return done(std::unexpected(Error{u"secret.missing"_s, {},
                                                             u"no valid session kept"_s}));
                       done(session->token);
                   });
}

void ClerkSignIn::signOut(const QString &username, std::function<void(Result<void>)> done)
{
    m_secrets.remove(entryName(username, u"session"_s), std::move(done));
}

} // namespace motcua
