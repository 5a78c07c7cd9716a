#include "ClerkSession.h"

using namespace Qt::StringLiterals;

namespace motcua {

void ClerkSession::setCredentials(const ClerkCredentials &credentials)
{
    m_credentials = credentials;
    m_session = credentials.session;
}

void ClerkSession::signIn(std::function<void(Result<QString>)> done)
{
    if (!m_session.isEmpty())
        return done(m_session);
    m_api.login(m_credentials, [this, done = std::move(done)](Result<QString> session) {
        if (session)
            m_session = *session;
        done(session);
    });
}

void ClerkSession::call(const QString &path, const QJsonObject &body,
                        std::function<void(Result<ApiReply>)> done)
{
    signIn([this, path, body, done = std::move(done)](Result<QString> session) mutable {
        if (!session)
            return done(std::unexpected(session.error()));
        m_api.call(path, body, *session,
                   [this, path, body, done = std::move(done)](Result<ApiReply> reply) mutable {
                       if (reply || reply.error().code != u"auth.rejected")
                           return done(std::move(reply));
                       // The session expired: sign in again, once.
                       m_session.clear();
                       signIn([this, path, body, done = std::move(done)](Result<QString> again) {
                           if (!again)
                               return done(std::unexpected(again.error()));
                           m_api.call(path, body, *again, done);
                       });
                   });
    });
}

} // namespace motcua
