#include "TempStore.h"

#include "report/ReportCsv.h"
#include "report/ReportService.h"
#include "report/ReportXlsx.h"
#include "store/Migrations.h"

#include <QBuffer>
#include <QDateTime>
#include <QFile>
#include <QTemporaryDir>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

#include <ctime>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using namespace motcua;

// ReportService over a small store whose every row is counted by hand (docs/reports.md). Rows
// are written as "group|name|carried|online|direct_postal|total|emc|assisted|accounts|
// online_rate|emc_rate" so that a difference shows the whole row.
namespace {

QString line(const ReportRow &r)
{
    const qint64 t = r.total();
    return u"%1|%2|%3|%4|%5|%6|%7|%8|%9|"_s.arg(r.group, r.name)
               .arg(r.carriedOver).arg(r.online).arg(r.directPostal).arg(t)
               .arg(r.emcOnline).arg(r.assisted).arg(r.accountsActivated)
           + rateText(rateHundredths(r.online, t)) + u'|'
           + rateText(rateHundredths(r.emcOnline, t));
}

QStringList lines(const QList<ReportRow> &rows)
{
    QStringList out;
    for (const ReportRow &r : rows)
        out << line(r);
    return out;
}

void exec(Database &db, const QString &sql)
{
    if (auto ok = db.execScript(sql); !ok)
        qFatal("fixture: %s", qPrintable(ok.error().detail));
}

// One report_dossier row; days as dates, stored as Julian day numbers.
void dossier(Database &db, const char *code, int unit, int level, int field, int procedure,
             int channel, int emc, int assisted, QDate received, QDate finished = {})
{
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, "
              "procedure_key, channel, emc, assisted, received_day, finished_day) "
              "VALUES (?, 2, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s);
    for (const QVariant &v : {QVariant(QString::fromLatin1(code)), QVariant(unit),
                              QVariant(level), QVariant(field), QVariant(procedure),
                              QVariant(channel), QVariant(emc), QVariant(assisted),
                              QVariant(received.toJulianDay()),
                              finished.isValid() ? QVariant(finished.toJulianDay())
                                                 : QVariant(QMetaType(QMetaType::LongLong))})
        q.addBindValue(v);
    if (!q.exec())
        qFatal("fixture row %s: %s", code, qPrintable(q.lastError().text()));
}

QDate d(int y, int m, int day) { return QDate(y, m, day); }

// A dossier saved at the desk (the dossier table, so that the triggers run), with its unit
// T.01 a district until 30 June 2025 and a commune (ward) from 1 July 2025.
void deskDossier(Database &db, const QString &code, int channel, const QString &receivedAt,
                 const QString &confirmation)
{
    QSqlQuery q(db.sql());
    q.prepare(u"INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, "
              "channel, applicant_name, applicant_cccd, applicant_phone, unit_code, unit_name, "
              "desk_code, clerk, received_at, confirmation) VALUES (?, 'P1', 'Thủ tục 1', 'F1', "
              "'Lĩnh vực 1', ?, 'x', '0', '0', 'T.01', 'Phường T', '01', 'c', ?, ?)"_s);
    q.addBindValue(code);
    q.addBindValue(channel);
    q.addBindValue(receivedAt);
    q.addBindValue(confirmation);
    if (!q.exec())
        qFatal("fixture dossier: %s", qPrintable(q.lastError().text()));
}

void seedUnitT01(Database &db)
{
    exec(db, uR"(
        INSERT INTO admin_unit(code, name, level, parent_code, valid_from, valid_to) VALUES
            ('01', 'Tỉnh Mẫu', 1, NULL, '0001-01-01', '9999-12-31'),
            ('T.01', 'Thị xã T', 2, '01', '0001-01-01', '2025-06-30'),
            ('T.01', 'Phường T', 3, '01', '2025-07-01', '9999-12-31');
    )"_s);
}

// A status event of a desk dossier, as ProgressRepository writes it.
void statusEvent(Database &db, const QString &code, int cursor, int status, const QString &at)
{
    exec(db, u"INSERT INTO dossier_event(dossier_id, cursor, kind, status, payload, at) "
             "SELECT id, %1, 'status', %2, '{}', '%3' FROM dossier WHERE code = '%4'"_s
                 .arg(cursor).arg(status).arg(at, code));
}

// unit_level|channel|emc|assisted|received_day|finished_day ('-' while open) of one row.
QString reportRow(Database &db, const QString &code)
{
    return scalar(db, u"SELECT unit_level || '|' || channel || '|' || emc || '|' || assisted "
                      "|| '|' || received_day || '|' || coalesce(finished_day, '-') || '|' || "
                      "source FROM report_dossier WHERE code = '%1'"_s.arg(code)).toString();
}

// Sets the process time zone for one scope, as the desk's own may be anything.
class PinnedTimeZone
{
public:
    explicit PinnedTimeZone(const char *zone)
        : m_had(qEnvironmentVariableIsSet("TZ")), m_old(qgetenv("TZ"))
    {
        qputenv("TZ", zone);
        tzset();
    }
    ~PinnedTimeZone()
    {
        if (m_had)
            qputenv("TZ", m_old);
        else
            qunsetenv("TZ");
        tzset();
    }
    PinnedTimeZone(const PinnedTimeZone &) = delete;
    PinnedTimeZone &operator=(const PinnedTimeZone &) = delete;

private:
    bool m_had;
    QByteArray m_old;
};

// The desk's unit is H36.10: a district until 30 June 2025, a commune (ward) from 1 July 2025.
void seed(Database &db)
{
    exec(db, uR"(
        INSERT INTO admin_unit(code, name, level, parent_code, valid_from, valid_to) VALUES
            ('01', 'Tỉnh Mẫu', 1, NULL, '0001-01-01', '9999-12-31'),
            ('001', 'Huyện A', 2, '01', '0001-01-01', '2025-06-30'),
            ('00004', 'Xã B', 3, '001', '0001-01-01', '2025-06-30'),
            ('00004', 'Xã B', 3, '01', '2025-07-01', '9999-12-31'),
            ('H36.10', 'Thị xã C', 2, '01', '0001-01-01', '2025-06-30'),
            ('H36.10', 'Phường C', 3, '01', '2025-07-01', '9999-12-31');
        INSERT INTO report_key(id, kind, code, name) VALUES
            (1, 1, '01', 'Tỉnh Mẫu'), (2, 1, '001', 'Huyện A'), (3, 1, '00004', 'Xã B'),
            (4, 1, 'H36.10', 'Phường C'),
            (10, 2, 'F01', 'Đất đai'), (11, 2, 'F02', 'Hộ tịch'),
            (20, 3, '1.000001', 'Thủ tục 1'), (21, 3, '1.000002', 'Thủ tục 2'),
            (22, 3, '1.000003', 'Thủ tục 3');
        INSERT INTO activation(remote_id, cccd, method, clerk, started_at, state, finished_at)
        VALUES
            -- 1 March in Vietnam (28 February 17:30 UTC): counts in March.
            ('a1', '0', 'vneid', 'c', '2025-03-01T00:00:00+07:00', 'activated', '2025-03-01T00:30:00+07:00'),
            -- 28 February in Vietnam: before March.
            ('a2', '0', 'vneid', 'c', '2025-02-28T23:00:00+07:00', 'activated', '2025-02-28T23:59:00+07:00'),
            -- 31 March 23:59:59 in Vietnam: counts in March.
            ('a3', '0', 'vneid', 'c', '2025-03-31T16:00:00Z', 'activated', '2025-03-31T16:59:59Z'),
            -- 1 April 00:00 in Vietnam: April.
            ('a4', '0', 'vneid', 'c', '2025-03-31T16:30:00Z', 'activated', '2025-03-31T17:00:00Z'),
            -- Without an offset (the desk's local time), mid-day: 15 March whatever the zone.
            ('a5', '0', 'vneid', 'c', '2025-03-15T09:00:00', 'activated', '2025-03-15T10:00:00'),
            -- Never activated: not counted.
            ('a6', '0', 'vneid', 'c', '2025-03-16T09:00:00+07:00', 'started', '2025-03-16T10:00:00+07:00'),
            -- 10 August: the unit is a commune by then.
            ('a7', '0', 'vneid', 'c', '2025-08-10T08:00:00+07:00', 'activated', '2025-08-10T09:00:00+07:00');
    )"_s);
    // unit keys: 1 '01' province, 2 '001' district, 3 '00004' commune, 4 'H36.10' (see above)
    //        code   unit lvl fld proc ch emc ass received          finished
    // A1: received on the last day of February, still open: carried into March (and August).
    dossier(db, "A1", 1, 1, 10, 20, 1, 0, 0, d(2025, 2, 28));
    // A2: finished ON 1 March: it was open when March started, so carried over.
    dossier(db, "A2", 2, 2, 11, 21, 2, 1, 0, d(2025, 2, 10), d(2025, 3, 1));
    // A3: finished on 28 February, the last day before March: not carried over.
    dossier(db, "A3", 2, 2, 11, 21, 1, 0, 0, d(2025, 2, 10), d(2025, 2, 28));
    // A4: received and finished in January: nowhere in March.
    dossier(db, "A4", 3, 3, 10, 20, 2, 1, 1, d(2025, 1, 5), d(2025, 1, 20));
    // A5: received on 1 March, the first day: new, online, own account, prepared at a counter.
    dossier(db, "A5", 3, 3, 10, 20, 2, 1, 1, d(2025, 3, 1), d(2025, 3, 20));
    // A6: received on 31 March, the last day: new online, H36.10 still a district then.
    dossier(db, "A6", 4, 2, 11, 21, 2, 0, 0, d(2025, 3, 31), d(2025, 4, 10));
    // A7: by post (channel 3): direct_postal.
    dossier(db, "A7", 3, 3, 10, 21, 3, 0, 0, d(2025, 3, 15), d(2025, 4, 2));
    // A8: at the counter (channel 1), finished within March: still new in March.
    dossier(db, "A8", 1, 1, 11, 20, 1, 0, 0, d(2025, 3, 15), d(2025, 3, 20));
    // A9: received on 1 April: after March; the only dossier of procedure 1.000003.
    dossier(db, "A9", 3, 3, 10, 22, 1, 0, 0, d(2025, 4, 1), d(2025, 4, 15));
    // A10: online with the citizen's own account, not assisted.
    dossier(db, "A10", 2, 2, 10, 20, 2, 1, 0, d(2025, 3, 10), d(2025, 3, 25));
    // B3: received 30 July (after the reform, a commune), open: carried into August.
    dossier(db, "B3", 3, 3, 10, 20, 2, 0, 0, d(2025, 7, 30));
    // B1: H36.10 on 5 August is a commune: stored with level 3. Online, own account.
    dossier(db, "B1", 4, 3, 10, 20, 2, 1, 0, d(2025, 8, 5), d(2025, 8, 20));
    // B2: the province, at the counter.
    dossier(db, "B2", 1, 1, 11, 21, 1, 0, 0, d(2025, 8, 6), d(2025, 8, 7));
}

} // namespace

class TestReport : public QObject
{
    Q_OBJECT

