#pragma once

#include "core/Dossier.h"
#include "core/Error.h"

namespace motcua {

class Database;

struct DossierRow
{
    QString code;
    QString procedureCode;
    QString procedureName;
    QString fieldCode;
    QString fieldName;
    Channel channel = Channel::Direct;
    QString applicantName;
    QString applicantCccd;
    QString applicantPhone;
    DeskIdentity desk;
    QDateTime receivedAt;
    int status = 2;
};

// Dossiers in the local store. Methods that write expect the caller's transaction when several
// rows must change together (see IntakeService).
class DossierRepository
{
public:
    explicit DossierRepository(Database &db) : m_db(db) {}

    // Next sequence number for this unit, desk and day (1, 2, …), never handed out twice.
    Result<int> nextSequence(const DeskIdentity &desk, const QString &day);
    Result<qint64> insert(const DossierRow &row);
    Result<int> count() const;

private:
    Database &m_db;
};

} // namespace motcua
