// The report as an Excel workbook (libxlsxwriter): a title row, a bold frozen header row with
// translated column titles, counts as numbers, rates as numbers in percent shown as "0.00".
#pragma once

#include "Report.h"
#include "core/Error.h"

#include <QCoreApplication>

namespace motcua {

class ReportXlsx
{
    Q_DECLARE_TR_FUNCTIONS(ReportXlsx)

public:
    // Written to a temporary folder first, then put in place atomically (QSaveFile): a failure
    // leaves an existing file at `path` as it was. Safe on any thread.
    static Result<void> write(const Report &report, const QString &path);

    static QString title(const ReportRequest &request);
    static QStringList columnTitles();
    // The label shown next to a level row's or the total row's group ("Province", "All"…).
    static QString groupLabel(const ReportRow &row);
};

} // namespace motcua
