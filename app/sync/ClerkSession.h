#pragma once

#include "ProvincialApi.h"

namespace motcua {

// The clerk's session with the provincial system: starts from the session the credentials carry
// (kept in the keychain by ClerkSignIn) or signs in on first use, and signs in with the password
// again once when the session is refused. A renewed session stays in memory.
class ClerkSession
{
public:
    ClerkSession(ProvincialApi &api, ClerkCredentials credentials)
        : m_api(api), m_credentials(std::move(credentials)), m_session(m_credentials.session) {}

    void setCredentials(const ClerkCredentials &credentials);
    QString username() const { return m_credentials.username; }

    // Calls path with a valid session; a refused session is renewed once.
    void call(const QString &path, const QJsonObject &body,
              std::function<void(Result<ApiReply>)> done);

private:
    void signIn(std::function<void(Result<QString>)> done);

    ProvincialApi &m_api;
    ClerkCredentials m_credentials;
    QString m_session;
};

} // namespace motcua
