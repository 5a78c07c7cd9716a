#include "MainWindow.h"

#include "CitizenWindow.h"
#include "ClerkGate.h"
#include "OfflineBanner.h"
#include "Theme.h"
#include "DayEndPage.h"
#include "IntakePage.h"
#include "QueuePage.h"
#include "RatingRecorder.h"
#include "ReportsPage.h"
#include "SettingsPage.h"
#include "ReceiptPrinter.h"
#include "core/DeskStartup.h"
#include "security/Audit.h"
#include "security/KeychainStore.h"
#include "security/StoreUnlock.h"
#include "identity/IdentityController.h"
#include "store/Database.h"
#include "store/DeskMeta.h"
#include "store/StoreThread.h"
#include "sync/ConnectivityWatch.h"
#include "sync/SyncController.h"

#include <QAction>
#include <QApplication>
#include <QSystemTrayIcon>
#include <QVBoxLayout>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabWidget>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace motcua::ui {

MainWindow::MainWindow(DeskSettings settings, SecretStore &secrets, QWidget *parent)
    : QMainWindow(parent)
    , m_settings(std::move(settings))
    , m_secrets(&secrets)
    , m_store(new StoreThread(m_settings.storePath(), this))
    , m_sync(new SyncController(m_settings.storePath(), this))
    , m_schedule(new QTimer(this))
    , m_connectivity(new ConnectivityWatch(
          m_settings.serverUrl(), std::chrono::seconds(m_settings.probeIntervalSeconds()), this))
    , m_identity(new IdentityController(m_settings.storePath(), m_settings.serverUrl(), this))
    , m_citizen(new CitizenWindow(this))
    , m_tabs(new QTabWidget)
    , m_stack(new QStackedWidget)
    , m_gate(nullptr)
    , m_clerkLabel(new QLabel)
    , m_banner(new OfflineBanner)
    , m_intake(new IntakePage(*m_store, *m_identity, *m_citizen, m_settings,
                              [this] { return ensureSignedIn(); }))
    , m_queue(new QueuePage(*m_store))
    , m_reports(new ReportsPage(m_settings.storePath(), m_settings.desk().unitCode))
    , m_dayEnd(new DayEndPage(*m_store, m_settings.desk().unitCode, m_settings.desk().deskCode))
{
    m_look = {m_settings.highContrast(), m_settings.textScale()};
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
    allowPage(m_reports, false); // until a supervisor signs in
    m_tabs->addTab(m_dayEnd, tr("Da&y end"));
    allowPage(m_dayEnd, false); // supervisors and admins, as Reports
    connect(m_dayEnd, &DayEndPage::dossierActivated, this, [this](qint64 id) {
        m_tabs->setCurrentWidget(m_queue);
        m_queue->selectDossier(id);
    });
    connect(m_sync, &SyncController::finished, m_dayEnd, [this] {
        if (m_dayEnd->isVisible())
            m_dayEnd->refresh(); // what is still to sync changed
    });
    // The first look at the Reports tab shows this month at once; later runs are the user's.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index >= 0 && !m_tabs->isTabEnabled(index)) {
            m_tabs->setCurrentWidget(m_intake); // a page this role may not see
            return;
        }
        if (m_tabs->widget(index) == m_reports && !m_reportsShown) {
            m_reportsShown = true;
            m_reports->run();
        }
    });
    m_stack->setObjectName(u"deskStack"_s);
    createSettingsPage();
    m_stack->addWidget(m_tabs);
    auto *central = new QWidget;
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_banner);
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    connect(m_banner, &OfflineBanner::retryRequested, m_connectivity,
            &ConnectivityWatch::checkNow);
    m_gate = new ClerkGate(secrets, m_settings, m_stack, m_tabs, this);
    connect(m_gate, &ClerkGate::signedIn, this, &MainWindow::signedIn);
    connect(m_gate, &ClerkGate::signedOut, this, &MainWindow::signedOut);
    connect(m_gate, &ClerkGate::lockChanged, this, &MainWindow::locked);
    m_clerkLabel->setObjectName(u"clerkLabel"_s);
    m_clerkLabel->setText(tr("Not signed in"));
    statusBar()->addPermanentWidget(m_clerkLabel);
    const DeskIdentity desk = m_settings.desk();
    statusBar()->addPermanentWidget(
        new QLabel(tr("Unit %1 · desk %2 · server %3")
                       .arg(desk.unitCode, desk.deskCode, m_settings.serverUrl().toDisplayString())));

    connect(m_intake, &IntakePage::dossierQueued, m_queue, &QueuePage::refresh);
    // Once a dossier is saved the citizen is asked to rate the service (issue 8).
    connect(m_intake, &IntakePage::dossierQueued, m_citizen, &CitizenWindow::askRating);
    connect(new RatingRecorder(*m_store, *m_citizen, this), &RatingRecorder::failed, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_reports, &ReportsPage::exported, this, [this](const QString &path) {
        audit(AuditKind::Export, QFileInfo(path).fileName(), {{u"what"_s, u"report"_s}});
    });
    connect(m_dayEnd, &DayEndPage::exported, this, [this](const QString &path) {
        audit(AuditKind::Export, QFileInfo(path).fileName(), {{u"what"_s, u"day-end"_s}});
    });
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
            statusBar()->showMessage(tr("The provincial system refused this clerk's sign-in. Sign "
                                        "out and sign in again."));
        if (summary.unreachable) {
            m_connectivity->lost();
            m_banner->setOffline(m_lastContact);
        } else if (!summary.busy) {
            contactMade();
        }
    });
    connect(m_connectivity, &ConnectivityWatch::probed, this, [this](bool up) {
        if (up)
            contactMade();
        else
            m_banner->setOffline(m_lastContact);
    });
    m_schedule->setObjectName(u"syncSchedule"_s);
    connect(m_schedule, &QTimer::timeout, this, &MainWindow::syncInBackground);
    connect(m_connectivity, &ConnectivityWatch::returned, this, &MainWindow::syncInBackground);
    createActions();
    // Never larger than the screen (a 1366×768 laptop, or full HD at 200 %).
    const QSize room = screen() ? screen()->availableGeometry().size() * 0.95 : QSize(1100, 800);
    resize(QSize(1100, 800).boundedTo(room));
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
                unlockStore();
            });
    });
}

