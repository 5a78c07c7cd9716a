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
// read once, then checked, hashed and written durably from those same bytes (flushed to disk, then
// renamed into place, then the folder flushed) before any row may reference it, so a crash leaves
// either a complete file or none. The same content is stored once. Files no row references (left
// by a crash before the row committed) are removed at start. Safe to use from several threads.
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    explicit AttachmentStore(QString dir, ScanLimits limits = {});

    Result<StoredAttachment> import(const QString &sourcePath);
    // Imports the scans of one save at once, each on its own thread, so the clerk waits for the
    // slowest scan rather than for the sum. Each file gets import()'s guarantees. On failure the
    // first error in the order given is returned; the scans already stored have no row yet and
    // are removed at the next start, as after a crash.
    Result<QList<StoredAttachment>> importAll(const QStringList &sourcePaths);
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // Removes stored files whose hash is not in referenced, and unfinished temporary files.
    Result<int> removeOrphans(const QSet<QString> &referenced);

private:
    QString m_dir;
    ScanLimits m_limits;
};

} // namespace motcua
