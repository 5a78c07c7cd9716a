#pragma once

#include <QString>

#include <optional>

namespace motcua {

// What an audit entry records. The names (auditKindName) are stored in the log and hashed: they
// never change once released; add new kinds at the end.
enum class AuditKind {
    SignIn,              // sign_in: subject = username
    SignOut,             // sign_out: subject = username
    IdentityLookup,      // identity_lookup: subject = keyed hash of the ID number (Vault::lookupKey)
    AccountActivation,   // account_activation: subject = keyed hash of the ID number
    CitizenConfirmation, // citizen_confirmation: subject = dossier code
    Submission,          // submission (dossier queued): subject = dossier code
    SyncPush,            // sync_push: subject = dossier code
    Export,              // export: subject = file name
    SettingsChange,      // settings_change: subject = settings key
    Unlock,              // unlock: subject = username
};

QString auditKindName(AuditKind kind);
std::optional<AuditKind> auditKindFromName(const QString &name);

} // namespace motcua
