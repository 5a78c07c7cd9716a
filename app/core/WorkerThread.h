#pragma once

#include <QObject>
#include <QThread>

namespace motcua {

// A thread with a context object living on it: work posted with post() runs there, in order.
// Used by everything that keeps disk, network or crypto off the GUI thread.
class WorkerThread
{
public:
    explicit WorkerThread(const QString &name);
    ~WorkerThread(); // finishes queued work, then stops the thread
    WorkerThread(const WorkerThread &) = delete;
    WorkerThread &operator=(const WorkerThread &) = delete;

    template<typename F>
    void post(F &&work)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(work), Qt::QueuedConnection);
    }

    // Runs work on the thread and waits for it (for tear-down only, never on a hot path).
    template<typename F>
    void runAndWait(F &&work)
    {
        QMetaObject::invokeMethod(m_context, std::forward<F>(work), Qt::BlockingQueuedConnection);
    }

    QObject *context() const { return m_context; }

private:
    QThread m_thread;
    QObject *m_context;
};

} // namespace motcua
