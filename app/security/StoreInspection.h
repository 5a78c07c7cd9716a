#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace motcua {

// What a store file says about itself, read through a read-only SQLite connection that changes
// nothing: for commands that must not open the store for use (restoring a backup over it, putting
// its keys back while it cannot be unlocked) and to check a restored file before it is swapped in.
struct StoreFacts
{
    QString storeId;  // desk_meta.store_id
    QString keyCheck; // desk_meta.key_check; empty before anything was sealed
    int schemaVersion = 0;
};

class StoreInspection
{
    Q_DECLARE_TR_FUNCTIONS(StoreInspection)

public:
    // "store.absent" when there is no file; with deep, PRAGMA quick_check must pass too.
    static Result<StoreFacts> inspect(const QString &path, bool deep = false);
};

} // namespace motcua
