#pragma once

#include "core/DeskSettings.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>

namespace motcua::ui {

// The values of settings.ini the admin edits on the Settings page (DeskSettings), as read or as
// to be written.
struct DeskValues
{
    Q_DECLARE_TR_FUNCTIONS(DeskValues)

public:
    QString url;
    QStringList pins;
    int syncMinutes = 5; // 0: off
    DeskIdentity desk;
    int retentionDays = 90;
    int offlineDays = 7;
    double lockMinutes = 5;

    // One changed key of settings.ini, with the detail recorded in the audit log (old and new
    // value: none of these values is personal data).
    struct Change
    {
        QString key;
        QJsonObject detail;
    };

    // Disk: to be called off the GUI thread.
    static DeskValues read(const DeskSettings &settings);
    // What differs from `before`, key by key.
    QList<Change> changesFrom(const DeskValues &before) const;
    // Writes the keys that changed, then reads them back; an error when they did not stick
    // (settings.ini not writable). Disk: to be called off the GUI thread.
    Result<void> write(const DeskSettings &settings, const QList<Change> &changes) const;
};

} // namespace motcua::ui
