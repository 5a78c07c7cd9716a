#include "ConfirmStep.h"

#include "CitizenWindow.h"
#include "identity/IdentityController.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {
bool unreachable(const Error &e)
{
    return e.code.startsWith(u"net."_s) || e.code.startsWith(u"server."_s);
}
} // namespace

ConfirmStep::ConfirmStep(IdentityController &identity, CitizenWindow &citizen,
                         std::function<bool()> ensureSignedIn, QWidget *parent)
    : QWidget(parent)
    , m_identity(identity)
    , m_citizen(citizen)
    , m_ensureSignedIn(std::move(ensureSignedIn))
    , m_status(new QLabel)
    , m_show(new QPushButton(tr("Show on the &citizen's screen and ask to confirm")))
    , m_resend(new QPushButton(tr("&Resend the code")))
    , m_awaiting(new QPushButton(tr("Queue as &awaiting the citizen's confirmation")))
    , m_direct(new QPushButton(tr("Record as &direct intake instead")))
{
    m_status->setObjectName(u"confirmStatus"_s);
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_show->setObjectName(u"confirmShow"_s);
    m_resend->setObjectName(u"confirmResend"_s);
    m_awaiting->setObjectName(u"confirmAwaiting"_s);
    m_direct->setObjectName(u"confirmDirect"_s);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_show);
    buttons->addWidget(m_resend);
    buttons->addStretch();
    auto *fallbacks = new QHBoxLayout;
    fallbacks->addWidget(m_awaiting);
    fallbacks->addWidget(m_direct);
    fallbacks->addStretch();
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    layout->addLayout(fallbacks);
    layout->addStretch();

    connect(m_show, &QPushButton::clicked, this, &ConfirmStep::showOnCitizenScreen);
    connect(m_resend, &QPushButton::clicked, this, &ConfirmStep::resend);
    connect(m_awaiting, &QPushButton::clicked, this, &ConfirmStep::chooseAwaiting);
    connect(m_direct, &QPushButton::clicked, this, &ConfirmStep::directChosen);
    connect(&m_citizen, &CitizenWindow::consented, this, &ConfirmStep::consented);
    connect(&m_citizen, &CitizenWindow::codeEntered, this, &ConfirmStep::codeEntered);
    reset();
}

void ConfirmStep::reset()
{
    ++m_request;
    m_online = false;
    m_busy = false;
    m_offline = false;
    m_confirmationId.clear();
    m_confirmation = Confirmation::None;
    m_proof = {};
    m_summaryText.clear();
    m_summaryHash.clear();
    setStatus({});
    updateButtons();
}

void ConfirmStep::prepare(bool online, const QString &cccd, const QString &summaryText,
                          const QString &summaryHash, const QString &procedureName,
                          const QString &activationToken, bool canConfirmLater)
{
    // A proof stays valid only for the very summary the citizen agreed to.
    const bool same = online == m_online && summaryHash == m_summaryHash && cccd == m_cccd;
    m_online = online;
    m_cccd = cccd;
    m_summaryText = summaryText;
    m_summaryHash = summaryHash;
    m_procedureName = procedureName;
    m_activationToken = activationToken;
    m_canConfirmLater = canConfirmLater;
    if (!same) {
        // Whatever the citizen saw or agreed to was another dossier: start again.
        ++m_request;
        m_busy = false;
        m_confirmation = Confirmation::None;
        m_proof = {};
        m_confirmationId.clear();
        m_citizen.welcome();
    }
    if (!online)
        setStatus(tr("Direct intake: the clerk records this dossier. It is filed as received at "
                     "the counter and is NOT counted as submitted online."));
    else if (m_confirmation == Confirmation::Confirmed)
        setStatus(tr("The citizen confirmed this dossier with their own account. Save it."));
    else
        setStatus(tr("Online submission under the citizen's own account: show the summary on "
                     "the citizen's screen. The citizen reads it, agrees, and types the code "
                     "sent to their phone. You never need that code."));
    updateButtons();
}

bool ConfirmStep::readyToSave() const
{
    if (m_busy)
        return false;
    return !m_online || m_confirmation != Confirmation::None;
}

void ConfirmStep::showOnCitizenScreen()
{
    if (!m_online || m_busy)
        return;
    m_citizen.showSummary(m_summaryText, m_summaryHash);
    m_citizen.show();
    m_citizen.raise();
    setStatus(tr("The summary is on the citizen's screen. Waiting for the citizen to agree…"));
}

