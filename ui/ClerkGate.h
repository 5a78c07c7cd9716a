#pragma once

#include "core/DeskSettings.h"
#include "security/ClerkIdentity.h"
#include "sync/ProvincialApi.h"

#include <QObject>
#include <QPointer>

#include <optional>

class QStackedWidget;

namespace motcua {
class ClerkSignIn;
class SecretStore;
}

namespace motcua::ui {

class IdleWatch;
class LockPage;
class SignInDialog;

// Who works at the desk, and when the desk is locked. Until a clerk has signed in, and while the
// desk is locked (idle for [security] lock_minutes, or the clerk asked), the window's stack shows
// the LockPage instead of the work: nothing of a dossier is visible, but nothing is closed either,
// so a half-filled intake is there again after unlocking. Unlocking checks the password against
// the offline verifier (off the GUI thread); signing in as another clerk also unlocks.
class ClerkGate : public QObject
{
    Q_OBJECT

public:
    ClerkGate(SecretStore &secrets, const DeskSettings &settings, QStackedWidget *stack,
              QWidget *work, QWidget *window);
    ~ClerkGate() override;

    // The store is open: sign-in can check and keep secrets under its identity. Asks for sign-in
    // unless a clerk is signed in already.
    void start(const QString &storeId);
    // For a desk that already knows the clerk (and tests): no dialog.
    void signInAs(const ClerkIdentity &identity, const ClerkCredentials &credentials);
    void askSignIn();
    void signOut();
    void lock();

    const std::optional<ClerkIdentity> &clerk() const { return m_clerk; }
    ClerkCredentials credentials() const { return m_credentials; }
    bool isLocked() const { return m_locked; }

signals:
    void signedIn(const motcua::ClerkIdentity &identity);
    void signedOut();
    void lockChanged(bool locked);

private:
    void unlock(const QString &password);
    void setLocked(bool locked);
    void showPage();

    SecretStore &m_secrets;
    DeskSettings m_settings;
    ProvincialApi *m_api;
    ClerkSignIn *m_signIn = nullptr;
    QStackedWidget *m_stack;
    QWidget *m_work;
    LockPage *m_lockPage;
    IdleWatch *m_idle;
    QWidget *m_window;
    QPointer<SignInDialog> m_dialog;
    std::optional<ClerkIdentity> m_clerk;
    ClerkCredentials m_credentials;
    bool m_locked = false;
    bool m_askWhenReady = false;
};

} // namespace motcua::ui
