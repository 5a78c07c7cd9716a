#pragma once

#include "core/Error.h"

namespace motcua {

// The clerk's messages of ClerkSignIn: each says what to do next.
class SignInErrors
{
public:
    static Error offlineNever(const Error &why);
    static Error offlineDisabled(const Error &why);
    static Error offlineExpired(const Error &why, int days);
    static Error wrongPassword();
    static Error hashFailed();
    static Error corrupt(const QString &what);
};

} // namespace motcua
