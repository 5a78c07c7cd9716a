#include "SyncController.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace motcua {

SyncController::SyncController(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_worker(new QObject)
{
    m_thread.setObjectName(u"motcua-sync"_s);
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
}

SyncController::~SyncController()
{
    m_thread.quit();
    m_thread.wait();
}

void SyncController::start(const QUrl &server, const ClerkCredentials &credentials)
{
    if (m_running)
        return;
    m_running = true;
    emit started();
    QMetaObject::invokeMethod(m_worker, [this, server, credentials] {
        // Everything below lives on the sync thread for the length of one run.
        auto opened = Database::open(m_storePath);
        if (!opened) {
            SyncSummary summary;
            summary.problem = opened.error().message;
            QMetaObject::invokeMethod(this, [this, summary] {
                m_running = false;
                emit finished(summary);
            });
            return;
        }
        auto *db = opened->release();
        auto *api = new ProvincialApi(server);
        auto *engine = new SyncEngine(*db, *api, credentials);
        connect(engine, &SyncEngine::progress, this, &SyncController::progress);
        connect(engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
            m_running = false;
            emit finished(summary);
        });
        connect(engine, &SyncEngine::finished, m_worker, [this, engine, api, db] {
            // Tear down after the engine's own call stack has unwound.
            QMetaObject::invokeMethod(
                m_worker, [engine, api, db] {
                    delete engine;
                    delete api;
                    delete db;
                },
                Qt::QueuedConnection);
        });
        engine->start();
    });
}

} // namespace motcua