// The keys come from the keychain (on this thread, asynchronously); checking them against the
// store and sealing what an earlier version kept in clear happen on the store's thread.
void MainWindow::unlockStore()
{
    statusBar()->showMessage(tr("Opening the keyring…"));
    m_store->post<Result<StoreUnlock::StoreKeyState>>(
        [](Database &db) { return StoreUnlock::keyState(db); }, this,
        [this](Result<StoreUnlock::StoreKeyState> state) {
            if (!state)
                return storeFailed(state.error());
            StoreUnlock::loadKeys(*m_secrets, *state, [this, guard = QPointer(this)](
                                                          Result<UnlockedDesk> keys) {
                if (!guard)
                    return;
                if (!keys)
                    return storeFailed(keys.error());
                const auto vault = keys->vault;
                const auto auditKey = keys->auditKey;
                m_store->post<Result<void>>(
                    [vault, auditKey, dir = m_settings.attachmentsDir()](Database &db) {
                        db.setAuditKey(auditKey);
                        return StoreUnlock::attach(db, vault, dir);
                    }, this,
                    [this, vault, auditKey](Result<void> attached) {
                        if (!attached)
                            return storeFailed(attached.error());
                        m_sync->setVault(vault);
                        m_identity->setVault(vault);
                        m_sync->setAuditKey(auditKey);
                        m_identity->setAuditKey(auditKey);
                        storeUnlocked();
                    });
            });
        });
}

void MainWindow::storeUnlocked()
{
    m_unlocked = true;
    for (const auto &entry : std::exchange(m_pendingAudit, {}))
        entry();
    statusBar()->showMessage(tr("Ready."), 5000);
    // The banner says since when the desk is offline, across restarts; then one probe tells
    // whether it is offline now, without waiting for the first sync.
    m_store->post<QDateTime>([](Database &db) { return lastContact(db); }, this,
                             [this](QDateTime at) {
                                 if (!m_lastContact.isValid() || at > m_lastContact)
                                     m_lastContact = at;
                                 m_connectivity->checkNow();
                             });
    m_store->post<QString>([](Database &db) { return db.storeId(); }, this,
                           [this](QString storeId) { m_gate->start(storeId); });
    m_intake->setStoreReady(true);
    m_queue->setStoreReady(true);
    if (const int seconds = m_settings.syncIntervalSeconds(); seconds > 0)
        m_schedule->start(std::chrono::seconds(seconds));
    emit storeReady();
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

// The desk reached the provincial system: remembered in the store (for the banner after a
// restart), and if it had been offline the clerk is told the connection is back.
void MainWindow::contactMade()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    m_lastContact = now;
    if (m_unlocked) {
        m_store->post<Result<void>>([now](Database &db) { return recordContact(db, now); }, this,
                                    [](Result<void>) {});
    }
    if (m_banner->state() != OfflineBanner::State::Offline)
        return;
    m_banner->setBack(now);
    QApplication::alert(this);
    if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
        auto *tray = new QSystemTrayIcon(windowIcon(), this);
        tray->show();
        tray->showMessage(tr("motcua"), m_banner->text());
        QTimer::singleShot(15000, tray, &QObject::deleteLater);
    }
}

