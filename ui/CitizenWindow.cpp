#include "CitizenWindow.h"

#include "RatingPanel.h"

#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace motcua::ui {

CitizenWindow::CitizenWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_title(new QLabel)
    , m_message(new QLabel)
    , m_code(new QLineEdit)
    , m_confirm(new QPushButton(tr("Confirm")))
    , m_summary(new QLabel)
    , m_agree(new QPushButton(tr("I agree: send me a code to confirm")))
    , m_countdown(new QLabel)
    , m_rating(new RatingPanel)
    , m_timer(new QTimer(this))
{
    setObjectName(u"citizenWindow"_s);
    setAttribute(Qt::WA_QuitOnClose, false); // closing the clerk's window ends the session
    setWindowTitle(tr("motcua — for the citizen"));
    QFont big = font();
    big.setPointSizeF(big.pointSizeF() * 2.2);
    setFont(big);
    m_title->setObjectName(u"citizenTitle"_s);
    QFont title = big;
    title.setBold(true);
    m_title->setFont(title);
    m_title->setWordWrap(true);
    m_message->setObjectName(u"citizenMessage"_s);
    m_message->setWordWrap(true);
    m_code->setObjectName(u"citizenCode"_s);
    m_code->setAccessibleName(tr("One-time code"));
    m_code->setMaxLength(6);
    m_code->setEchoMode(QLineEdit::Normal); // the citizen checks what they typed
    m_code->setValidator(new QRegularExpressionValidator(QRegularExpression(u"\\d{0,6}"_s), m_code));
    m_code->setAlignment(Qt::AlignCenter);
    m_confirm->setObjectName(u"citizenConfirm"_s);
    m_countdown->setObjectName(u"citizenCountdown"_s);
    m_summary->setObjectName(u"citizenSummary"_s);
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_summary->setFrameShape(QFrame::StyledPanel);
    m_summary->setMargin(16);
    QFont summaryFont = big;
    summaryFont.setPointSizeF(big.pointSizeF() * 0.7);
    m_summary->setFont(summaryFont);
    m_agree->setObjectName(u"citizenAgree"_s);
    m_agree->setAccessibleDescription(tr("Agree to the dossier shown and receive a one-time code"));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 48, 48, 48);
    layout->addWidget(m_title);
    layout->addWidget(m_message);
    layout->addWidget(m_summary);
    layout->addWidget(m_agree);
    layout->addWidget(m_code);
    layout->addWidget(m_confirm);
    layout->addWidget(m_countdown);
    layout->addWidget(m_rating);
    layout->addStretch();

    connect(m_confirm, &QPushButton::clicked, this, &CitizenWindow::submit);
    connect(m_code, &QLineEdit::returnPressed, this, &CitizenWindow::submit);
    connect(m_agree, &QPushButton::clicked, this, [this] {
        m_agree->setEnabled(false);
        emit consented(m_summaryHash);
    });
    connect(m_rating, &RatingPanel::sent, this, [this](int score, const QString &comment) {
        emit rated(m_ratedCode, score, comment);
    });
    connect(m_rating, &RatingPanel::finished, this, &CitizenWindow::welcome);
    m_timer->setInterval(1000);
    connect(m_timer, &QTimer::timeout, this, &CitizenWindow::tick);
    m_blank = new QWidget(this);
    m_blank->setObjectName(u"citizenBlank"_s);
    m_blank->setAutoFillBackground(true);
    m_blank->hide();
    resize(800, 600);
    welcome();
}

void CitizenWindow::setBlanked(bool blanked)
{
    m_blank->setGeometry(rect());
    m_blank->raise();
    m_blank->setVisible(blanked);
    setEnabled(!blanked);
}

bool CitizenWindow::isBlanked() const
{
    return !m_blank->isHidden();
}

void CitizenWindow::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_blank->setGeometry(rect());
}

void CitizenWindow::leaveRating()
{
    m_rating->dismiss();
    m_ratedCode.clear();
    m_title->show();
    m_message->show();
}

