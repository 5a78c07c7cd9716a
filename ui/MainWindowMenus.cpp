#include "MainWindow.h"

#include "ClerkGate.h"
#include "IntakePage.h"
#include "ShortcutsDialog.h"
#include "Theme.h"
#include "CitizenWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QTabWidget>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

// The window's menus: Desk (work actions), View (theme, text size) and Help (shortcuts, about).

namespace motcua::ui {

void MainWindow::createActions()
{
    QMenu *desk = menuBar()->addMenu(tr("&Desk"));
    QAction *next = desk->addAction(tr("&Next citizen"));
    next->setObjectName(u"nextCitizenAction"_s);
    next->setShortcut(Qt::CTRL | Qt::Key_N);
    connect(next, &QAction::triggered, this, [this] {
        m_tabs->setCurrentWidget(m_intake);
        m_intake->nextCitizen();
    });
    QAction *citizen = desk->addAction(tr("Show the &citizen's screen"));
    citizen->setShortcut(Qt::Key_F11);
    connect(citizen, &QAction::triggered, this, [this] {
        m_citizen->show();
        m_citizen->raise();
    });
    QAction *syncNow = desk->addAction(tr("&Sync now"));
    connect(syncNow, &QAction::triggered, this, &MainWindow::sync);
    desk->addSeparator();
    QAction *lock = desk->addAction(tr("&Lock the desk"));
    lock->setObjectName(u"lockAction"_s);
    lock->setShortcut(Qt::CTRL | Qt::Key_L);
    connect(lock, &QAction::triggered, m_gate, &ClerkGate::lock);
    QAction *signOut = desk->addAction(tr("Sign &out"));
    signOut->setObjectName(u"signOutAction"_s);
    connect(signOut, &QAction::triggered, m_gate, &ClerkGate::signOut);
    syncNow->setObjectName(u"syncAction"_s);
    syncNow->setShortcut(Qt::Key_F5);
    m_workActions = {next, citizen, syncNow, lock, signOut};
    desk->addSeparator();
    QAction *quit = desk->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
    createViewActions();
}

// View: the high-contrast theme and the text size, saved for this desk (ui/Theme).
void MainWindow::createViewActions()
{
    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *contrast = view->addAction(tr("&High contrast"));
    contrast->setObjectName(u"highContrastAction"_s);
    contrast->setCheckable(true);
    contrast->setChecked(m_settings.highContrast());
    contrast->setShortcut(Qt::CTRL | Qt::SHIFT | Qt::Key_H);
    connect(contrast, &QAction::toggled, this, [this](bool on) {
        m_look.highContrast = on;
        changeLook([on](DeskSettings s) { s.setHighContrast(on); });
    });
    view->addSeparator();
    const auto scaleBy = [this](double factor) {
        const double scale = factor == 0 ? 1.0
                                         : std::clamp(m_look.textScale * factor,
                                                      DeskSettings::kMinTextScale,
                                                      DeskSettings::kMaxTextScale);
        m_look.textScale = scale;
        changeLook([scale](DeskSettings s) { s.setTextScale(scale); });
    };
    QAction *larger = view->addAction(tr("&Larger text"));
    larger->setObjectName(u"largerTextAction"_s);
    larger->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Equal), QKeySequence::ZoomIn});
    connect(larger, &QAction::triggered, this, [scaleBy] { scaleBy(1.25); });
    QAction *smaller = view->addAction(tr("&Smaller text"));
    smaller->setObjectName(u"smallerTextAction"_s);
    smaller->setShortcut(QKeySequence::ZoomOut);
    connect(smaller, &QAction::triggered, this, [scaleBy] { scaleBy(0.8); });
    QAction *normal = view->addAction(tr("&Normal text size"));
    normal->setShortcut(Qt::CTRL | Qt::Key_0);
    connect(normal, &QAction::triggered, this, [scaleBy] { scaleBy(0); });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard shortcuts"));
    keys->setObjectName(u"shortcutsAction"_s);
    keys->setShortcut(QKeySequence::HelpContents);
    connect(keys, &QAction::triggered, this, [this] {
        auto *dialog = new ShortcutsDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    QAction *about = help->addAction(tr("&About motcua"));
    connect(about, &QAction::triggered, this, [this] {
        QMessageBox::about(this, tr("About motcua"),
                           tr("motcua %1 — one-stop counter desk: helps citizens submit online "
                              "with their own account.")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::changeLook(std::function<void(DeskSettings)> save)
{
    // A new style re-polishes every widget; the keyboard focus stays where the clerk had it.
    // (Some platforms also hand the activation to a window re-created by the new style.)
    const QPointer<QWidget> focused = QApplication::focusWidget();
    const bool active = isActiveWindow();
    applyLook(m_look);
    QTimer::singleShot(0, this, [this, focused, active] {
        if (active && !isActiveWindow())
            activateWindow();
        if (focused)
            focused->setFocus(Qt::OtherFocusReason);
    });
    // The settings file is written off the GUI thread.
    (void)QtConcurrent::run([settings = m_settings, save = std::move(save)] { save(settings); });
}

} // namespace motcua::ui
