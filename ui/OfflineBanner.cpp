#include "OfflineBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace motcua::ui {

namespace {
constexpr int kBackShownMs = 15000;

QString when(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime(), QLocale::ShortFormat);
}
} // namespace

OfflineBanner::OfflineBanner(QWidget *parent)
    : QFrame(parent)
    , m_text(new QLabel)
    , m_retry(new QPushButton)
    , m_hide(new QTimer(this))
{
    setObjectName(u"offlineBanner"_s);
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    m_text->setObjectName(u"offlineText"_s);
    m_text->setWordWrap(true);
    m_text->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_retry->setObjectName(u"offlineRetry"_s);
    auto *layout = new QHBoxLayout(this);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_retry);
    connect(m_retry, &QPushButton::clicked, this, &OfflineBanner::retryRequested);
    m_hide->setSingleShot(true);
    m_hide->setInterval(kBackShownMs);
    connect(m_hide, &QTimer::timeout, this, [this] { enter(State::Online); });
    retranslate();
    setVisible(false);
}

void OfflineBanner::setOffline(const QDateTime &lastContact)
{
    m_lastContact = lastContact;
    enter(State::Offline);
}

void OfflineBanner::setBack(const QDateTime &at)
{
    m_backAt = at;
    enter(State::Back);
    m_hide->start();
}

QString OfflineBanner::text() const
{
    return m_text->text();
}

void OfflineBanner::enter(State state)
{
    m_state = state;
    if (state != State::Back)
        m_hide->stop();
    // Warning amber while offline, green once back; under a dark (high-contrast) palette the
    // theme's own colours are kept, since a light tint would break its contrast.
    QPalette p = QPalette();
    if (p.color(QPalette::Window).lightness() >= 128) {
        p.setColor(QPalette::Window, state == State::Offline ? QColor(0xff, 0xf1, 0xc2)
                                                             : QColor(0xd8, 0xf5, 0xd0));
        p.setColor(QPalette::WindowText, Qt::black);
    }
    setPalette(p);
    retranslate();
    setVisible(state != State::Online);
}

void OfflineBanner::retranslate()
{
    m_retry->setText(tr("Try &again now"));
    m_retry->setToolTip(tr("Ask the provincial system at once whether it can be reached"));
    m_retry->setVisible(m_state == State::Offline);
    setAccessibleName(tr("Connection to the provincial system"));
    switch (m_state) {
    case State::Online:
        m_text->clear();
        break;
    case State::Offline:
        m_text->setText(
            (m_lastContact.isValid()
                 ? tr("The provincial system cannot be reached. Last successful contact: %1.")
                       .arg(when(m_lastContact))
                 : tr("The provincial system cannot be reached, and this desk has not reached it "
                      "yet."))
            + u' '
            + tr("Intake goes on: dossiers are kept on this computer and sent when the connection "
                 "returns."));
        break;
    case State::Back:
        m_text->setText(tr("The connection to the provincial system returned at %1. Waiting "
                           "dossiers are being sent.")
                            .arg(when(m_backAt)));
        break;
    }
    m_text->setAccessibleName(m_text->text());
}

void OfflineBanner::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslate();
    QFrame::changeEvent(event);
}

} // namespace motcua::ui