void ConfirmStep::consented(const QString &summaryHash)
{
    if (!m_online || m_busy || !isVisible() || m_confirmation == Confirmation::Confirmed)
        return;
    if (summaryHash != m_summaryHash) {
        // The citizen agreed to a summary that is no longer the dossier's: show the current one.
        m_citizen.showSummary(m_summaryText, m_summaryHash);
        return;
    }
    if (!m_ensureSignedIn()) {
        m_citizen.showOutcome(tr("Please wait: the clerk must sign in first."), false);
        return;
    }
    m_busy = true;
    updateButtons();
    setStatus(tr("Asking the provincial system to send the citizen a code…"));
    m_identity.startConfirmation(
        m_cccd, m_summaryHash, m_procedureName, m_activationToken, this,
        [this, request = m_request](Result<ConfirmationStart> start) {
            if (request != m_request)
                return; // the dossier changed meanwhile: this answer is for the old one
            m_busy = false;
            if (!start) {
                m_offline = unreachable(start.error());
                m_citizen.showOutcome(tr("Your dossier could not be confirmed now. The clerk "
                                         "will tell you what happens next."), false);
                setStatus(m_offline
                              ? tr("%1\nThe desk is offline: queue the dossier as awaiting the "
                                   "citizen's confirmation, or record direct intake.")
                                    .arg(start.error().message)
                              : start.error().message,
                          true);
                return updateButtons();
            }
            if (start->proof) {
                m_proof = *start->proof;
                m_confirmation = Confirmation::Confirmed;
                m_citizen.showOutcome(tr("Thank you. Your dossier is confirmed under your own "
                                         "account."), true);
                setStatus(tr("The citizen confirmed this dossier with their own account (just "
                             "activated). Save it."));
                updateButtons();
                emit confirmed();
                return;
            }
            m_confirmationId = start->ticket->remoteId;
            m_citizen.askForConfirmationCode(start->ticket->phoneHint, start->ticket->expiresAt);
            setStatus(tr("A code was sent to %1. The citizen types it on their screen.")
                          .arg(start->ticket->phoneHint));
            updateButtons();
        });
}

void ConfirmStep::codeEntered(const QString &code)
{
    if (m_confirmationId.isEmpty() || m_busy
        || m_citizen.asking() != CitizenWindow::Asking::ConfirmationCode)
        return; // not ours (an account activation uses the same window)
    m_busy = true;
    updateButtons();
    m_identity.verifyConfirmation(
        m_confirmationId, code, m_summaryHash, this,
        [this, request = m_request](ConfirmationOutcome outcome) {
            if (request != m_request)
                return;
            m_busy = false;
            switch (outcome.kind) {
            case ConfirmationOutcome::Confirmed:
                m_proof = outcome.proof;
                m_confirmation = Confirmation::Confirmed;
                m_confirmationId.clear();
                m_citizen.showOutcome(outcome.message, true);
                setStatus(tr("The citizen confirmed this dossier with their own account. Save "
                             "it."));
                updateButtons();
                emit confirmed();
                break;
            case ConfirmationOutcome::WrongCode:
                m_citizen.codeRefused(outcome.message);
                setStatus(tr("The citizen typed a wrong code (%n attempt(s) left).", nullptr,
                             outcome.attemptsLeft), true);
                break;
            case ConfirmationOutcome::Expired:
            case ConfirmationOutcome::Locked:
                m_confirmationId.clear();
                m_citizen.showOutcome(outcome.message, false);
                setStatus(outcome.message, true);
                break;
            case ConfirmationOutcome::Failed:
                m_citizen.codeRefused(outcome.message);
                setStatus(outcome.message, true);
                break;
            }
            updateButtons();
        });
}

void ConfirmStep::resend()
{
    if (m_confirmationId.isEmpty() || m_busy)
        return;
    m_busy = true;
    updateButtons();
    m_identity.resendConfirmation(m_confirmationId, this,
                                  [this, request = m_request](Result<ActivationTicket> t) {
        if (request != m_request)
            return;
        m_busy = false;
        updateButtons();
        if (!t)
            return setStatus(t.error().message, true);
        m_citizen.askForConfirmationCode(t->phoneHint, t->expiresAt);
        setStatus(tr("A new code was sent to %1.").arg(t->phoneHint));
    });
}

void ConfirmStep::chooseAwaiting()
{
    if (!m_online || m_busy)
        return;
    m_confirmation = Confirmation::Awaiting;
    m_proof = {};
    m_confirmationId.clear();
    m_citizen.showOutcome(tr("Your dossier will be sent when the connection returns. You will "
                             "receive a message on your phone: confirm it there with your own "
                             "account."), true);
    setStatus(tr("Queued as awaiting the citizen's confirmation: the citizen confirms from their "
                 "own phone after the next sync. Until then it is not counted as online."));
    updateButtons();
    emit confirmed();
}

void ConfirmStep::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? u"color: #a00000; font-weight: bold;"_s : QString());
}

void ConfirmStep::updateButtons()
{
    const bool pending = m_online && m_confirmation == Confirmation::None;
    m_show->setVisible(m_online);
    m_show->setEnabled(pending && !m_busy);
    m_resend->setVisible(m_online);
    m_resend->setEnabled(!m_confirmationId.isEmpty() && !m_busy);
    m_awaiting->setVisible(m_online);
    m_awaiting->setEnabled(pending && !m_busy && m_canConfirmLater);
    m_awaiting->setToolTip(m_canConfirmLater
                               ? tr("When the desk is offline: the provincial system asks the "
                                    "citizen to confirm from their own phone after the next sync. "
                                    "Until they do, the dossier is not counted as online.")
                               : tr("The citizen has no active account, so they could not confirm "
                                    "from their phone. Help them activate it, or record direct "
                                    "intake."));
    m_direct->setVisible(m_online);
    m_direct->setEnabled(!m_busy);
    emit stateChanged();
}

} // namespace motcua::ui
