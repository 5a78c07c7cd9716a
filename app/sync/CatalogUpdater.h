#pragma once

#include "ProvincialApi.h"

#include <QCoreApplication>

namespace motcua {

class Database;

// Fetches the procedure catalogue the province publishes and applies a new version atomically
// (CatalogParser validates it, CatalogRepository::replace swaps it in one transaction). A bad
// catalogue from the server changes nothing. Dossiers keep the procedure name and fee they were
// received with (copied into the dossier row at intake).
class CatalogUpdater
{
    Q_DECLARE_TR_FUNCTIONS(CatalogUpdater)

public:
    CatalogUpdater(Database &db, ProvincialApi &api) : m_db(db), m_api(api) {}

    // done gets the new version label when the catalogue changed, an empty string when not.
    void update(const QString &session, std::function<void(Result<QString>)> done);

private:
    Database &m_db;
    ProvincialApi &m_api;
};

} // namespace motcua
