// The Day end tab in the real main window: shown to supervisors and administrators with the
// figures of the seeded store, hidden from clerks; a failure opens the dossier in the queue.
#include "MemorySecretStore.h"

#include "DayEndPage.h"
#include "MainWindow.h"
#include "QueueModel.h"
#include "core/DeskSettings.h"
#include "report/DayEnd.h"

#include <QLabel>
#include <QProcess>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <sqlite3.h>

using namespace Qt::StringLiterals;
using motcua::ui::DayEndPage;
using motcua::ui::MainWindow;

namespace {

// Another connection on the window's store, as a second program would write it.
void write(const QString &storePath, const QString &sql)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open(storePath.toUtf8().constData(), &db) != SQLITE_OK)
        qFatal("cannot open the store");
    sqlite3_busy_timeout(db, 10000);
    char *message = nullptr;
    if (sqlite3_exec(db, sql.toUtf8().constData(), nullptr, nullptr, &message) != SQLITE_OK)
        qFatal("seed: %s", message);
    sqlite3_close(db);
}

// A dossier saved at this desk on `at` (ISO with offset), with its outbox entry.
QString dossier(const motcua::DeskIdentity &desk, const QString &code, int channel,
                const QString &confirmation, const QString &at, const QString &state,
                const QString &reason = {})
{
    return uR"(
        INSERT INTO dossier(code, procedure_code, procedure_name, field_code, field_name, channel,
                            applicant_name, applicant_cccd, applicant_phone, unit_code, unit_name,
                            desk_code, clerk, received_at, confirmation)
        VALUES ('%1', '1.000001', 'Đăng ký khai sinh', 'F1', 'Hộ tịch', %2, '', '0', '', '%3',
                'Xã', '%4', 'c', '%5', '%6');
        INSERT INTO outbox(dossier_id, idempotency_key, payload, state, last_error, created_at)
        SELECT id, 'k-%1', '{}', '%7', '%8', received_at FROM dossier WHERE code = '%1';
    )"_s.arg(code).arg(channel).arg(desk.unitCode, desk.deskCode, at, confirmation, state, reason);
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-enc"_s, u"UTF-8"_s, pdf, u"-"_s});
    if (!p.waitForFinished(30000) || p.exitCode() != 0)
        qFatal("pdftotext failed (Debian: poppler-utils)");
    // One line per row: pdftotext may break a row where the text wraps.
    return QString::fromUtf8(p.readAllStandardOutput()).simplified();
}

QString vietnamTime(const QDate &day, int hour, int minute)
{
    return u"%1T%2:%3:00+07:00"_s.arg(day.toString(Qt::ISODate))
        .arg(hour, 2, 10, QChar(u'0'))
        .arg(minute, 2, 10, QChar(u'0'));
}

} // namespace

class TestDayEndGui : public QObject
{
    Q_OBJECT

private:
    MemorySecretStore m_secrets;

    std::unique_ptr<MainWindow> openWindow(const motcua::DeskSettings &settings,
                                           const QString &role)
    {
        auto window = std::make_unique<MainWindow>(settings, m_secrets);
        window->signInAs({u"nguoidung"_s, u"Người Dùng"_s, role, settings.desk().unitCode, true, {}},
                         {u"nguoidung"_s, u"motcua-demo"_s});
        QSignalSpy ready(window.get(), &MainWindow::storeReady);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !ready.wait(10000))
            qFatal("the main window did not get ready");
        return window;
    }

    static motcua::DeskSettings quietDesk(const QString &dir)
    {
        motcua::DeskSettings settings(dir);
        settings.setServerUrl(QUrl(u"http://127.0.0.1:9"_s)); // nothing listens: no sync
        settings.setSyncIntervalSeconds(0);
        return settings;
    }

    static int dayEndTab(QTabWidget *tabs)
    {
        for (int i = 0; i < tabs->count(); ++i)
            if (qobject_cast<DayEndPage *>(tabs->widget(i)))
                return i;
        return -1;
    }

    static QString figure(QWidget &w, const char *key)
    {
        auto *label = w.findChild<QLabel *>(u"dayEnd_"_s + QLatin1String(key));
        return label ? label->text() : u"(missing)"_s;
    }

