#include "SimProcess.h"

#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTimer>

using namespace Qt::StringLiterals;

QString SimProcess::binary(const QString &name)
{
    return QDir(qEnvironmentVariable("MOTCUA_BIN_DIR")).filePath(name);
}

SimProcess::SimProcess() = default;

SimProcess::~SimProcess()
{
    stop();
}

bool SimProcess::start(const QStringList &extraArgs)
{
    m_process.setProcessChannelMode(QProcess::SeparateChannels);
    m_process.setProgram(binary(u"motcua-provincial-sim"_s));
    m_process.setArguments(QStringList{u"--port"_s, u"0"_s, u"--data-dir"_s, m_dir.path()}
                           + extraArgs);
    m_process.start();
    if (!m_process.waitForStarted(10000))
        return false;
    static const QRegularExpression listening(u"listening on (https?://\\S+)"_s);
    QByteArray out;
    while (m_process.waitForReadyRead(10000)) {
        out += m_process.readAllStandardOutput();
        const auto m = listening.match(QString::fromUtf8(out));
        if (m.hasMatch()) {
            m_url = QUrl(m.captured(1));
            return true;
        }
    }
    qWarning("simulator did not start: %s", m_process.readAllStandardError().constData());
    return false;
}

void SimProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(5000);
    }
}

QJsonObject SimProcess::getJson(const QString &path, const QString &query) const
{
    QNetworkAccessManager network;
    QUrl url = m_url;
    url.setPath(path);
    url.setQuery(query);
    QNetworkReply *reply = network.get(QNetworkRequest(url));
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(10000, &loop, &QEventLoop::quit);
    loop.exec();
    const QJsonObject answer = QJsonDocument::fromJson(reply->readAll()).object();
    reply->deleteLater();
    return answer;
}
