#pragma once

#include <QWidget>

class QButtonGroup;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace motcua::ui {

// On the citizen-facing window after a service: "How satisfied are you with the service today?"
// with three large buttons (keys 1, 2, 3 choose too), an optional comment and Send; then a
// thank-you. Nothing is sent unless the citizen presses Send (or Enter once an answer is
// chosen); left alone for kIdleMs the question goes away without an answer.
class RatingPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr int kIdleMs = 2 * 60 * 1000;
    static constexpr int kThanksMs = 5000;
    static constexpr int kMaxComment = 500; // as RatingRepository keeps

    explicit RatingPanel(QWidget *parent = nullptr);

    void ask();     // shows the question, nothing chosen
    void dismiss(); // hides it, nothing sent
    bool isAsking() const { return m_state == State::Asking; }
    int chosen() const; // 1, 2, 3, or 0 when nothing is chosen yet
    // How long the question waits for the citizen, and the thank-you stays (tests shorten them).
    void setTimeouts(int idleMs, int thanksMs);

signals:
    void sent(int score, const QString &comment);
    void finished(); // the thank-you is over, or nobody answered: the window can welcome the next

protected:
    void keyPressEvent(QKeyEvent *event) override;

private:
    enum class State { Hidden, Asking, Thanks };
    void choose(int score);
    void send();
    void showState(State state);

    QLabel *m_question;
    QLabel *m_hint;
    QButtonGroup *m_scores;
    QLabel *m_commentLabel;
    QLineEdit *m_comment;
    QPushButton *m_send;
    QLabel *m_thanks;
    QTimer *m_idle;
    QTimer *m_thanksTimer;
    State m_state = State::Hidden;
};

} // namespace motcua::ui
