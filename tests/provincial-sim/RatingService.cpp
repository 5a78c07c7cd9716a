#include "RatingService.h"

#include "JsonBody.h"
#include "SimStore.h"
#include "SqlExec.h"
#include "SqlTransaction.h"

#include <QtCore/QDateTime>
#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>

#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcRatings, "motcua.sim.ratings", QtInfoMsg)

namespace {

bool isText(const QJsonValue &v, qsizetype min, qsizetype max)
{
    return v.isString() && v.toString().size() >= min && v.toString().size() <= max;
}

// Why a rating cannot be stored, or nothing when it can. Never echoes the comment.
std::optional<QString> problemOf(const QJsonObject &r)
{
    if (!isText(r.value("client_key"_L1), 1, 64))
        return u"client_key must be a string of 1 to 64 characters"_s;
    if (!isText(r.value("MaHoSo"_L1), 1, 64))
        return u"MaHoSo must be a string of 1 to 64 characters"_s;
    const QJsonValue score = r.value("score"_L1);
    if (!score.isDouble() || score.toDouble() != score.toInt() || score.toInt() < 1
        || score.toInt() > 3)
        return u"score must be 1 (satisfied), 2 (normal) or 3 (not satisfied)"_s;
    const QJsonValue at = r.value("rated_at"_L1);
    if (!at.isString() || !QDateTime::fromString(at.toString(), Qt::ISODate).isValid())
        return u"rated_at must be an ISO 8601 time"_s;
    for (const auto name : {"unit_code"_L1, "desk_code"_L1, "clerk"_L1}) {
        if (!isText(r.value(name), 0, 64))
            return u"%1 must be a string of at most 64 characters"_s.arg(name);
    }
    const QJsonValue comment = r.value("comment"_L1);
    if (!comment.isUndefined() && !comment.isNull()
        && !isText(comment, 0, RatingService::kMaxComment))
        return u"comment must be a string of at most %1 characters"_s
            .arg(RatingService::kMaxComment);
    return std::nullopt;
}

QJsonObject result(const QString &key, const QString &kind, const QString &message = {})
{
    QJsonObject o{{u"client_key"_s, key}, {u"result"_s, kind}};
    if (!message.isEmpty())
        o.insert(u"message"_s, message);
    return o;
}

} // namespace

RatingService::RatingService(SimStore &store)
    : m_store(store)
{
}

SimReply RatingService::process(const QString &clerk, const QByteArray &body)
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request || !request->value("ratings"_L1).isArray())
        return SimReply::malformed(u"body must be {\"ratings\": [...]}"_s);
    const QJsonArray ratings = request->value("ratings"_L1).toArray();
    if (ratings.size() > kMaxBatch)
        return SimReply::error(413, SimError::TooLarge,
                               u"at most %1 ratings per request"_s.arg(kMaxBatch));
    const QSqlDatabase db = m_store.database();
    SqlTransaction tx(db);
    if (auto begun = tx.begin(); !begun)
        return SimReply::internal();
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    QJsonArray results;
    qint64 created = 0, duplicates = 0, invalid = 0;
    for (const QJsonValue &v : ratings) {
        const QJsonObject r = v.toObject();
        const QString key = r.value("client_key"_L1).toString();
        if (const auto problem = problemOf(r)) {
            ++invalid;
            results.append(result(key, u"invalid"_s, *problem));
            continue;
        }
        auto q = SqlExec::run(
            db,
            u"INSERT INTO ratings (client_key, ma_ho_so, unit_code, desk_code, clerk, rated_at,"
            " score, comment, sent_by, received_at)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, coalesce(?, ''), ?, ?)"
            " ON CONFLICT (client_key) DO NOTHING"_s,
            {key, r.value("MaHoSo"_L1).toString(), r.value("unit_code"_L1).toString(),
             r.value("desk_code"_L1).toString(), r.value("clerk"_L1).toString(),
             r.value("rated_at"_L1).toString(), r.value("score"_L1).toInt(),
             r.value("comment"_L1).toString(), clerk, now});
        if (!q) {
            qCCritical(lcRatings).noquote() << "ratings: store failure:" << q.error();
            return SimReply::internal();
        }
        const bool stored = q->numRowsAffected() == 1;
        ++(stored ? created : duplicates);
        results.append(result(key, stored ? u"created"_s : u"duplicate"_s));
    }
    auto counted = SqlExec::run(
        db,
        u"UPDATE counters SET value = value + CASE name WHEN 'rating_requests' THEN 1 ELSE ? END"
        " WHERE name IN ('rating_requests', 'rating_duplicates')"_s,
        {duplicates});
    if (!counted || !tx.commit()) {
        qCCritical(lcRatings, "ratings: cannot commit");
        return SimReply::internal();
    }
    qCInfo(lcRatings, "ratings: %lld created, %lld duplicates, %lld invalid",
           static_cast<long long>(created), static_cast<long long>(duplicates),
           static_cast<long long>(invalid));
    return SimReply::ok({{u"results"_s, results}});
}

SimReply RatingService::listing() const
{
    const QSqlDatabase db = m_store.database();
    auto q = SqlExec::run(db, u"SELECT client_key, ma_ho_so, unit_code, desk_code, clerk, rated_at,"
                              " score, comment, sent_by FROM ratings ORDER BY rowid"_s);
    if (!q)
        return SimReply::internal();
    QJsonArray list;
    qint64 byScore[4] = {0, 0, 0, 0};
    while (q->next()) {
        const int score = q->value(6).toInt();
        ++byScore[score >= 1 && score <= 3 ? score : 0];
        list.append(QJsonObject{{u"client_key"_s, q->value(0).toString()},
                                {u"MaHoSo"_s, q->value(1).toString()},
                                {u"unit_code"_s, q->value(2).toString()},
                                {u"desk_code"_s, q->value(3).toString()},
                                {u"clerk"_s, q->value(4).toString()},
                                {u"rated_at"_s, q->value(5).toString()},
                                {u"score"_s, score},
                                {u"comment"_s, q->value(7).toString()},
                                {u"sent_by"_s, q->value(8).toString()}});
    }
    QJsonObject out{{u"ratings"_s, list},
                    {u"satisfied"_s, byScore[1]},
                    {u"normal"_s, byScore[2]},
                    {u"not_satisfied"_s, byScore[3]}};
    auto counters = SqlExec::run(db, u"SELECT name, value FROM counters WHERE name IN"
                                     " ('rating_requests', 'rating_duplicates')"_s);
    if (!counters)
        return SimReply::internal();
    while (counters->next()) {
        out.insert(counters->value(0).toString() == u"rating_requests" ? u"requests"_s
                                                                        : u"duplicates"_s,
                   counters->value(1).toLongLong());
    }
    return SimReply::ok(out);
}

qint64 RatingService::count() const
{
    auto q = SqlExec::run(m_store.database(), u"SELECT count(*) FROM ratings"_s);
    return q && q->next() ? q->value(0).toLongLong() : -1;
}
