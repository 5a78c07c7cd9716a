#pragma once

#include "core/Error.h"

namespace motcua {

// Moves a damaged store and its -wal/-shm companions aside under one timestamped name. Never
// deletes anything. Returns the new path of the main file.
class Quarantine
{
public:
    static Result<QString> moveAside(const QString &path);
    static QStringList find(const QString &path); // quarantined copies next to path
};

} // namespace motcua
