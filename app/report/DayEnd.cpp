#include "DayEnd.h"

#include "Report.h"
#include "ReportActivations.h"
#include "ReportStatement.h"
#include "UnitRepository.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

Q_LOGGING_CATEGORY(lcDayEnd, "motcua.report.dayend")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(DayEnd)
};

// The unit's rows of report_dossier, counted as ReportService counts a one-day period [?1, ?1]:
// carried over when received before the day and not finished before it; received on the day by
// channel, online split by the citizen's own confirmation (emc) and, for the desk's own dossiers,
// by the one still awaited. ?3 non-empty keeps the dossiers that desk received.
constexpr const char *kReceivedSql =
    "SELECT coalesce(sum(r.received_day < ?1 AND (r.finished_day IS NULL "
    "                    OR r.finished_day >= ?1)), 0), "
    "       coalesce(sum(r.received_day = ?1 AND r.channel = 1), 0), "
    "       coalesce(sum(r.received_day = ?1 AND r.channel = 3), 0), "
    "       coalesce(sum(r.received_day = ?1 AND r.channel = 2 AND r.emc = 1), 0), "
    "       coalesce(sum(CASE WHEN r.received_day = ?1 AND r.channel = 2 AND r.emc = 0 "
    "                         AND r.source = 1 "
    "                    THEN (SELECT d.confirmation = 'awaiting' FROM dossier d "
    "                           WHERE d.code = r.code) END), 0), "
    "       coalesce(sum(r.received_day = ?1 AND r.channel = 2 AND r.emc = 0), 0), "
    "       coalesce(sum(r.received_day = ?1 AND r.assisted = 1), 0) "
    "  FROM report_dossier r "
    " WHERE r.unit_key = (SELECT id FROM report_key WHERE kind = 1 AND code = ?2) "
    "   AND r.received_day <= ?1 "
    "   AND CASE WHEN ?3 = '' THEN 1 "
    "            ELSE r.source = 1 AND EXISTS (SELECT 1 FROM dossier d "
    "                                           WHERE d.code = r.code AND d.desk_code = ?3) END";

// Open online dossiers whose citizen has not confirmed yet: not finished (3 not accepted, 7, 8,
// 9, 10 are final statuses, as for the report).
constexpr const char *kAwaitingSql =
    "SELECT count(*) FROM dossier "
    " WHERE confirmation = 'awaiting' AND channel = 2 AND status NOT IN (3, 7, 8, 9, 10) "
    "   AND (?1 = '' OR desk_code = ?1)";

// Not acknowledged by the provincial system yet and not needing the clerk: the sync sends them.
constexpr const char *kNotSyncedSql =
    "SELECT count(*) FROM outbox o JOIN dossier d ON d.id = o.dossier_id "
    " WHERE o.state IN ('queued', 'sending', 'retry') AND (?1 = '' OR d.desk_code = ?1)";

// In the order they were queued (outbox_pending gives it, no sort).
constexpr const char *kFailuresSql =
    "SELECT d.id, d.code, d.procedure_code, d.procedure_name, o.last_error, d.received_at "
    "  FROM outbox o JOIN dossier d ON d.id = o.dossier_id "
    " WHERE o.state = 'action' AND (?1 = '' OR d.desk_code = ?1) ORDER BY o.id";

Result<qint64> count(sqlite3 *db, const char *sql, const QString &deskCode)
{
    auto stmt = ReportStatement::prepare(db, sql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, deskCode);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    return *row ? stmt->integer(0) : 0;
}

Result<void> readReceived(sqlite3 *db, DayEndSummary &s)
{
    auto stmt = ReportStatement::prepare(db, kReceivedSql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, s.request.day.toJulianDay());
    stmt->bind(2, s.request.unitCode);
    stmt->bind(3, s.request.deskCode);
    auto row = stmt->step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return {};
    s.carriedOver = stmt->integer(0);
    s.direct = stmt->integer(1);
    s.postal = stmt->integer(2);
    s.onlineConfirmed = stmt->integer(3);
    s.onlineAwaiting = stmt->integer(4);
    s.onlineUnconfirmed = stmt->integer(5) - s.onlineAwaiting;
    s.assisted = stmt->integer(6);
    return {};
}

Result<QList<DayEndFailure>> readFailures(sqlite3 *db, const QString &deskCode)
{
    auto stmt = ReportStatement::prepare(db, kFailuresSql);
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, deskCode);
    QList<DayEndFailure> out;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return out;
        DayEndFailure f;
        f.dossierId = stmt->integer(0);
        f.code = stmt->text(1);
        f.procedureCode = stmt->text(2);
        f.procedureName = stmt->text(3);
        f.reason = stmt->text(4);
        f.receivedAt = QDateTime::fromString(stmt->text(5), Qt::ISODate);
        out.append(f);
    }
}

} // namespace

qint64 DayEndSummary::onlineShareHundredths() const
{
    return rateHundredths(online(), handled());
}

qint64 DayEndSummary::emcShareHundredths() const
{
    return rateHundredths(emcOnline(), handled());
}

QDate DayEnd::today()
{
    return UnitRepository::vietnamToday();
}

Result<DayEndSummary> DayEnd::compute(Database &db, const DayEndRequest &request)
{
    if (!request.day.isValid())
        return fail(u"report.period"_s, Tr::tr("Choose the day to close."), u"no day"_s);
    QElapsedTimer timer;
    timer.start();
    sqlite3 *handle = db.handle();
    const ReportSnapshot snapshot(handle);
    if (auto ok = snapshot.opened(); !ok)
        return std::unexpected(ok.error());

    DayEndSummary s;
    s.request = request;
    if (auto ok = readReceived(handle, s); !ok)
        return std::unexpected(ok.error());
    // Activations are recorded at this desk only (the table has no unit): the desk's unit.
    auto activations = ReportActivations::byDay(handle, request.day, request.day, request.unitCode);
    if (!activations)
        return std::unexpected(activations.error());
    s.accountsActivated = ReportActivations::total(*activations);
    auto awaiting = count(handle, kAwaitingSql, request.deskCode);
    if (!awaiting)
        return std::unexpected(awaiting.error());
    s.awaitingConfirmation = *awaiting;
    auto notSynced = count(handle, kNotSyncedSql, request.deskCode);
    if (!notSynced)
        return std::unexpected(notSynced.error());
    s.notSynced = *notSynced;
    auto failures = readFailures(handle, request.deskCode);
    if (!failures)
        return std::unexpected(failures.error());
    s.failures = std::move(*failures);
    qCInfo(lcDayEnd) << "day-end summary in" << timer.elapsed() << "ms";
    return s;
}

} // namespace motcua
