#pragma once

#include "core/Dossier.h"
#include "core/Error.h"
#include "core/Procedure.h"
#include "fees/FeeCalculator.h"
#include "intake/IntakeRules.h"
#include "receipt/Receipt.h"

#include <QCoreApplication>

namespace motcua {

class Database;
struct DossierRow;

// What the wizard shows before saving, and what the citizen consents to.
struct DossierPreview
{
    Procedure procedure;
    QList<PaperDraft> papers;   // the checklist: the catalogue's papers with what was provided
    QStringList missingPapers;  // required papers not provided (names); saving is refused
    FeeBreakdown fees;
    int workingDays = 0;
    bool shortenedOnline = false; // the province's shorter online time applies
    QDateTime dueAt;              // NgayHenTra, UTC+7
    // The summary shown on the citizen-facing window. It leaves out the reception time, so the
    // citizen's consent stays valid while the clerk finishes; anything else that changes after
    // the citizen confirmed makes the save refuse (the hash no longer matches the proof).
    QString summaryText;
    QString summaryHash; // lower-case hex SHA-256 of summaryText (UTF-8)
};

struct SavedDossier
{
    QueuedDossier queued;
    Receipt receipt;
};

// Turns what the clerk prepared into a queued dossier: checks it, computes fees and the due date,
// enforces "không làm thay" (online only with the citizen's own confirmation, or awaiting it),
// gives it a code unique across the unit's desks, and stores the dossier, its papers, the rows of
// its scans and its outbox entry in one transaction. Scan files are written by AttachmentStore
// before this is called and are checked to be on disk before the rows commit.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    explicit IntakeService(Database &db, IntakeRules rules = {}, QString attachmentsDir = {});

    Result<DossierPreview> preview(const DossierDraft &draft, const DeskIdentity &desk,
                                   const QDateTime &now) const;
    Result<SavedDossier> queue(const DossierDraft &draft, const DeskIdentity &desk,
                               const QDateTime &now);

    // unit-YYMMDD-desk-NNNN, with the date in Vietnam's time.
    static QString dossierCode(const DeskIdentity &desk, const QDateTime &now, int sequence);
    static QString summaryHash(const QString &summaryText);
    // The receipt of a stored dossier (for the first print and for reprints).
    static Receipt receiptFor(const DossierRow &row);

private:
    Result<void> checkScans(const QList<PaperDraft> &papers, const QString &cccd) const;
    Database &m_db;
    IntakeRules m_rules;
    QString m_attachmentsDir;
};

} // namespace motcua
