// Chunked, resumable uploads of scans, content-addressed by SHA-256 (docs/protocol.md,
// "Attachments"). Chunks are appended to DATA_DIR/attachments/<sha>.part; when the last byte is in,
// the hash is checked and the file kept as <sha> or discarded. Independent of HTTP plumbing.
#pragma once

#include "SimReply.h"

#include <QtCore/QHash>
#include <QtCore/QJsonArray>
#include <QtCore/QString>

class AttachmentService
{
public:
    explicit AttachmentService(QString dir);

    [[nodiscard]] SimReply status(const QString &sha256) const;
    [[nodiscard]] SimReply put(const QString &sha256, qint64 offset, qint64 total,
                               const QByteArray &chunk);
    [[nodiscard]] bool isComplete(const QString &sha256) const;

    [[nodiscard]] qint64 bytesReceived() const { return m_bytesReceived; }
    [[nodiscard]] qint64 completeCount() const;
    // Every complete scan with the hash of its bytes, computed again (for tests).
    [[nodiscard]] QJsonArray listing() const;

    [[nodiscard]] static bool isHash(const QString &text);

private:
    [[nodiscard]] QString finalPath(const QString &sha256) const;
    [[nodiscard]] QString partPath(const QString &sha256) const;
    [[nodiscard]] qint64 partSize(const QString &sha256) const;

    QString m_dir;
    QHash<QString, qint64> m_totals; // announced total of each unfinished upload
    qint64 m_bytesReceived = 0;      // every accepted byte, counted again when sent twice
};
