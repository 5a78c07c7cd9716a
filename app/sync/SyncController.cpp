#include "SyncController.h"

#include "store/Database.h"

using namespace Qt::StringLiterals;

namespace motcua {

SyncController::SyncController(QString storePath, QObject *parent)
    : QObject(parent)
    , m_storePath(std::move(storePath))
    , m_worker(u"motcua-sync"_s)
{
}

SyncController::~SyncController() = default;

void SyncController::start(const QUrl &server, const ClerkCredentials &credentials, bool force)
{
    if (m_running)
        return;
    m_running = true;
    emit started();
    m_worker.post([this, server, credentials, force, guard = m_guard, vault = m_vault,
                   auditKey = m_auditKey] {
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
        db->setVault(vault);
        db->setAuditKey(auditKey);
        auto *api = new ProvincialApi(server);
        api->setTlsGuard(guard);
        auto *engine = new SyncEngine(*db, *api, credentials);
        engine->setForce(force);
        connect(engine, &SyncEngine::progress, this, &SyncController::progress);
        connect(engine, &SyncEngine::finished, this, [this](const SyncSummary &summary) {
            m_running = false;
            emit finished(summary);
        });
        connect(engine, &SyncEngine::finished, m_worker.context(), [this, engine, api, db] {
            // Tear down after the engine's own call stack has unwound.
            m_worker.post([engine, api, db] {
                delete engine;
                delete api;
                delete db;
            });
        });
        engine->start();
    });
}

} // namespace motcua
