// Writes imported dossier records into report_dossier (docs/units-and-import.md): report_key ids
// kept in memory, statements prepared once, inside the caller's transaction. Not thread-safe:
// it uses the calling thread's store connection.
#pragma once

#include "ImportRecord.h"
#include "core/Error.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>

#include <optional>

struct sqlite3_stmt;

namespace motcua {

class Database;

class DossierImportWriter
{
    Q_DECLARE_TR_FUNCTIONS(DossierImportWriter)

public:
    enum class Outcome { Added, Replaced, Kept, Duplicate };
    struct Written
    {
        Outcome outcome = Outcome::Added;
        qint64 firstLine = 0; // for a Duplicate: the line that had the code first
    };

    explicit DossierImportWriter(Database &db);
    ~DossierImportWriter();
    DossierImportWriter(const DossierImportWriter &) = delete;
    DossierImportWriter &operator=(const DossierImportWriter &) = delete;

    // Reads report_key and admin_unit and prepares the statements.
    Result<void> prepare();
    // CapDonVi against the list: a unit listed with another level on the day of receipt.
    std::optional<ImportProblem> checkUnit(const ImportRecord &record) const;
    // Adds the record read on `line`, or replaces an imported one with the same code. A dossier
    // received at this desk, named by the desk's code or by the provincial code the province gave
    // it, is kept as the desk recorded it (Kept). A code this writer has already written, or a
    // second code of the same desk dossier, is not written again (Duplicate, with the line it
    // came from).
    Result<Written> write(const ImportRecord &record, qint64 line);
    // After the last write: removes imported rows that are a desk dossier under its provincial
    // code (left by an import made before the desk learnt that code), so that each is counted
    // once. Returns how many were removed.
    Result<qint64> finish();

private:
    struct Span
    {
        qint64 from = 0;
        qint64 to = 0;
        int level = 3;
    };
    Result<qint64> key(int kind, const QString &code, const QString &name);
    static void bindRow(sqlite3_stmt *s, const ImportRecord &r, qint64 unit, qint64 field,
                        qint64 procedure);
    Error storeError(const char *step) const;

    Database &m_db;
    QHash<QString, qint64> m_keys[3];
    QHash<QString, QList<Span>> m_units;
    // The provincial codes of the desk's own dossiers, with the id of the desk's row.
    QHash<QString, qint64> m_deskByProvincialCode;
    // Which line wrote which row, to name the first line of a duplicate without keeping every
    // code in memory: rows added get consecutive ids after m_lastIdBefore, rows that existed
    // before are few or, on a full re-import, 16 bytes each.
    qint64 m_lastIdBefore = 0;
    QList<qint64> m_addedLines;
    QHash<qint64, qint64> m_touchedLines;
    sqlite3_stmt *m_insertKey = nullptr;
    sqlite3_stmt *m_upsert = nullptr;
    sqlite3_stmt *m_find = nullptr;
};

} // namespace motcua
