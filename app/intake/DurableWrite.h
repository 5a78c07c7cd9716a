#pragma once

#include <QByteArray>
#include <QString>

namespace motcua {

// Creates the file path holding bytes, durably: the bytes go to a temporary file next to it
// ("<name>.XXXXXX", mode 0600), which is flushed to disk, then renamed to path, then the folder is
// flushed. A crash leaves the complete file or an unfinished temporary one, never a partial file
// under the final name. Returns an empty string, or what failed (for the log).
QString writeDurably(const QString &path, const QByteArray &bytes);

// Flushes a folder, so that a name created or renamed in it survives a power cut.
bool syncFolder(const QString &dir);

} // namespace motcua