    Result<Report> run(Database &db, QDate from, QDate to, ReportGrouping by,
                       const QString &desk = u"H36.10"_s)
    {
        return ReportService(db).run(ReportRequest{from, to, by, desk});
    }

private slots:
    void rounding_data();
    void rounding();
    void byLevelBeforeReform();
    void byLevelAfterReform();
    void byLevelAcrossReform();
    void byUnit();
    void byField();
    void byProcedure();
    void byProcedureApril();
    void emptyStore();
    void aUnitCodedAllIsNotTheTotal();
    void deskUnitNotListed();
    void refusesBadPeriod();
    void monthlyTrend();
    void triggersFeedTheReport();
    void triggerDeskLocalTimeFarFromVietnam();
    void triggerReopen();
    void triggerConfirmation();
    void backfillFollowsTheTriggers();
    void deskDossierReplacesImportedCode();
    void snapshotFailureIsReported();
    void csv();
    void xlsxErrors();
};

void TestReport::rounding_data()
{
    QTest::addColumn<qint64>("part");
    QTest::addColumn<qint64>("total");
    QTest::addColumn<QString>("text");
    QTest::newRow("1/8 half up") << 1LL << 8LL << u"12.50"_s;
    QTest::newRow("1/6") << 1LL << 6LL << u"16.67"_s;
    QTest::newRow("2/3") << 2LL << 3LL << u"66.67"_s;
    QTest::newRow("1/800 = 0.125 half up") << 1LL << 800LL << u"0.13"_s;
    QTest::newRow("1/3") << 1LL << 3LL << u"33.33"_s;
    QTest::newRow("1/1600 = 0.0625") << 1LL << 1600LL << u"0.06"_s;
    QTest::newRow("all") << 7LL << 7LL << u"100.00"_s;
    QTest::newRow("zero total") << 0LL << 0LL << u"0.00"_s;
    QTest::newRow("none") << 0LL << 9LL << u"0.00"_s;
}

void TestReport::rounding()
{
    QFETCH(qint64, part);
    QFETCH(qint64, total);
    QFETCH(QString, text);
    QCOMPARE(rateText(rateHundredths(part, total)), text);
}

void TestReport::byLevelBeforeReform()
{
    TempStore store;
    seed(store.db());
    const auto r = run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Level);
    QVERIFY2(r, qPrintable(r ? QString() : r.error().detail));
    QCOMPARE(lines(r->rows), QStringList({
        // A1 carried; A8 new at the counter.
        u"province||1|0|1|2|0|0|0|0.00|0.00"_s,
        // A2 carried (finished on 1 March); A6 (H36.10, a district in March) and A10 online,
        // A10 with the citizen's own account; H36.10's 3 March activations (a1, a3, a5).
        u"district||1|2|0|3|1|0|3|66.67|33.33"_s,
        // A5 online, own account, assisted; A7 by post.
        u"commune||0|1|1|2|1|1|0|50.00|50.00"_s,
        // A3 (finished 28 Feb), A4 (January) and A9 (1 April) are nowhere.
        u"all||2|3|2|7|2|1|3|42.86|28.57"_s}));
    QCOMPARE(r->request.from, d(2025, 3, 1));
}

