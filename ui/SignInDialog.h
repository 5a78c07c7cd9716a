#pragma once

#include "security/ClerkIdentity.h"
#include "sync/ProvincialApi.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;

namespace motcua {
class ClerkSignIn;
}

namespace motcua::ui {

// Asks the clerk to sign in and signs them in (ClerkSignIn: online, or offline when the
// provincial system cannot be reached) while showing progress; errors stay in the dialog so the
// clerk can correct and retry. Enter signs in, Esc cancels. The password is kept in memory only.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    SignInDialog(ClerkSignIn &signIn, const QString &server, const QString &username,
                 QWidget *parent = nullptr);

    // After accept(): who signed in, and the credentials (with the session) for later calls.
    ClerkIdentity identity() const { return m_identity; }
    ClerkCredentials credentials() const;

private:
    void submit();
    void setBusy(bool busy);

    ClerkSignIn &m_signIn;
    QLineEdit *m_username;
    QLineEdit *m_password;
    QLabel *m_status;
    QProgressBar *m_progress;
    QDialogButtonBox *m_buttons;
    ClerkIdentity m_identity;
    bool m_busy = false;
};

} // namespace motcua::ui