void CitizenWindow::askRating(const QString &dossierCode)
{
    showOutcome({}, true); // nothing else asked or shown
    m_title->hide();
    m_message->hide();
    m_ratedCode = dossierCode;
    m_rating->ask();
}

void CitizenWindow::welcome()
{
    leaveRating();
    m_timer->stop();
    m_asking = Asking::Nothing;
    m_summaryHash.clear();
    m_title->setText(tr("Welcome to the one-stop counter"));
    m_message->setText(tr("The clerk will help you. What you need to read or confirm will appear "
                          "on this screen."));
    m_code->clear();
    m_code->hide();
    m_confirm->hide();
    m_summary->hide();
    m_agree->hide();
    m_countdown->clear();
}

void CitizenWindow::showSummary(const QString &summary, const QString &summaryHash)
{
    leaveRating();
    m_timer->stop();
    m_asking = Asking::Nothing;
    m_summaryHash = summaryHash;
    m_title->setText(tr("Please check your dossier"));
    m_message->setText(tr("The clerk prepared this dossier with you. If it is right, press the "
                          "button. The dossier is submitted online under your own account only "
                          "with your confirmation: the code sent to your account's phone, typed "
                          "here — or this button alone if you have just activated your account "
                          "at this counter."));
    m_summary->setText(summary);
    m_summary->show();
    m_agree->show();
    m_agree->setEnabled(true);
    m_code->hide();
    m_confirm->hide();
    m_countdown->clear();
    m_agree->setFocus();
}

void CitizenWindow::askForConfirmationCode(const QString &phoneHint, const QDateTime &expiresAt)
{
    askForCode(phoneHint, expiresAt);
    m_asking = Asking::ConfirmationCode;
    m_title->setText(tr("Confirm your dossier"));
    m_message->setText(tr("A 6-digit code was sent by SMS to your phone %1. Type it below to "
                          "submit the dossier under your own account. Do not tell the code to "
                          "anyone, including the clerk.").arg(phoneHint));
    m_summary->show(); // what the code confirms stays in sight
}

void CitizenWindow::askForCode(const QString &phoneHint, const QDateTime &expiresAt)
{
    leaveRating();
    m_expiresAt = expiresAt;
    m_title->setText(tr("Activate your VNeID account"));
    m_message->setText(tr("A 6-digit code was sent by SMS to your phone %1. Type it below and "
                          "press Confirm. Do not tell the code to anyone, including the clerk.")
                           .arg(phoneHint));
    m_asking = Asking::ActivationCode;
    m_summary->hide();
    m_agree->hide();
    m_code->clear();
    m_code->show();
    m_confirm->show();
    m_confirm->setEnabled(true);
    m_code->setFocus();
    tick();
    m_timer->start();
}

void CitizenWindow::codeRefused(const QString &text)
{
    m_message->setText(text);
    m_code->clear();
    m_code->setEnabled(true);
    m_confirm->setEnabled(true);
    m_code->setFocus();
}

void CitizenWindow::showOutcome(const QString &text, bool success)
{
    leaveRating();
    m_timer->stop();
    m_asking = Asking::Nothing;
    m_summaryHash.clear();
    m_title->setText(success ? tr("Done") : tr("Not completed"));
    m_message->setText(text);
    m_code->clear();
    m_code->hide();
    m_confirm->hide();
    m_summary->hide();
    m_agree->hide();
    m_countdown->clear();
}

void CitizenWindow::submit()
{
    const QString code = m_code->text();
    if (code.size() != 6) {
        m_message->setText(tr("The code has 6 digits. Please type all of them."));
        return;
    }
    m_code->setEnabled(false);
    m_confirm->setEnabled(false);
    emit codeEntered(code);
}

void CitizenWindow::tick()
{
    const qint64 left = QDateTime::currentDateTimeUtc().secsTo(m_expiresAt);
    if (left <= 0) {
        m_countdown->setText(tr("The code has expired. The clerk can send you a new one."));
        m_timer->stop();
        return;
    }
    m_countdown->setText(tr("The code is valid for %1:%2 more.")
                             .arg(left / 60)
                             .arg(left % 60, 2, 10, QChar(u'0')));
}

} // namespace motcua::ui
