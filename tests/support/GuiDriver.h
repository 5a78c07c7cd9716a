// Small helpers the GUI tests share: finding a named widget, and signing in through the dialog
// the main window opens by itself. Header only, for tests that link motcua_ui.
#pragma once

#include <QDialog>
#include <QLineEdit>
#include <QTest>
#include <QWidget>

namespace gui {

// The named child, or the test stops: a renamed widget must not pass silently.
template<typename T>
T *child(QWidget &w, const char *name)
{
    T *found = w.findChild<T *>(QString::fromLatin1(name));
    if (!found)
        qFatal("no widget %s", name);
    return found;
}

// Types the user name and the demo password into the window's sign-in dialog, as a clerk would,
// and waits until the dialog is gone.
inline void signInThroughDialog(QWidget &window, const QString &user)
{
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = window.findChild<QDialog *>(QStringLiteral("signInDialog")))
                && dialog->isVisible());
    auto *username = child<QLineEdit>(*dialog, "signInUser");
    username->clear();
    QTest::keyClicks(username, user);
    auto *password = child<QLineEdit>(*dialog, "signInPassword");
    QTest::keyClicks(password, QStringLiteral("motcua-demo"));
    QTest::keyClick(password, Qt::Key_Return);
    QTRY_VERIFY_WITH_TIMEOUT(!window.findChild<QDialog *>(QStringLiteral("signInDialog")), 15000);
}

} // namespace gui