void TestReport::byLevelAfterReform()
{
    TempStore store;
    seed(store.db());
    const auto r = run(store.db(), d(2025, 8, 1), d(2025, 8, 31), ReportGrouping::Level);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        // A1, open since February, carried again; B2 at the counter.
        u"province||1|0|1|2|0|0|0|0.00|0.00"_s,
        // No districts any more: the row stays, with zeros and a zero total.
        u"district||0|0|0|0|0|0|0|0.00|0.00"_s,
        // B3 carried (received 30 July); B1 online, own account (H36.10, now a commune);
        // a7 on 10 August counted at H36.10's level that day.
        u"commune||1|1|0|2|1|0|1|50.00|50.00"_s,
        u"all||2|1|1|4|1|0|1|25.00|25.00"_s}));
}

void TestReport::byLevelAcrossReform()
{
    TempStore store;
    seed(store.db());
    // All of 2025: every dossier is new, at the level it was received with; activations a1–a5
    // fall while H36.10 was a district, a7 after it became a commune (a6 never activated).
    const auto r = run(store.db(), d(2025, 1, 1), d(2025, 12, 31), ReportGrouping::Level);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        u"province||0|0|3|3|0|0|0|0.00|0.00"_s,         // A1, A8, B2
        u"district||0|3|1|4|2|0|5|75.00|50.00"_s,       // A2 A6 A10 online, A3
        u"commune||0|4|2|6|3|2|1|66.67|50.00"_s,        // A4 A5 B1 B3 online, A7 A9
        u"all||0|7|6|13|5|2|6|53.85|38.46"_s}));
}

