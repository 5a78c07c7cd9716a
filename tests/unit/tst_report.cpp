#include "ReportFixture.h"

using namespace report_test;

// The report over a small store, every column computed by hand; rounding; CSV and XLSX writers.
class TestReport : public QObject
{
    Q_OBJECT

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
