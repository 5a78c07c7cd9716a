#pragma once

#include "core/Error.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

class QIODevice;

namespace motcua {

// The plain start of a backup file (docs/backup.md): "MOTCUA-BACKUP", a format byte, then the
// length and bytes of a small JSON object — store id, creation time, schema version; no personal
// data. Everything after it is one libsodium secretstream under a key derived from the store's data
// key, and these bytes are authenticated with its first message: a changed header does not open.
struct BackupHeader
{
    static constexpr QByteArrayView kMagic = "MOTCUA-BACKUP";
    static constexpr quint8 kFormat = 1;

    QString storeId;
    QDateTime created;
    int schemaVersion = 0;

    QByteArray encode() const;
};

// Inside the stream: entries, each a kind byte, a 2-byte name length, the UTF-8 name, an 8-byte
// size (all big-endian) and the bytes. The store's SQLite file, then every scan file as stored
// (sealed), then an end entry.
struct BackupEntry
{
    static constexpr char kStore = 'D';
    static constexpr char kScan = 'S';
    static constexpr char kEnd = 'E';
    static constexpr qsizetype kPrefix = 1 + 2; // then the name, then 8 bytes of size

    static QByteArray encode(char kind, const QString &name, qint64 size);
};

class BackupHeaderReader
{
    Q_DECLARE_TR_FUNCTIONS(BackupHeader)

public:
    // Reads the header from the start of in; returns it with its exact bytes (raw).
    static Result<BackupHeader> read(QIODevice &in, QByteArray *raw = nullptr);
    static Result<BackupHeader> readFile(const QString &path);
    // The backup key: a subkey of the data key that seals nothing else.
    static QByteArray backupKey(const QByteArray &dataKey);
};

} // namespace motcua
