// The real main window against the real simulator: sign-in at start, roles, the idle lock.
#include "GuiDriver.h"
#include "MemorySecretStore.h"
#include "SimProcess.h"

#include "CitizenWindow.h"
#include "ClerkGate.h"
#include "MainWindow.h"
#include "core/DeskSettings.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using motcua::ui::MainWindow;

class TestSignInGui : public QObject
{
    Q_OBJECT

private:
    SimProcess m_sim;
    MemorySecretStore m_secrets;


    std::unique_ptr<MainWindow> openWindow(motcua::DeskSettings settings)
    {
        settings.setServerUrl(m_sim.url());
        auto window = std::make_unique<MainWindow>(settings, m_secrets);
        QSignalSpy ready(window.get(), &MainWindow::storeReady);
        window->show();
        if (!QTest::qWaitForWindowExposed(window.get()) || !ready.wait(10000))
            qFatal("the main window did not get ready");
        return window;
    }


    static QWidget *currentPage(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(u"deskStack"_s)->currentWidget();
    }

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam));
        QVERIFY(m_sim.start());
    }

    void signInAtStart()
    {
        QTemporaryDir dir;
        auto window = openWindow(motcua::DeskSettings(dir.path()));
        // Nothing of the work before sign-in.
        QCOMPARE(currentPage(*window)->objectName(), u"lockPage"_s);
        QTRY_VERIFY(window->findChild<QDialog *>(u"signInDialog"_s));
        QDialog *dialog = window->findChild<QDialog *>(u"signInDialog"_s);

        // A wrong password: the error is shown in the dialog, which stays open.
        gui::child<QLineEdit>(*dialog, "signInUser")->clear();
        QTest::keyClicks(gui::child<QLineEdit>(*dialog, "signInUser"), u"canbo01"_s);
        QTest::keyClicks(gui::child<QLineEdit>(*dialog, "signInPassword"), u"wrong"_s);
        QTest::keyClick(gui::child<QLineEdit>(*dialog, "signInPassword"), Qt::Key_Return);
        auto *status = gui::child<QLabel>(*dialog, "signInStatus");
        QTRY_VERIFY_WITH_TIMEOUT(status->text().contains(u"refused"_s), 10000);
        QVERIFY(dialog->isVisible());
        QVERIFY(!window->gate()->clerk());

        auto *password = gui::child<QLineEdit>(*dialog, "signInPassword");
        password->clear();
        QTest::keyClicks(password, u"motcua-demo"_s);
        QTest::keyClick(password, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window->findChild<QDialog *>(u"signInDialog"_s), 15000);
        QCOMPARE(currentPage(*window)->objectName(), u"pages"_s);
        QVERIFY(gui::child<QLabel>(*window, "clerkLabel")->text().contains(u"canbo01"_s));
        QVERIFY(window->gate()->clerk()->online);
    }

    void reportsTabByRole_data()
    {
        QTest::addColumn<QString>("user");
        QTest::addColumn<bool>("reports");
        QTest::newRow("clerk") << u"canbo01"_s << false;
        QTest::newRow("supervisor") << u"giamsat01"_s << true;
        QTest::newRow("admin") << u"quantri01"_s << true;
    }
    void reportsTabByRole()
    {
        QFETCH(QString, user);
        QFETCH(bool, reports);
        QTemporaryDir dir;
        auto window = openWindow(motcua::DeskSettings(dir.path()));
        gui::signInThroughDialog(*window, user);
        auto *tabs = gui::child<QTabWidget>(*window, "pages");
        bool found = false;
        for (int i = 0; i < tabs->count(); ++i) {
            if (tabs->tabText(i).contains(u"Reports"_s)) {
                found = true;
                QCOMPARE(tabs->isTabVisible(i), reports);
            }
        }
        QVERIFY(found);
    }

    void idleLockKeepsTheDraft()
    {
        QTemporaryDir dir;
        motcua::DeskSettings settings(dir.path());
        settings.setLockMinutes(0.02); // 1.2 s
        auto window = openWindow(settings);
        gui::signInThroughDialog(*window, u"canbo01"_s);
        window->citizenWindow()->show();

        // Half an intake: a procedure chosen, the applicant's name typed.
        auto *search = gui::child<QLineEdit>(*window, "procedureSearch");
        QTest::keyClicks(search, u"khai sinh"_s);
        QTRY_VERIFY(gui::child<QListWidget>(*window, "procedureList")->count() > 0);
        QTest::keyClick(search, Qt::Key_Return);
        auto *name = gui::child<QLineEdit>(*window, "applicantName");
        QTRY_VERIFY(name->isVisible());
        QTest::keyClicks(name, u"Nguyen Van An"_s);

        // Idle: the content goes, on both screens.
        QTRY_VERIFY_WITH_TIMEOUT(window->gate()->isLocked(), 10000);
        QCOMPARE(currentPage(*window)->objectName(), u"lockPage"_s);
        QVERIFY(!name->isVisible());
        QVERIFY(window->citizenWindow()->isBlanked());

        // A wrong password keeps it locked; the clerk's own unlocks it.
        auto *unlock = gui::child<QLineEdit>(*window, "unlockPassword");
        QTest::keyClicks(unlock, u"not-it"_s);
        QTest::keyClick(unlock, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!gui::child<QLabel>(*window, "lockStatus")->text().isEmpty()
                                     && !unlock->isReadOnly(),
                                 15000);
        QVERIFY(window->gate()->isLocked());
        unlock->clear();
        QTest::keyClicks(unlock, u"motcua-demo"_s);
        QTest::keyClick(unlock, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(!window->gate()->isLocked(), 15000);
        QVERIFY(!window->citizenWindow()->isBlanked());
        QVERIFY(name->isVisible());
        QCOMPARE(name->text(), u"Nguyen Van An"_s);
    }

    void signOutForgetsTheSession()
    {
        QTemporaryDir dir;
        auto window = openWindow(motcua::DeskSettings(dir.path()));
        gui::signInThroughDialog(*window, u"canbo01"_s);
        const qsizetype kept = m_secrets.entries.size();
        QVERIFY(kept >= 2);
        window->findChild<QAction *>(u"signOutAction"_s)->trigger();
        QCOMPARE(currentPage(*window)->objectName(), u"lockPage"_s);
        QVERIFY(!window->gate()->clerk());
        QTRY_COMPARE(m_secrets.entries.size(), kept - 1);
        QTRY_VERIFY(window->findChild<QDialog *>(u"signInDialog"_s));
    }
};

QTEST_MAIN(TestSignInGui)
#include "tst_signin_gui.moc"
