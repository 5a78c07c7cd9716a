#include "AuditKind.h"

#include <array>
#include <utility>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

constexpr std::array<std::pair<AuditKind, QStringView>, 10> kNames{{
    {AuditKind::SignIn, u"sign_in"},
    {AuditKind::SignOut, u"sign_out"},
    {AuditKind::IdentityLookup, u"identity_lookup"},
    {AuditKind::AccountActivation, u"account_activation"},
    {AuditKind::CitizenConfirmation, u"citizen_confirmation"},
    {AuditKind::Submission, u"submission"},
    {AuditKind::SyncPush, u"sync_push"},
    {AuditKind::Export, u"export"},
    {AuditKind::SettingsChange, u"settings_change"},
    {AuditKind::Unlock, u"unlock"},
}};

} // namespace

QString auditKindName(AuditKind kind)
{
    for (const auto &[k, name] : kNames) {
        if (k == kind)
            return name.toString();
    }
    return {};
}

std::optional<AuditKind> auditKindFromName(const QString &name)
{
    for (const auto &[k, n] : kNames) {
        if (n == name)
            return k;
    }
    return std::nullopt;
}

} // namespace motcua
