#pragma once

#include <QString>

namespace motcua {

// Who is signed in at the desk, as ClerkSignIn found out. `role` is "clerk" (intake and queue),
// "supervisor" (also reports) or "admin" (everything). `online` is false after an offline
// sign-in (checked against the verifier kept in the keychain); `sessionToken` is the provincial
// session to use, empty when none is known.
struct ClerkIdentity
{
    QString username;
    QString fullName;
    QString role;
    QString unitCode;
    bool online = false;
    QString sessionToken = {};

    bool seesReports() const { return role == u"supervisor" || role == u"admin"; }
    bool isAdmin() const { return role == u"admin"; }
};

} // namespace motcua
