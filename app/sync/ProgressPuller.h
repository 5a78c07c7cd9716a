#pragma once

#include "ProvincialApi.h"

#include <QCoreApplication>

namespace motcua {

class Database;

// Pulls the progress feed of the provincial system page by page until caught up, applying each
// page in one transaction (ProgressRepository). Runs on the thread that owns db and api.
class ProgressPuller
{
    Q_DECLARE_TR_FUNCTIONS(ProgressPuller)

public:
    static constexpr int kPageSize = 200;

    ProgressPuller(Database &db, ProvincialApi &api) : m_db(db), m_api(api) {}

    // done gets the number of events applied to this desk's dossiers.
    void pull(const QString &session, std::function<void(Result<int>)> done);

private:
    void nextPage(const QString &session, int appliedSoFar, int pagesLeft,
                  std::function<void(Result<int>)> done);

    Database &m_db;
    ProvincialApi &m_api;
};

} // namespace motcua
