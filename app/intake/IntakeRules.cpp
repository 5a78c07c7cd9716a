#include "IntakeRules.h"

#include "calendar/CalendarOverrides.h"
#include "core/DeskSettings.h"

#include <QDir>
#include <QFileInfo>

using namespace Qt::StringLiterals;

namespace motcua {

IntakeRules IntakeRules::load(const DeskSettings &settings)
{
    IntakeRules rules;
    rules.scanLimits.maxBytes = settings.maxScanBytes();

    const QString policyPath = settings.feePolicyPath();
    if (QFileInfo::exists(policyPath)) {
        auto policy = FeePolicy::parseFile(policyPath);
        if (policy)
            rules.feePolicy = *policy;
        else
            rules.warnings << tr("The fee policy %1 cannot be used, so listed fees are charged "
                                 "with no reduction until the admin installs a good file. %2")
                                  .arg(QDir::toNativeSeparators(policyPath),
                                       policy.error().message);
    } else if (auto sample = FeePolicy::parseFile(QString::fromLatin1(FeePolicy::kSampleResource));
               sample) {
        rules.feePolicy = *sample;
    }

    QList<CalendarOverride> overrides;
    const QDir dir(settings.calendarDir());
    for (const QFileInfo &file : dir.entryInfoList({u"*.json"_s}, QDir::Files, QDir::Name)) {
        auto loaded = CalendarOverrides::parseFile(file.filePath());
        if (!loaded) {
            rules.warnings << tr("The official calendar %1 cannot be used; the computed holidays "
                                 "apply for its year. %2")
                                  .arg(file.fileName(), loaded.error().message);
            continue;
        }
        overrides.append(*loaded);
    }
    rules.calendar = WorkCalendar(overrides);
    return rules;
}

} // namespace motcua