void TestReport::byUnit()
{
    TempStore store;
    seed(store.db());
    const auto r = run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Unit);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        u"00004|Xã B|0|1|1|2|1|1|0|50.00|50.00"_s,      // A5, A7
        u"001|Huyện A|1|1|0|2|1|0|0|50.00|50.00"_s,     // A2 carried, A10
        u"01|Tỉnh Mẫu|1|0|1|2|0|0|0|0.00|0.00"_s,       // A1 carried, A8
        // A6 whatever its level; the desk's activations.
        u"H36.10|Phường C|0|1|0|1|0|0|3|100.00|0.00"_s,
        u"all||2|3|2|7|2|1|3|42.86|28.57"_s}));
}

void TestReport::byField()
{
    TempStore store;
    seed(store.db());
    const auto r = run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Field);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        u"F01|Đất đai|1|2|1|4|2|1|0|50.00|50.00"_s,     // A1 carried; A5, A10 online; A7
        u"F02|Hộ tịch|1|1|1|3|0|0|0|33.33|0.00"_s,      // A2 carried; A6 online; A8
        // Activations count in the total row only.
        u"all||2|3|2|7|2|1|3|42.86|28.57"_s}));
}

void TestReport::byProcedure()
{
    TempStore store;
    seed(store.db());
    const auto r = run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Procedure);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        u"1.000001|Thủ tục 1|1|2|1|4|2|1|0|50.00|50.00"_s, // A1 carried; A5, A10; A8
        u"1.000002|Thủ tục 2|1|1|1|3|0|0|0|33.33|0.00"_s,  // A2 carried; A6; A7
        // 1.000003 had nothing in March (A9 is April's): no row.
        u"all||2|3|2|7|2|1|3|42.86|28.57"_s}));
}

void TestReport::byProcedureApril()
{
    TempStore store;
    seed(store.db());
    const auto r = run(store.db(), d(2025, 4, 1), d(2025, 4, 30), ReportGrouping::Procedure);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        u"1.000001|Thủ tục 1|1|0|0|1|0|0|0|0.00|0.00"_s,   // A1 still open
        u"1.000002|Thủ tục 2|2|0|0|2|0|0|0|0.00|0.00"_s,   // A6, A7 finished in April
        u"1.000003|Thủ tục 3|0|0|1|1|0|0|0|0.00|0.00"_s,   // A9 received 1 April
        u"all||3|0|1|4|0|0|1|0.00|0.00"_s}));               // a4: 1 April in Vietnam
}

void TestReport::emptyStore()
{
    TempStore store;
    auto r = run(store.db(), d(2026, 1, 1), d(2026, 1, 31), ReportGrouping::Level);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({u"province||0|0|0|0|0|0|0|0.00|0.00"_s,
                                          u"district||0|0|0|0|0|0|0|0.00|0.00"_s,
                                          u"commune||0|0|0|0|0|0|0|0.00|0.00"_s,
                                          u"all||0|0|0|0|0|0|0|0.00|0.00"_s}));
    r = run(store.db(), d(2026, 1, 1), d(2026, 1, 31), ReportGrouping::Unit);
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({u"all||0|0|0|0|0|0|0|0.00|0.00"_s}));
}

