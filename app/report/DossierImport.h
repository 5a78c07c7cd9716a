// Imports dossier history from a JSONL file into report_dossier (docs/units-and-import.md): one
// national record per line, all or nothing. Lines are parsed in parallel chunks; the rows are
// written by the calling thread, which must own `db` (call it off the GUI thread).
#pragma once

#include "core/Error.h"

#include <QCoreApplication>

#include <functional>

namespace motcua {

class Database;

struct ImportSummary
{
    qint64 lines = 0;    // lines read, blank ones included
    qint64 records = 0;  // dossier records
    qint64 added = 0;    // new in the store
    qint64 replaced = 0; // imported before, replaced by this file
    qint64 kept = 0;     // received at this desk: the desk's own row is kept
    qint64 bytes = 0;
};

class DossierImport
{
    Q_DECLARE_TR_FUNCTIONS(DossierImport)

public:
    // Called after each batch of lines with the bytes read so far and the file's size.
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DossierImport(Database &db) : m_db(db) {}

    // Error codes: "import.read" (missing, unreadable), "import.format" (not JSONL text),
    // "import.line" (a refused line; the message starts "line N, field F:"), "store.*".
    Result<ImportSummary> importFile(const QString &path, const Progress &progress = {});

    // "line N, field F: text" (or "line N: text" when no field is concerned), translated.
    static QString lineMessage(qint64 line, const QString &field, const QString &text);

private:
    Database &m_db;
};

} // namespace motcua
