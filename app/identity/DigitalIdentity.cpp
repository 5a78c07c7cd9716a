#include "DigitalIdentity.h"

using namespace Qt::StringLiterals;

namespace motcua {

std::optional<AccountRecord> IdentityAnswer::vneid() const
{
    for (const AccountRecord &a : accounts) {
        if (a.method == u"vneid")
            return a;
    }
    return std::nullopt;
}

bool IdentityAnswer::canLogIn() const
{
    const auto v = vneid();
    return found && v && v->status == u"active";
}

} // namespace motcua
