#pragma once

#include "TlsGuard.h"

#include <QObject>
#include <QTimer>
#include <QUrl>

#include <chrono>

class QNetworkAccessManager;

namespace motcua {

// Notices when the provincial system can be reached again after a sync could not reach it.
// While offline it asks GET /api/v1/health every probe interval (cheap, no session); when the
// system's own reachability information (QNetworkInformation, e.g. NetworkManager) is available, a
// change to "online" triggers a probe at once instead of waiting for the next one. Lives on the
// thread that created it; every request is asynchronous.
class ConnectivityWatch : public QObject
{
    Q_OBJECT

public:
    ConnectivityWatch(QUrl server, std::chrono::milliseconds probeInterval,
                      QObject *parent = nullptr);

    // A sync could not reach the server: start watching for its return.
    void lost();
    // Asks the health check at once (e.g. when the desk starts): watching as after lost() until
    // it answers, so an answer is reported by probed() and, when up, by returned().
    void checkNow();
    // The desk's certificate pins, as for the ProvincialApi; a probe is checked like any request.
    void setTlsGuard(TlsGuard guard) { m_guard = std::move(guard); }
    bool isWatching() const { return m_watching; }
    // Whether the operating system's reachability information could be used on this desk.
    bool hasSystemReachability() const { return m_system; }

signals:
    void probed(bool reachable);
    void returned();

private:
    void probe();

    QUrl m_server;
    TlsGuard m_guard;
    QNetworkAccessManager *m_network;
    QTimer m_timer;
    bool m_watching = false;
    bool m_probing = false;
    bool m_system = false;
};

} // namespace motcua
