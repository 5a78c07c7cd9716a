#include "SignInDialog.h"

#include "security/ClerkSignIn.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

SignInDialog::SignInDialog(ClerkSignIn &signIn, const QString &server, const QString &username,
                           QWidget *parent)
    : QDialog(parent)
    , m_signIn(signIn)
    , m_username(new QLineEdit(username))
    , m_password(new QLineEdit)
    , m_status(new QLabel)
    , m_progress(new QProgressBar)
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel))
{
    setWindowTitle(tr("Sign in"));
    m_username->setObjectName(u"signInUser"_s);
    m_username->setAccessibleName(tr("User name"));
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_status->setObjectName(u"signInStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAccessibleName(tr("Sign-in status"));
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_progress->setObjectName(u"signInProgress"_s);
    m_progress->setRange(0, 0); // busy: the sign-in's length is unknown
    m_progress->setTextVisible(false);
    m_progress->setAccessibleName(tr("Signing in"));
    m_progress->hide();
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setText(tr("&Sign in"));
    ok->setObjectName(u"signInButton"_s);
    ok->setDefault(true);

    auto *form = new QFormLayout;
    auto *userLabel = new QLabel(tr("&User name:"));
    userLabel->setBuddy(m_username);
    auto *passwordLabel = new QLabel(tr("&Password:"));
    passwordLabel->setBuddy(m_password);
    form->addRow(userLabel, m_username);
    form->addRow(passwordLabel, m_password);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &SignInDialog::submit);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Provincial system: %1").arg(server)));
    layout->addLayout(form);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addWidget(m_buttons);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

ClerkCredentials SignInDialog::credentials() const
{
    return {m_identity.username, m_password->text(), m_identity.sessionToken};
}

void SignInDialog::setBusy(bool busy)
{
    // Read-only rather than disabled: focus stays in the field, so it never lands on Cancel
    // (which would then take Enter as its own).
    m_busy = busy;
    m_username->setReadOnly(busy);
    m_password->setReadOnly(busy);
    QPushButton *ok = m_buttons->button(QDialogButtonBox::Ok);
    ok->setEnabled(!busy);
    ok->setDefault(true);
    m_progress->setVisible(busy);
}

void SignInDialog::submit()
{
    if (m_busy)
        return;
    const ClerkCredentials typed{m_username->text().trimmed(), m_password->text()};
    if (typed.username.isEmpty() || typed.password.isEmpty()) {
        m_status->setText(tr("Type your user name and password."));
        (typed.username.isEmpty() ? m_username : m_password)->setFocus();
        return;
    }
    setBusy(true);
    m_status->setText(tr("Signing in…"));
    QPointer<SignInDialog> self(this);
    m_signIn.signIn(typed, [self](Result<ClerkIdentity> identity) {
        if (!self)
            return;
        self->setBusy(false);
        if (!self->isVisible()) // cancelled while signing in
            return;
        if (!identity) {
            self->m_status->setText(identity.error().message);
            self->m_password->selectAll();
            self->m_password->setFocus();
            return;
        }
        self->m_identity = *identity;
        self->accept();
    });
}

} // namespace motcua::ui
