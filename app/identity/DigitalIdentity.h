#pragma once

#include "core/Cccd.h"
#include "core/Dossier.h"

#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace motcua {

// One account method on record for a citizen (VNeID, or an older method kept for history).
struct AccountRecord
{
    QString method; // account_method.code
    int level = 0;  // VNeID level 1 or 2, 0 otherwise
    QString status; // active, not_activated, locked, retired
    QDate since;
};

enum class IdentitySource {
    Online,  // answered by the provincial system just now
    Cache,   // the last answer seen, shown with its age
    Unknown, // offline and never checked: "unknown, check when online"
};

struct LookupRequest
{
    QString cccd;
    QString name;
    QDate dateOfBirth;
    Sex sex = Sex::Unknown;
    QString purpose;
};

struct IdentityAnswer
{
    IdentitySource source = IdentitySource::Unknown;
    QDateTime checkedAt; // when the provincial system answered (UTC)
    bool found = false;
    std::optional<bool> nameMatches;
    std::optional<bool> dateOfBirthMatches;
    std::optional<bool> sexMatches;
    QString registeredName;
    QDate registeredDateOfBirth;
    Sex registeredSex = Sex::Unknown;
    QList<AccountRecord> accounts;
    QString offlineReason; // why the provincial system was not asked, for the clerk

    // The citizen can log in to the portal themselves: an active VNeID account.
    bool canLogIn() const;
    std::optional<AccountRecord> vneid() const;
};

struct ActivationTicket
{
    QString remoteId;
    QDateTime expiresAt;
    QDateTime resendAt;
    int maxAttempts = 0;
    QString phoneHint;
};

struct ActivationOutcome
{
    enum Kind { Activated, WrongCode, Expired, Locked, Failed };
    Kind kind = Failed;
    int attemptsLeft = 0;
    int level = 0;
    QString citizenToken; // proof the citizen authenticated; never shown, never logged
    QString message;      // for the clerk and the citizen
};

// The first step of the citizen's own confirmation of a dossier: exactly one is set. A ticket
// when a code went to the citizen's phone (they type it on the citizen-facing window); a proof
// at once when the citizen had just authenticated by activating their account.
struct ConfirmationStart
{
    std::optional<ActivationTicket> ticket;
    std::optional<CitizenProof> proof;
};

struct ConfirmationOutcome
{
    enum Kind { Confirmed, WrongCode, Expired, Locked, Failed };
    Kind kind = Failed;
    int attemptsLeft = 0;
    CitizenProof proof; // valid when Confirmed; the token is a secret: never shown, never logged
    QString message;    // for the clerk and the citizen
};

} // namespace motcua
