#include "ProgressFeed.h"

#include "DossierEvents.h"
#include "JsonBody.h"
#include "SimStore.h"
#include "VnTime.h"

#include <QtCore/QJsonArray>
#include <QtCore/QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcProgress, "motcua.sim.progress", QtInfoMsg)

namespace {

bool isStamp(const QJsonValue &v)
{
    return v.isString()
        && QDateTime::fromString(v.toString(), u"yyyyMMddHHmmss"_s).isValid();
}

std::optional<QString> supplementProblem(const QJsonValue &v)
{
    if (!v.isObject())
        return u"supplement must be an object"_s;
    const QJsonObject s = v.toObject();
    const QJsonValue papers = s.value(QLatin1StringView("papers"));
    if (!papers.isArray() || papers.toArray().isEmpty())
        return u"supplement.papers must be a non-empty array of strings"_s;
    for (const QJsonValue &p : papers.toArray()) {
        if (!p.isString() || p.toString().trimmed().isEmpty())
            return u"supplement.papers must be a non-empty array of strings"_s;
    }
    if (s.contains(QLatin1StringView("note")) && !s.value(QLatin1StringView("note")).isString())
        return u"supplement.note must be a string"_s;
    if (s.contains(QLatin1StringView("deadline")) && !isStamp(s.value(QLatin1StringView("deadline"))))
        return u"supplement.deadline must be yyyyMMddHHmmss"_s;
    return std::nullopt;
}

} // namespace

ProgressFeed::ProgressFeed(SimStore &store)
    : m_store(store)
{
}

SimReply ProgressFeed::updates(const QString &clerk, const QByteArray &body)
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request)
        return SimReply::malformed(u"body must be a JSON object"_s);
    const QJsonValue after = request->value(QLatin1StringView("after"));
    if (!after.isUndefined() && !after.isNull() && (!after.isDouble() || after.toDouble() < 0))
        return SimReply::malformed(u"after must be a cursor (a number >= 0)"_s);
    const QJsonValue limitValue = request->value(QLatin1StringView("limit"));
    int limit = kDefaultLimit;
    if (!limitValue.isUndefined() && !limitValue.isNull()) {
        limit = limitValue.toInt(-1);
        if (limit < 1 || limit > kMaxLimit)
            return SimReply::malformed(u"limit must be from 1 to %1"_s.arg(kMaxLimit));
    }
    const qint64 cursor = after.toInteger(0);
    // One more than asked tells whether more events wait.
    auto page = DossierEvents(m_store.database()).page(clerk, cursor, limit + 1);
    if (!page) {
        qCCritical(lcProgress).noquote() << "updates: store failure:" << page.error();
        return SimReply::internal();
    }
    const bool more = page->size() > limit;
    if (more)
        page->removeLast();
    const qint64 next = page->isEmpty() ? cursor
                                        : page->last().toObject().value(u"cursor"_s).toInteger();
    qCInfo(lcProgress, "updates: %lld events", static_cast<long long>(page->size()));
    return SimReply::ok(QJsonObject{{u"events"_s, *page},
                                    {u"next_cursor"_s, next},
                                    {u"more"_s, more}});
}

SimReply ProgressFeed::advance(const QByteArray &body)
{
    const std::optional<QJsonObject> request = jsonBodyObject(body);
    if (!request)
        return SimReply::malformed(u"body must be a JSON object"_s);
    const QJsonValue maHoSo = request->value(QLatin1StringView("MaHoSo"));
    if (!maHoSo.isString() || maHoSo.toString().isEmpty())
        return SimReply::malformed(u"MaHoSo must be a non-empty string"_s);
    const QJsonValue status = request->value(QLatin1StringView("TrangThaiHoSo"));
    const QJsonValue due = request->value(QLatin1StringView("NgayHenTra"));
    const QJsonValue supplement = request->value(QLatin1StringView("supplement"));
    const bool hasStatus = !status.isUndefined() && !status.isNull();
    const bool hasDue = !due.isUndefined() && !due.isNull();
    const bool hasSupplement = !supplement.isUndefined() && !supplement.isNull();
    if (hasStatus && (!status.isDouble() || status.toInt() < 1 || status.toInt() > 10
                      || status.toDouble() != status.toInt()))
        return SimReply::malformed(u"TrangThaiHoSo must be a number from 1 to 10"_s);
    if (hasDue && !isStamp(due))
        return SimReply::malformed(u"NgayHenTra must be yyyyMMddHHmmss"_s);
    if (hasSupplement) {
        if (auto problem = supplementProblem(supplement))
            return SimReply::malformed(*problem);
        if (status.toInt() != 5)
            return SimReply::malformed(u"a supplement goes with TrangThaiHoSo 5"_s);
    }
    if (!hasStatus && !hasDue)
        return SimReply::malformed(u"TrangThaiHoSo or NgayHenTra is required"_s);

    DossierEvents events(m_store.database());
    auto exists = events.dossierExists(maHoSo.toString());
    if (!exists) {
        qCCritical(lcProgress).noquote() << "advance: store failure:" << exists.error();
        return SimReply::internal();
    }
    if (!*exists)
        return SimReply::error(404, SimError::NotFound, u"no dossier under this MaHoSo"_s);

    QJsonObject fields{
        {u"NguoiXuLy"_s, request->value(QLatin1StringView("NguoiXuLy")).toString(u"Chuyên viên"_s)},
        {u"NoiDungXuLy"_s, request->value(QLatin1StringView("NoiDungXuLy")).toString()},
        {u"ThoiDiemXuLy"_s, VnTime::stamp(QDateTime::currentDateTimeUtc())},
    };
    if (hasStatus)
        fields.insert(u"TrangThaiHoSo"_s, status.toInt());
    if (hasDue)
        fields.insert(u"NgayHenTra"_s, due.toString());
    if (hasSupplement)
        fields.insert(u"supplement"_s, supplement);
    const QString kind = hasSupplement ? u"supplement"_s
                         : hasStatus   ? u"status"_s
                                       : u"appointment"_s;
    auto cursor = events.append(maHoSo.toString(), kind, fields);
    if (!cursor) {
        qCCritical(lcProgress).noquote() << "advance: store failure:" << cursor.error();
        return SimReply::internal();
    }
    qCInfo(lcProgress, "advance: event %lld (%s)", static_cast<long long>(*cursor),
           qUtf8Printable(kind));
    return SimReply::ok(QJsonObject{{u"cursor"_s, *cursor}, {u"kind"_s, kind}});
}
