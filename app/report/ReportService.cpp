#include "ReportService.h"

#include "ReportActivations.h"
#include "ReportSatisfaction.h"
#include "ReportStatement.h"
#include "ReportTrend.h"
#include "store/Database.h"

#include <QElapsedTimer>
#include <QLoggingCategory>

#include <algorithm>
#include <vector>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

Q_LOGGING_CATEGORY(lcReport, "motcua.report")

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(ReportService)
};

// report_key ids are SQLite rowids, dense from 1: counts live in a vector indexed by them.
constexpr qint64 kMaxKey = 1 << 20;

struct Counts
{
    qint64 carried = 0, online = 0, directPostal = 0, emc = 0, assisted = 0, accounts = 0;
    bool any() const { return carried || online || directPostal || accounts; }
};

void addTo(ReportRow &row, const Counts &c)
{
    row.carriedOver += c.carried;
    row.online += c.online;
    row.directPostal += c.directPostal;
    row.emcOnline += c.emc;
    row.assisted += c.assisted;
    row.accountsActivated += c.accounts;
}

// Only the rows that can count: received by the end of the period, and either received in it or
// still open at its start. Column 0 is the grouping's key.
const char *scanSql(ReportGrouping by)
{
#define MOTCUA_REPORT_SCAN(key)                                                                    \
    "SELECT " key ", channel, emc, assisted, received_day, finished_day FROM report_dossier "     \
    "WHERE received_day <= ?2 AND (received_day >= ?1 OR finished_day IS NULL "                   \
    "OR finished_day >= ?1)"
    switch (by) {
    case ReportGrouping::Level: return MOTCUA_REPORT_SCAN("unit_level");
    case ReportGrouping::Unit: return MOTCUA_REPORT_SCAN("unit_key");
    case ReportGrouping::Field: return MOTCUA_REPORT_SCAN("field_key");
    case ReportGrouping::Procedure: return MOTCUA_REPORT_SCAN("procedure_key");
    }
#undef MOTCUA_REPORT_SCAN
    return nullptr;
}

// One pass over report_dossier, counting into byKey[key] (grown as needed). SQLite's GROUP BY
// would sort; this reads integers straight from the statement (docs/performance.md).
Result<qint64> scan(sqlite3 *db, ReportGrouping by, qint64 from, qint64 to,
                    std::vector<Counts> &byKey)
{
    auto stmt = ReportStatement::prepare(db, scanSql(by));
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, from);
    stmt->bind(2, to);
    qint64 rows = 0;
    for (;;) {
        auto row = stmt->step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return rows;
        ++rows;
        const qint64 key = stmt->integer(0);
        if (key < 0 || key > kMaxKey)
            return std::unexpected(Error{u"report.read"_s,
                                         Tr::tr("The report cannot be made: the store holds a "
                                                "report key out of range. Tell the "
                                                "administrator."),
                                         u"report key %1"_s.arg(key)});
        if (size_t(key) >= byKey.size())
            byKey.resize(size_t(key) + 1);
        Counts &c = byKey[size_t(key)];
        const qint64 received = stmt->integer(4);
        if (received < from) {
            if (stmt->isNull(5) || stmt->integer(5) >= from)
                ++c.carried;
        } else if (stmt->integer(1) == 2) {
            ++c.online;
            c.emc += stmt->integer(2);
            c.assisted += stmt->integer(3);
        } else {
            ++c.directPostal;
        }
    }
}

Result<void> checkPeriod(const QDate &from, const QDate &to)
{
    if (!from.isValid() || !to.isValid() || from > to)
        return fail(u"report.period"_s,
                    Tr::tr("The report period is not valid: give a first and a last day, the "
                           "first not after the last."),
                    u"from %1 to %2"_s.arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)));
    return {};
}

