#pragma once

#include <QDateTime>
#include <QFrame>

class QLabel;
class QPushButton;
class QTimer;

namespace motcua::ui {

// A strip above the pages that says when the provincial system cannot be reached, since when the
// desk last reached it, and that intake goes on; when the connection returns it says so for a
// while and then goes away. Hidden while the desk is in contact.
class OfflineBanner : public QFrame
{
    Q_OBJECT

public:
    enum class State { Online, Offline, Back };

    explicit OfflineBanner(QWidget *parent = nullptr);

    // lastContact: UTC, invalid when the desk never reached the provincial system.
    void setOffline(const QDateTime &lastContact);
    void setBack(const QDateTime &at);
    State state() const { return m_state; }
    QString text() const;

signals:
    void retryRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void enter(State state);
    void retranslate();

    State m_state = State::Online;
    QDateTime m_lastContact;
    QDateTime m_backAt;
    QLabel *m_text;
    QPushButton *m_retry;
    QTimer *m_hide;
};

} // namespace motcua::ui
