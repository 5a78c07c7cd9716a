#pragma once

#include "core/Dossier.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace motcua {
class IdentityController;
}

namespace motcua::ui {

class CitizenWindow;

// Step 7: "không làm thay". For an online dossier the citizen reads the summary on their own
// screen, agrees, and types the code sent to their own account's phone; the provincial system's
// proof comes back and only then can the dossier be saved as online. Offline, the clerk can queue
// it as awaiting the citizen's confirmation from their phone; or record it as direct intake.
class ConfirmStep : public QWidget
{
    Q_OBJECT

public:
    ConfirmStep(IdentityController &identity, CitizenWindow &citizen,
                std::function<bool()> ensureSignedIn, QWidget *parent = nullptr);

    // What the citizen is asked to confirm. `online` false: direct intake, nothing to confirm.
    // `canConfirmLater`: false when the citizen is known to have no active account, so a
    // confirmation from their phone could never come.
    void prepare(bool online, const QString &cccd, const QString &summaryText,
                 const QString &summaryHash, const QString &procedureName,
                 const QString &activationToken, bool canConfirmLater);
    void reset();
    Confirmation confirmation() const { return m_confirmation; }
    CitizenProof proof() const { return m_proof; }
    bool readyToSave() const;

signals:
    void stateChanged();
    void directChosen(); // the clerk chose to record direct intake instead
    void confirmed();    // the citizen's proof arrived (or the clerk chose "awaiting")

private:
    void showOnCitizenScreen();
    void consented(const QString &summaryHash);
    void codeEntered(const QString &code);
    void resend();
    void chooseAwaiting();
    void setStatus(const QString &text, bool error = false);
    void updateButtons();

    IdentityController &m_identity;
    CitizenWindow &m_citizen;
    std::function<bool()> m_ensureSignedIn;
    QLabel *m_status;
    QPushButton *m_show;
    QPushButton *m_resend;
    QPushButton *m_awaiting;
    QPushButton *m_direct;
    bool m_online = false;
    bool m_busy = false;
    bool m_offline = false; // the provincial system could not be reached
    bool m_canConfirmLater = true;
    quint64 m_request = 0; // bumps when the summary changes: older answers are ignored
    QString m_cccd;
    QString m_summaryText;
    QString m_summaryHash;
    QString m_procedureName;
    QString m_activationToken;
    QString m_confirmationId;
    Confirmation m_confirmation = Confirmation::None;
    CitizenProof m_proof;
};

} // namespace motcua::ui
