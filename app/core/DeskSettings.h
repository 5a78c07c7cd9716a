#pragma once

#include "Dossier.h"

#include <QUrl>

#include <chrono>

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

    // [security] retention_days: how long the personal data of a dossier the provincial system
    // has acknowledged is kept (90 by default; 0 keeps it for ever).
    int retentionDays() const;
    void setRetentionDays(int days);
    // [security] offline_days: how many days after a clerk's last online sign-in the desk still
    // lets them sign in offline (7 by default, 0 turns offline sign-in off).
    int offlineDays() const;
    void setOfflineDays(int days);
    // [security] lock_minutes: idle time before the desk locks (5 by default, 0 = never;
    // fractions allowed, e.g. 0.5).
    std::chrono::milliseconds lockAfter() const;
    void setLockMinutes(double minutes);

    QUrl serverUrl() const;
    void setServerUrl(const QUrl &url);
    // [server] pin_sha256: the pins of the provincial system's certificate key, comma-separated
    // base64 SHA-256 of its SubjectPublicKeyInfo (docs/protocol.md, "Transport"); none by default.
    QStringList serverPins() const;
    void setServerPins(const QStringList &pins);
    DeskIdentity desk() const;
    void setDesk(const DeskIdentity &desk);

    // [ui] high_contrast (off by default) and [ui] text_scale (1.0; 0.8 to 2.0): how this desk's
    // windows look, for clerks who need stronger contrast or larger type (ui/Theme).
    static constexpr double kMinTextScale = 0.8;
    static constexpr double kMaxTextScale = 2.0;
    bool highContrast() const;
    void setHighContrast(bool on);
    double textScale() const;
    void setTextScale(double scale);

private:
    QString m_dataDir;
};

} // namespace motcua
