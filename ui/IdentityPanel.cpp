#include "IdentityPanel.h"

#include "ApplicantForm.h"
#include "CitizenWindow.h"
#include "identity/IdentityController.h"
#include "store/IdentityRepository.h"
#include "store/StoreThread.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

IdentityPanel::IdentityPanel(IdentityController &identity, StoreThread &store, ApplicantForm &form,
                             CitizenWindow &citizen, std::function<bool()> ensureSignedIn,
                             QWidget *parent)
    : QWidget(parent)
    , m_identity(identity)
    , m_store(store)
    , m_form(form)
    , m_citizen(citizen)
    , m_ensureSignedIn(std::move(ensureSignedIn))
    , m_check(new QPushButton(tr("Chec&k identity")))
    , m_activate(new QPushButton(tr("He&lp activate VNeID")))
    , m_resend(new QPushButton(tr("Send a ne&w code")))
    , m_result(new QLabel)
    , m_status(new QLabel)
{
    m_check->setObjectName(u"checkIdentityButton"_s);
    m_check->setShortcut(Qt::CTRL | Qt::Key_K);
    m_check->setToolTip(tr("Look the citizen up in the population register (Ctrl+K)"));
    m_activate->setObjectName(u"activateButton"_s);
    m_resend->setObjectName(u"resendButton"_s);
    m_result->setObjectName(u"identityResult"_s);
    m_result->setWordWrap(true);
    m_result->setTextFormat(Qt::PlainText);
    m_status->setObjectName(u"identityStatus"_s);
    m_status->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_check);
    buttons->addWidget(m_activate);
    buttons->addWidget(m_resend);
    buttons->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(buttons);
    layout->addWidget(m_result);
    layout->addWidget(m_status);

    connect(m_check, &QPushButton::clicked, this, &IdentityPanel::check);
    connect(m_activate, &QPushButton::clicked, this, &IdentityPanel::startActivation);
    connect(m_resend, &QPushButton::clicked, this, &IdentityPanel::resend);
    connect(&m_citizen, &CitizenWindow::codeEntered, this, &IdentityPanel::verify);
    connect(&m_form, &ApplicantForm::edited, this, [this] {
        if (m_answer && m_form.cccd() != m_answerFor) {
            // Another citizen: nothing of the previous one's may carry over.
            m_answer.reset();
            m_result->clear();
            m_citizenToken.clear();
            m_activationId.clear();
        }
        updateButtons();
    });
    updateButtons();
}

void IdentityPanel::setStoreReady(bool ready)
{
    m_ready = ready;
    updateButtons();
    if (!ready)
        return;
    m_store.post<Result<QList<AccountMethod>>>(
        [](Database &db) { return IdentityRepository(db).accountMethods(); }, this,
        [this](Result<QList<AccountMethod>> methods) {
            if (!methods)
                return;
            const bool vietnamese = QLocale().language() == QLocale::Vietnamese;
            for (const AccountMethod &m : *methods)
                m_methodNames.insert(m.code, vietnamese ? m.nameVi : m.nameEn);
        });
}

void IdentityPanel::reset()
{
    m_answer.reset();
    m_answerFor.clear();
    m_activationId.clear();
    m_citizenToken.clear();
    m_result->clear();
    m_status->clear();
    m_citizen.welcome();
    updateButtons();
}

void IdentityPanel::updateButtons()
{
    const bool canAct = m_ready && !m_busy;
    m_check->setEnabled(canAct);
    m_activate->setVisible(m_answer && m_answer->found && !m_answer->canLogIn()
                           && m_answer->source == IdentitySource::Online);
    m_activate->setEnabled(canAct && m_activationId.isEmpty());
    m_resend->setVisible(!m_activationId.isEmpty());
    m_resend->setEnabled(canAct);
}

QString IdentityPanel::methodName(const QString &code) const
{
    return m_methodNames.value(code, tr("unknown method \"%1\"").arg(code));
}

void IdentityPanel::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? u"color: #a00000;"_s : QString());
    m_status->setProperty("error", error);
}

void IdentityPanel::check()
{
    if (m_busy || !m_ensureSignedIn())
        return;
    LookupRequest request;
    request.cccd = m_form.cccd();
    request.name = m_form.fullName();
    request.dateOfBirth = m_form.dateOfBirth();
    request.sex = m_form.sex();
    request.purpose = u"tiep-nhan-ho-so"_s; // receiving a dossier at the counter
    m_busy = true;
    updateButtons();
    showStatus(tr("Checking with the population register…"));
    m_identity.lookup(request, this, [this, cccd = request.cccd](Result<IdentityAnswer> answer) {
        m_busy = false;
        if (!answer) {
            showStatus(answer.error().message, true);
            return updateButtons();
        }
        m_answer = *answer;
        m_answerFor = cccd;
        m_status->clear();
        showAnswer(*answer);
        updateButtons();
    });
}

