#pragma once

#include "ProvincialApi.h"

namespace motcua {

// The clerk's session with the provincial system: signs in on first use, signs in again once when
// the session is refused, keeps the token in memory only.
class ClerkSession
{
public:
    ClerkSession(ProvincialApi &api, ClerkCredentials credentials)
        : m_api(api), m_credentials(std::move(credentials)) {}

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
