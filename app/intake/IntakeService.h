#pragma once

#include "core/Dossier.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace motcua {

class Database;

// Turns what the clerk typed into a queued dossier: checks it, gives it a code unique across the
// unit's desks, and stores the dossier and its outbox entry in one transaction.
class IntakeService
{
    Q_DECLARE_TR_FUNCTIONS(IntakeService)

public:
    explicit IntakeService(Database &db) : m_db(db) {}

    Result<QueuedDossier> queue(const DossierDraft &draft, const DeskIdentity &desk,
                                const QDateTime &now);

    // unit-YYMMDD-desk-NNNN, with the date in Vietnam's time.
    static QString dossierCode(const DeskIdentity &desk, const QDateTime &now, int sequence);

private:
    Database &m_db;
};

} // namespace motcua
