#pragma once

#include "ProvincialApi.h"
#include "store/RatingRepository.h"

#include <QCoreApplication>

namespace motcua {

class Database;

// Sends the citizens' pending satisfaction ratings to the provincial system
// (POST /api/v1/ratings, docs/protocol.md "Ratings") in batches, after the dossiers of a sync
// run. A rating is marked sent only when the answer acknowledges its client key (created or
// duplicate); a failed request (5xx, garbage, no connection) leaves the whole batch pending for
// the next run, and the server's deduplication on the key makes sending it again harmless.
// Runs on the thread that owns db and api.
class RatingSender
{
    Q_DECLARE_TR_FUNCTIONS(RatingSender)

public:
    static constexpr int kBatchSize = 200; // the provincial system takes up to 500

    RatingSender(Database &db, ProvincialApi &api) : m_db(db), m_api(api) {}

    // done gets the number of ratings acknowledged in this call.
    void send(const QString &session, std::function<void(Result<int>)> done);

    // The request body for these ratings, comments in clear (pure, for tests).
    static QJsonObject request(const QList<PendingRating> &ratings);
    // The client keys the answer acknowledges, of those sent; an answer that does not account for
    // every rating sent, or that cannot be read, is an error and acknowledges none.
    static Result<QStringList> acknowledged(const Result<ApiReply> &reply,
                                            const QList<PendingRating> &sent);

private:
    void nextBatch(const QString &session, qint64 afterId, int sentSoFar,
                   std::function<void(Result<int>)> done);

    Database &m_db;
    ProvincialApi &m_api;
};

} // namespace motcua
