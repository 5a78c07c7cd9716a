// The day-end summary (DayEnd::compute) on a desk store of 50,000 dossiers over two years, each
// with its outbox entry and most with a final status event; best and median of 5 runs, for the
// last day and for a day a year earlier. The store lives on the real disk: in $MOTCUA_BENCH_DIR,
// else next to this program, never in /tmp; it is built once and reused ("rebuild" builds it
// again). Usage: bench_dayend [DOSSIERS=50000] [rebuild]
#include "BenchStore.h"
#include "report/DayEnd.h"
#include "store/Database.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QTextStream>

#include <algorithm>
#include <functional>

using namespace Qt::StringLiterals;
using namespace motcua;

namespace {

const QDate kLast(2026, 12, 7);
constexpr int kDays = 731;

// Dossier i is received on day kLast - i % kDays at 08:00 + i % 540 minutes in Vietnam; 10 in 11
// at the desk's unit, in turns of 7 at desks 01 and 02; channels 1, 2, 3 in turn, one online
// dossier in 7 awaiting the citizen.
// Four in five finished 5 days later; outbox: 1 in 50 needs action, 1 in 20 retrying, the last
// 200 queued, the rest sent. One account activated per 10 dossiers.
QString buildSql(qint64 n)
{
    return uR"(
        BEGIN;
        WITH RECURSIVE s(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM s WHERE i < %1)
        INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, channel,
                            applicant_name, applicant_cccd, applicant_phone, unit_code, unit_name,
                            desk_code, clerk, received_at, confirmation, status)
        SELECT 'B' || i, '1.00000' || (i % 9), 'Thủ tục ' || (i % 9), 'F' || (i % 4),
               'Lĩnh vực', 1 + i % 3, '', '0', '', CASE WHEN i % 11 = 0 THEN 'OTHER' ELSE
               'XA0001' END, 'Xã', '0' || (1 + (i / 7) % 2), 'c',
               strftime('%Y-%m-%dT%H:%M:00+07:00', '%2', '-' || (i % %3) || ' days',
                        '+' || (480 + i % 540) || ' minutes'),
               CASE WHEN 1 + i % 3 <> 2 THEN 'none' WHEN i % 7 = 0 THEN 'awaiting'
                    ELSE 'confirmed' END,
               CASE WHEN i % 5 = 0 THEN 2 ELSE 10 END
          FROM s;
        INSERT INTO dossier_event(dossier_id, cursor, kind, status, payload, at)
        SELECT id, id, 'status', 10, '{}', strftime('%Y-%m-%dT10:00:00+07:00',
                                                    substr(received_at, 1, 10), '+5 days')
          FROM dossier WHERE status = 10;
        INSERT INTO outbox(dossier_id, idempotency_key, payload, state, last_error, created_at)
        SELECT id, 'k' || id, '{}',
               CASE WHEN id > %1 - 200 THEN 'queued' WHEN id % 50 = 0 THEN 'action'
                    WHEN id % 20 = 0 THEN 'retry' ELSE 'sent' END,
               CASE WHEN id % 50 = 0 THEN 'Thiếu giấy tờ' ELSE '' END, received_at
          FROM dossier;
        INSERT INTO activation(remote_id, cccd, method, clerk, started_at, state, finished_at)
        SELECT 'a' || id, '0', 'vneid', 'c', received_at, 'activated', received_at
          FROM dossier WHERE id % 10 = 0;
        COMMIT;
    )"_s.arg(n).arg(kLast.toString(Qt::ISODate)).arg(kDays);
}

struct Timing
{
    qint64 bestUs, medianUs;
};

Timing time5(const std::function<void()> &run)
{
    QList<qint64> us;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        run();
        us.append(t.nsecsElapsed() / 1000);
    }
    std::sort(us.begin(), us.end());
    return {us.first(), us.at(2)};
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(u"motcua.*.info=false"_s);
    const QStringList args = app.arguments();
    const qint64 n = args.size() > 1 && args.at(1).toLongLong() > 0 ? args.at(1).toLongLong()
                                                                    : 50000;
    const QString path = benchStore(u"dayend"_s, n, [&](Database &db) {
        if (auto built = db.execScript(buildSql(n)); !built)
            qFatal("cannot build: %s", qPrintable(built.error().detail));
    });
    QTextStream out(stdout);
    auto opened = Database::open(path);
    if (!opened)
        qFatal("cannot open %s", qPrintable(path));
    Database &db = **opened;
    out << "figures in ms, best / median of 5 (the first run after opening included)\n";
    for (const QDate &day : {kLast, kLast.addYears(-1)}) {
        for (const QString &desk : {QString(), u"01"_s}) {
            DayEndSummary s;
            const Timing t = time5([&] {
                auto r = DayEnd::compute(db, {day, u"XA0001"_s, desk});
                if (!r)
                    qFatal("%s", qPrintable(r.error().detail));
                s = *r;
            });
            out << day.toString(Qt::ISODate) << (desk.isEmpty() ? " unit     " : " desk 01  ")
                << QString::number(t.bestUs / 1000.0, 'f', 1) << " / "
                << QString::number(t.medianUs / 1000.0, 'f', 1) << "  (received "
                << s.received() << ", carried over " << s.carriedOver << ", activated "
                << s.accountsActivated << ", awaiting " << s.awaitingConfirmation
                << ", not synced " << s.notSynced << ", needing action " << s.failures.size()
                << ")\n";
        }
    }
    return 0;
}
