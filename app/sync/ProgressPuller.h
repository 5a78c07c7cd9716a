#pragma once

#include "ProvincialApi.h"
#include "store/ProgressRepository.h"

#include <QCoreApplication>

namespace motcua {

class Database;

// One page of the progress feed, read and checked.
struct ProgressPage
{
    QList<ProgressEvent> events;
    qint64 next = 0; // the cursor after this page
    bool more = false;
};

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

    // A page of the feed asked for after cursor `from` (pure: tests/fuzz/fuzz_response.cpp).
    static Result<ProgressPage> parsePage(const ApiReply &reply, qint64 from);

private:
    void nextPage(const QString &session, int appliedSoFar, int pagesLeft,
                  std::function<void(Result<int>)> done);

    Database &m_db;
    ProvincialApi &m_api;
};

} // namespace motcua
