#pragma once

#include "Database.h"
#include "core/WorkerThread.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <memory>

namespace motcua {

// Runs store work on a thread of its own with its own connection, so the GUI thread never waits
// on disk. post() queues a job; its result comes back on the receiver's thread, and is dropped if
// the receiver is gone by then. Jobs run one after another in the order they were posted.
class StoreThread : public QObject
{
    Q_OBJECT

public:
    // Primary: the store's owner (checks, migrates, sets a damaged store aside). Shared: another
    // connection to a store the owner has opened (Database::openShared).
    enum class Mode { Primary, Shared };

    explicit StoreThread(QString path, QObject *parent = nullptr);
    StoreThread(QString path, Mode mode, QObject *parent = nullptr);
    ~StoreThread() override;

    // Opens the store on the worker thread (integrity check, migrations); the result says whether
    // it can be used, with the clerk's message when not. Jobs posted while the store is not open
    // are dropped.
    void open(QObject *receiver, std::function<void(Result<void>)> done);

    template<typename R>
    void post(std::function<R(Database &)> job, QObject *receiver, std::function<void(R)> done)
    {
        QPointer<QObject> guard(receiver);
        m_worker.post([this, job = std::move(job), guard, done = std::move(done)]() mutable {
            if (!m_db)
                return; // not open (or failed to open): the owner was told by open()
            auto result = std::make_shared<R>(job(*m_db));
            QMetaObject::invokeMethod(this, [guard, done = std::move(done), result] {
                if (guard)
                    done(std::move(*result));
            });
        });
    }

    bool isOpen() const { return m_open; }

private:
    QString m_path;
    Mode m_mode = Mode::Primary;
    WorkerThread m_worker;
    std::unique_ptr<Database> m_db;    // created, used and destroyed on the worker thread
    bool m_open = false;               // read on the owner's thread
};

} // namespace motcua
