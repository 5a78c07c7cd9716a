#pragma once

#include "core/Error.h"

#include <QDateTime>

namespace motcua {

class Database;

// Small facts about the desk kept in the store's desk_meta table (not settings, not personal).
// The last time the desk reached the provincial system (a sync run or a health probe answered),
// in UTC; invalid when it never has. Shown in the offline banner, so it survives a restart.
QDateTime lastContact(Database &db);
Result<void> recordContact(Database &db, const QDateTime &at);

} // namespace motcua