private slots:
    void initTestCase() { QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam)); }

    void tabByRole_data()
    {
        QTest::addColumn<QString>("role");
        QTest::addColumn<bool>("visible");
        QTest::newRow("clerk") << u"clerk"_s << false;
        QTest::newRow("supervisor") << u"supervisor"_s << true;
        QTest::newRow("admin") << u"admin"_s << true;
    }
    void tabByRole()
    {
        QFETCH(QString, role);
        QFETCH(bool, visible);
        QTemporaryDir dir;
        auto window = openWindow(quietDesk(dir.path()), role);
        auto *tabs = window->findChild<QTabWidget *>(u"pages"_s);
        const int tab = dayEndTab(tabs);
        QVERIFY(tab >= 0);
        QCOMPARE(tabs->isTabVisible(tab), visible);
        QVERIFY(tabs->tabText(tab).contains(u"end"_s));
    }

    void supervisorSeesTheDay()
    {
        QTemporaryDir dir;
        const motcua::DeskSettings settings = quietDesk(dir.path());
        auto window = openWindow(settings, u"supervisor"_s);
        const motcua::DeskIdentity desk = settings.desk();
        const QDate today = motcua::DayEnd::today();
        write(settings.storePath(),
              dossier(desk, u"D1"_s, 1, u"none"_s, vietnamTime(today, 8, 5), u"queued"_s)
                  + dossier(desk, u"D2"_s, 2, u"awaiting"_s, vietnamTime(today, 9, 30),
                            u"retry"_s, u"Mất kết nối"_s)
                  // 23:30 yesterday in Vietnam: carried over, not received today.
                  + dossier(desk, u"D0"_s, 1, u"none"_s, vietnamTime(today.addDays(-1), 23, 30),
                            u"action"_s, u"Thiếu bản sao giấy khai sinh"_s));

        auto *tabs = window->findChild<QTabWidget *>(u"pages"_s);
        auto *page = qobject_cast<DayEndPage *>(tabs->widget(dayEndTab(tabs)));
        QSignalSpy refreshed(page, &DayEndPage::refreshed);
        tabs->setCurrentWidget(page); // shown: computed at once
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(figure(*page, "direct"), u"1"_s);
        QCOMPARE(figure(*page, "postal"), u"0"_s);
        QCOMPARE(figure(*page, "onlineConfirmed"), u"0"_s);
        QCOMPARE(figure(*page, "onlineAwaiting"), u"1"_s);
        QCOMPARE(figure(*page, "received"), u"2"_s);
        // 1 online of 3 handled (D0 carried over + 2 received), as the report counts the day.
        const QLocale locale;
        QCOMPARE(figure(*page, "onlineShare"), locale.toString(33.33, 'f', 2) + locale.percent());
        QCOMPARE(figure(*page, "emcShare"), locale.toString(0.0, 'f', 2) + locale.percent());
        QCOMPARE(figure(*page, "awaiting"), u"1"_s);
        QCOMPARE(figure(*page, "notSynced"), u"2"_s);
        QCOMPARE(figure(*page, "needsAction"), u"1"_s);
        auto *value = page->findChild<QLabel *>(u"dayEnd_notSynced"_s);
        QCOMPARE(value->accessibleName(), u"Not yet synced: 2"_s);

        auto *failures = page->findChild<QTableView *>(u"dayEndFailures"_s);
        QCOMPARE(failures->model()->rowCount(), 1);
        QCOMPARE(failures->model()->index(0, 0).data().toString(), u"D0"_s);
        QCOMPARE(failures->model()->index(0, 3).data().toString(),
                 u"Thiếu bản sao giấy khai sinh"_s);

        // The same figures as PDF, written off the GUI thread.
        const QString pdf = dir.filePath(u"ngay.pdf"_s);
        QSignalSpy exported(page, &DayEndPage::exported);
        QSignalSpy exportFailed(page, &DayEndPage::exportFailed);
        page->savePdfTo(pdf);
        QTRY_VERIFY_WITH_TIMEOUT(!exported.isEmpty() || !exportFailed.isEmpty(), 20000);
        QVERIFY2(exportFailed.isEmpty(),
                 qPrintable(exportFailed.value(0).value(0).toString()));
        const QString text = pdfText(pdf);
        QVERIFY2(text.contains(u"Day-end summary"_s), qPrintable(text));
        QVERIFY(text.contains(u"Online share: "_s + locale.toString(33.33, 'f', 2)
                              + locale.percent()));
        QVERIFY(text.contains(u"Not yet synced: 2"_s));
        QVERIFY(text.contains(u"D0"_s));
        QVERIFY(text.contains(u"Thiếu bản sao giấy khai sinh"_s));

        // Ctrl+R computes again: a dossier by post received since.
        write(settings.storePath(),
              dossier(desk, u"D3"_s, 3, u"none"_s, vietnamTime(today, 10, 0), u"queued"_s));
        refreshed.clear();
        page->findChild<QWidget *>(u"dayEndDate"_s)->setFocus();
        QTest::keyClick(page, Qt::Key_R, Qt::ControlModifier);
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(figure(*page, "postal"), u"1"_s);
        QCOMPARE(figure(*page, "received"), u"3"_s);
        QCOMPARE(figure(*page, "notSynced"), u"3"_s);

        // Yesterday in Vietnam: D0, received at 23:30, is that day's only dossier.
        refreshed.clear();
        page->setDay(today.addDays(-1));
        QVERIFY(refreshed.wait(10000));
        QCOMPARE(figure(*page, "direct"), u"1"_s);
        QCOMPARE(figure(*page, "received"), u"1"_s);
        QCOMPARE(page->summary().request.day, today.addDays(-1));

        // Enter on the failure: the queue, with that dossier selected.
        failures->setFocus();
        failures->setCurrentIndex(failures->model()->index(0, 0));
        QTest::keyClick(failures, Qt::Key_Return);
        auto *queue = window->findChild<QTableView *>(u"queueView"_s);
        QTRY_VERIFY(tabs->currentWidget()->isAncestorOf(queue));
        QTRY_VERIFY_WITH_TIMEOUT(queue->selectionModel()->selectedRows().size() == 1, 10000);
        const int row = queue->selectionModel()->selectedRows().first().row();
        QCOMPARE(queue->model()->index(row, motcua::ui::QueueModel::Code).data().toString(),
                 u"D0"_s);
    }
};

QTEST_MAIN(TestDayEndGui)
#include "tst_dayend_gui.moc"
