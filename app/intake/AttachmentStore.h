#pragma once

#include "ScanFile.h"

#include <QSet>

#include <memory>

namespace motcua {

class Vault;

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
//
// Scans are personal data: each file holds Vault::sealBytes(scan, "scan"), never the scan itself.
// The name stays the SHA-256 of the plain scan (the national record's TepDinhKemId, and what makes
// the same scan stored once), so a file's hash is visible on disk, not its content. Scans written
// before sealing existed (plain, their own hash as name) are sealed in place when read, or all at
// once by sealLegacy().
class AttachmentStore
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStore)

public:
    // vault may be null for what needs no key (pathOf, contains, removeOrphans); import, read and
    // sealLegacy then fail with "vault.locked".
    AttachmentStore(QString dir, std::shared_ptr<const Vault> vault, ScanLimits limits = {});

    Result<StoredAttachment> import(const QString &sourcePath);
    // Imports the scans of one save at once, each on its own thread, so the clerk waits for the
    // slowest scan rather than for the sum. Each file gets import()'s guarantees. On failure the
    // first error in the order given is returned; the scans already stored have no row yet and
    // are removed at the next start, as after a crash.
    Result<QList<StoredAttachment>> importAll(const QStringList &sourcePaths);
    // The plain scan, opened and checked against its hash ("file.damaged" when it was changed or
    // belongs to another store, "file.missing" when it is not there). A legacy plain scan is
    // sealed in place first.
    Result<QByteArray> read(const QString &sha256) const;
    // Seals every legacy plain scan in place (durably); returns how many. For the upgrade at unlock.
    Result<int> sealLegacy() const;
    // Where the sealed file of a scan lives; its size is the scan's size plus Vault::kOverhead.
    QString pathOf(const QString &sha256) const;
    bool contains(const QString &sha256) const;
    // Removes stored files whose hash is not in referenced, and unfinished temporary files.
    Result<int> removeOrphans(const QSet<QString> &referenced);

private:
    Result<void> sealInPlace(const QString &path, const QByteArray &plain) const;

    QString m_dir;
    std::shared_ptr<const Vault> m_vault;
    ScanLimits m_limits;
};

} // namespace motcua
