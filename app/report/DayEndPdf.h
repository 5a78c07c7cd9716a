// The day-end summary on one or more A4 pages (docs/reports.md, "Day-end view"), for the
// supervisor's file: the figures as the Day end tab shows them and the failures needing action.
// Safe on a worker thread (painting on a QPdfWriter, as ReceiptRenderer does).
#pragma once

#include "DayEnd.h"

#include <QCoreApplication>
#include <QLocale>

namespace motcua {

class DayEndPdf
{
    Q_DECLARE_TR_FUNCTIONS(DayEndPdf)

public:
    static QByteArray pdf(const DayEndSummary &summary, const QLocale &locale);
    // Atomically (QSaveFile): the file is complete or not there.
    static Result<void> write(const DayEndSummary &summary, const QString &path,
                              const QLocale &locale);
};

} // namespace motcua
