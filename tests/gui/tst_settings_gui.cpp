// The admin's Settings page in the real main window, signed in against the real simulator:
// who sees it, saving settings.ini with audit entries, and the fee policy and official days off
// installed (or refused) as motcua-cli does.
#include "GuiDriver.h"
#include "MemorySecretStore.h"
#include "SimProcess.h"
#include "TempStore.h"

#include "DeskSettingsForm.h"
#include "MainWindow.h"
#include "PolicyFilesPanel.h"
#include "SettingsPage.h"
#include "core/DeskSettings.h"
#include "report/UnitRepository.h"
#include "store/Database.h"

#include <QAction>
#include <QComboBox>
#include <QDialog>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using motcua::ui::DeskSettingsForm;
using motcua::ui::MainWindow;
using motcua::ui::PolicyFilesPanel;
using motcua::ui::SettingsPage;

class TestSettingsGui : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    MemorySecretStore m_secrets;


    std::unique_ptr<MainWindow> openWindow(const QString &dir)
    {
        motcua::DeskSettings settings(dir);
        settings.setServerUrl(m_sim.url());
        auto window = std::make_unique<MainWindow>(settings, m_secrets);
        QSignalSpy ready(window.get(), &MainWindow::storeReady);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !ready.wait(10000))
            qFatal("the main window did not get ready");
        return window;
    }

    static void signIn(MainWindow &window, const QString &user)
    {
        gui::signInThroughDialog(window, user);
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
    }

    static bool settingsTabVisible(MainWindow &window)
    {
        auto *tabs = gui::child<QTabWidget>(window, "pages");
        auto *page = window.findChild<SettingsPage *>(u"settingsPage"_s);
        return page && tabs->isTabVisible(tabs->indexOf(page));
    }

    // An admin signed in, on the Settings page (opened with Ctrl+,), its fields read.
    std::unique_ptr<MainWindow> openAsAdmin(const QString &dir)
    {
        auto window = openWindow(dir);
        signIn(*window, u"quantri01"_s);
        auto *tabs = gui::child<QTabWidget>(*window, "pages");
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        if (tabs->currentWidget()->objectName() != u"settingsPage")
            qFatal("Ctrl+, did not open the Settings page");
        if (!QTest::qWaitFor([&] { return window->findChild<DeskSettingsForm *>()->isEnabled(); },
                             10000))
            qFatal("the Settings page did not read the settings");
        return window;
    }

    // settings_change entries of the desk's audit log with this subject and actor.
    static int settingsAudits(const QString &dir, const QString &subject = {})
    {
        auto db = motcua::Database::openShared(motcua::DeskSettings(dir).storePath());
        if (!db)
            return -1;
        QString sql = u"SELECT count(*) FROM audit_log WHERE kind = 'settings_change' "
                      "AND actor = 'quantri01'"_s;
        if (!subject.isEmpty())
            sql += u" AND subject = '%1'"_s.arg(subject);
        return scalar(**db, sql).toInt();
    }

    static QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
    {
        const QString path = dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam));
        QVERIFY(m_sim.start());
    }

    void onlyTheAdminSeesSettings_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("sees");
        QTest::newRow("clerk") << u"canbo01"_s << false;
        QTest::newRow("supervisor") << u"giamsat01"_s << false;
        QTest::newRow("admin") << u"quantri01"_s << true;
    }
    void onlyTheAdminSeesSettings()
    {
        QFETCH(QString, user);
        QFETCH(bool, sees);
        QTemporaryDir dir;
        auto window = openWindow(dir.path());
        QVERIFY(!settingsTabVisible(*window)); // nobody signed in yet
        signIn(*window, user);
        QCOMPARE(settingsTabVisible(*window), sees);
        // Ctrl+, does not open a hidden page.
        QTest::keySequence(window.get(), QKeySequence(Qt::CTRL | Qt::Key_Comma));
        auto *tabs = gui::child<QTabWidget>(*window, "pages");
        QCOMPARE(tabs->currentWidget()->objectName() == u"settingsPage", sees);
        // Signing out hides it again.
        window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QVERIFY(!settingsTabVisible(*window));
    }

    void savesSettingsAndAuditsEachKey()
    {
        QTemporaryDir dir;
        auto window = openAsAdmin(dir.path());
        QCOMPARE(gui::child<QSpinBox>(*window, "settingsRetentionDays")->value(), 90);
        QCOMPARE(gui::child<QLineEdit>(*window, "settingsServerUrl")->text(), m_sim.url().toString());

        gui::child<QSpinBox>(*window, "settingsRetentionDays")->setValue(30);
        auto *url = gui::child<QLineEdit>(*window, "settingsServerUrl");
        url->clear();
        QTest::keyClicks(url, u"https://dvc.example.gov.vn/api"_s);
        QSignalSpy saved(window->findChild<DeskSettingsForm *>(), &DeskSettingsForm::saved);
        QTest::mouseClick(gui::child<QPushButton>(*window, "settingsSave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        QVERIFY(gui::child<QLabel>(*window, "settingsStatus")->text().contains(u"started again"_s));

        // settings.ini, read back as motcua reads it at start.
        const motcua::DeskSettings back(dir.path());
        QCOMPARE(back.retentionDays(), 30);
        QCOMPARE(back.serverUrl(), QUrl(u"https://dvc.example.gov.vn/api"_s));
        QCOMPARE(back.offlineDays(), 7); // untouched keys keep their defaults
        // One settings_change per key written, by the admin, with the key as subject.
        QTRY_COMPARE(settingsAudits(dir.path(), u"security/retention_days"_s), 1);
        QTRY_COMPARE(settingsAudits(dir.path(), u"server/url"_s), 1);
        QCOMPARE(settingsAudits(dir.path()), 2);
    }

    void unitPickedFromTheStore()
    {
        QTemporaryDir dir;
        auto window = openAsAdmin(dir.path());
        auto *unit = gui::child<QComboBox>(*window, "settingsUnit");
        QTRY_VERIFY(gui::child<QLabel>(*window, "settingsUnitHint")->text().contains(u"no units"_s));
        {
            // The official list, as `motcua-cli units import` would put it in the store.
            auto db = motcua::Database::openShared(motcua::DeskSettings(dir.path()).storePath());
            QVERIFY(db);
            motcua::AdminUnit province;
            province.code = u"99"_s;
            province.name = u"Tỉnh Mẫu"_s;
            province.level = motcua::AdminUnit::kProvince;
            motcua::AdminUnit commune;
            commune.code = u"99001"_s;
            commune.name = u"Xã Mẫu Đông"_s;
            commune.parentCode = u"99"_s;
            QVERIFY(motcua::UnitRepository(**db).replaceAll({province, commune}));
        }
        window->findChild<SettingsPage *>()->load();
        QTRY_VERIFY(unit->findData(u"99001"_s) >= 0);
        QVERIFY(unit->itemText(unit->findData(u"99001"_s)).contains(u"Xã Mẫu Đông"_s));
        // The desk's unit is still there, though the list does not have it.
        QCOMPARE(unit->currentData().toString(), u"XA0001"_s);
        unit->setCurrentIndex(unit->findData(u"99001"_s));
        auto *desk = gui::child<QLineEdit>(*window, "settingsDesk");
        desk->clear();
        QTest::keyClicks(desk, u"03"_s);
        QSignalSpy saved(window->findChild<DeskSettingsForm *>(), &DeskSettingsForm::saved);
        QTest::mouseClick(gui::child<QPushButton>(*window, "settingsSave"), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(saved.size(), 1, 10000);
        const motcua::DeskIdentity back = motcua::DeskSettings(dir.path()).desk();
        QCOMPARE(back.unitCode, u"99001"_s);
        QCOMPARE(back.deskCode, u"03"_s);
        QTRY_COMPARE(settingsAudits(dir.path(), u"desk/unit"_s), 1);
        QTRY_COMPARE(settingsAudits(dir.path(), u"desk/desk"_s), 1);
    }

    void plainHttpToAnotherComputerIsRefused()
    {
        QTemporaryDir dir;
        auto window = openAsAdmin(dir.path());
        gui::child<QSpinBox>(*window, "settingsRetentionDays")->setValue(45);
        auto *url = gui::child<QLineEdit>(*window, "settingsServerUrl");
        url->clear();
        QTest::keyClicks(url, u"http://192.0.2.10:8765"_s);
        QSignalSpy failed(window->findChild<DeskSettingsForm *>(), &DeskSettingsForm::saveFailed);
        QTest::mouseClick(gui::child<QPushButton>(*window, "settingsSave"), Qt::LeftButton);
        QCOMPARE(failed.size(), 1);
        const QString status = gui::child<QLabel>(*window, "settingsStatus")->text();
        QVERIFY2(status.contains(u"does not use https"_s), qPrintable(status));
        QVERIFY(status.contains(u"192.0.2.10"_s));

        // Nothing saved, nothing recorded.
        const motcua::DeskSettings back(dir.path());
        QCOMPARE(back.serverUrl(), m_sim.url());
        QCOMPARE(back.retentionDays(), 90);
        QTest::qWait(200);
        QCOMPARE(settingsAudits(dir.path()), 0);
    }

    void holidayFileRefusedOrInstalled()
    {
        QTemporaryDir dir;
        QTemporaryDir files;
        auto window = openAsAdmin(dir.path());
        auto *panel = window->findChild<PolicyFilesPanel *>();
        auto *list = gui::child<QListWidget>(*window, "settingsCalendars");
        QTRY_COMPARE(list->count(), 1);
        QVERIFY(list->item(0)->text().contains(u"No official list"_s));
        const QString target = motcua::DeskSettings(dir.path()).calendarDir() + u"/2026.json"_s;

        // A corrupt file: refused with the reason, nothing installed, nothing recorded.
        QSignalSpy failed(panel, &PolicyFilesPanel::installFailed);
        panel->installCalendar(writeFile(files, u"nghi-le-2026.json"_s,
                                         R"({"format": "motcua.calendar", "year": 2026,
                                             "days_off": ["2026-13-40"]})"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.first().first().toString().contains(u"nghi-le-2026.json"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(gui::child<QLabel>(*window, "settingsFilesStatus")->text().contains(u"not installed"_s));
        QVERIFY(!QFile::exists(target));
        QCOMPARE(settingsAudits(dir.path(), u"calendar"_s), 0);

        // A good file: installed, shown, recorded.
        QSignalSpy installed(panel, &PolicyFilesPanel::installed);
        panel->installCalendar(writeFile(files, u"nghi-le-2026-dung.json"_s,
                                         R"({"format": "motcua.calendar", "year": 2026,
                                             "days_off": ["2026-01-01", "2026-01-02"],
                                             "working_days": ["2026-01-10"]})"));
        QTRY_COMPARE_WITH_TIMEOUT(installed.size(), 1, 10000);
        QVERIFY(QFile::exists(target));
        QTRY_VERIFY(list->item(0)->text().contains(u"2026: 2 day(s) off"_s));
        QVERIFY(list->item(0)->text().contains(u"1 weekend working day(s) (2026.json)"_s));
        QTRY_COMPARE(settingsAudits(dir.path(), u"calendar"_s), 1);

        // Another corrupt file changes nothing of what is installed.
        const QByteArray before = readAll(target);
        panel->installCalendar(writeFile(files, u"hong.json"_s, "{not json"));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(readAll(target), before);
        QCOMPARE(settingsAudits(dir.path(), u"calendar"_s), 1);
    }

    void feePolicyRefusedOrInstalled()
    {
        QTemporaryDir dir;
        QTemporaryDir files;
        auto window = openAsAdmin(dir.path());
        auto *panel = window->findChild<PolicyFilesPanel *>();
        auto *shown = gui::child<QLabel>(*window, "settingsFeePolicy");
        // Before any install: the bundled sample, said to be one.
        QTRY_VERIFY(shown->text().contains(u"sample policy shipped with motcua"_s));
        const QString target = motcua::DeskSettings(dir.path()).feePolicyPath();

        QSignalSpy failed(panel, &PolicyFilesPanel::installFailed);
        panel->installFeePolicy(writeFile(files, u"chinh-sach-hong.json"_s,
                                          R"({"format": "motcua.fees", "format_version": 1})"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 10000);
        QVERIFY2(failed.first().first().toString().contains(u"chinh-sach-hong.json"_s),
                 qPrintable(failed.first().first().toString()));
        QVERIFY(!QFile::exists(target));
        QVERIFY(shown->text().contains(u"sample policy shipped with motcua"_s));
        QCOMPARE(settingsAudits(dir.path(), u"fees"_s), 0);

        // The sample, made into a province's own policy of another version.
        const QString sourceDir = qEnvironmentVariable("MOTCUA_SOURCE_DIR");
        QByteArray policy = readAll(sourceDir + u"/resources/fees/sample-policy.json"_s);
        QVERIFY(!policy.isEmpty());
        QJsonObject o = QJsonDocument::fromJson(policy).object();
        o.insert(u"policy_version"_s, u"2026-12-test"_s);
        o.insert(u"sample"_s, false);
        QSignalSpy installed(panel, &PolicyFilesPanel::installed);
        panel->installFeePolicy(writeFile(files, u"chinh-sach-phi.json"_s,
                                          QJsonDocument(o).toJson()));
        QTRY_COMPARE_WITH_TIMEOUT(installed.size(), 1, 10000);
        QVERIFY(QFile::exists(target));
        QTRY_VERIFY(shown->text().contains(u"In force: policy 2026-12-test"_s));
        QVERIFY(!shown->text().contains(u"sample"_s));
        QTRY_COMPARE(settingsAudits(dir.path(), u"fees"_s), 1);

        // A bad file now leaves the installed policy as it is.
        const QByteArray before = readAll(target);
        panel->installFeePolicy(writeFile(files, u"hong.json"_s, "[]"));
        QTRY_COMPARE(failed.size(), 2);
        QCOMPARE(readAll(target), before);
        QVERIFY(shown->text().contains(u"2026-12-test"_s));
        QCOMPARE(settingsAudits(dir.path(), u"fees"_s), 1);
    }
};

QTEST_MAIN(TestSettingsGui)
#include "tst_settings_gui.moc"
