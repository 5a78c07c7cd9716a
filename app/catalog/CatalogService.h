#pragma once

#include "core/Error.h"
#include "core/Procedure.h"

#include <QCoreApplication>

namespace motcua {

class Database;

// The catalogue the desk works with: imports (all or nothing), the bundled sample on first start,
// and search as the clerk types.
class CatalogService
{
    Q_DECLARE_TR_FUNCTIONS(CatalogService)

public:
    static constexpr const char *kSampleResource = ":/catalog/sample-catalog.json";

    explicit CatalogService(Database &db) : m_db(db) {}

    Result<int> importFile(const QString &path);
    // Loads the bundled sample catalogue when the store holds none yet.
    Result<void> ensureLoaded();
    Result<QList<ProcedureMatch>> search(const QString &query, int limit = 50) const;
    Result<std::optional<Procedure>> procedure(const QString &code) const;
    QString version() const;

private:
    Database &m_db;
};

} // namespace motcua
