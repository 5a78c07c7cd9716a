#include "IdleWatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QTimer>

namespace motcua::ui {

IdleWatch::IdleWatch(std::chrono::milliseconds after, QObject *parent)
    : QObject(parent)
    , m_timer(new QTimer(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(after);
    connect(m_timer, &QTimer::timeout, this, &IdleWatch::idle);
    if (after.count() > 0)
        QCoreApplication::instance()->installEventFilter(this);
}

IdleWatch::~IdleWatch()
{
    if (auto *app = QCoreApplication::instance())
        app->removeEventFilter(this);
}

void IdleWatch::setActive(bool active)
{
    m_active = active && m_timer->interval() > 0;
    if (m_active)
        m_timer->start();
    else
        m_timer->stop();
}

bool IdleWatch::eventFilter(QObject *watched, QEvent *event)
{
    if (m_active) {
        switch (event->type()) {
        case QEvent::KeyPress:
        case QEvent::MouseButtonPress:
        case QEvent::MouseMove:
        case QEvent::Wheel:
        case QEvent::TouchBegin:
        case QEvent::TouchUpdate:
        case QEvent::InputMethod:
            m_timer->start();
            break;
        default:
            break;
        }
    }
    return QObject::eventFilter(watched, event);
}

} // namespace motcua::ui
