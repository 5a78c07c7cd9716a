#include "LockPage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

LockPage::LockPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel)
    , m_passwordLabel(new QLabel(tr("&Password:")))
    , m_password(new QLineEdit)
    , m_unlock(new QPushButton(tr("&Unlock")))
    , m_other(new QPushButton(tr("Sign in as &another clerk…")))
    , m_status(new QLabel)
{
    setObjectName(u"lockPage"_s);
    m_title->setObjectName(u"lockTitle"_s);
    m_title->setAlignment(Qt::AlignCenter);
    m_title->setWordWrap(true);
    QFont big = m_title->font();
    big.setPointSizeF(big.pointSizeF() * 1.4);
    m_title->setFont(big);
    m_password->setObjectName(u"unlockPassword"_s);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setAccessibleName(tr("Password to unlock"));
    m_passwordLabel->setBuddy(m_password);
    m_unlock->setObjectName(u"unlockButton"_s);
    m_other->setObjectName(u"otherClerkButton"_s);
    m_status->setObjectName(u"lockStatus"_s);
    m_status->setWordWrap(true);
    m_status->setAlignment(Qt::AlignCenter);
    m_status->setAccessibleName(tr("Unlock status"));

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(m_passwordLabel);
    row->addWidget(m_password);
    row->addWidget(m_unlock);
    row->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addStretch();
    layout->addWidget(m_title);
    layout->addLayout(row);
    layout->addWidget(m_status);
    layout->addWidget(m_other, 0, Qt::AlignCenter);
    layout->addStretch();

    connect(m_password, &QLineEdit::returnPressed, this, &LockPage::submit);
    connect(m_unlock, &QPushButton::clicked, this, &LockPage::submit);
    connect(m_other, &QPushButton::clicked, this, &LockPage::signInRequested);
}

void LockPage::showLocked(const QString &username)
{
    const bool locked = !username.isEmpty();
    m_title->setText(locked ? tr("The desk is locked. %1, type your password to unlock it.")
                                  .arg(username)
                            : tr("Nobody is signed in at this desk."));
    m_other->setText(locked ? tr("Sign in as &another clerk…") : tr("&Sign in…"));
    m_passwordLabel->setVisible(locked);
    m_password->setVisible(locked);
    m_unlock->setVisible(locked);
    m_password->clear();
    m_status->clear();
    setBusy(false);
    (locked ? static_cast<QWidget *>(m_password) : m_other)->setFocus();
}

void LockPage::showError(const QString &message)
{
    setBusy(false);
    m_status->setText(message);
    m_password->selectAll();
    m_password->setFocus();
}

void LockPage::setBusy(bool busy)
{
    m_password->setReadOnly(busy); // keeps the focus where it is
    m_unlock->setEnabled(!busy);
    if (busy)
        m_status->setText(tr("Checking…"));
}

void LockPage::submit()
{
    if (!m_unlock->isEnabled() || m_password->text().isEmpty())
        return;
    const QString password = m_password->text();
    setBusy(true);
    emit unlockRequested(password);
}

} // namespace motcua::ui
