#pragma once

#include "calendar/WorkCalendar.h"
#include "fees/FeePolicy.h"
#include "intake/ScanFile.h"

#include <QCoreApplication>
#include <QStringList>

namespace motcua {

class DeskSettings;

// What decides fees, due dates and accepted scans at this desk: the province's fee policy, the
// official calendars loaded by the admin, the office hours and the scan size limit.
struct IntakeRules
{
    Q_DECLARE_TR_FUNCTIONS(IntakeRules)

public:
    FeePolicy feePolicy;       // default: no policy (listed fees, no reduction)
    WorkCalendar calendar;     // default: the Labour Code's holidays, computed
    OfficeHours hours;
    ScanLimits scanLimits;
    QStringList warnings;      // admin files that could not be used, for the clerk (translated)

    // Reads the desk's files: DATA_DIR/fees/policy.json (the bundled sample policy when there is
    // none; no policy at all when the admin's file is unreadable, so no reduction is given by
    // mistake) and every DATA_DIR/calendar/*.json. Never fails: problems become warnings.
    static IntakeRules load(const DeskSettings &settings);
};

} // namespace motcua
