#include "ProgressPuller.h"

#include "store/ProgressRepository.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QTimeZone>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua {

namespace {

constexpr int kMaxPages = 1000; // a feed that never ends is a server fault, not a reason to spin

QDateTime fromStamp(const QJsonValue &v)
{
    QDateTime t = QDateTime::fromString(v.toString(), u"yyyyMMddHHmmss"_s);
    if (!t.isValid())
        return {};
    t.setTimeZone(QTimeZone(7 * 3600));
    return t;
}

std::optional<ProgressEvent> eventOf(const QJsonValue &v)
{
    const QJsonObject o = v.toObject();
    static const QStringList kinds{u"status"_s, u"appointment"_s, u"supplement"_s,
                                   u"citizen_confirmation"_s};
    ProgressEvent e;
    e.cursor = o.value(u"cursor"_s).toInteger(0);
    e.dossierCode = o.value(u"MaHoSo"_s).toString();
    e.kind = o.value(u"kind"_s).toString();
    e.status = o.value(u"TrangThaiHoSo"_s).toInt(0);
    e.dueAt = fromStamp(o.value(u"NgayHenTra"_s));
    e.at = fromStamp(o.value(u"ThoiDiemXuLy"_s));
    if (e.kind == u"citizen_confirmation" && o.contains(u"confirmed_at"_s))
        e.at = fromStamp(o.value(u"confirmed_at"_s));
    e.payload = o;
    if (e.cursor <= 0 || e.dossierCode.isEmpty() || !kinds.contains(e.kind) || e.status < 0
        || e.status > 10)
        return std::nullopt;
    return e;
}

} // namespace

void ProgressPuller::pull(const QString &session, std::function<void(Result<int>)> done)
{
    nextPage(session, 0, kMaxPages, std::move(done));
}

void ProgressPuller::nextPage(const QString &session, int appliedSoFar, int pagesLeft,
                              std::function<void(Result<int>)> done)
{
    ProgressRepository repo(m_db);
    auto from = repo.cursor();
    if (!from)
        return done(std::unexpected(from.error()));
    const QJsonObject request{{u"after"_s, *from}, {u"limit"_s, kPageSize}};
    m_api.call(u"/api/v1/dossiers/updates"_s, request, session,
               [this, session, appliedSoFar, pagesLeft, from = *from,
                done = std::move(done)](Result<ApiReply> reply) mutable {
        if (!reply)
            return done(std::unexpected(reply.error()));
        auto page = parsePage(*reply, from);
        if (!page)
            return done(std::unexpected(page.error()));
        const qint64 next = page->next;
        auto applied = ProgressRepository(m_db).applyPage(page->events, next);
        if (!applied)
            return done(std::unexpected(applied.error()));
        const int total = appliedSoFar + *applied;
        if (!page->more || next == from || pagesLeft <= 1) {
            qCInfo(lcSync) << "progress: applied" << total << "events, cursor" << next;
            return done(total);
        }
        nextPage(session, total, pagesLeft - 1, std::move(done));
    });
}

Result<ProgressPage> ProgressPuller::parsePage(const ApiReply &reply, qint64 from)
{
    if (reply.httpStatus != 200 || reply.errorCode() != 0)
        return fail(u"protocol.refused"_s,
                    tr("The provincial system did not send the progress of the "
                       "dossiers (HTTP %1). Tell your IT officer if it persists.")
                        .arg(reply.httpStatus),
                    u"updates: HTTP %1 error_code %2"_s.arg(reply.httpStatus)
                        .arg(reply.errorCode()));
    ProgressPage page;
    for (const QJsonValue &v : reply.body.value(u"events"_s).toArray()) {
        auto e = eventOf(v);
        if (!e || e->cursor <= from)
            return fail(u"server.garbled"_s,
                        tr("The provincial system sent progress motcua cannot read. "
                           "Nothing was changed; it will be asked again at the next "
                           "sync."));
        page.events.append(*e);
    }
    page.next = reply.body.value(u"next_cursor"_s).toInteger(from);
    if (page.next < from || (!page.events.isEmpty() && page.next < page.events.constLast().cursor))
        return fail(u"server.garbled"_s,
                    tr("The provincial system sent progress motcua cannot read. "
                       "Nothing was changed; it will be asked again at the next sync."));
    page.more = reply.body.value(u"more"_s).toBool();
    return page;
}

} // namespace motcua
