// The online-rate report over 1,000,000 dossiers: ReportService::run for each grouping over one
// month, one year and five years, and monthlyTrend over 12 months; best and median of 5 runs.
// Also, for comparison, the same counts as one SQL GROUP BY (what the service does not use).
// The store lives on the real disk: in $MOTCUA_BENCH_DIR, else next to this program, never in
// /tmp. It is built once (prepared inserts in one transaction) and reused; "rebuild" builds it
// again. Usage: bench_report [ROWS=1000000] [rebuild]
#include "BenchStore.h"
#include "report/ReportService.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QRandomGenerator>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

const QDate kFirst(2021, 1, 1);
const QDate kLast(2025, 12, 31);
const QDate kReform(2025, 7, 1);
constexpr int kDistricts = 10, kCommunes = 150, kFields = 30, kProcedures = 800;
// report_key ids: 1 the province, 2.. districts, then communes, fields, procedures.
constexpr int kDistrictKey = 2, kCommuneKey = kDistrictKey + kDistricts,
              kFieldKey = kCommuneKey + kCommunes, kProcedureKey = kFieldKey + kFields;

void check(sqlite3 *db, int rc, const char *what)
{
    if (rc != SQLITE_OK && rc != SQLITE_DONE && rc != SQLITE_ROW)
        qFatal("%s: %s", what, sqlite3_errmsg(db));
}

void exec(sqlite3 *db, const char *sql)
{
    check(db, sqlite3_exec(db, sql, nullptr, nullptr, nullptr), sql);
}

sqlite3_stmt *prepare(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *s = nullptr;
    check(db, sqlite3_prepare_v2(db, sql, -1, &s, nullptr), sql);
    return s;
}

