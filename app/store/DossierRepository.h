#pragma once

#include "core/Dossier.h"
#include "core/Error.h"
#include "receipt/Receipt.h"

#include <optional>

namespace motcua {

class Database;
class Vault;

// A dossier as stored: what the clerk and the citizen agreed, and what was printed on the receipt.
struct DossierRow
{
    qint64 id = 0;
    QString code;
    QString procedureCode;
    QString procedureName;
    QString fieldCode;
    QString fieldName;
    Channel channel = Channel::Direct;
    QString applicantName;
    QString applicantCccd;
    QString applicantPhone;
    DeskIdentity desk; // the clerk who helped, the unit as named that day
    QDateTime receivedAt;
    QDateTime dueAt;
    int status = 2;
    Confirmation confirmation = Confirmation::None;
    CitizenProof proof; // Confirmed only; the token itself is kept in the outbox payload only
    QString confirmedSummary; // Confirmed only: the text the citizen agreed to (payload only)
    QList<PaperDraft> papers; // the papers provided, in checklist order
    QList<FeeLine> fees;      // as printed
    qint64 feeTotal = 0;
    QString provincialCode;
    bool purged = false; // personal data removed after the retention period (names are empty)
};

// A scan kept from an earlier dossier of the same citizen ("provide data only once").
struct DigitisedPaper
{
    QString paperCode;
    QString paperName;
    QString sha256;
    QString mime;
    qint64 size = 0;
    QString dossierCode;
    QDateTime receivedAt;
};

// Dossiers in the local store. Methods that write expect the caller's transaction when several
// rows must change together (see IntakeService).
class DossierRepository
{
public:
    explicit DossierRepository(Database &db) : m_db(db) {}

    // Next sequence number for this unit, desk and day (1, 2, …), never handed out twice.
    Result<int> nextSequence(const DeskIdentity &desk, const QString &day);
    // The dossier, its papers and the rows of new scans (whose files must already be on disk).
    Result<qint64> insert(const DossierRow &row);
    Result<std::optional<DossierRow>> find(qint64 id) const;
    Result<int> count() const;
    // Scans received for this citizen before, newest first, one per distinct file.
    Result<QList<DigitisedPaper>> digitisedPapers(const QString &cccd) const;
    Result<bool> hasAttachment(const QString &sha256) const;

private:
    Result<void> insertPapers(const Vault &vault, qint64 dossierId, const DossierRow &row);
    Database &m_db;
};

} // namespace motcua
