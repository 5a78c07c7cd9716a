#include "RatingPanel.h"

#include <QButtonGroup>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

RatingPanel::RatingPanel(QWidget *parent)
    : QWidget(parent)
    , m_question(new QLabel(tr("How satisfied are you with the service today?")))
    , m_hint(new QLabel(tr("Press one of the buttons (or the key 1, 2 or 3), add a comment if "
                           "you wish, then press Send.")))
    , m_scores(new QButtonGroup(this))
    , m_commentLabel(new QLabel(tr("Your &comment (optional):")))
    , m_comment(new QLineEdit)
    , m_send(new QPushButton(tr("Send")))
    , m_thanks(new QLabel(tr("Thank you! Your answer helps us serve citizens better.")))
    , m_idle(new QTimer(this))
    , m_thanksTimer(new QTimer(this))
{
    setObjectName(u"ratingPanel"_s);
    setFocusPolicy(Qt::StrongFocus); // keys 1, 2, 3 reach it
    QFont bold = font();
    bold.setBold(true);
    m_question->setObjectName(u"ratingQuestion"_s);
    m_question->setFont(bold);
    m_question->setWordWrap(true);
    m_hint->setWordWrap(true);
    m_thanks->setObjectName(u"ratingThanks"_s);
    m_thanks->setFont(bold);
    m_thanks->setWordWrap(true);

    // 1 satisfied, 2 normal, 3 not satisfied: the scores stored (RatingScore).
    const struct { int score; const char *name; QString text; QString description; } answers[] = {
        {1, "ratingSatisfied", tr("Satisfied"), tr("Satisfied with the service (key 1)")},
        {2, "ratingNormal", tr("Normal"), tr("Neither satisfied nor dissatisfied (key 2)")},
        {3, "ratingNotSatisfied", tr("Not satisfied"), tr("Not satisfied with the service (key 3)")},
    };
    auto *buttons = new QHBoxLayout;
    m_scores->setExclusive(true);
    for (const auto &a : answers) {
        auto *b = new QPushButton(u"%1\n%2"_s.arg(a.score).arg(a.text));
        b->setObjectName(QString::fromLatin1(a.name));
        b->setAccessibleName(a.text);
        b->setAccessibleDescription(a.description);
        b->setCheckable(true);
        b->setMinimumHeight(120);
        b->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
        m_scores->addButton(b, a.score);
        buttons->addWidget(b);
    }
    m_commentLabel->setBuddy(m_comment);
    m_comment->setObjectName(u"ratingComment"_s);
    m_comment->setAccessibleName(tr("Comment on the service (optional)"));
    m_comment->setMaxLength(kMaxComment);
    m_send->setObjectName(u"ratingSend"_s);
    m_send->setAccessibleName(tr("Send your rating"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_question);
    layout->addWidget(m_hint);
    layout->addLayout(buttons);
    layout->addWidget(m_commentLabel);
    layout->addWidget(m_comment);
    layout->addWidget(m_send);
    layout->addWidget(m_thanks);
    setTabOrder(m_scores->button(1), m_scores->button(2));
    setTabOrder(m_scores->button(2), m_scores->button(3));
    setTabOrder(m_scores->button(3), m_comment);
    setTabOrder(m_comment, m_send);

    connect(m_scores, &QButtonGroup::idClicked, this, &RatingPanel::choose);
    connect(m_send, &QPushButton::clicked, this, &RatingPanel::send);
    connect(m_comment, &QLineEdit::returnPressed, this, &RatingPanel::send);
    connect(m_comment, &QLineEdit::textEdited, this, [this] { m_idle->start(); });
    m_idle->setSingleShot(true);
    m_idle->setInterval(kIdleMs);
    m_thanksTimer->setSingleShot(true);
    m_thanksTimer->setInterval(kThanksMs);
    const auto over = [this] {
        dismiss();
        emit finished();
    };
    connect(m_idle, &QTimer::timeout, this, over);
    connect(m_thanksTimer, &QTimer::timeout, this, over);
    showState(State::Hidden);
}

void RatingPanel::setTimeouts(int idleMs, int thanksMs)
{
    m_idle->setInterval(idleMs);
    m_thanksTimer->setInterval(thanksMs);
}

int RatingPanel::chosen() const
{
    return std::max(m_scores->checkedId(), 0);
}

void RatingPanel::ask()
{
    showState(State::Asking);
    m_idle->start();
    setFocus();
}

void RatingPanel::dismiss()
{
    showState(State::Hidden);
}

void RatingPanel::showState(State state)
{
    m_state = state;
    m_idle->stop();
    m_thanksTimer->stop();
    if (state != State::Thanks) {
        // An exclusive group keeps one button checked: unchecking needs it off for a moment.
        m_scores->setExclusive(false);
        for (QAbstractButton *b : m_scores->buttons())
            b->setChecked(false);
        m_scores->setExclusive(true);
        m_comment->clear();
    }
    const bool asking = state == State::Asking;
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_question, m_hint, m_commentLabel, m_comment, m_send})
        w->setVisible(asking);
    for (QAbstractButton *b : m_scores->buttons())
        b->setVisible(asking);
    m_send->setEnabled(false);
    m_thanks->setVisible(state == State::Thanks);
    setVisible(state != State::Hidden);
}

void RatingPanel::choose(int score)
{
    if (m_state != State::Asking)
        return;
    m_scores->button(score)->setChecked(true);
    m_send->setEnabled(true);
    m_send->setFocus(); // Enter or Space sends; the comment can still be typed first
    m_idle->start();
}

void RatingPanel::send()
{
    const int score = chosen();
    if (m_state != State::Asking || score == 0)
        return;
    const QString comment = m_comment->text().trimmed();
    showState(State::Thanks);
    m_thanksTimer->start();
    emit sent(score, comment);
}

void RatingPanel::keyPressEvent(QKeyEvent *event)
{
    if (m_state == State::Asking) {
        switch (event->key()) {
        case Qt::Key_1: case Qt::Key_2: case Qt::Key_3:
            return choose(event->key() - Qt::Key_0);
        case Qt::Key_Return: case Qt::Key_Enter:
            return send();
        default: break;
        }
    }
    QWidget::keyPressEvent(event);
}

} // namespace motcua::ui
