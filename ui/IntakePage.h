#pragma once

#include "core/DeskSettings.h"
#include "intake/IntakeService.h"

#include <QWidget>

#include <functional>
#include <optional>

class QButtonGroup;
class QLabel;
class QListWidget;
class QPushButton;
class QRadioButton;
class QStackedWidget;

namespace motcua {
class IdentityController;
class StoreThread;
}

namespace motcua::ui {

class ApplicantForm;
class CitizenWindow;
class ConfirmStep;
class FeesStep;
class IdentityPanel;
class PaperChecklist;
class ProcedureStep;

// The intake wizard: procedure → applicant → papers → fees → due date → review → the citizen's
// confirmation → saved to the queue → receipt. Keyboard first: Alt+Right / Ctrl+Enter go on,
// Alt+Left goes back, Ctrl+S saves on the confirmation step, a chip-card scan works anywhere.
// Every step that needs the store or the network runs there and comes back; the window never
// waits.
class IntakePage : public QWidget
{
    Q_OBJECT

public:
    enum Step { ProcedureStep_, Applicant, Papers, Fees, DueDate, Review, Confirm, Done };

    IntakePage(StoreThread &store, IdentityController &identity, CitizenWindow &citizen,
               DeskSettings settings, std::function<bool()> ensureSignedIn,
               QWidget *parent = nullptr);

    void setStoreReady(bool ready);
    void nextCitizen(); // clears the wizard, the identity check and the citizen window
    // The keyboard focus to the current step's first field (after sign-in or unlock, the clerk
    // types at once without reaching for the mouse).
    void focusStep();
    int step() const;
    PaperChecklist *papers() const { return m_papers; }
    std::optional<SavedDossier> lastSaved() const { return m_saved; }

signals:
    void dossierQueued(const QString &code);
    void printReceipt(const Receipt &receipt);
    void saveReceiptPdf(const Receipt &receipt);

private:
    void goNext();
    void goBack();
    void enter(int step);
    void leaveApplicant();
    void loadProcedure(std::function<void()> then);
    void refreshPreview(std::function<void()> then = {}, bool forConsent = true);
    void showDue();
    void showReview();
    void prepareConfirmation();
    DossierDraft draft(bool forConsent) const;
    bool onlineChosen() const;
    void save();
    void scanned(const QString &text);
    void showMessage(const QString &text, bool error);
    void updateButtons();

    StoreThread &m_store;
    DeskSettings m_settings;
    DeskIdentity m_desk;
    IntakeRules m_rules;
    QListWidget *m_steps;
    QStackedWidget *m_pages;
    ProcedureStep *m_procedure;
    ApplicantForm *m_applicant;
    IdentityPanel *m_identityPanel;
    PaperChecklist *m_papers;
    FeesStep *m_fees;
    QLabel *m_due;
    QLabel *m_summary;
    QRadioButton *m_online;
    QRadioButton *m_direct;
    ConfirmStep *m_confirm;
    QLabel *m_done;
    QPushButton *m_back;
    QPushButton *m_next;
    QPushButton *m_save;
    QPushButton *m_print;
    QPushButton *m_pdf;
    QPushButton *m_another;
    QLabel *m_message;
    QString m_loadedProcedure; // the procedure whose checklist is shown
    std::optional<DossierPreview> m_preview;
    std::optional<SavedDossier> m_saved;
    quint64 m_previewSerial = 0;
    bool m_busy = false;
    bool m_channelProposed = false; // the channel was proposed once; then the clerk's choice stands
    bool m_ready = false;
};

} // namespace motcua::ui
