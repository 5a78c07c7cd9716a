#include "StoreThread.h"

using namespace Qt::StringLiterals;

namespace motcua {

StoreThread::StoreThread(QString path, QObject *parent)
    : StoreThread(std::move(path), Mode::Primary, parent)
{
}

StoreThread::StoreThread(QString path, Mode mode, QObject *parent)
    : QObject(parent)
    , m_path(std::move(path))
    , m_mode(mode)
    , m_worker(u"motcua-store"_s)
{
}

StoreThread::~StoreThread()
{
    // Close the connection on the thread that opened it, after every queued job has run.
    m_worker.runAndWait([this] { m_db.reset(); });
}

void StoreThread::open(QObject *receiver, std::function<void(Result<void>)> done)
{
    QPointer<QObject> guard(receiver);
    m_worker.post([this, guard, done = std::move(done)] {
        auto opened = m_mode == Mode::Shared ? Database::openShared(m_path) : Database::open(m_path);
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
