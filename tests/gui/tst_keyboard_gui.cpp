#include "KeyboardSession.h"
#include "MemorySecretStore.h"
#include "TempStore.h"

#include "IntakePage.h"
#include "MainWindow.h"
#include "OfflineBanner.h"
#include "Theme.h"
#include "core/DeskSettings.h"
#include "core/Translations.h"
#include "store/Database.h"
#include "store/DeskMeta.h"

#include <QAccessible>
#include <QAbstractButton>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using motcua::ui::MainWindow;

// The desk without a mouse: every key goes to whatever widget has the focus, as on a real
// keyboard; nothing is clicked, focused or filled in by the test. Alt+letter reaches one thing
// only, a clerk cannot reach other roles' pages, and the banner says when the desk is offline.
// (Screen readers, scaling, theme and text size: tst_accessibility_gui.)
class TestKeyboardGui : public QObject, private KeyboardSession
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::Vietnam));
        QAccessible::setActive(true);
    }

    // A whole direct intake with the keyboard alone: Ctrl+N, the procedure, the applicant, the
    // papers, fees, due date, review, Ctrl+S, and the code on the done page.
    void intakeWithTheKeyboardOnly()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()));
        MainWindow &window = *owned;
        key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(focus()->objectName(), u"procedureSearch"_s);
        type(u"khai sinh"_s);
        QTest::qWait(400); // the search runs on the store's thread
        QTRY_VERIFY_WITH_TIMEOUT(window.findChild<QWidget *>(u"procedureList"_s)->isEnabled(), 5000);
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 1, 5000);
        QCOMPARE(focus()->objectName(), u"applicantName"_s);
        type(u"Lê Văn Bình"_s);
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), u"applicantCccd"_s); // the order a card is read in
        type(u"001185012345"_s);
        tabTo(u"applicantPhone"_s);
        type(u"0912345678"_s);
        key(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 2, 5000);

        // Papers: the first row's choice has the focus; "Copy kept" is two down. Tab goes row
        // by row (choice, then its Attach button).
        QCOMPARE(focus()->objectName(), u"paperHow0"_s);
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), u"paperAttach0"_s);
        key(Qt::Key_Tab);
        QCOMPARE(focus()->objectName(), u"paperHow1"_s);
        key(Qt::Key_Down);
        key(Qt::Key_Down);
        QCOMPARE(qobject_cast<QComboBox *>(focus())->currentIndex(), 2);
        key(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 3, 5000); // fees
        QTest::qWait(200);
        key(Qt::Key_Return, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 4, 5000); // due date
        key(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 5, 5000); // review: the channel has the focus
        QCOMPARE(focus()->objectName(), u"channelDirect"_s);
        QVERIFY(window.findChild<QLabel *>(u"reviewSummary"_s)->text().contains(u"Lê Văn Bình"_s));
        key(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 6, 5000);
        key(Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 7, 5000);
        const auto saved = window.findChild<motcua::ui::IntakePage *>()->lastSaved();
        QVERIFY(saved.has_value());
        QVERIFY(window.findChild<QLabel *>(u"doneLabel"_s)->text().contains(saved->queued.code));
        QCOMPARE(saved->receipt.papers.size(), 2);
        QCOMPARE(focus()->objectName(), u"printButton"_s); // Enter prints the receipt

        // The queue by its mnemonic, and back to a new citizen.
        key(Qt::Key_Q, Qt::AltModifier);
        QTRY_COMPARE(window.findChild<QTabWidget *>(u"pages"_s)->currentIndex(), 1);
        key(Qt::Key_N, Qt::ControlModifier);
        QCOMPARE(window.findChild<QTabWidget *>(u"pages"_s)->currentIndex(), 0);
        QCOMPARE(focus()->objectName(), u"procedureSearch"_s);
    }

    // A clerk cannot reach the supervisor's and admin's pages from the keyboard: arrow keys and
    // Ctrl+Tab on the tab bar, and the settings shortcut, stay on the clerk's pages.
    void aClerkCannotReachOtherRolesPages()
    {
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()));
        MainWindow &window = *owned;
        auto *tabs = window.findChild<QTabWidget *>(u"pages"_s);
        auto *bar = tabs->tabBar();
        bar->setFocus();
        QStringList reached;
        const auto note = [&] {
            reached.append(tabs->tabText(tabs->currentIndex()));
            QVERIFY2(tabs->currentIndex() <= 1, qPrintable(reached.join(u" → "_s)));
            QVERIFY(!window.findChild<QWidget *>(u"settingsServerUrl"_s)->isVisible());
        };
        for (const Qt::Key k : {Qt::Key_Right, Qt::Key_Right, Qt::Key_Right, Qt::Key_Down,
                                Qt::Key_Down, Qt::Key_Down, Qt::Key_End}) {
            QTest::keyClick(bar, k);
            note();
        }
        for (int i = 0; i < 5; ++i) {
            QTest::keyClick(bar, Qt::Key_Tab, Qt::ControlModifier);
            note();
        }
        key(Qt::Key_Comma, Qt::ControlModifier);
        note();
        // Even set directly, a page the role does not allow does not stay current.
        tabs->setCurrentIndex(tabs->count() - 1);
        note();
    }

    // No provincial system at the address: the banner says so with the time of the last
    // successful contact (kept in the store); when the system answers, the banner says it is
    // back.
    void offlineBannerAndReturn()
    {
        QTemporaryDir dir;
        QTcpServer reserve; // a port nobody answers on, then a tiny health endpoint on it
        QVERIFY(reserve.listen(QHostAddress::LocalHost));
        const quint16 port = reserve.serverPort();
        reserve.close();
        motcua::DeskSettings settings(dir.path());
        settings.setServerUrl(QUrl(u"http://127.0.0.1:%1"_s.arg(port)));
        const QDateTime earlier = QDateTime(QDate(2026, 11, 30), QTime(3, 4), Qt::UTC);
        {
            auto db = motcua::Database::open(settings.storePath());
            QVERIFY(db.has_value());
            QVERIFY(motcua::recordContact(**db, earlier).has_value());
        }
        auto owned = openWindow(settings);
        MainWindow &window = *owned;
        auto *banner = window.findChild<motcua::ui::OfflineBanner *>();
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), 10000);
        QCOMPARE(banner->state(), motcua::ui::OfflineBanner::State::Offline);
        QVERIFY2(banner->text().contains(QLocale().toString(earlier.toLocalTime(),
                                                             QLocale::ShortFormat)),
                 qPrintable(banner->text()));

        QTcpServer health;
        QVERIFY(health.listen(QHostAddress::LocalHost, port));
        connect(&health, &QTcpServer::newConnection, &health, [&health] {
            QTcpSocket *s = health.nextPendingConnection();
            connect(s, &QTcpSocket::readyRead, s, [s] {
                s->readAll();
                s->write("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                         "15\r\nConnection: close\r\n\r\n{\"status\":\"ok\"}");
                s->disconnectFromHost();
            });
        });
        key(Qt::Key_A, Qt::AltModifier); // "Try again now"
        QTRY_COMPARE_WITH_TIMEOUT(banner->state(), motcua::ui::OfflineBanner::State::Back, 10000);
        QVERIFY(banner->text().contains(u"returned"_s));
        // The new contact is in the store, for the next start.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto db = motcua::Database::openShared(settings.storePath());
                return db && motcua::lastContact(**db) > earlier;
            }(),
            5000);
    }

    // Alt+letter must reach one thing only: the menus, the pages and the banner's button have
    // distinct mnemonics, in English and in Vietnamese (last: it installs the translation).
    void mnemonicsAreDistinct_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("vi") << u"vi"_s;
    }

    void mnemonicsAreDistinct()
    {
        QFETCH(QString, language);
        if (language == u"vi")
            motcua::installTranslations(*qApp, language);
        QTemporaryDir dir;
        auto owned = openWindow(motcua::DeskSettings(dir.path()), u"admin"_s);
        MainWindow &window = *owned;
        QStringList texts;
        for (QAction *menu : window.menuBar()->actions())
            texts.append(menu->text());
        auto *tabs = window.findChild<QTabWidget *>(u"pages"_s);
        for (int i = 0; i < tabs->count(); ++i)
            texts.append(tabs->tabText(i));
        texts.append(window.findChild<QPushButton *>(u"offlineRetry"_s)->text());
        QHash<QChar, QString> taken;
        static const QRegularExpression mnemonic(u"&([^&])"_s);
        for (const QString &text : std::as_const(texts)) {
            const auto m = mnemonic.match(text);
            QVERIFY2(m.hasMatch(), qPrintable(u"no mnemonic: "_s + text));
            const QChar letter = m.captured(1).at(0).toLower();
            QVERIFY2(!taken.contains(letter),
                     qPrintable(u"Alt+%1: %2 and %3"_s.arg(letter, taken.value(letter), text)));
            taken.insert(letter, text);
        }
        QVERIFY(taken.size() >= 7);

        // And on the wizard's first steps, with the fields' labels and the buttons shown there.
        QStringList clashes;
        auto checkShown = [&](const QString &where) {
            QHash<QChar, QString> shown = taken;
            QStringList here;
            for (QAbstractButton *b : window.findChildren<QAbstractButton *>())
                if (b->isVisible() && b->objectName() != u"offlineRetry")
                    here.append(b->text());
            for (QLabel *l : window.findChildren<QLabel *>())
                if (l->isVisible() && l->buddy())
                    here.append(l->text());
            for (const QString &text : std::as_const(here)) {
                const auto m = mnemonic.match(text);
                if (!m.hasMatch())
                    continue;
                const QChar letter = m.captured(1).at(0).toLower();
                // The same button on every paper row shares its letter on purpose: Alt+letter
                // then steps from row to row.
                if (shown.contains(letter) && shown.value(letter) != text)
                    clashes.append(where + u": Alt+"_s + letter + u" "_s + shown.value(letter)
                                   + u" / "_s + text);
                shown.insert(letter, text);
            }
        };
        key(Qt::Key_N, Qt::ControlModifier);
        checkShown(u"procedure"_s);
        type(u"khai sinh"_s);
        QTest::qWait(400);
        key(Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 1, 5000);
        checkShown(u"applicant"_s);
        type(u"Lê Văn Bình"_s);
        key(Qt::Key_Tab);
        type(u"001185012345"_s);
        tabTo(u"applicantPhone"_s);
        type(u"0912345678"_s);
        key(Qt::Key_Right, Qt::AltModifier);
        QTRY_COMPARE_WITH_TIMEOUT(step(window), 2, 5000);
        checkShown(u"papers"_s);
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(u" | "_s)));
    }
};

QTEST_MAIN(TestKeyboardGui)
#include "tst_keyboard_gui.moc"
