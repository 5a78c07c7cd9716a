// The report as CSV (docs/reports.md): the columns the national monitor's sheets use, UTF-8,
// "\n" line ends, RFC 4180 quoting where a field needs it, rates with two decimals.
#pragma once

#include "Report.h"
#include "core/Error.h"

#include <QCoreApplication>

class QIODevice;

namespace motcua {

class ReportCsv
{
    Q_DECLARE_TR_FUNCTIONS(ReportCsv)

public:
    static QByteArray header();
    static QByteArray toBytes(const Report &report);
    static Result<void> write(const Report &report, QIODevice &device);
    // Atomically (QSaveFile): the old file or the new one, never half of one.
    static Result<void> writeFile(const Report &report, const QString &path);
    // One field, quoted when it holds a comma, a quote or a line break.
    static QByteArray field(const QString &text);
};

} // namespace motcua
