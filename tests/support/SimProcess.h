#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QUrl>

// The provincial simulator, started as a real process on an ephemeral loopback port.
class SimProcess
{
public:
    SimProcess();
    ~SimProcess();

    bool start(const QStringList &extraArgs = {});
    void stop();
    QUrl url() const { return m_url; }
    QString dataDir() const { return m_dir.path(); }
    // GET a JSON document from the simulator (blocking, for test assertions only).
    QJsonObject getJson(const QString &path, const QString &query = {}) const;

    static QString binary(const QString &name);

private:
    QTemporaryDir m_dir;
    QProcess m_process;
    QUrl m_url;
};
