#include "DeskSettings.h"

#include <algorithm>

#include <QDir>
#include <QSettings>
#include <QStandardPaths>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
QString settingsPath(const QString &dataDir)
{
    return QDir(dataDir).filePath(u"settings.ini"_s);
}
} // namespace

QString DeskSettings::defaultDataDir()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
}

QString DeskSettings::resolveDataDir(const QString &requested)
{
    return QDir(requested.isEmpty() ? defaultDataDir() : requested).absolutePath();
}

DeskSettings::DeskSettings(const QString &dataDir)
    : m_dataDir(resolveDataDir(dataDir))
{
}

QString DeskSettings::storePath() const
{
    return QDir(m_dataDir).filePath(u"motcua.db"_s);
}

QString DeskSettings::attachmentsDir() const
{
    return QDir(m_dataDir).filePath(u"attachments"_s);
}

int DeskSettings::syncIntervalSeconds() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    const int seconds = s.value(u"sync/interval_seconds"_s, 300).toInt();
    return seconds <= 0 ? 0 : std::max(seconds, 30);
}

int DeskSettings::retentionDays() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    return std::max(0, s.value(u"security/retention_days"_s, 90).toInt());
}

void DeskSettings::setRetentionDays(int days)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"security/retention_days"_s, days);
}

void DeskSettings::setSyncIntervalSeconds(int seconds)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"sync/interval_seconds"_s, seconds);
}

int DeskSettings::probeIntervalSeconds() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    return std::max(s.value(u"sync/probe_seconds"_s, 30).toInt(), 5);
}

int DeskSettings::offlineDays() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    return std::max(s.value(u"security/offline_days"_s, 7).toInt(), 0);
}

void DeskSettings::setOfflineDays(int days)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"security/offline_days"_s, days);
}

std::chrono::milliseconds DeskSettings::lockAfter() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    const double minutes = s.value(u"security/lock_minutes"_s, 5).toDouble();
    return std::chrono::milliseconds(minutes > 0 ? qint64(minutes * 60'000) : 0);
}

void DeskSettings::setLockMinutes(double minutes)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"security/lock_minutes"_s, minutes);
}

QUrl DeskSettings::serverUrl() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    return QUrl(s.value(u"server/url"_s, u"http://127.0.0.1:8765"_s).toString());
}

void DeskSettings::setServerUrl(const QUrl &url)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"server/url"_s, url.toString());
}

QStringList DeskSettings::serverPins() const
{
    // QSettings reads a value with commas as a list, one without as a single string.
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    QStringList pins;
    for (const QString &part : s.value(u"server/pin_sha256"_s).toStringList())
        pins += part.split(u',', Qt::SkipEmptyParts);
    for (QString &pin : pins)
        pin = pin.trimmed();
    pins.removeAll(QString());
    return pins;
}

void DeskSettings::setServerPins(const QStringList &pins)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    if (pins.isEmpty())
        s.remove(u"server/pin_sha256"_s);
    else
        s.setValue(u"server/pin_sha256"_s, pins.join(u","_s));
}

DeskIdentity DeskSettings::desk() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    DeskIdentity d;
    d.unitCode = s.value(u"desk/unit"_s, d.unitCode).toString();
    d.deskCode = s.value(u"desk/desk"_s, d.deskCode).toString();
    d.clerk = s.value(u"desk/clerk"_s, d.clerk).toString();
    d.unitName = s.value(u"desk/unit_name"_s, d.unitName).toString();
    d.unitAddress = s.value(u"desk/unit_address"_s, d.unitAddress).toString();
    d.resultPlace = s.value(u"desk/result_place"_s, d.resultPlace).toString();
    return d;
}

void DeskSettings::setDesk(const DeskIdentity &desk)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"desk/unit"_s, desk.unitCode);
    s.setValue(u"desk/desk"_s, desk.deskCode);
    s.setValue(u"desk/clerk"_s, desk.clerk);
    s.setValue(u"desk/unit_name"_s, desk.unitName);
    s.setValue(u"desk/unit_address"_s, desk.unitAddress);
    s.setValue(u"desk/result_place"_s, desk.resultPlace);
}

qint64 DeskSettings::maxScanBytes() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    bool ok = false;
    const qint64 mb = s.value(u"intake/max_scan_mb"_s, 10).toLongLong(&ok);
    return (ok && mb > 0 && mb <= 200 ? mb : 10) * 1024 * 1024;
}

void DeskSettings::setMaxScanMegabytes(int megabytes)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"intake/max_scan_mb"_s, megabytes);
}

QString DeskSettings::feePolicyPath() const
{
    return m_dataDir + u"/fees/policy.json"_s;
}

QString DeskSettings::calendarDir() const
{
    return m_dataDir + u"/calendar"_s;
}

bool DeskSettings::highContrast() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    return s.value(u"ui/high_contrast"_s, false).toBool();
}

void DeskSettings::setHighContrast(bool on)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"ui/high_contrast"_s, on);
}

double DeskSettings::textScale() const
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    return std::clamp(s.value(u"ui/text_scale"_s, 1.0).toDouble(), kMinTextScale, kMaxTextScale);
}

void DeskSettings::setTextScale(double scale)
{
    QSettings s(settingsPath(m_dataDir), QSettings::IniFormat);
    s.setValue(u"ui/text_scale"_s, std::clamp(scale, kMinTextScale, kMaxTextScale));
}

} // namespace motcua
