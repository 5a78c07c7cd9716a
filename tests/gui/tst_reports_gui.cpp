#include "TempStore.h"

#include "ReportModel.h"
#include "ReportsPage.h"

#include <QBarSet>
#include <QBarCategoryAxis>
#include <QAbstractBarSeries>
#include <QChart>
#include <QChartView>
#include <QElapsedTimer>
#include <QFile>
#include <QLabel>
#include <QLineSeries>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;
using motcua::ui::ReportModel;
using motcua::ui::ReportsPage;

// The Reports page on a real store: the table and charts for a period computed by hand, export,
// the keyboard, and a window that keeps answering while a large report is computed.
namespace {

int day(int y, int m, int d)
{
    return int(QDate(y, m, d).toJulianDay());
}

// Seven dossiers around October 2026, each commented with where it counts for 1–31 October.
void seedSmall(motcua::Database &db)
{
    QString sql = uR"(
        INSERT INTO report_key(id, kind, code, name) VALUES
            (1, 1, 'U1', 'Xã Một'), (2, 1, 'U2', 'Huyện Hai'), (3, 1, 'U3', 'Tỉnh Ba'),
            (11, 2, 'F1', 'Hộ tịch'), (12, 2, 'F2', 'Đất đai'),
            (21, 3, 'P1', 'Khai sinh'), (22, 3, 'P2', 'Chuyển nhượng');
        INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, procedure_key,
                                   channel, emc, assisted, received_day, finished_day) VALUES
            -- new online with the citizen's own account, prepared at the counter
            ('A1', 2, 1, 3, 11, 21, 2, 1, 1, %1, NULL),
            -- new online, typed by a clerk: the system counts it, the monitor does not
            ('A2', 2, 1, 3, 11, 21, 2, 0, 0, %2, NULL),
            -- new direct, finished within the period
            ('A3', 2, 1, 3, 12, 22, 1, 0, 0, %3, %4),
            -- received on the last day of September, still open: carried over
            ('A4', 2, 2, 2, 12, 22, 1, 0, 0, %5, NULL),
            -- by post in September, finished on 1 October: open when October began, carried over
            ('A5', 2, 3, 1, 11, 21, 3, 0, 0, %6, %7),
            -- finished on 30 September: not in October's report
            ('A6', 2, 1, 3, 11, 21, 1, 0, 0, %8, %5),
            -- received in November: not in October's report
            ('A7', 2, 1, 3, 12, 22, 2, 1, 0, %9, NULL),
            -- June, received and finished: only June's point of the trend
            ('A8', 2, 1, 3, 11, 21, 2, 0, 0, %10, %11);
    )"_s;
    sql = sql.arg(day(2026, 10, 5)).arg(day(2026, 10, 6)).arg(day(2026, 10, 7))
              .arg(day(2026, 10, 8)).arg(day(2026, 9, 30)).arg(day(2026, 9, 15))
              .arg(day(2026, 10, 1)).arg(day(2026, 9, 10)).arg(day(2026, 11, 1))
              .arg(day(2026, 6, 10)).arg(day(2026, 6, 12));
    if (!db.execScript(sql))
        qFatal("cannot seed the report rows");
}

// Many dossiers over two years, for a report that takes long enough to be noticed.
void seedLarge(motcua::Database &db, int n)
{
    const QString sql = uR"(
        INSERT INTO report_key(id, kind, code, name) VALUES
            (1, 1, 'U1', 'Xã Một'), (2, 1, 'U2', 'Huyện Hai'), (3, 1, 'U3', 'Tỉnh Ba'),
            (11, 2, 'F1', 'Hộ tịch'), (12, 2, 'F2', 'Đất đai'),
            (21, 3, 'P1', 'Khai sinh'), (22, 3, 'P2', 'Chuyển nhượng');
        WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < %1)
        INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, procedure_key,
                                   channel, emc, assisted, received_day, finished_day)
        SELECT 'B' || i, 2, 1 + i % 3, 3 - i % 3, 11 + i % 2, 21 + i % 2, 1 + i % 3,
               i % 3 = 1 AND i % 7 = 0, 0, %2 + i % 730,
               CASE WHEN i % 5 = 0 THEN NULL ELSE %2 + i % 730 + i % 40 END
          FROM n;
    )"_s.arg(n).arg(day(2025, 1, 1));
    if (!db.execScript(sql))
        qFatal("cannot seed the large report");
}

qint64 value(ReportModel *model, int row, int column)
{
    return model->index(row, column).data(Qt::UserRole).toLongLong();
}

} // namespace

