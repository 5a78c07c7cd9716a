#pragma once

#include "core/Error.h"

#include <QSqlError>
#include <QSqlQuery>

namespace motcua {

// The primary SQLite result code behind a Qt SQL error (SQLITE_FULL, SQLITE_CORRUPT…), 0 if none.
inline int sqliteCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : 0;
}

// Turns a failed query into an Error whose message tells the clerk what to do.
Error queryError(const QSqlQuery &query);

} // namespace motcua
