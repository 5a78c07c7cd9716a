#pragma once

#include "core/DeskSettings.h"
#include "Theme.h"
#include "security/ClerkIdentity.h"
#include "sync/ProvincialApi.h"

#include "security/AuditKind.h"

#include <QDateTime>
#include <QJsonObject>
#include <QMainWindow>

#include <functional>
#include <memory>
#include <optional>

class QAction;
class QLabel;
class QStackedWidget;
class QTabWidget;
class QTimer;

namespace motcua {
class ConnectivityWatch;
class SecretStore;
class IdentityController;
class StoreThread;
class SyncController;
}

namespace motcua::ui {

class CitizenWindow;
class ClerkGate;
class OfflineBanner;
class DayEndPage;
class IntakePage;
class QueuePage;
class ReportsPage;
class SettingsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // `secrets` (the OS keychain in the app, a fake in tests) keeps the clerk's session and
    // offline verifier; it must outlive the window. Once the store is open the window asks the
    // clerk to sign in; nothing of the work is shown before.
    MainWindow(DeskSettings settings, SecretStore &secrets, QWidget *parent = nullptr);
    ~MainWindow() override;

    // For a desk that already knows the clerk (and for tests): skips the sign-in dialog.
    void signInAs(const ClerkIdentity &identity, const ClerkCredentials &credentials);
    CitizenWindow *citizenWindow() const { return m_citizen; }
    ClerkGate *gate() const { return m_gate; }

signals:
    void storeReady();

private:
    void openStore();
    void storeFailed(const Error &error);
    void unlockStore();
    void storeUnlocked();
    void sync();
    // A run nobody asked for (the timer, the connection coming back): only due dossiers, and
    // only when the clerk has signed in (a timer never opens the sign-in dialog).
    void syncInBackground();
    bool ensureSignedIn();
    void createActions();
    void createViewActions();
    void changeLook(std::function<void(DeskSettings)> save);
    void contactMade();
    void createSettingsPage(); // the admin's Settings tab
    void allowPage(QWidget *page, bool allowed);
    void signedIn(const ClerkIdentity &identity);
    void audit(AuditKind kind, const QString &subject, const QJsonObject &detail = {});
    void signedOut();
    void locked(bool locked);

    DeskSettings m_settings;
    SecretStore *m_secrets;
    QString m_auditActor; // the clerk signed in last, for the audit log
    bool m_unlocked = false;
    QList<std::function<void()>> m_pendingAudit; // entries made before the store was unlocked
    StoreThread *m_store;
    SyncController *m_sync;
    QTimer *m_schedule;
    ConnectivityWatch *m_connectivity;
    IdentityController *m_identity;
    CitizenWindow *m_citizen;
    QTabWidget *m_tabs;
    QStackedWidget *m_stack;
    ClerkGate *m_gate;
    QLabel *m_clerkLabel;
    OfflineBanner *m_banner;
    QDateTime m_lastContact; // UTC; invalid until the desk has reached the provincial system
    Look m_look;
    IntakePage *m_intake;
    QueuePage *m_queue;
    ReportsPage *m_reports;
    DayEndPage *m_dayEnd;
    bool m_reportsShown = false;
    SettingsPage *m_settingsPage = nullptr;
    QList<QAction *> m_workActions; // off while the desk is locked
};

} // namespace motcua::ui
