#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QSize>

class QIODevice;

namespace motcua {

// A scan accepted for a dossier paper: what it really is, recognised by its content, never by
// its file name.
struct ScanFile
{
    QString mime; // application/pdf, image/jpeg or image/png
    qint64 size = 0;
    QSize pixels; // images only
};

struct ScanLimits
{
    qint64 maxBytes = 10 * 1024 * 1024;
    int maxPixelsPerSide = 12000;
};

// Checks a file the clerk attaches: a PDF, JPEG or PNG by content, complete (not cut short), within
// the limits. A program renamed .pdf, a truncated download or a giant image is refused with a
// message saying what to do.
class ScanCheck
{
    Q_DECLARE_TR_FUNCTIONS(ScanCheck)

public:
    static Result<ScanFile> check(QIODevice &file, const QString &displayName,
                                  const ScanLimits &limits);
};

} // namespace motcua