void IdentityPanel::showAnswer(const IdentityAnswer &a)
{
    QStringList lines;
    const QString when = QLocale().toString(a.checkedAt.toLocalTime(), QLocale::ShortFormat);
    if (a.source == IdentitySource::Unknown) {
        m_result->setText(tr("Unknown — check when online. This citizen was never checked from "
                             "this desk and the provincial system cannot be reached.\n%1")
                              .arg(a.offlineReason));
        return;
    }
    if (a.source == IdentitySource::Cache) {
        const qint64 days = a.checkedAt.daysTo(QDateTime::currentDateTimeUtc());
        lines << tr("OFFLINE — this is the last answer seen, from %1 (%n day(s) ago). Check again "
                    "when online.", nullptr, int(days)).arg(when);
    } else {
        lines << tr("Checked with the population register at %1.").arg(when);
    }
    if (!a.found) {
        lines << tr("Not found in the population register. Check the ID number with the card.");
        m_result->setText(lines.join(u'\n'));
        return;
    }
    lines << tr("Found in the population register.");
    if (a.nameMatches == false)
        lines << tr("The name differs from the register (%1). Check it with the card.").arg(a.registeredName);
    if (a.dateOfBirthMatches == false)
        lines << tr("The date of birth differs from the register (%1).")
                     .arg(QLocale().toString(a.registeredDateOfBirth, QLocale::ShortFormat));
    if (a.sexMatches == false)
        lines << tr("The sex differs from the register.");
    if (a.nameMatches == true && a.dateOfBirthMatches != false && a.sexMatches != false)
        lines << tr("Name, date of birth and sex match the register.");
    const auto vneid = a.vneid();
    if (!vneid)
        lines << tr("No VNeID account: help the citizen activate one.");
    else if (vneid->status == u"active")
        lines << tr("VNeID active, level %1: the citizen can log in and submit with their own "
                    "account.").arg(vneid->level);
    else if (vneid->status == u"not_activated")
        lines << tr("VNeID registered but not activated: help the citizen activate it.");
    else
        lines << tr("VNeID %1: the citizen cannot log in with it now.").arg(vneid->status);
    QStringList older;
    for (const AccountRecord &r : a.accounts) {
        if (r.method != u"vneid")
            older << methodName(r.method);
    }
    if (!older.isEmpty())
        lines << tr("Older account methods on record (no longer accepted for individuals): %1")
                     .arg(older.join(u", "_s));
    m_result->setText(lines.join(u'\n'));
}

void IdentityPanel::startActivation()
{
    if (m_busy || !m_answer || !m_ensureSignedIn())
        return;
    m_busy = true;
    updateButtons();
    showStatus(tr("Asking the provincial system to send a code to the citizen's phone…"));
    m_identity.startActivation(m_answerFor, m_form.phone(), u"vneid"_s, this,
                               [this](Result<ActivationTicket> ticket) {
        m_busy = false;
        if (!ticket) {
            showStatus(ticket.error().message, true);
            return updateButtons();
        }
        m_activationId = ticket->remoteId;
        showStatus(tr("A code was sent to %1. The citizen types it on their screen; you never "
                      "need it.").arg(ticket->phoneHint));
        m_citizen.askForCode(ticket->phoneHint, ticket->expiresAt);
        m_citizen.show();
        m_citizen.raise();
        updateButtons();
    });
}

void IdentityPanel::resend()
{
    if (m_busy || m_activationId.isEmpty())
        return;
    m_busy = true;
    updateButtons();
    m_identity.resend(m_activationId, this, [this](Result<ActivationTicket> ticket) {
        m_busy = false;
        updateButtons();
        if (!ticket)
            return showStatus(ticket.error().message, true);
        showStatus(tr("A new code was sent to %1.").arg(ticket->phoneHint));
        m_citizen.askForCode(ticket->phoneHint, ticket->expiresAt);
    });
}

void IdentityPanel::verify(const QString &code)
{
    if (m_activationId.isEmpty() || m_citizen.asking() != CitizenWindow::Asking::ActivationCode)
        return; // a dossier confirmation code: ConfirmStep's
    m_identity.verify(m_activationId, code, this, [this](ActivationOutcome outcome) {
        switch (outcome.kind) {
        case ActivationOutcome::Activated:
            m_citizenToken = outcome.citizenToken;
            m_activationId.clear();
            m_citizen.showOutcome(outcome.message, true);
            showStatus(tr("Account activated (VNeID level %1).").arg(outcome.level));
            if (m_answer) {
                m_answer->accounts.removeIf([](const AccountRecord &r) { return r.method == u"vneid"; });
                m_answer->accounts.prepend({u"vneid"_s, outcome.level, u"active"_s, QDate::currentDate()});
                showAnswer(*m_answer);
            }
            break;
        case ActivationOutcome::WrongCode:
            m_citizen.codeRefused(outcome.message);
            showStatus(tr("The citizen typed a wrong code (%n attempt(s) left).", nullptr,
                          outcome.attemptsLeft), true);
            break;
        case ActivationOutcome::Expired:
            m_citizen.showOutcome(outcome.message, false);
            showStatus(outcome.message, true);
            break;
        case ActivationOutcome::Locked:
            m_activationId.clear();
            m_citizen.showOutcome(outcome.message, false);
            showStatus(outcome.message, true);
            break;
        case ActivationOutcome::Failed:
            m_citizen.codeRefused(outcome.message);
            showStatus(outcome.message, true);
            break;
        }
        updateButtons();
    });
}

bool IdentityPanel::citizenCanLogIn() const
{
    return !m_citizenToken.isEmpty() || (m_answer && m_answer->canLogIn());
}

bool IdentityPanel::citizenMayConfirmLater() const
{
    if (!m_citizenToken.isEmpty() || !m_answer || m_answer->source == IdentitySource::Unknown)
        return true;
    return m_answer->canLogIn();
}

} // namespace motcua::ui
