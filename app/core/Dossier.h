#pragma once

#include <QDateTime>
#include <QString>

namespace motcua {

// Kênh thực hiện in the national record.
enum class Channel { Direct = 1, Online = 2, Postal = 3 };

// Where a queued dossier stands on its way to the provincial system.
enum class OutboxState {
    Queued,      // waiting to be sent
    Sending,     // in a push that has not been answered yet
    Sent,        // acknowledged by the provincial system
    RetryLater,  // failed, will be retried automatically (the reason says why)
    NeedsAction, // refused, the clerk must act (the reason says why)
};

QString outboxStateKey(OutboxState state); // stable key stored in SQLite
OutboxState outboxStateFromKey(const QString &key);

// Proof that the citizen authenticated with their own account and consented to the dossier's
// summary on the citizen-facing window ("không làm thay"). Issued by the provincial system; the
// token is a secret: never shown, never logged.
struct CitizenProof
{
    QString token;       // citizen_token of the provincial system, bound to the summary below
    QString summaryHash; // SHA-256 (hex) of the summary the citizen consented to
    QString accountId;   // MaDoiTuong: the citizen's account in the portal
    int level = 0;       // VNeID level of the account (1 or 2)
    QDateTime confirmedAt;
    bool isValid() const { return !token.isEmpty() && summaryHash.size() == 64; }
};

// What the clerk prepares at the counter.
struct DossierDraft
{
    QString procedureCode;
    QString applicantName;
    QString applicantCccd;
    QString applicantPhone;
    Channel channel = Channel::Direct;
};

// Identity of the desk that receives dossiers: unit code and desk number make codes unique
// across desks that work offline at the same time.
struct DeskIdentity
{
    QString unitCode = QStringLiteral("XA0001");
    QString deskCode = QStringLiteral("01");
    QString clerk = QStringLiteral("canbo01");
};

struct QueuedDossier
{
    qint64 id = 0;
    QString code;
    QString procedureCode;
    QString procedureName;
    QString applicantName;
    QDateTime receivedAt;
    OutboxState state = OutboxState::Queued;
    QString reason;
    QString provincialCode;
    int attempts = 0;
};

} // namespace motcua
