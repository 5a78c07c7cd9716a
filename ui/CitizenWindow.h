#pragma once

#include <QDateTime>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace motcua::ui {

class RatingPanel;

// The citizen-facing window, for a second monitor or a screen turned to the citizen: large type,
// only what the citizen must read, confirm or type. The one-time code is typed here and goes
// straight to the provincial system; the clerk's window never has it.
class CitizenWindow : public QWidget
{
    Q_OBJECT

public:
    explicit CitizenWindow(QWidget *parent = nullptr);

    enum class Asking { Nothing, ActivationCode, ConfirmationCode };
    void welcome(); // clears everything between citizens
    Asking asking() const { return m_asking; } // whose code the code field is for
    void askForCode(const QString &phoneHint, const QDateTime &expiresAt);
    // The dossier's summary, for the citizen to read and consent to before authenticating.
    void showSummary(const QString &summary, const QString &summaryHash);
    // Like askForCode, for confirming a dossier rather than activating an account.
    void askForConfirmationCode(const QString &phoneHint, const QDateTime &expiresAt);
    void showOutcome(const QString &text, bool success);
    void codeRefused(const QString &text); // wrong code: ask again
    // After a service (the dossier saved): "How satisfied are you…?" (RatingPanel). Goes away
    // with welcome() (the next citizen), after the thank-you, or when nobody answers.
    void askRating(const QString &dossierCode);
    RatingPanel *ratingPanel() const { return m_rating; }
    // While the clerk's desk is locked the citizen sees an empty screen and can type nothing;
    // what was shown comes back on unlock.
    void setBlanked(bool blanked);
    bool isBlanked() const;

signals:
    void codeEntered(const QString &code);
    void consented(const QString &summaryHash); // the citizen agreed to the summary shown
    void rated(const QString &dossierCode, int score, const QString &comment);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void submit();
    void tick();
    void leaveRating();

    QLabel *m_title;
    QLabel *m_message;
    QLineEdit *m_code;
    QPushButton *m_confirm;
    QLabel *m_summary;
    QPushButton *m_agree;
    QString m_summaryHash; // what the shown summary hashes to: the consent is for that only
    QLabel *m_countdown;
    RatingPanel *m_rating;
    QString m_ratedCode; // the dossier the question shown is about
    QWidget *m_blank;
    QTimer *m_timer;
    QDateTime m_expiresAt;
    Asking m_asking = Asking::Nothing;
};

} // namespace motcua::ui
