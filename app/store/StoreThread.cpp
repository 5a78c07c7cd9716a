#include "StoreThread.h"

using namespace Qt::StringLiterals;

namespace motcua {

StoreThread::StoreThread(QString path, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_worker(new QObject)
{
    m_thread.setObjectName(u"motcua-store"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

StoreThread::~StoreThread()
{
    // Close the connection on the thread that opened it, after every queued job has run.
    QMetaObject::invokeMethod(m_worker, [this] { m_db.reset(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void StoreThread::open(QObject *receiver, std::function<void(Result<void>)> done)
{
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(m_worker, [this, guard, done = std::move(done)] {
        auto opened = Database::open(m_path);
        Result<void> result;
        if (opened)
            m_db = std::move(*opened);
        else
            result = std::unexpected(opened.error());
        QMetaObject::invokeMethod(this, [this, guard, done, result] {
            m_open = result.has_value();
            if (guard)
                done(result);
        });
    });
}

} // namespace motcua
