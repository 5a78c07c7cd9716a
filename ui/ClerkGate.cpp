#include "ClerkGate.h"

#include "IdleWatch.h"
#include "LockPage.h"
#include "SignInDialog.h"
#include "security/ClerkSignIn.h"

#include <QLoggingCategory>
#include <QStackedWidget>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {
Q_LOGGING_CATEGORY(lcGate, "motcua.ui.signin")
}

ClerkGate::ClerkGate(SecretStore &secrets, const DeskSettings &settings, QStackedWidget *stack,
                     QWidget *work, QWidget *window)
    : QObject(window)
    , m_secrets(secrets)
    , m_settings(settings)
    , m_api(new ProvincialApi(settings.serverUrl(), this))
    , m_stack(stack)
    , m_work(work)
    , m_lockPage(new LockPage)
    , m_idle(new IdleWatch(settings.lockAfter(), this))
    , m_window(window)
{
    m_stack->addWidget(m_lockPage);
    m_lockPage->showLocked({});
    showPage();
    connect(m_idle, &IdleWatch::idle, this, &ClerkGate::lock);
    connect(m_lockPage, &LockPage::unlockRequested, this, &ClerkGate::unlock);
    connect(m_lockPage, &LockPage::signInRequested, this, &ClerkGate::askSignIn);
}

ClerkGate::~ClerkGate() = default;

void ClerkGate::start(const QString &storeId)
{
    m_signIn = new ClerkSignIn(m_secrets, *m_api, storeId, m_settings.offlineDays(), this);
    if (!m_clerk || m_askWhenReady)
        askSignIn();
}

void ClerkGate::showPage()
{
    const bool work = m_clerk && !m_locked;
    m_stack->setCurrentWidget(work ? m_work : m_lockPage);
    m_idle->setActive(work);
}

void ClerkGate::signInAs(const ClerkIdentity &identity, const ClerkCredentials &credentials)
{
    m_clerk = identity;
    m_credentials = credentials;
    m_credentials.username = identity.username;
    m_credentials.session = identity.sessionToken;
    qCInfo(lcGate).noquote() << "signed in:" << identity.username << "role" << identity.role
                             << (identity.online ? "online" : "offline");
    if (m_dialog && m_dialog->isVisible())
        m_dialog->reject();
    setLocked(false);
    emit signedIn(identity);
}

void ClerkGate::askSignIn()
{
    if (!m_signIn) {
        m_askWhenReady = true;
        return;
    }
    m_askWhenReady = false;
    if (m_dialog) {
        m_dialog->raise();
        return;
    }
    const QString username = m_clerk ? m_clerk->username : m_settings.desk().clerk;
    m_dialog = new SignInDialog(*m_signIn, m_settings.serverUrl().toDisplayString(), username,
                                m_window);
    m_dialog->setObjectName(u"signInDialog"_s);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &QDialog::accepted, this, [this, dialog = m_dialog] {
        signInAs(dialog->identity(), dialog->credentials());
    });
    m_dialog->open();
}

void ClerkGate::signOut()
{
    if (!m_clerk)
        return;
    const QString username = m_clerk->username;
    qCInfo(lcGate).noquote() << "signed out:" << username;
    m_clerk.reset();
    m_credentials = {};
    m_locked = false;
    m_lockPage->showLocked({});
    showPage();
    emit signedOut();
    if (m_signIn) {
        m_signIn->signOut(username, [](Result<void> removed) {
            if (!removed)
                qCWarning(lcGate).noquote() << "cannot forget the session:" << removed.error().detail;
        });
    }
    askSignIn();
}

void ClerkGate::lock()
{
    if (!m_clerk || m_locked)
        return;
    qCInfo(lcGate).noquote() << "desk locked";
    setLocked(true);
}

void ClerkGate::setLocked(bool locked)
{
    const bool changed = m_locked != locked;
    m_locked = locked;
    if (locked)
        m_lockPage->showLocked(m_clerk->username);
    showPage();
    if (changed)
        emit lockChanged(locked);
}

void ClerkGate::unlock(const QString &password)
{
    if (!m_clerk || !m_signIn)
        return;
    m_signIn->verifyOffline({m_clerk->username, password},
                            [this](Result<ClerkIdentity> checked) {
                                if (!m_locked)
                                    return;
                                if (!checked)
                                    return m_lockPage->showError(checked.error().message);
                                setLocked(false);
                            });
}

} // namespace motcua::ui