void keys(sqlite3 *db)
{
    sqlite3_stmt *key = prepare(db, "INSERT INTO report_key(id, kind, code, name) VALUES (?,?,?,?)");
    sqlite3_stmt *unit = prepare(db, "INSERT INTO admin_unit(code, name, level, parent_code, "
                                     "valid_from, valid_to) VALUES (?,?,?,?,?,?)");
    const auto add = [&](int id, int kind, const QByteArray &code, const QByteArray &name) {
        sqlite3_bind_int(key, 1, id);
        sqlite3_bind_int(key, 2, kind);
        sqlite3_bind_text(key, 3, code.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(key, 4, name.constData(), -1, SQLITE_TRANSIENT);
        check(db, sqlite3_step(key), "key");
        sqlite3_reset(key);
    };
    const auto version = [&](const QByteArray &code, int level, const char *parent,
                             const char *from, const char *to) {
        sqlite3_bind_text(unit, 1, code.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(unit, 2, "Đơn vị", -1, SQLITE_STATIC);
        sqlite3_bind_int(unit, 3, level);
        if (parent)
            sqlite3_bind_text(unit, 4, parent, -1, SQLITE_STATIC);
        else
            sqlite3_bind_null(unit, 4);
        sqlite3_bind_text(unit, 5, from, -1, SQLITE_STATIC);
        sqlite3_bind_text(unit, 6, to, -1, SQLITE_STATIC);
        check(db, sqlite3_step(unit), "admin_unit");
        sqlite3_reset(unit);
    };
    add(1, 1, "46", "Tỉnh");
    version("46", 1, nullptr, "0001-01-01", "9999-12-31");
    for (int i = 0; i < kDistricts; ++i) {
        const QByteArray code = QByteArray::number(460 + i);
        add(kDistrictKey + i, 1, code, "Huyện " + code);
        version(code, 2, "46", "0001-01-01", "2025-06-30");
    }
    for (int i = 0; i < kCommunes; ++i) {
        const QByteArray code = QByteArray::number(19000 + i);
        add(kCommuneKey + i, 1, code, "Xã " + code);
        version(code, 3, "46", "0001-01-01", "9999-12-31");
    }
    for (int i = 0; i < kFields; ++i)
        add(kFieldKey + i, 2, "F" + QByteArray::number(i), "Lĩnh vực");
    for (int i = 0; i < kProcedures; ++i)
        add(kProcedureKey + i, 3, "1." + QByteArray::number(100000 + i), "Thủ tục");
    sqlite3_finalize(key);
    sqlite3_finalize(unit);
}

// rows dossiers received evenly over the five years; 30% online of which 15% with the citizen's
// own account (half of those prepared at a counter), 60% at the counter, 10% by post; 95%
// finished within 30 days, 4% within 6 months, 1% never (still open).
void build(sqlite3 *db, qint64 rows)
{
    QRandomGenerator rng(20251231);
    exec(db, "BEGIN");
    keys(db);
    sqlite3_stmt *ins = prepare(
        db, "INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, "
            "procedure_key, channel, emc, assisted, received_day, finished_day) "
            "VALUES (?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const qint64 first = kFirst.toJulianDay(), days = kLast.toJulianDay() - first + 1;
    const qint64 reform = kReform.toJulianDay(), today = kLast.toJulianDay();
    for (qint64 i = 0; i < rows; ++i) {
        const qint64 received = first + i * days / rows;
        const int u = rng.bounded(100);
        int unit, level;
        if (u < 12) {
            unit = 1, level = 1;
        } else if (u < 42 && received < reform) {
            unit = kDistrictKey + rng.bounded(kDistricts), level = 2;
        } else {
            unit = kCommuneKey + rng.bounded(kCommunes), level = 3;
        }
        const int c = rng.bounded(1000);
        const int channel = c < 300 ? 2 : c < 900 ? 1 : 3;
        const int emc = channel == 2 && c < 45; // 15% of the online ones
        const int assisted = emc && c < 22;
        const int f = rng.bounded(100);
        qint64 finished = f < 95 ? received + rng.bounded(31) : f < 99 ? received + 31 + rng.bounded(150) : -1;
        const QByteArray code = "H46-" + QByteArray::number(i);
        sqlite3_bind_text(ins, 1, code.constData(), int(code.size()), SQLITE_TRANSIENT);
        sqlite3_bind_int(ins, 2, unit);
        sqlite3_bind_int(ins, 3, level);
        sqlite3_bind_int(ins, 4, kFieldKey + rng.bounded(kFields));
        sqlite3_bind_int(ins, 5, kProcedureKey + rng.bounded(kProcedures));
        sqlite3_bind_int(ins, 6, channel);
        sqlite3_bind_int(ins, 7, emc);
        sqlite3_bind_int(ins, 8, assisted);
        sqlite3_bind_int64(ins, 9, received);
        if (finished < 0 || finished > today)
            sqlite3_bind_null(ins, 10);
        else
            sqlite3_bind_int64(ins, 10, finished);
        check(db, sqlite3_step(ins), "report_dossier");
        sqlite3_reset(ins);
    }
    sqlite3_finalize(ins);
    // 20,000 accounts activated at the counter over the five years.
    sqlite3_stmt *act = prepare(db, "INSERT INTO activation(remote_id, cccd, method, clerk, "
                                    "started_at, state, finished_at) "
                                    "VALUES (?, '0', 'vneid', 'c', ?, 'activated', ?)");
    for (int i = 0; i < 20000; ++i) {
        const QByteArray id = "act-" + QByteArray::number(i);
        const QByteArray at = QDate::fromJulianDay(first + qint64(i) * days / 20000)
                                  .toString(Qt::ISODate).toLatin1() + "T09:00:00+07:00";
        sqlite3_bind_text(act, 1, id.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(act, 2, at.constData(), -1, SQLITE_TRANSIENT);
        sqlite3_bind_text(act, 3, at.constData(), -1, SQLITE_TRANSIENT);
        check(db, sqlite3_step(act), "activation");
        sqlite3_reset(act);
    }
    sqlite3_finalize(act);
    exec(db, "COMMIT");
    exec(db, "ANALYZE");
}

struct Timing
{
    double best = 0, median = 0;
};

Timing time5(const std::function<void()> &work)
{
    QList<double> ms;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        work();
        ms << double(t.nsecsElapsed()) / 1e6;
    }
    std::sort(ms.begin(), ms.end());
    return {ms.first(), ms.at(2)};
}

// The same counts as one SQL statement with GROUP BY, for the record (docs/performance.md).
void groupBySql(sqlite3 *db, const char *key, qint64 from, qint64 to)
{
    const QByteArray sql = QByteArray("SELECT ") + key
        + ", SUM(received_day < ?1), SUM(received_day >= ?1 AND channel = 2), "
          "SUM(received_day >= ?1 AND channel <> 2), SUM(received_day >= ?1 AND emc), "
          "SUM(received_day >= ?1 AND assisted) FROM report_dossier WHERE received_day <= ?2 "
          "AND (received_day >= ?1 OR finished_day IS NULL OR finished_day >= ?1) GROUP BY "
        + key;
    sqlite3_stmt *s = prepare(db, sql.constData());
    sqlite3_bind_int64(s, 1, from);
    sqlite3_bind_int64(s, 2, to);
    qint64 sum = 0;
    while (sqlite3_step(s) == SQLITE_ROW)
        sum += sqlite3_column_int64(s, 1);
    sqlite3_finalize(s);
    if (sum < 0)
        qFatal("impossible");
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"motcua.*.info=false"_s);
    const QStringList args = app.arguments();
    const qint64 rows = args.size() > 1 && args.at(1).toLongLong() > 0 ? args.at(1).toLongLong()
                                                                       : 1000000;
    const QString path = benchStore(u"report"_s, rows, [&](Database &db) {
        build(db.handle(), rows);
    });
    QTextStream out(stdout);
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot open %s", qPrintable(path));
    Database &db = **opened;
    out << "store " << QFileInfo(path).size() / (1024 * 1024) << " MB, "
        << "figures in ms, best / median of 5\n";
    const ReportService service(db);
    const struct { const char *name; QDate from, to; } periods[] = {
        {"month 2025-12", QDate(2025, 12, 1), kLast},
        {"year 2025", QDate(2025, 1, 1), kLast},
        {"5 years", kFirst, kLast}};
    const struct { const char *name; ReportGrouping by; const char *column; } groupings[] = {
        {"level", ReportGrouping::Level, "unit_level"},
        {"unit", ReportGrouping::Unit, "unit_key"},
        {"field", ReportGrouping::Field, "field_key"},
        {"procedure", ReportGrouping::Procedure, "procedure_key"}};
    for (const auto &p : periods) {
        for (const auto &g : groupings) {
            const ReportRequest request{p.from, p.to, g.by, u"19000"_s};
            qint64 total = 0;
            const Timing run = time5([&] {
                auto r = service.run(request);
                if (!r)
                    qFatal("%s", qPrintable(r.error().detail));
                total = r->rows.constLast().total();
            });
            const Timing sql = time5([&] {
                groupBySql(db.handle(), g.column, p.from.toJulianDay(), p.to.toJulianDay());
            });
            out << QString::asprintf("run %-14s by %-9s %8.1f / %8.1f   (total %lld)   "
                                     "SQL GROUP BY %8.1f / %8.1f\n",
                                     p.name, g.name, run.best, run.median, total, sql.best,
                                     sql.median);
            out.flush();
        }
    }
    const Timing trend = time5([&] {
        if (!service.monthlyTrend(kLast, 12, u"19000"_s))
            qFatal("trend failed");
    });
    const Timing trend60 = time5([&] {
        if (!service.monthlyTrend(kLast, 60, u"19000"_s))
            qFatal("trend failed");
    });
    out << QString::asprintf("monthlyTrend 12 months %8.1f / %8.1f\n", trend.best, trend.median)
        << QString::asprintf("monthlyTrend 60 months %8.1f / %8.1f\n", trend60.best,
                             trend60.median);
    return 0;
}
