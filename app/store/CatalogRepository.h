#pragma once

#include "core/Error.h"
#include "core/Procedure.h"

#include <optional>

namespace motcua {

class Database;

// The procedure catalogue in the local store, with its folded full-text index.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database &db) : m_db(db) {}

    // Replaces the whole catalogue in one transaction: all of it or nothing.
    Result<void> replace(const Catalog &catalog);
    Result<QList<ProcedureMatch>> search(const QString &query, int limit = 50) const;
    Result<std::optional<Procedure>> procedure(const QString &code) const;
    Result<int> count() const;
    QString version() const;

private:
    Database &m_db;
};

} // namespace motcua
