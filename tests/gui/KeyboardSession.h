// What the keyboard GUI tests share: the real main window on a desk folder, signed in, and keys
// sent only to whatever widget has the focus, as on a real keyboard.
#pragma once

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

struct KeyboardSession
{
    static MemorySecretStore &secrets()
    {
        static MemorySecretStore store;
        return store;
    }

    static std::unique_ptr<MainWindow> openWindow(const motcua::DeskSettings &settings,
                                                  const QString &role = u"clerk"_s)
    {
        auto window = std::make_unique<MainWindow>(settings, secrets());
        window->signInAs({u"canbo01"_s, u"Nguyễn Thị Demo"_s, role, u"XA0001"_s, true, {}},
                         {u"canbo01"_s, u"motcua-demo"_s});
        QSignalSpy ready(window.get(), &MainWindow::storeReady);
        window->show();
        window->activateWindow();
        if (!QTest::qWaitForWindowActive(window.get()) || !ready.wait(10000))
            qFatal("the main window did not get ready");
        // The clerk can type at once: the focus is in the procedure search.
        if (!QTest::qWaitFor([] { return QApplication::focusWidget()
                                         && QApplication::focusWidget()->objectName()
                                                == u"procedureSearch"_s; }, 5000))
            qFatal("no keyboard focus in the procedure search after sign-in");
        return window;
    }

    // Where a key goes: the focus widget of the active window. The offscreen platform may take
    // the activation away from the window when the style changes (a real window manager keeps
    // it); the focus inside the window, which is what the desk controls, is used then.
    static QWidget *focus()
    {
        QWidget *w = QApplication::focusWidget();
        if (!w && QApplication::activeModalWidget())
            w = QApplication::activeModalWidget()->focusWidget();
        if (!w) {
            for (QWidget *top : QApplication::topLevelWidgets()) {
                if (qobject_cast<MainWindow *>(top) && top->isVisible()) {
                    top->activateWindow(); // shortcuts work only in the active window
                    if (!QTest::qWaitForWindowActive(top))
                        qFatal("the main window could not be activated again");
                    w = top->focusWidget();
                }
            }
        }
        if (!w)
            qFatal("nothing has the keyboard focus");
        return w;
    }

    // Keys to the focused widget; Vietnamese letters as the input method commits them.
    static void type(const QString &text)
    {
        for (const QChar c : text) {
            if (c.unicode() < 0x80) {
                QTest::keyClick(focus(), char(c.unicode()));
            } else {
                QInputMethodEvent commit;
                commit.setCommitString(QString(c));
                QApplication::sendEvent(focus(), &commit);
            }
        }
    }

    static void key(Qt::Key k, Qt::KeyboardModifiers mods = Qt::NoModifier)
    {
        QTest::keyClick(focus(), k, mods);
    }

    // Tab until the focus is on `name`, checking that every stop on the way can be named.
    static void tabTo(const QString &name)
    {
        for (int i = 0; i < 30; ++i) {
            if (focus()->objectName() == name)
                return;
            QVERIFY2(!accessibleName(focus()).isEmpty(), qPrintable(focus()->objectName()));
            key(Qt::Key_Tab);
        }
        QFAIL(qPrintable(u"Tab never reached "_s + name));
    }

    static QString accessibleName(QWidget *w)
    {
        QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
        return iface ? iface->text(QAccessible::Name).trimmed() : QString();
    }

    static int step(MainWindow &window)
    {
        return window.findChild<QStackedWidget *>(u"wizardPages"_s)->currentIndex();
    }

    // Every widget that Tab stops at in the window, once round the focus chain.
    static QStringList unnamedFocusStops(QWidget &window)
    {
        QStringList unnamed;
        QWidget *start = focus();
        QSet<QWidget *> seen;
        QWidget *w = start;
        for (int i = 0; i < 200; ++i) {
            w = w->nextInFocusChain();
            if (w == start || seen.contains(w))
                break;
            seen.insert(w);
            const bool stop = (w->focusPolicy() & Qt::TabFocus) && w->isVisible() && w->isEnabled()
                              && w->window() == &window && !w->focusProxy();
            if (stop && accessibleName(w).isEmpty())
                unnamed.append(QString::fromLatin1(w->metaObject()->className()) + u' ' + w->objectName());
        }
        return unnamed;
    }

};
