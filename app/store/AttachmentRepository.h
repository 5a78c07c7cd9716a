#pragma once

#include "core/Error.h"
#include "intake/AttachmentStore.h"

namespace motcua {

class Database;

// Rows for the scans stored by AttachmentStore. insert() belongs in the transaction that saves the
// dossier referencing the scan.
class AttachmentRepository
{
public:
    explicit AttachmentRepository(Database &db) : m_db(db) {}

    Result<void> insert(const StoredAttachment &a, const QString &originalName,
                        const QDateTime &at);
    Result<QSet<QString>> referenced() const;

private:
    Database &m_db;
};

} // namespace motcua
