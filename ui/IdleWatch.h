#pragma once

#include <QObject>

#include <chrono>

class QTimer;

namespace motcua::ui {

// Application-wide idle detection: any key, mouse or touch input anywhere in the application
// restarts the countdown; `idle` is emitted once the countdown runs out.
class IdleWatch : public QObject
{
    Q_OBJECT

public:
    explicit IdleWatch(std::chrono::milliseconds after, QObject *parent = nullptr);
    ~IdleWatch() override;

    // Starts (or stops, while the desk is locked or nobody is signed in) watching.
    void setActive(bool active);

signals:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QTimer *m_timer;
    bool m_active = false;
};

} // namespace motcua::ui
