#pragma once

#include "BackupHeader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace motcua {

struct RestoreReport
{
    BackupHeader header;
    int scans = 0;
    QString storeAside; // where the store in use was put; empty when there was none
    QString scansAside; // where its scans folder was put; empty when there was none
};

// Puts a backup (Backup::create) in place of the desk's store and scans. Everything is first
// decrypted into a temporary folder next to the store and checked (the stream ends where it should,
// the SQLite file passes quick_check, is a motcua store, is the store the header names, and is not
// newer than this build); only then, while holding the store's sync lock, the store in use and its
// scans are renamed aside ("*.before-restore-TIMESTAMP", never deleted) and the restored ones
// renamed in. Any refusal leaves the desk exactly as it was.
class BackupRestore
{
    Q_DECLARE_TR_FUNCTIONS(BackupRestore)

public:
    static Result<RestoreReport> restore(const QString &backupFile, const QByteArray &dataKey,
                                         const QString &storePath, const QString &attachmentsDir,
                                         const QDateTime &now = QDateTime::currentDateTime());
};

} // namespace motcua
