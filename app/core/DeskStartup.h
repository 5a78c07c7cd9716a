#pragma once

#include "Error.h"

namespace motcua {

class Database;
class DeskSettings;

// What every front end does once the store is open: load the bundled catalogue on a new desk,
// purge the personal data of dossiers past the retention period (Retention.h) and remove scans that no row references (left by a crash between writing a scan and committing its
// dossier). Runs on the store's thread.
Result<void> prepareDesk(Database &db, const DeskSettings &settings);

} // namespace motcua