// Only the final row is the total, whatever the groups' codes.
void TestReport::aUnitCodedAllIsNotTheTotal()
{
    TempStore store;
    QVERIFY(store.db().execScript(uR"(
        INSERT INTO report_key(id, kind, code, name) VALUES
            (1, 1, 'all', 'Xã Tất'), (2, 2, 'F', 'Lĩnh vực'), (3, 3, 'P', 'Thủ tục');
        INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, procedure_key,
                                   channel, emc, assisted, received_day, finished_day)
        VALUES ('X1', 2, 1, 3, 2, 3, 2, 1, 0, %1, NULL);
    )"_s.arg(d(2026, 1, 5).toJulianDay())));
    const auto r = run(store.db(), d(2026, 1, 1), d(2026, 1, 31), ReportGrouping::Unit);
    QVERIFY(r);
    QCOMPARE(r->rows.size(), 2);
    QCOMPARE(r->rows.at(0).group, u"all"_s);
    QVERIFY(!r->rows.at(0).isTotal());
    QVERIFY(r->rows.at(1).isTotal());
    QCOMPARE(r->rows.at(1).total(), 1);
}

void TestReport::deskUnitNotListed()
{
    TempStore store;
    seed(store.db());
    // A desk unit missing from admin_unit and report_key: its activations count as a
    // commune's, and it gets a unit row of its own.
    auto r = run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Level, u"99999"_s);
    QVERIFY(r);
    QCOMPARE(lines(r->rows).at(1), u"district||1|2|0|3|1|0|0|66.67|33.33"_s);
    QCOMPARE(lines(r->rows).at(2), u"commune||0|1|1|2|1|1|3|50.00|50.00"_s);
    r = run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Unit, u"99999"_s);
    QVERIFY(r);
    QCOMPARE(lines(r->rows).mid(3), QStringList({
        u"99999||0|0|0|0|0|0|3|0.00|0.00"_s,
        u"H36.10|Phường C|0|1|0|1|0|0|0|100.00|0.00"_s,
        u"all||2|3|2|7|2|1|3|42.86|28.57"_s}));
}

void TestReport::refusesBadPeriod()
{
    TempStore store;
    auto r = run(store.db(), d(2025, 3, 2), d(2025, 3, 1), ReportGrouping::Level);
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"report.period"_s);
    QVERIFY(!r.error().message.isEmpty());
    r = run(store.db(), QDate(), d(2025, 3, 1), ReportGrouping::Unit);
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"report.period"_s);
    QVERIFY(!ReportService(store.db()).monthlyTrend(d(2025, 3, 1), 0, {}));
}

void TestReport::monthlyTrend()
{
    TempStore store;
    seed(store.db());
    const auto trend = ReportService(store.db()).monthlyTrend(d(2025, 8, 15), 6, u"H36.10"_s);
    QVERIFY(trend);
    QStringList got;
    for (const TrendPoint &p : *trend)
        got << p.month.toString(Qt::ISODate) + u' ' + line(p.row);
    QCOMPARE(got, QStringList({
        u"2025-03-01 all||2|3|2|7|2|1|3|42.86|28.57"_s, // as byLevelBeforeReform
        u"2025-04-01 all||3|0|1|4|0|0|1|0.00|0.00"_s,   // A1 A6 A7 carried; A9; a4
        u"2025-05-01 all||1|0|0|1|0|0|0|0.00|0.00"_s,   // A1
        u"2025-06-01 all||1|0|0|1|0|0|0|0.00|0.00"_s,   // A1
        u"2025-07-01 all||1|1|0|2|0|0|0|50.00|0.00"_s,  // A1; B3 online
        u"2025-08-01 all||2|1|1|4|1|0|1|25.00|25.00"_s})); // as byLevelAfterReform
    // Each point is the "all" row of that month's report.
    for (const TrendPoint &p : *trend) {
        const auto month = run(store.db(), p.month, p.month.addMonths(1).addDays(-1),
                               ReportGrouping::Field);
        QVERIFY(month);
        QCOMPARE(line(month->rows.constLast()), line(p.row));
    }
}

