#include "RatingSender.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QSet>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua {

namespace {

Error unreadable(qsizetype answered, qsizetype sent)
{
    return Error{u"server.garbled"_s,
                 RatingSender::tr("The provincial system did not acknowledge the citizens' "
                                  "ratings. They stay on this desk and will be sent again at the "
                                  "next sync."),
                 u"ratings: %1 results for %2 sent"_s.arg(answered).arg(sent)};
}

} // namespace

void RatingSender::send(const QString &session, std::function<void(Result<int>)> done)
{
    nextBatch(session, 0, 0, std::move(done));
}

void RatingSender::nextBatch(const QString &session, qint64 afterId, int sentSoFar,
                             std::function<void(Result<int>)> done)
{
    auto batch = RatingRepository(m_db).pending(kBatchSize, afterId);
    if (!batch)
        return done(std::unexpected(batch.error()));
    if (batch->isEmpty()) {
        if (sentSoFar > 0)
            qCInfo(lcSync) << "ratings: sent" << sentSoFar;
        return done(sentSoFar);
    }
    const qint64 last = batch->constLast().id;
    m_api.call(u"/api/v1/ratings"_s, request(*batch), session,
               [this, session, last, sentSoFar, ratings = *batch,
                done = std::move(done)](Result<ApiReply> reply) mutable {
        auto keys = acknowledged(reply, ratings);
        if (!keys)
            return done(std::unexpected(keys.error()));
        auto marked = RatingRepository(m_db).markSent(*keys, QDateTime::currentDateTimeUtc());
        if (!marked)
            return done(std::unexpected(marked.error()));
        // Refused ones (invalid) stay pending; the next batch starts after this one.
        nextBatch(session, last, sentSoFar + *marked, std::move(done));
    });
}

QJsonObject RatingSender::request(const QList<PendingRating> &ratings)
{
    QJsonArray list;
    for (const PendingRating &r : ratings) {
        QJsonObject o{{u"client_key"_s, r.clientKey},
                      {u"MaHoSo"_s, r.dossierCode},
                      {u"unit_code"_s, r.unitCode},
                      {u"desk_code"_s, r.deskCode},
                      {u"clerk"_s, r.clerk},
                      {u"rated_at"_s, r.ratedAt.toUTC().toString(Qt::ISODate)},
                      {u"score"_s, r.score}};
        if (!r.comment.isEmpty())
            o.insert(u"comment"_s, r.comment);
        list.append(o);
    }
    return {{u"ratings"_s, list}};
}

Result<QStringList> RatingSender::acknowledged(const Result<ApiReply> &reply,
                                               const QList<PendingRating> &sent)
{
    if (!reply)
        return std::unexpected(reply.error());
    if (reply->httpStatus != 200 || reply->errorCode() != 0)
        return fail(u"protocol.refused"_s,
                    tr("The provincial system refused the citizens' ratings (HTTP %1): %2. They "
                       "stay on this desk; tell your IT officer if it persists.")
                        .arg(reply->httpStatus)
                        .arg(reply->body.value(u"message"_s).toString()),
                    u"ratings: HTTP %1 error_code %2"_s.arg(reply->httpStatus)
                        .arg(reply->errorCode()));
    const QJsonArray results = reply->body.value(u"results"_s).toArray();
    if (results.size() != sent.size())
        return std::unexpected(unreadable(results.size(), sent.size()));
    QSet<QString> ours;
    for (const PendingRating &r : sent)
        ours.insert(r.clientKey);
    QStringList keys;
    for (const QJsonValue &v : results) {
        const QJsonObject o = v.toObject();
        const QString key = o.value(u"client_key"_s).toString();
        const QString result = o.value(u"result"_s).toString();
        if (!ours.contains(key))
            return std::unexpected(unreadable(results.size(), sent.size()));
        if (result == u"created" || result == u"duplicate")
            keys.append(key);
        else if (result == u"invalid")
            qCWarning(lcSync) << "a rating was refused:" << o.value(u"message"_s).toString();
        else
            return std::unexpected(unreadable(results.size(), sent.size()));
    }
    return keys;
}

} // namespace motcua
