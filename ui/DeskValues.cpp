#include "DeskValues.h"

#include <QDir>
#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace motcua::ui {

DeskValues DeskValues::read(const DeskSettings &settings)
{
    DeskValues v;
    v.url = settings.serverUrl().toString();
    v.pins = settings.serverPins();
    const int seconds = settings.syncIntervalSeconds();
    v.syncMinutes = seconds <= 0 ? 0 : (seconds + 59) / 60;
    v.desk = settings.desk();
    v.retentionDays = settings.retentionDays();
    v.offlineDays = settings.offlineDays();
    v.lockMinutes = double(settings.lockAfter().count()) / 60'000.0;
    return v;
}

QList<DeskValues::Change> DeskValues::changesFrom(const DeskValues &before) const
{
    QList<Change> changes;
    const auto add = [&](const QString &key, const QJsonValue &from, const QJsonValue &to) {
        if (from != to)
            changes.append({key, {{u"from"_s, from}, {u"to"_s, to}}});
    };
    add(u"server/url"_s, before.url, url);
    add(u"server/pin_sha256"_s, QJsonArray::fromStringList(before.pins),
        QJsonArray::fromStringList(pins));
    add(u"sync/interval_seconds"_s, before.syncMinutes * 60, syncMinutes * 60);
    add(u"desk/unit"_s, before.desk.unitCode, desk.unitCode);
    add(u"desk/unit_name"_s, before.desk.unitName, desk.unitName);
    add(u"desk/desk"_s, before.desk.deskCode, desk.deskCode);
    add(u"security/retention_days"_s, before.retentionDays, retentionDays);
    add(u"security/offline_days"_s, before.offlineDays, offlineDays);
    // Minutes are shown with two decimals: a difference below that is no change.
    if (std::abs(before.lockMinutes - lockMinutes) >= 0.005)
        add(u"security/lock_minutes"_s, before.lockMinutes, lockMinutes);
    return changes;
}

Result<void> DeskValues::write(const DeskSettings &settings, const QList<Change> &changes) const
{
    DeskSettings s = settings;
    bool deskChanged = false;
    for (const Change &c : changes) {
        if (c.key == u"server/url")
            s.setServerUrl(QUrl(url));
        else if (c.key == u"server/pin_sha256")
            s.setServerPins(pins);
        else if (c.key == u"sync/interval_seconds")
            s.setSyncIntervalSeconds(syncMinutes * 60);
        else if (c.key.startsWith(u"desk/"))
            deskChanged = true;
        else if (c.key == u"security/retention_days")
            s.setRetentionDays(retentionDays);
        else if (c.key == u"security/offline_days")
            s.setOfflineDays(offlineDays);
        else if (c.key == u"security/lock_minutes")
            s.setLockMinutes(lockMinutes);
    }
    if (deskChanged)
        s.setDesk(desk);
    // Read back: QSettings does not say when the file could not be written.
    const DeskValues back = read(s);
    if (!back.changesFrom(*this).isEmpty())
        return fail(u"settings.write"_s,
                    tr("The settings could not be saved in %1. Check that the desk's data "
                       "folder can be written to.")
                        .arg(QDir::toNativeSeparators(QDir(s.dataDir()).filePath(u"settings.ini"_s))));
    return {};
}

} // namespace motcua::ui
