#include "SignInErrors.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ClerkSignIn)
};
} // namespace

Error SignInErrors::offlineNever(const Error &why)
{
    return {u"signin.offline-unknown"_s,
            Tr::tr("This clerk has never signed in online on this desk, so the password cannot "
                   "be checked without the provincial system. Sign in once while the connection "
                   "works."),
            why.detail};
}

Error SignInErrors::offlineDisabled(const Error &why)
{
    return {u"signin.offline-disabled"_s,
            Tr::tr("The provincial system cannot be reached, and offline sign-in is turned off on "
                   "this desk. Sign in when the connection returns. (%1)")
                .arg(why.message),
            why.detail};
}

Error SignInErrors::offlineExpired(const Error &why, int days)
{
    return {u"signin.offline-expired"_s,
            Tr::tr("The provincial system cannot be reached, and the last online sign-in of this "
                   "clerk on this desk is more than %n day(s) old, so offline sign-in is no longer "
                   "allowed. Sign in once while the connection works.",
                   nullptr, days),
            why.detail};
}

Error SignInErrors::wrongPassword()
{
    return {u"signin.offline-refused"_s,
            Tr::tr("Wrong user name or password. Check them and try again."),
            u"offline verifier mismatch"_s};
}

Error SignInErrors::hashFailed()
{
    return {u"signin.failed"_s,
            Tr::tr("The desk could not prepare offline sign-in (not enough memory?). Close other "
                   "programs and sign in again."),
            u"crypto_pwhash_str failed"_s};
}

Error SignInErrors::corrupt(const QString &what)
{
    return {u"signin.corrupt"_s,
            Tr::tr("The sign-in data kept in the keychain for this clerk is damaged. Sign in once "
                   "while the connection works to renew it."),
            u"unreadable keychain entry: "_s + what};
}

} // namespace motcua