void MainWindow::createSettingsPage()
{
    m_settingsPage = new SettingsPage(*m_store, m_settings);
    m_tabs->addTab(m_settingsPage, tr("Se&ttings"));
    allowPage(m_settingsPage, false); // until an admin signs in
    connect(m_settingsPage, &SettingsPage::settingsChanged, this,
            [this](const QString &key, const QJsonObject &detail) {
                audit(AuditKind::SettingsChange, key, detail);
            });
    auto *open = new QAction(tr("Settings"), this);
    open->setObjectName(u"settingsAction"_s);
    open->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(open, &QAction::triggered, this, [this] {
        if (m_tabs->isTabVisible(m_tabs->indexOf(m_settingsPage)))
            m_tabs->setCurrentWidget(m_settingsPage);
    });
    addAction(open);
}

void MainWindow::signInAs(const ClerkIdentity &identity, const ClerkCredentials &credentials)
{
    m_gate->signInAs(identity, credentials);
}

void MainWindow::audit(AuditKind kind, const QString &subject, const QJsonObject &detail)
{
    // Before the store is unlocked there is no audit key yet: the entry waits for it.
    if (!m_unlocked) {
        m_pendingAudit.append([this, kind, subject, detail] { audit(kind, subject, detail); });
        return;
    }
    // On the store's thread; a failure is shown, never silently dropped.
    m_store->post<Result<void>>(
        [kind, actor = m_auditActor, subject, detail](Database &db) {
            return recordAudit(db, kind, actor, subject, detail);
        },
        this, [this](Result<void> recorded) {
            if (!recorded)
                statusBar()->showMessage(recorded.error().message);
        });
}

void MainWindow::signedIn(const ClerkIdentity &identity)
{
    m_auditActor = identity.username;
    audit(AuditKind::SignIn, identity.username,
          {{u"online"_s, identity.online}, {u"role"_s, identity.role}});
    m_identity->setCredentials(m_gate->credentials());
    const QString role = identity.isAdmin()       ? tr("administrator")
                         : identity.seesReports() ? tr("supervisor")
                                                  : tr("clerk");
    m_clerkLabel->setText(identity.online
                              ? tr("Signed in: %1 (%2)").arg(identity.username, role)
                              : tr("Signed in: %1 (%2) · offline sign-in")
                                    .arg(identity.username, role));
    if (!identity.online)
        statusBar()->showMessage(tr("Offline sign-in: the provincial system cannot be reached. "
                                    "Dossiers are queued and sent when it returns."),
                                 10000);
    // Roles: clerk = intake + queue; supervisor = + reports; admin = + settings.
    const int reports = m_tabs->indexOf(m_reports);
    allowPage(m_reports, identity.seesReports());
    allowPage(m_dayEnd, identity.seesReports());
    if (!identity.seesReports()
        && (m_tabs->currentIndex() == reports || m_tabs->currentWidget() == m_dayEnd))
        m_tabs->setCurrentWidget(m_intake);
    const int settings = m_tabs->indexOf(m_settingsPage);
    allowPage(m_settingsPage, identity.isAdmin());
    if (identity.isAdmin())
        m_settingsPage->load();
    else if (m_tabs->currentIndex() == settings)
        m_tabs->setCurrentWidget(m_intake);
    if (m_tabs->currentWidget() == m_intake)
        m_intake->focusStep();
}

// A page the clerk's role does not allow is hidden, disabled (Qt 6.4's tab bar still selects a
// hidden tab with the arrow keys or the wheel) and, as a last guard, never left current.
void MainWindow::allowPage(QWidget *page, bool allowed)
{
    const int index = m_tabs->indexOf(page);
    m_tabs->setTabVisible(index, allowed);
    m_tabs->setTabEnabled(index, allowed);
    page->setEnabled(allowed);
    if (!allowed && m_tabs->currentIndex() == index)
        m_tabs->setCurrentWidget(m_intake);
}

void MainWindow::signedOut()
{
    if (!m_auditActor.isEmpty())
        audit(AuditKind::SignOut, m_auditActor);
    m_clerkLabel->setText(tr("Not signed in"));
    allowPage(m_reports, false);
    allowPage(m_settingsPage, false);
    allowPage(m_dayEnd, false);
}

void MainWindow::locked(bool locked)
{
    // Nothing of a dossier on either screen while locked; the menus would reach the work too.
    m_citizen->setBlanked(locked);
    if (!locked && !m_auditActor.isEmpty())
        audit(AuditKind::Unlock, m_auditActor);
    if (!locked && m_tabs->currentWidget() == m_intake)
        m_intake->focusStep();
    for (QAction *action : std::as_const(m_workActions))
        action->setEnabled(!locked);
}

bool MainWindow::ensureSignedIn()
{
    if (m_gate->clerk())
        return true;
    m_gate->askSignIn();
    return false;
}

void MainWindow::sync()
{
    if (m_sync->isRunning() || !ensureSignedIn())
        return;
    m_sync->start(m_settings.serverUrl(), m_gate->credentials(), true);
}

void MainWindow::syncInBackground()
{
    if (m_sync->isRunning() || !m_gate->clerk() || m_gate->isLocked())
        return;
    m_sync->start(m_settings.serverUrl(), m_gate->credentials(), false);
}

} // namespace motcua::ui
