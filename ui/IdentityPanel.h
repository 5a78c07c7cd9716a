#pragma once

#include "identity/DigitalIdentity.h"

#include <QHash>
#include <QWidget>

#include <functional>
#include <optional>

class QLabel;
class QPushButton;

namespace motcua {
class IdentityController;
class StoreThread;
}

namespace motcua::ui {

class ApplicantForm;
class CitizenWindow;

// Checks the applicant's digital identity and helps them activate their own account. The
// one-time code goes from the citizen window to the provincial system; this panel never sees it.
class IdentityPanel : public QWidget
{
    Q_OBJECT

public:
    IdentityPanel(IdentityController &identity, StoreThread &store, ApplicantForm &form,
                  CitizenWindow &citizen, std::function<bool()> ensureSignedIn,
                  QWidget *parent = nullptr);

    void setStoreReady(bool ready);
    void reset(); // next citizen
    bool citizenAuthenticated() const { return !m_citizenToken.isEmpty(); }
    // The token of an activation the citizen just completed (empty otherwise): lets the
    // confirmation of the dossier follow without a second code.
    QString activationToken() const { return m_citizenToken; }
    // The last answer says the citizen can log in with their own account (or just activated it).
    bool citizenCanLogIn() const;
    // False only when the provincial system said the citizen has no active account.
    bool citizenMayConfirmLater() const;

private:
    void check();
    void startActivation();
    void resend();
    void verify(const QString &code);
    void showAnswer(const IdentityAnswer &answer);
    void showStatus(const QString &text, bool error = false);
    QString methodName(const QString &code) const;
    void updateButtons();

    IdentityController &m_identity;
    StoreThread &m_store;
    ApplicantForm &m_form;
    CitizenWindow &m_citizen;
    std::function<bool()> m_ensureSignedIn;
    QPushButton *m_check;
    QPushButton *m_activate;
    QPushButton *m_resend;
    QLabel *m_result;
    QLabel *m_status;
    QHash<QString, QString> m_methodNames;
    std::optional<IdentityAnswer> m_answer;
    QString m_answerFor; // the CCCD the answer is about
    QString m_activationId;
    QString m_citizenToken; // proof of the citizen's authentication, for issue 4's confirmation
    bool m_busy = false;
    bool m_ready = false;
};

} // namespace motcua::ui
