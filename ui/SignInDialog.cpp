#include "SignInDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

SignInDialog::SignInDialog(const QString &server, const QString &username, QWidget *parent)
    : QDialog(parent)
    , m_username(new QLineEdit(username))
    , m_password(new QLineEdit)
{
    setWindowTitle(tr("Sign in to the provincial system"));
    m_username->setObjectName(u"signInUser"_s);
    m_password->setObjectName(u"signInPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    auto *form = new QFormLayout;
    form->addRow(tr("&User name:"), m_username);
    form->addRow(tr("&Password:"), m_password);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Server: %1").arg(server)));
    layout->addLayout(form);
    layout->addWidget(buttons);
    (username.isEmpty() ? m_username : m_password)->setFocus();
}

ClerkCredentials SignInDialog::credentials() const
{
    return {m_username->text().trimmed(), m_password->text()};
}

} // namespace motcua::ui