void TestReport::triggersFeedTheReport()
{
    TempStore store;
    exec(store.db(), uR"(
        INSERT INTO admin_unit(code, name, level, parent_code, valid_from, valid_to) VALUES
            ('01', 'Tỉnh Mẫu', 1, NULL, '0001-01-01', '9999-12-31'),
            ('T.01', 'Thị xã T', 2, '01', '0001-01-01', '2025-06-30'),
            ('T.01', 'Phường T', 3, '01', '2025-07-01', '9999-12-31');
        INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, channel,
                            applicant_name, applicant_cccd, applicant_phone, unit_code, unit_name,
                            desk_code, clerk, received_at, confirmation) VALUES
            -- 30 June in Vietnam: T.01 is still a district.
            ('T-1', 'P1', 'Thủ tục 1', 'F1', 'Lĩnh vực 1', 1, 'x', '0', '0', 'T.01', 'Phường T',
             '01', 'c', '2025-06-30T23:30:00+07:00', 'none'),
            -- 17:30 UTC on 30 June is 1 July in Vietnam: a commune. Online, confirmed.
            ('T-2', 'P1', 'Thủ tục 1', 'F1', 'Lĩnh vực 1', 2, 'x', '0', '0', 'T.01', 'Phường T',
             '01', 'c', '2025-06-30T17:30:00Z', 'confirmed'),
            -- A unit not on the list: a commune.
            ('T-3', 'P2', 'Thủ tục 2', 'F1', 'Lĩnh vực 1', 2, 'x', '0', '0', 'X.99', 'Xã X',
             '01', 'c', '2025-07-02T08:00:00+07:00', 'awaiting');
        -- Result returned (10) at 01:00 on 5 July in Vietnam (18:00 UTC on 4 July).
        INSERT INTO dossier_event(dossier_id, cursor, kind, status, payload, at)
            SELECT id, 1, 'status', 10, '{}', '2025-07-05T01:00:00+07:00' FROM dossier
             WHERE code = 'T-1';
    )"_s);
    const auto rows = [&](const QString &code) {
        return scalar(store.db(),
                      u"SELECT unit_level || '|' || channel || '|' || emc || '|' || assisted "
                      "|| '|' || received_day || '|' || coalesce(finished_day, '-') "
                      "FROM report_dossier WHERE code = '%1'"_s.arg(code)).toString();
    };
    QCOMPARE(rows(u"T-1"_s), u"2|1|0|0|%1|%2"_s.arg(d(2025, 6, 30).toJulianDay())
                                 .arg(d(2025, 7, 5).toJulianDay()));
    QCOMPARE(rows(u"T-2"_s), u"3|2|1|1|%1|-"_s.arg(d(2025, 7, 1).toJulianDay()));
    QCOMPARE(rows(u"T-3"_s), u"3|2|0|0|%1|-"_s.arg(d(2025, 7, 2).toJulianDay()));
    // And the report reads them: July by level.
    const auto r = run(store.db(), d(2025, 7, 1), d(2025, 7, 31), ReportGrouping::Level, {});
    QVERIFY(r);
    QCOMPARE(lines(r->rows), QStringList({
        u"province||0|0|0|0|0|0|0|0.00|0.00"_s,
        u"district||1|0|0|1|0|0|0|0.00|0.00"_s,         // T-1, open on 1 July
        u"commune||0|2|0|2|1|1|0|100.00|50.00"_s,       // T-2 confirmed, T-3 awaiting
        u"all||1|2|0|3|1|1|0|66.67|33.33"_s}));
}

void TestReport::triggerDeskLocalTimeFarFromVietnam()
{
    // The desk writes received_at in its own local time without an offset
    // (IntakeService: QDateTime::currentDateTime().toString(Qt::ISODate)). Far from Vietnam,
    // 13:30 on 30 June in New York (UTC-4 in summer) is 00:30 on 1 July in Vietnam.
    const PinnedTimeZone zone("America/New_York");
    QCOMPARE(QDateTime(d(2025, 6, 30), QTime(13, 30)).offsetFromUtc(), -4 * 3600);
    TempStore store;
    seedUnitT01(store.db());
    deskDossier(store.db(), u"NY-1"_s, 1, u"2025-06-30T13:30:00"_s, u"none"_s);
    // 29 June 23:00 in New York is 30 June 10:00 in Vietnam: still a district.
    deskDossier(store.db(), u"NY-2"_s, 1, u"2025-06-29T23:00:00"_s, u"none"_s);
    QCOMPARE(reportRow(store.db(), u"NY-1"_s),
             u"3|1|0|0|%1|-|1"_s.arg(d(2025, 7, 1).toJulianDay()));
    QCOMPARE(reportRow(store.db(), u"NY-2"_s),
             u"2|1|0|0|%1|-|1"_s.arg(d(2025, 6, 30).toJulianDay()));
}

