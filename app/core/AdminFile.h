#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace motcua {

// The admin's data files (official calendars, the fee policy): read once to be checked, then put
// in place. Shared by motcua-cli and the Settings page, so both install a file the same way.
class AdminFile
{
    Q_DECLARE_TR_FUNCTIONS(AdminFile)

public:
    // Puts `bytes` in place of `path` atomically (QSaveFile: a temporary file next to it, flushed
    // and renamed), creating its folder: a crash leaves the old file or the new one, never half of
    // one. For files that have been validated.
    static Result<void> install(const QString &path, const QByteArray &bytes);
    // The bytes of a file that a parser has just accepted, read again to be installed.
    static Result<QByteArray> read(const QString &path);
};

} // namespace motcua
