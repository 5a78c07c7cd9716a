#pragma once

#include "core/Error.h"

#include <QCoreApplication>
#include <QString>

namespace motcua {

class Database;

struct BackupSummary
{
    int scans = 0;
    qint64 bytes = 0; // of the backup file
};

// Writes an encrypted backup of the desk (docs/backup.md): a consistent copy of the store taken
// with SQLite's online backup API while the desk may keep working, and every scan file as stored
// (sealed), streamed through SecretStreamWriter under a key derived from the store's data key.
// The file appears complete under its name or not at all (QSaveFile); the temporary copy of the
// store is removed whatever happens.
class Backup
{
    Q_DECLARE_TR_FUNCTIONS(Backup)

public:
    static Result<BackupSummary> create(Database &db, const QString &attachmentsDir,
                                        const QByteArray &dataKey, const QString &target);
};

} // namespace motcua
