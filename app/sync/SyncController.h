#pragma once

#include "ProvincialApi.h"
#include "SyncEngine.h"
#include "core/WorkerThread.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace motcua {

class AuditKey;
class Vault;

// Runs sync for an interactive front end: each run happens on a thread of its own, with its own
// store connection and network access, and reports back through queued signals.
class SyncController : public QObject
{
    Q_OBJECT

public:
    explicit SyncController(QString storePath, QObject *parent = nullptr);
    ~SyncController() override;

    bool isRunning() const { return m_running; }
    // The vault of the unlocked store; every run's connection gets it (set before start()).
    void setVault(std::shared_ptr<const Vault> vault) { m_vault = std::move(vault); }
    void setAuditKey(std::shared_ptr<const AuditKey> key) { m_auditKey = std::move(key); }
    // The desk's certificate pins, used by every run from now on.
    void setTlsGuard(TlsGuard guard) { m_guard = std::move(guard); }

public slots:
    // force: the clerk asked ("sync now"): every dossier not yet sent is tried, due or not.
    void start(const QUrl &server, const motcua::ClerkCredentials &credentials, bool force = false);

signals:
    void started();
    void progress(int done, int total);
    void finished(const motcua::SyncSummary &summary);

private:
    QString m_storePath;
    std::shared_ptr<const Vault> m_vault;
    std::shared_ptr<const AuditKey> m_auditKey;
    TlsGuard m_guard;
    WorkerThread m_worker;
    bool m_running = false;
};

} // namespace motcua
