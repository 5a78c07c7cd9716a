#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

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

// How a paper of the dossier was received at the counter.
enum class PaperForm {
    OriginalSeen,    // the original was shown and checked, then handed back
    CopyKept,        // a copy is kept in the dossier
    ScanAttached,    // a scan is attached to the electronic dossier
    ReusedDigitised, // a paper digitised for this citizen before is reused ("provide data only once")
};
QString paperFormKey(PaperForm form); // stable key stored in SQLite
std::optional<PaperForm> paperFormFromKey(const QString &key);

// How the citizen took part in an online dossier ("không làm thay").
enum class Confirmation {
    None,      // direct intake: the clerk recorded it (KenhThucHien 1, or 3 by post)
    Confirmed, // online: the citizen confirmed at the desk with their own account (proof kept)
    Awaiting,  // online, desk offline: the citizen confirms later from their own phone
};
QString confirmationKey(Confirmation c);
Confirmation confirmationFromKey(const QString &key);

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

// One paper of the checklist and how the clerk received it.
struct PaperDraft
{
    QString code; // the catalogue's paper code
    QString name;
    bool required = true;
    int copies = 1;
    // The {} let brace lists stop early without -Wmissing-field-initializers (MOTCUA_WERROR).
    std::optional<PaperForm> form{}; // empty: not provided
    // ScanAttached and ReusedDigitised: the stored scan (already written by AttachmentStore).
    QString sha256{};
    QString mime{};
    qint64 size = 0;
    QString originalName{};

    static PaperDraft of(const QString &code, const QString &name, bool required, int copies,
                         std::optional<PaperForm> form = {}, const QString &sha256 = {})
    {
        PaperDraft p;
        p.code = code;
        p.name = name;
        p.required = required;
        p.copies = copies;
        p.form = form;
        p.sha256 = sha256;
        return p;
    }
};

// What the clerk prepares at the counter.
struct DossierDraft
{
    QString procedureCode;
    QString applicantName;
    QString applicantCccd;
    QString applicantPhone;
    Channel channel = Channel::Direct;
    // Online requires Confirmed (with proof) or Awaiting; Direct and Postal require None.
    Confirmation confirmation = Confirmation::None;
    CitizenProof proof;
    // The checklist. Empty: the catalogue's papers, none provided (refused if any is required).
    QList<PaperDraft> papers;
    QStringList exemptionCodes; // fee exemption grounds the clerk ticked
    int feeQuantity = 1;
};

// Identity of the desk that receives dossiers: unit code and desk number make codes unique
// across desks that work offline at the same time.
struct DeskIdentity
{
    QString unitCode = QStringLiteral("XA0001");
    QString deskCode = QStringLiteral("01");
    QString clerk = QStringLiteral("canbo01");
    // Printed on receipts. The sample names say so until the admin sets the unit's own.
    QString unitName = QStringLiteral("UBND xã Mẫu (dữ liệu mẫu)");
    QString unitAddress;
    QString resultPlace = QStringLiteral("Bộ phận Một cửa, nơi nộp hồ sơ");
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
    Channel channel = Channel::Direct;
    Confirmation confirmation = Confirmation::None;
    QDateTime dueAt;
    QDateTime nextAttemptAt; // RetryLater: not tried again before this (desk clock, UTC)
    int provincialStatus = 0; // TrangThaiHoSo as last reported by the provincial system
    QJsonObject supplement;   // the open supplement request {papers, note, deadline}, if any
};

} // namespace motcua
