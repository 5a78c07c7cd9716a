#pragma once

#include "ClerkIdentity.h"
#include "OfflineRecord.h"
#include "SecretStore.h"
#include "core/Error.h"
#include "sync/ProvincialApi.h"

#include <QDateTime>
#include <QObject>

#include <functional>

namespace motcua {

// Signs a clerk in at the desk (docs/security.md).
//
// Online: the provincial system checks the password; the session it gives is kept in the keychain
// (`<storeId>/clerk/<user>/session`, with its expiry) and the offline verifier is refreshed
// (`…/offline`: Argon2id of the password, role, full name, unit, time of this sign-in).
// Offline: only when the provincial system cannot be reached ("net.*"), the password is checked
// against that verifier, for `offlineDays` days after the last online sign-in (0: never). A
// password the system refused never falls back to offline. Without a keychain
// ("secret.unavailable") nobody signs in: the desk cannot keep its secrets.
//
// Argon2 runs on the thread pool; every callback comes back on the thread owning this object.
class ClerkSignIn : public QObject
{
    Q_OBJECT

public:
    using Clock = std::function<QDateTime()>;

    ClerkSignIn(SecretStore &secrets, ProvincialApi &api, QString storeId, int offlineDays,
                QObject *parent = nullptr);

    void setClock(Clock clock) { m_clock = std::move(clock); }
    // `<storeId>/clerk/<username>/<what>`
    QString entryName(const QString &username, const QString &what) const;

    void signIn(const ClerkCredentials &credentials, std::function<void(Result<ClerkIdentity>)> done);
    // Checks the password against the verifier only, without the network and whatever its age
    // (unlocking a desk the clerk signed in to already).
    void verifyOffline(const ClerkCredentials &credentials,
                       std::function<void(Result<ClerkIdentity>)> done);
    // The clerk's kept session when it has not expired; "secret.missing" otherwise.
    void storedSession(const QString &username, std::function<void(Result<QString>)> done);
    // Forgets the kept session (signing out); the offline verifier stays for the next sign-in.
    void signOut(const QString &username, std::function<void(Result<void>)> done);

private:
    void online(const ClerkCredentials &credentials, const SignInReply &reply,
                std::function<void(Result<ClerkIdentity>)> done);
    void offline(const ClerkCredentials &credentials, const Error &why, bool checkAge,
                 std::function<void(Result<ClerkIdentity>)> done);
    void checkPassword(const QByteArray &verifier, const QString &password,
                       std::function<void(bool)> done);
    QDateTime now() const;

    SecretStore &m_secrets;
    ProvincialApi &m_api;
    QString m_storeId;
    int m_offlineDays;
    Clock m_clock;
};

} // namespace motcua