// The rows of a unit, field or procedure report: every key with something counted, by code.
// Activations go to the desk's unit (accounts > 0 only for units), listed even when it received
// no dossier in the period.
Result<QList<ReportRow>> keyedRows(sqlite3 *db, const ReportRequest &request,
                                   std::vector<Counts> &byKey, qint64 accounts)
{
    const int kind = request.by == ReportGrouping::Unit ? 1
                     : request.by == ReportGrouping::Field ? 2 : 3;
    auto stmt = ReportStatement::prepare(db, "SELECT id, code, name FROM report_key WHERE kind = ?1");
    if (!stmt)
        return std::unexpected(stmt.error());
    stmt->bind(1, qint64(kind));
    QList<ReportRow> rows;
    for (;;) {
        auto next = stmt->step();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const qint64 id = stmt->integer(0);
        const QString code = stmt->text(1);
        Counts c = id >= 0 && size_t(id) < byKey.size() ? byKey[size_t(id)] : Counts{};
        if (accounts > 0 && code == request.deskUnitCode)
            c.accounts = std::exchange(accounts, 0);
        if (!c.any())
            continue;
        ReportRow row;
        row.group = code;
        row.name = stmt->text(2);
        addTo(row, c);
        rows.append(row);
    }
    if (accounts > 0) {
        // Not a receiving unit yet: its name as the unit list has it, if listed.
        auto name = ReportStatement::prepare(
            db, "SELECT name FROM admin_unit WHERE code = ?1 ORDER BY valid_from DESC LIMIT 1");
        if (!name)
            return std::unexpected(name.error());
        name->bind(1, request.deskUnitCode);
        auto found = name->step();
        if (!found)
            return std::unexpected(found.error());
        ReportRow row;
        row.group = request.deskUnitCode;
        row.name = *found ? name->text(0) : QString();
        row.accountsActivated = accounts;
        rows.append(row);
    }
    std::sort(rows.begin(), rows.end(),
              [](const ReportRow &a, const ReportRow &b) { return a.group < b.group; });
    return rows;
}

} // namespace

Result<Report> ReportService::run(const ReportRequest &request) const
{
    if (auto ok = checkPeriod(request.from, request.to); !ok)
        return std::unexpected(ok.error());
    QElapsedTimer timer;
    timer.start();
    sqlite3 *db = m_db.handle();
    const ReportSnapshot snapshot(db);
    if (auto ok = snapshot.opened(); !ok)
        return std::unexpected(ok.error());
    const qint64 from = request.from.toJulianDay();
    const qint64 to = request.to.toJulianDay();

    std::vector<Counts> byKey(request.by == ReportGrouping::Level ? 4 : 0);
    auto scanned = scan(db, request.by, from, to, byKey);
    if (!scanned)
        return std::unexpected(scanned.error());
    auto activations = ReportActivations::byDay(db, request.from, request.to, request.deskUnitCode);
    if (!activations)
        return std::unexpected(activations.error());

    Report report{request, {}, {}};
    ReportRow all;
    all.group = u"all"_s;
    all.totalRow = true;
    for (const ActivationDay &a : *activations) {
        all.accountsActivated += a.count;
        if (request.by == ReportGrouping::Level && !request.deskUnitCode.isEmpty())
            byKey[size_t(std::clamp(a.level, 1, 3))].accounts += a.count;
    }
    for (const Counts &c : byKey)
        addTo(all, {c.carried, c.online, c.directPostal, c.emc, c.assisted, 0});

    if (request.by == ReportGrouping::Level) {
        const QString names[] = {u"province"_s, u"district"_s, u"commune"_s};
        for (int level = 1; level <= 3; ++level) {
            ReportRow row;
            row.group = names[level - 1];
            addTo(row, byKey[size_t(level)]);
            report.rows.append(row);
        }
    } else {
        const bool toUnit = request.by == ReportGrouping::Unit && !request.deskUnitCode.isEmpty();
        auto rows = keyedRows(db, request, byKey, toUnit ? all.accountsActivated : 0);
        if (!rows)
            return std::unexpected(rows.error());
        report.rows = std::move(*rows);
    }
    report.rows.append(all);
    auto satisfaction = ReportSatisfaction::count(db, request.from, request.to,
                                                  request.deskUnitCode);
    if (!satisfaction)
        return std::unexpected(satisfaction.error());
    report.satisfaction = *satisfaction;
    qCInfo(lcReport) << "report over" << (to - from + 1) << "days," << *scanned
                     << "rows read, in" << timer.elapsed() << "ms";
    return report;
}

Result<QList<TrendPoint>> ReportService::monthlyTrend(const QDate &lastDay, int months,
                                                     const QString &deskUnitCode) const
{
    return ReportTrend::compute(m_db.handle(), lastDay, months, deskUnitCode);
}

} // namespace motcua