void TestReport::triggerReopen()
{
    TempStore store;
    seedUnitT01(store.db());
    deskDossier(store.db(), u"R-1"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    // Processed (9) on 3 July: finished.
    statusEvent(store.db(), u"R-1"_s, 1, 9, u"2025-07-03T10:00:00+07:00"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|%2|1"_s.arg(d(2025, 7, 1).toJulianDay()).arg(d(2025, 7, 3).toJulianDay()));
    // A supplement asked for (5): open again.
    statusEvent(store.db(), u"R-1"_s, 2, 5, u"2025-07-04T10:00:00+07:00"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|-|1"_s.arg(d(2025, 7, 1).toJulianDay()));
    // Result returned (10) at 00:30 on 8 July in Vietnam, written in UTC: finished that day.
    statusEvent(store.db(), u"R-1"_s, 3, 10, u"2025-07-07T17:30:00Z"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|%2|1"_s.arg(d(2025, 7, 1).toJulianDay()).arg(d(2025, 7, 8).toJulianDay()));
    // A later final event keeps the day processing ended.
    statusEvent(store.db(), u"R-1"_s, 4, 10, u"2025-07-09T10:00:00+07:00"_s);
    QCOMPARE(reportRow(store.db(), u"R-1"_s),
             u"3|1|0|0|%1|%2|1"_s.arg(d(2025, 7, 1).toJulianDay()).arg(d(2025, 7, 8).toJulianDay()));
}

void TestReport::triggerConfirmation()
{
    TempStore store;
    seedUnitT01(store.db());
    // Prepared at the counter, online (channel 2), the citizen has not confirmed yet.
    deskDossier(store.db(), u"C-1"_s, 2, u"2025-07-02T09:00:00+07:00"_s, u"awaiting"_s);
    const QString day = QString::number(d(2025, 7, 2).toJulianDay());
    QCOMPARE(reportRow(store.db(), u"C-1"_s), u"3|2|0|0|%1|-|1"_s.arg(day));
    exec(store.db(), u"UPDATE dossier SET confirmation = 'confirmed' WHERE code = 'C-1'"_s);
    QCOMPARE(reportRow(store.db(), u"C-1"_s), u"3|2|1|1|%1|-|1"_s.arg(day));
}

void TestReport::backfillFollowsTheTriggers()
{
    TempStore store;
    Database &db = store.db();
    seedUnitT01(db);
    const auto day = [](int m, int dd) { return QString::number(d(2025, m, dd).toJulianDay()); };
    // Received 30 June in Vietnam: T.01 still a district.
    deskDossier(db, u"BF-1"_s, 2, u"2025-06-30T10:00:00+07:00"_s, u"confirmed"_s);
    deskDossier(db, u"BF-2"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    deskDossier(db, u"BF-3"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    deskDossier(db, u"BF-4"_s, 2, u"2025-07-01T09:00:00+07:00"_s, u"awaiting"_s);
    deskDossier(db, u"BF-5"_s, 1, u"2025-07-01T09:00:00+07:00"_s, u"none"_s);
    // BF-1: processed (9), then a supplement asked for (5): open.
    statusEvent(db, u"BF-1"_s, 1, 9, u"2025-07-03T10:00:00+07:00"_s);
    // BF-2: processed, reopened (6), result returned at 00:30 on 8 July in Vietnam (UTC).
    statusEvent(db, u"BF-2"_s, 2, 9, u"2025-07-03T10:00:00+07:00"_s);
    statusEvent(db, u"BF-1"_s, 3, 5, u"2025-07-04T10:00:00+07:00"_s);
    statusEvent(db, u"BF-2"_s, 4, 6, u"2025-07-04T10:00:00+07:00"_s);
    statusEvent(db, u"BF-2"_s, 5, 10, u"2025-07-07T17:30:00Z"_s);
    // BF-3: not accepted by the province (3): processing ended.
    statusEvent(db, u"BF-3"_s, 6, 3, u"2025-07-02T10:00:00+07:00"_s);
    // BF-4: only accepted (2): open.
    statusEvent(db, u"BF-4"_s, 7, 2, u"2025-07-02T10:00:00+07:00"_s);
    // BF-5: returned at 23:30 on 10 July, then again at 00:00 on 11 July written in UTC, which
    // sorts before the first as text.
    statusEvent(db, u"BF-5"_s, 8, 10, u"2025-07-10T23:30:00+07:00"_s);
    statusEvent(db, u"BF-5"_s, 9, 10, u"2025-07-10T17:00:00Z"_s);
    const QString all = u"SELECT group_concat(code || '|' || unit_level || '|' || channel || '|' "
                        "|| emc || '|' || assisted || '|' || received_day || '|' || "
                        "coalesce(finished_day, '-') || '|' || source, ' ') FROM "
                        "(SELECT * FROM report_dossier ORDER BY code)"_s;
    const QString expected = QStringList({
        u"BF-1|2|2|1|1|%1|-|1"_s.arg(day(6, 30)),
        u"BF-2|3|1|0|0|%1|%2|1"_s.arg(day(7, 1), day(7, 8)),
        u"BF-3|3|1|0|0|%1|%2|1"_s.arg(day(7, 1), day(7, 2)),
        u"BF-4|3|2|0|0|%1|-|1"_s.arg(day(7, 1)),
        u"BF-5|3|1|0|0|%1|%2|1"_s.arg(day(7, 1), day(7, 10))}).join(u' ');
    QCOMPARE(scalar(db, all).toString(), expected);

    // The same dossiers as if saved before migration 7: its backfill must give the same rows.
    QString backfill;
    for (const Migration &m : Migrations::all())
        if (m.version == 7)
            backfill = m.sql;
    const qsizetype from = backfill.indexOf(u"-- Dossiers saved before this version"_s);
    QVERIFY(from > 0);
    exec(db, u"DELETE FROM report_dossier"_s);
    exec(db, backfill.mid(from));
    QCOMPARE(scalar(db, all).toString(), expected);
}

void TestReport::deskDossierReplacesImportedCode()
{
    TempStore store;
    Database &db = store.db();
    seedUnitT01(db);
    exec(db, u"INSERT INTO report_key(id, kind, code, name) VALUES (501, 1, 'I.01', 'Xã I'), "
             "(502, 2, 'IF', 'Lĩnh vực I'), (503, 3, 'IP', 'Thủ tục I')"_s);
    // Imported history already holds the code (online, finished in January).
    dossier(db, "DUP-1", 501, 3, 502, 503, 2, 1, 0, d(2025, 1, 5), d(2025, 1, 20));
    // The desk then saves a dossier with that code: its own values, and it is the desk's.
    deskDossier(db, u"DUP-1"_s, 1, u"2025-06-30T10:00:00+07:00"_s, u"none"_s);
    const QString received = QString::number(d(2025, 6, 30).toJulianDay());
    QCOMPARE(reportRow(db, u"DUP-1"_s), u"2|1|0|0|%1|-|1"_s.arg(received));
    QCOMPARE(scalar(db, u"SELECT k.code FROM report_dossier r JOIN report_key k ON "
                        "k.id = r.unit_key WHERE r.code = 'DUP-1'"_s).toString(), u"T.01"_s);
    // Its later events reach it.
    statusEvent(db, u"DUP-1"_s, 1, 10, u"2025-07-05T10:00:00+07:00"_s);
    QCOMPARE(reportRow(db, u"DUP-1"_s),
             u"2|1|0|0|%1|%2|1"_s.arg(received).arg(d(2025, 7, 5).toJulianDay()));
    QCOMPARE(scalar(db, u"SELECT count(*) FROM report_dossier"_s).toInt(), 1);
}

void TestReport::snapshotFailureIsReported()
{
    TempStore store;
    seed(store.db());
    // The store refuses the SAVEPOINT: no report from scans that may not agree with each other.
    sqlite3 *h = store.db().handle();
    sqlite3_set_authorizer(
        h, [](void *, int action, const char *, const char *, const char *, const char *) {
            return action == SQLITE_SAVEPOINT ? SQLITE_DENY : SQLITE_OK;
        }, nullptr);
    const auto r = run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Level);
    QVERIFY(!r);
    QCOMPARE(r.error().code, u"report.read"_s);
    QVERIFY2(r.error().detail.startsWith(u"savepoint"_s), qPrintable(r.error().detail));
    const auto trend = ReportService(store.db()).monthlyTrend(d(2025, 8, 15), 6, u"H36.10"_s);
    QVERIFY(!trend);
    QCOMPARE(trend.error().code, u"report.read"_s);
    sqlite3_set_authorizer(h, nullptr, nullptr);
    QVERIFY(run(store.db(), d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Level));
}

void TestReport::csv()
{
    Report report;
    ReportRow odd;
    odd.group = u"a,\"b\""_s;
    odd.online = 1;
    odd.directPostal = 7;
    odd.emcOnline = 1;
    ReportRow all;
    all.group = u"all"_s;
    all.carriedOver = 1;
    all.online = 1;
    all.directPostal = 1;
    report.rows = {odd, all};
    QBuffer buffer;
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    QVERIFY(ReportCsv::write(report, buffer));
    QCOMPARE(buffer.data(),
             QByteArray("group,carried_over,online,direct_postal,total,online_rate_percent,"
                        "emc_rate_percent\n"
                        "\"a,\"\"b\"\"\",0,1,7,8,12.50,12.50\n"
                        "all,1,1,1,3,33.33,0.00\n"));
    QCOMPARE(ReportCsv::field(u"Xã Đông"_s), QByteArray("Xã Đông"));
    QVERIFY(!ReportCsv::writeFile(report, u"/nonexistent-folder/r.csv"_s));
}

void TestReport::xlsxErrors()
{
    Report report;
    report.request = ReportRequest{d(2025, 3, 1), d(2025, 3, 31), ReportGrouping::Unit, {}};
    const QString path = u"/nonexistent-motcua/report.xlsx"_s;
    const auto written = ReportXlsx::write(report, path);
    QVERIFY(!written);
    QCOMPARE(written.error().code, u"report.write"_s);
    QVERIFY2(written.error().message.contains(path), qPrintable(written.error().message));
    // An existing file is replaced whole.
    QTemporaryDir dir;
    const QString file = dir.filePath(u"r.xlsx"_s);
    QFile old(file);
    QVERIFY(old.open(QIODevice::WriteOnly) && old.write("old") == 3);
    old.close();
    QVERIFY(ReportXlsx::write(report, file));
    QFile now(file);
    QVERIFY(now.open(QIODevice::ReadOnly));
    QVERIFY(now.read(2) == "PK");
    now.close();
    // A cell libxlsxwriter refuses (longer than Excel's 32767 characters) fails the save, and
    // the file already there is kept.
    ReportRow huge;
    huge.group = u"X"_s;
    huge.name = QString(40000, u'x');
    report.rows = {huge};
    const auto refused = ReportXlsx::write(report, file);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, u"report.write"_s);
    QVERIFY2(refused.error().detail.startsWith(u"libxlsxwriter: "_s),
             qPrintable(refused.error().detail));
    QVERIFY(now.open(QIODevice::ReadOnly));
    QVERIFY(now.read(2) == "PK");
}

QTEST_GUILESS_MAIN(TestReport)
#include "tst_report.moc"