class TestReportsGui : public QObject
{
    Q_OBJECT

private:
    TempStore m_store;
    std::unique_ptr<ReportsPage> m_page;

    bool runAndWait(ReportsPage &page)
    {
        QSignalSpy ready(&page, &ReportsPage::reportReady);
        QSignalSpy failed(&page, &ReportsPage::reportFailed);
        page.run();
        if (!QTest::qWaitFor([&] { return !ready.isEmpty() || !failed.isEmpty(); }, 60000))
            return false;
        if (!failed.isEmpty())
            qWarning() << failed.first().first().toString();
        return !ready.isEmpty();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam));
        seedSmall(m_store.db());
        m_store.close(); // the page opens the store on its own thread
        m_page = std::make_unique<ReportsPage>(m_store.path(), u"U1"_s);
        m_page->resize(1100, 800);
        m_page->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    }

    void cleanupTestCase() { m_page.reset(); }

    void tableAndChartsForOctober()
    {
        m_page->setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        m_page->setGrouping(motcua::ReportGrouping::Level);
        QVERIFY(runAndWait(*m_page));
        ReportModel *model = m_page->model();
        QCOMPARE(model->rowCount(), 4);
        const QStringList groups{u"province"_s, u"district"_s, u"commune"_s, u"all"_s};
        // carried over, online, direct/postal, total, system rate, EMC rate (hundredths)
        const QList<QList<qint64>> expected{{1, 0, 0, 1, 0, 0},
                                            {1, 0, 0, 1, 0, 0},
                                            {0, 2, 1, 3, 6667, 3333},
                                            {2, 2, 1, 5, 4000, 2000}};
        const int columns[] = {ReportModel::CarriedOver, ReportModel::Online,
                               ReportModel::DirectPostal, ReportModel::Total,
                               ReportModel::OnlineRate, ReportModel::EmcRate};
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(model->index(row, ReportModel::Group).data(Qt::UserRole).toString(),
                     groups.at(row));
            for (int c = 0; c < 6; ++c)
                QCOMPARE(value(model, row, columns[c]), expected.at(row).at(c));
        }
        QCOMPARE(model->index(2, ReportModel::OnlineRate).data().toString(), u"66.67 %"_s);
        QCOMPARE(model->index(3, ReportModel::Group).data().toString(), u"All"_s);
        QCOMPARE(value(model, 3, ReportModel::Assisted), 1);

        // The level chart: one bar per level that had dossiers, the system and monitor rates.
        auto *levels = m_page->findChild<QChartView *>(u"levelChart"_s);
        QVERIFY(levels);
        auto *bars = qobject_cast<QAbstractBarSeries *>(levels->chart()->series().value(0));
        QVERIFY(bars);
        QCOMPARE(bars->barSets().size(), 2);
        QCOMPARE(bars->barSets().at(0)->count(), 3);
        QCOMPARE(bars->barSets().at(0)->at(2), 66.67);
        QCOMPARE(bars->barSets().at(1)->at(2), 33.33);

        // The trend: twelve months ending with October, whose point is the month's "all" row.
        // June, then September and October had dossiers: the lines stop at the months between
        // (two pairs of lines), which are gaps, not 0%.
        auto *trend = m_page->findChild<QChartView *>(u"trendChart"_s);
        const auto lines = trend->chart()->series();
        QCOMPARE(lines.size(), 4);
        auto *june = qobject_cast<QLineSeries *>(lines.at(0));
        QCOMPARE(june->count(), 1);
        QCOMPARE(june->at(0), QPointF(7, 100.0));
        auto *system = qobject_cast<QLineSeries *>(lines.at(2));
        QCOMPARE(system->count(), 2);
        QCOMPARE(system->at(1), QPointF(11, 40.0));
        QCOMPARE(qobject_cast<QLineSeries *>(lines.at(3))->at(1), QPointF(11, 20.0));
        auto *months = qobject_cast<QBarCategoryAxis *>(trend->chart()->axes(Qt::Horizontal).value(0));
        QVERIFY(months);
        QCOMPARE(months->categories().constLast(), u"10/2026"_s);
    }

    void groupsByField()
    {
        m_page->setGrouping(motcua::ReportGrouping::Field);
        QVERIFY(runAndWait(*m_page));
        ReportModel *model = m_page->model();
        QCOMPARE(model->rowCount(), 3);
        QCOMPARE(model->index(0, ReportModel::Group).data().toString(), u"F1 — Hộ tịch"_s);
        QCOMPARE(value(model, 0, ReportModel::Total), 3); // A1, A2 new; A5 carried over
        QCOMPARE(value(model, 1, ReportModel::Total), 2); // A3 new; A4 carried over
    }

    void exportsCsvAndXlsx()
    {
        m_page->setGrouping(motcua::ReportGrouping::Level);
        QVERIFY(runAndWait(*m_page));
        QTemporaryDir dir;
        const QString csv = dir.filePath(u"october.csv"_s);
        QSignalSpy exported(m_page.get(), &ReportsPage::exported);
        m_page->exportTo(csv, false);
        QVERIFY(exported.wait(20000));
        QFile file(csv);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(QString::fromUtf8(file.readAll()),
                 u"group,carried_over,online,direct_postal,total,online_rate_percent,"
                 "emc_rate_percent\n"
                 "province,1,0,0,1,0.00,0.00\n"
                 "district,1,0,0,1,0.00,0.00\n"
                 "commune,0,2,1,3,66.67,33.33\n"
                 "all,2,2,1,5,40.00,20.00\n"_s);
        const QString xlsx = dir.filePath(u"october.xlsx"_s);
        m_page->exportTo(xlsx, true);
        QVERIFY(exported.wait(20000));
        QFile book(xlsx);
        QVERIFY(book.open(QIODevice::ReadOnly));
        QCOMPARE(book.read(2), QByteArray("PK")); // a zip container, as every .xlsx

        // A folder that does not exist: a clear message, no crash, the page still usable.
        QSignalSpy failed(m_page.get(), &ReportsPage::exportFailed);
        m_page->exportTo(dir.filePath(u"missing/folder/october.csv"_s), false);
        QVERIFY(failed.wait(20000));
        QVERIFY(!failed.first().first().toString().isEmpty());
    }

    void ctrlEnterRunsTheReport()
    {
        m_page->activateWindow();
        QSignalSpy ready(m_page.get(), &ReportsPage::reportReady);
        QTest::keyClick(m_page.get(), Qt::Key_Return, Qt::ControlModifier);
        QVERIFY(ready.wait(20000));
    }

    // A store that is not there yet: a clear message, and the next report works once it is.
    void aStoreNotReadyIsToldAndTheNextRunWorks()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"motcua.db"_s);
        ReportsPage page(path, u"U1"_s);
        QSignalSpy failed(&page, &ReportsPage::reportFailed);
        page.run();
        QVERIFY(failed.wait(20000));
        QVERIFY(failed.first().first().toString().contains(u"not ready"_s));
        QTRY_VERIFY(!page.isRunning());
        {
            auto created = motcua::Database::open(path);
            QVERIFY(created);
        }
        page.setPeriod(QDate(2026, 10, 1), QDate(2026, 10, 31));
        QVERIFY(runAndWait(page));
        QCOMPARE(page.model()->rowCount(), 4);
        QCOMPARE(value(page.model(), 3, ReportModel::Total), 0);
    }

    void periodThatEndsBeforeItStartsIsRefused()
    {
        m_page->setPeriod(QDate(2026, 10, 31), QDate(2026, 10, 1));
        m_page->run();
        QVERIFY(!m_page->isRunning());
        auto *status = m_page->findChild<QLabel *>(u"reportStatus"_s);
        QVERIFY(status->text().contains(u"ends before it starts"_s));
    }

    // The window answers while 600,000 dossiers are counted four times over: every report runs
    // on the page's store thread, so the GUI thread is never away for long.
    void windowStaysResponsive()
    {
        TempStore large;
        seedLarge(large.db(), 600000);
        large.close();
        ReportsPage page(large.path(), u"U1"_s);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.setPeriod(QDate(2025, 1, 1), QDate(2026, 12, 31));
        page.setGrouping(motcua::ReportGrouping::Procedure);
        QElapsedTimer sinceTick;
        qint64 longestGap = 0;
        QTimer tick;
        tick.setInterval(10);
        connect(&tick, &QTimer::timeout, this, [&] {
            longestGap = std::max(longestGap, sinceTick.restart());
        });
        QElapsedTimer took;
        took.start();
        sinceTick.start();
        tick.start();
        QVERIFY(runAndWait(page));
        tick.stop();
        qInfo("report and charts over 600,000 dossiers: %lld ms; longest GUI pause %lld ms",
              took.elapsed(), longestGap);
        QCOMPARE(page.model()->rowCount(), 3); // P1, P2, all
        QCOMPARE(value(page.model(), 2, ReportModel::Total), 600000);
        QVERIFY2(longestGap < 250, qPrintable(u"the GUI stopped for %1 ms"_s.arg(longestGap)));
    }
};

QTEST_MAIN(TestReportsGui)
#include "tst_reports_gui.moc"
