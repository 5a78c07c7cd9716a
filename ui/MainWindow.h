#pragma once

#include "core/DeskSettings.h"
#include "sync/ProvincialApi.h"

#include <QMainWindow>

#include <memory>
#include <optional>

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
class IntakePage;
class QueuePage;
class ReportsPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    // secrets: the OS keychain unless a test passes its own.
    explicit MainWindow(DeskSettings settings, SecretStore *secrets = nullptr,
                        QWidget *parent = nullptr);
    ~MainWindow() override;

    // For a desk that already knows the clerk (and for tests): skips the sign-in dialog.
    void setCredentials(const ClerkCredentials &credentials);
    CitizenWindow *citizenWindow() const { return m_citizen; }

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

    DeskSettings m_settings;
    std::unique_ptr<SecretStore> m_ownSecrets;
    SecretStore *m_secrets;
    StoreThread *m_store;
    SyncController *m_sync;
    QTimer *m_schedule;
    ConnectivityWatch *m_connectivity;
    IdentityController *m_identity;
    CitizenWindow *m_citizen;
    QTabWidget *m_tabs;
    IntakePage *m_intake;
    QueuePage *m_queue;
    ReportsPage *m_reports;
    bool m_reportsShown = false;
    std::optional<ClerkCredentials> m_credentials;
};

} // namespace motcua::ui
