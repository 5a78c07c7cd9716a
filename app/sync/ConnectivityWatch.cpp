#include "ConnectivityWatch.h"

#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkInformation>
#include <QNetworkReply>

using namespace Qt::StringLiterals;

Q_DECLARE_LOGGING_CATEGORY(lcSync)

namespace motcua {

ConnectivityWatch::ConnectivityWatch(QUrl server, std::chrono::milliseconds probeInterval,
                                     QObject *parent)
    : QObject(parent)
    , m_server(std::move(server))
    , m_network(new QNetworkAccessManager(this))
{
    m_timer.setInterval(probeInterval);
    connect(&m_timer, &QTimer::timeout, this, &ConnectivityWatch::probe);
    m_system = QNetworkInformation::loadBackendByFeatures(QNetworkInformation::Feature::Reachability);
    if (m_system) {
        connect(QNetworkInformation::instance(), &QNetworkInformation::reachabilityChanged, this,
                [this](QNetworkInformation::Reachability r) {
                    if (m_watching && r == QNetworkInformation::Reachability::Online)
                        probe();
                });
    }
    qCInfo(lcSync) << "connectivity:" << (m_system ? "system reachability and" : "")
                   << "health probe every" << probeInterval.count() << "ms while offline";
}

void ConnectivityWatch::lost()
{
    if (m_watching)
        return;
    m_watching = true;
    m_timer.start();
}

void ConnectivityWatch::checkNow()
{
    lost();
    probe();
}

void ConnectivityWatch::probe()
{
    if (!m_watching || m_probing)
        return;
    if (m_guard.refusal(m_server)) {
        // Never sent: an address the desk may not use is not "back" until it is corrected.
        emit probed(false);
        return;
    }
    m_probing = true;
    QUrl url = m_server;
    url.setPath(url.path().chopped(url.path().endsWith(u'/') ? 1 : 0) + u"/api/v1/health"_s);
    QNetworkRequest request(url);
    request.setTransferTimeout(5000);
    QNetworkReply *reply = m_network->get(request);
    m_guard.watch(reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply] {
        reply->deleteLater();
        m_probing = false;
        const bool up = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200
                        && !m_guard.checkAnswer(reply, m_server);
        emit probed(up);
        if (!up || !m_watching)
            return;
        m_watching = false;
        m_timer.stop();
        qCInfo(lcSync) << "the provincial system can be reached again";
        emit returned();
    });
}

} // namespace motcua
