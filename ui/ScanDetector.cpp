#include "ScanDetector.h"


#include <QApplication>
#include <QKeyEvent>
#include <QLineEdit>

namespace motcua::ui {

ScanDetector::ScanDetector(QWidget *area)
    : QObject(area)
    , m_area(area)
{
    qApp->installEventFilter(this);
}

bool ScanDetector::inArea(QObject *watched) const
{
    auto *w = qobject_cast<QWidget *>(watched);
    return w && m_area->isVisible() && (w == m_area || m_area->isAncestorOf(w));
}

bool ScanDetector::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress || !inArea(watched))
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    const bool burstGoesOn = m_sinceLastKey.isValid() && m_sinceLastKey.elapsed() <= kMaxGapMs;
    m_sinceLastKey.restart();
    if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
        const QString burst = m_burst;
        m_burst.clear();
        if (!burstGoesOn || burst.size() < kMinLength || !burst.contains(u'|'))
            return false;
        // Take the scan back out of the field it was typed into.
        if (m_field) {
            m_field->setText(m_fieldText);
            m_field->setCursorPosition(m_fieldCursor);
        }
        emit scanned(burst);
        return true; // the Enter belongs to the scanner, not to the form
    }
    if (key->text().isEmpty())
        return false;
    if (!burstGoesOn) {
        m_burst.clear();
        m_field = qobject_cast<QLineEdit *>(watched);
        m_fieldText = m_field ? m_field->text() : QString();
        m_fieldCursor = m_field ? m_field->cursorPosition() : 0;
    }
    m_burst += key->text();
    return false;
}

} // namespace motcua::ui
