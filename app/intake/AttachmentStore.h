#pragma once

#include "ScanFile.h"

#include <QSet>

namespace motcua {

struct StoredAttachment
{
    QString sha256; // lower-case hex; also the file's name
    QString mime;
    qint64 size = 0;
};

// The desk's scans, content-addressed by SHA-256 under DATA_DIR/attachments/ab/abcdef…. A scan is
// checked, hashed and written durably (flushed to disk, then renamed into place, then the folder
// flushed) before any row may reference it, so a crash leaves either a complete file or none. The
// same content is stored once. Files no row references (left by a crash before the row committed)
// are removed at start.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(QString dir, ScanLimits limits = {});

    Result<StoredAttachment> import(const QString &sourcePath);
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // Removes stored files whose hash is not in referenced, and unfinished temporary files.
    Result<int> removeOrphans(const QSet<QString> &referenced);

private:
    QString m_dir;
    ScanLimits m_limits;
};

} // namespace motcua
