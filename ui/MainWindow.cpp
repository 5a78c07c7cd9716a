#include "MainWindow.h"

#include "CitizenWindow.h"
#include "IntakePage.h"
#include "QueuePage.h"
#include "ReportsPage.h"
#include "ReceiptPrinter.h"
#include "SignInDialog.h"
#include "core/DeskStartup.h"
#include "identity/IdentityController.h"
#include "store/StoreThread.h"
#include "sync/ConnectivityWatch.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace motcua::ui {

MainWindow::MainWindow(DeskSettings settings, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_store(new StoreThread(m_settings.storePath(), this))
    , m_sync(new SyncController(m_settings.storePath(), this))
    , m_schedule(new QTimer(this))
    , m_connectivity(new ConnectivityWatch(
          m_settings.serverUrl(), std::chrono::seconds(m_settings.probeIntervalSeconds()), this))
    , m_identity(new IdentityController(m_settings.storePath(), m_settings.serverUrl(), this))
    , m_citizen(new CitizenWindow(this))
    , m_tabs(new QTabWidget)
    , m_intake(new IntakePage(*m_store, *m_identity, *m_citizen, m_settings,
                              [this] { return ensureSignedIn(); }))
    , m_queue(new QueuePage(*m_store))
    , m_reports(new ReportsPage(m_settings.storePath(), m_settings.desk().unitCode))
{
    // Every request to the provincial system is checked against the desk's certificate pins.
    const TlsGuard guard(m_settings.serverPins());
    m_sync->setTlsGuard(guard);
    m_connectivity->setTlsGuard(guard);
    m_identity->setTlsGuard(guard);
    setWindowTitle(tr("motcua — one-stop counter"));
    m_tabs->setObjectName(u"pages"_s);
    m_tabs->addTab(m_intake, tr("&Intake"));
    m_tabs->addTab(m_queue, tr("&Queue"));
    m_tabs->addTab(m_reports, tr("&Reports"));
    // The first look at the Reports tab shows this month at once; later runs are the user's.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_tabs->widget(index) == m_reports && !m_reportsShown) {
            m_reportsShown = true;
            m_reports->run();
        }
    });
    setCentralWidget(m_tabs);
    const DeskIdentity desk = m_settings.desk();
    statusBar()->addPermanentWidget(
        new QLabel(tr("Unit %1 · desk %2 · server %3")
                       .arg(desk.unitCode, desk.deskCode, m_settings.serverUrl().toDisplayString())));

    connect(m_intake, &IntakePage::dossierQueued, m_queue, &QueuePage::refresh);
    connect(m_intake, &IntakePage::printReceipt, this,
            [this](const Receipt &r) { ReceiptPrinter::preview(r, this); });
    connect(m_intake, &IntakePage::saveReceiptPdf, this,
            [this](const Receipt &r) { ReceiptPrinter::savePdf(r, this); });
    connect(m_queue, &QueuePage::syncRequested, this, &MainWindow::sync);
    connect(m_sync, &SyncController::started, m_queue, &QueuePage::syncStarted);
    connect(m_sync, &SyncController::progress, m_queue, &QueuePage::syncProgress);
    connect(m_sync, &SyncController::finished, this, [this](const SyncSummary &summary) {
        m_queue->syncFinished(summary);
        if (summary.signInRefused)
            m_credentials.reset();
        if (summary.unreachable)
            m_connectivity->lost();
    });
    m_schedule->setObjectName(u"syncSchedule"_s);
    connect(m_schedule, &QTimer::timeout, this, &MainWindow::syncInBackground);
    connect(m_connectivity, &ConnectivityWatch::returned, this, &MainWindow::syncInBackground);
    createActions();
    resize(1100, 800);
    openStore();
}

MainWindow::~MainWindow() = default;

void MainWindow::openStore()
{
    statusBar()->showMessage(tr("Opening the local store…"));
    m_store->open(this, [this](Result<void> opened) {
        if (!opened)
            return storeFailed(opened.error());
        m_store->post<Result<void>>(
            [settings = m_settings](Database &db) { return prepareDesk(db, settings); }, this,
            [this](Result<void> loaded) {
                if (!loaded)
                    return storeFailed(loaded.error());
                statusBar()->showMessage(tr("Ready."), 5000);
                m_intake->setStoreReady(true);
                m_queue->setStoreReady(true);
                if (const int seconds = m_settings.syncIntervalSeconds(); seconds > 0)
                    m_schedule->start(std::chrono::seconds(seconds));
                emit storeReady();
            });
    });
}

void MainWindow::storeFailed(const Error &error)
{
    statusBar()->showMessage(error.message);
    auto *box = new QMessageBox(QMessageBox::Critical, tr("Local store"), error.message,
                                QMessageBox::Ok, this);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
    // A quarantined store was set aside, never deleted: the clerk was told, and work can go on
    // in a new, empty store.
    if (error.code == u"store.quarantined")
        openStore();
}

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
    QAction *quit = desk->addAction(tr("&Quit"));
    quit->setShortcut(QKeySequence::Quit);
    connect(quit, &QAction::triggered, this, &QWidget::close);
}

void MainWindow::setCredentials(const ClerkCredentials &credentials)
{
    m_credentials = credentials;
    m_identity->setCredentials(credentials);
}

bool MainWindow::ensureSignedIn()
{
    if (m_credentials)
        return true;
    SignInDialog dialog(m_settings.serverUrl().toDisplayString(), m_settings.desk().clerk, this);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    setCredentials(dialog.credentials());
    return true;
}

void MainWindow::sync()
{
    if (m_sync->isRunning() || !ensureSignedIn())
        return;
    m_sync->start(m_settings.serverUrl(), *m_credentials, true);
}

void MainWindow::syncInBackground()
{
    if (m_sync->isRunning() || !m_credentials)
        return;
    m_sync->start(m_settings.serverUrl(), *m_credentials, false);
}

} // namespace motcua::ui
