#pragma once

#include "Dossier.h"

#include <QUrl>

namespace motcua {

// Where the desk's data lives and how it is set up. Settings are kept next to the store
// (settings.ini in the data directory), so --data-dir selects a whole desk. Nothing secret is kept
// here: passwords and session tokens never go to this file.
class DeskSettings
{
public:
    static QString defaultDataDir();
    static QString resolveDataDir(const QString &requested); // empty → default

    explicit DeskSettings(const QString &dataDir);

    QString dataDir() const { return m_dataDir; }
    QString storePath() const;
    QString attachmentsDir() const;
    // The province's fee policy installed by the admin (the bundled sample when absent) and the
    // official calendars, one file per year (docs/calendar.md).
    QString feePolicyPath() const;
    QString calendarDir() const;
    qint64 maxScanBytes() const; // intake/max_scan_mb, 10 MB by default
    void setMaxScanMegabytes(int megabytes);

    // [sync] interval_seconds: how often the GUI syncs by itself (300 by default, at least 30;
    // 0 turns the timer off). [sync] probe_seconds: how often an offline desk asks the provincial
    // system's health check whether it is back (30 by default, at least 5).
    int syncIntervalSeconds() const;
    void setSyncIntervalSeconds(int seconds);
    int probeIntervalSeconds() const;

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    // [server] pin_sha256: the pins of the provincial system's certificate key, comma-separated
    // base64 SHA-256 of its SubjectPublicKeyInfo (docs/protocol.md, "Transport"); none by default.
    QStringList serverPins() const;
    void setServerPins(const QStringList &pins);
    DeskIdentity desk() const;
    void setDesk(const DeskIdentity &desk);

private:
    QString m_dataDir;
};

} // namespace motcua
