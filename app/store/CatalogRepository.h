#pragma once

#include "core/Error.h"
#include "core/Procedure.h"

#include <memory>
#include <optional>

namespace motcua {

class CatalogIndex;
class Database;

// The procedure catalogue in the local store, with its folded full-text index.
class CatalogRepository
{
public:
    explicit CatalogRepository(Database &db) : m_db(db) {}

    // Replaces the whole catalogue in one transaction: all of it or nothing.
    Result<void> replace(const Catalog &catalog);
    // Search as the clerk types, through the in-memory CatalogIndex (built on first use and
    // whenever the catalogue changes).
    Result<QList<ProcedureMatch>> search(const QString &query, int limit = 50) const;
    Result<std::shared_ptr<const CatalogIndex>> index() const;
    Result<std::optional<Procedure>> procedure(const QString &code) const;
    Result<int> count() const;
    QString version() const;

private:
    Database &m_db;
};

} // namespace motcua
