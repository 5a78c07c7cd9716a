#include "DossierImportWriter.h"

#include "store/Database.h"
#include "store/SqlError.h"

#include <QDate>
#include <QSqlQuery>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

constexpr const char *kInsertKey = "INSERT INTO report_key(kind, code, name) VALUES (?1, ?2, ?3)";
// One statement per record: a new row, or the update of a row imported earlier. A row of the
// desk (source 1) is left alone and nothing is returned.
constexpr const char *kUpsert =
    "INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, procedure_key,"
    " channel, emc, assisted, received_day, finished_day)"
    " VALUES (?1, 2, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10) ON CONFLICT (code) DO UPDATE SET"
    " unit_key = excluded.unit_key, unit_level = excluded.unit_level,"
    " field_key = excluded.field_key, procedure_key = excluded.procedure_key,"
    " channel = excluded.channel, emc = excluded.emc, assisted = excluded.assisted,"
    " received_day = excluded.received_day, finished_day = excluded.finished_day"
    " WHERE report_dossier.source = 2 RETURNING id";
constexpr const char *kFind = "SELECT id FROM report_dossier WHERE code = ?1";

void bindText(sqlite3_stmt *s, int at, const QString &text)
{
    sqlite3_bind_text16(s, at, text.utf16(), int(text.size() * sizeof(char16_t)), SQLITE_STATIC);
}

// Runs a statement that returns no rows and resets it; the number of rows it changed, or -1.
int step(sqlite3 *db, sqlite3_stmt *s)
{
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    sqlite3_clear_bindings(s);
    return rc == SQLITE_DONE ? sqlite3_changes(db) : -1;
}

} // namespace

DossierImportWriter::DossierImportWriter(Database &db) : m_db(db) {}

DossierImportWriter::~DossierImportWriter()
{
    sqlite3_finalize(m_insertKey);
    sqlite3_finalize(m_upsert);
    sqlite3_finalize(m_find);
}

Error DossierImportWriter::storeError(const char *step) const
{
    const int code = sqlite3_extended_errcode(m_db.handle());
    const QString detail = u"%1: %2"_s.arg(QLatin1StringView(step),
                                            QString::fromUtf8(sqlite3_errmsg(m_db.handle())));
    if ((code & 0xff) == SQLITE_FULL)
        return {u"store.full"_s,
                tr("The disk is full, so nothing was imported. Free some space, then import the "
                   "file again."),
                detail};
    return {u"store.query"_s,
            tr("The dossiers could not be written to the local store; nothing was imported. Try "
               "again; if it persists, call your IT officer."),
            detail};
}

Result<void> DossierImportWriter::prepare()
{
    sqlite3 *h = m_db.handle();
    if (!h)
        return fail(u"store.handle"_s, tr("motcua cannot use its local store."));
    for (auto [sql, stmt] : {std::pair{kInsertKey, &m_insertKey}, std::pair{kUpsert, &m_upsert},
                             std::pair{kFind, &m_find}}) {
        if (sqlite3_prepare_v3(h, sql, -1, SQLITE_PREPARE_PERSISTENT, stmt, nullptr) != SQLITE_OK)
            return std::unexpected(storeError("prepare"));
    }
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"SELECT ifnull(max(id), 0) FROM report_dossier"_s) || !q.next())
        return std::unexpected(queryError(q));
    m_lastIdBefore = q.value(0).toLongLong();
    if (!q.exec(u"SELECT kind, code, id FROM report_key"_s))
        return std::unexpected(queryError(q));
    while (q.next())
        m_keys[q.value(0).toInt() - 1].insert(q.value(1).toString(), q.value(2).toLongLong());
    // A desk dossier synced to the province is listed in a provincial export under the code the
    // province gave it.
    if (!q.exec(u"SELECT trim(d.provincial_code), r.id FROM dossier d"
                " JOIN report_dossier r ON r.code = d.code AND r.source = 1"
                " WHERE trim(ifnull(d.provincial_code, '')) <> ''"_s))
        return std::unexpected(queryError(q));
    while (q.next())
        m_deskByProvincialCode.insert(q.value(0).toString(), q.value(1).toLongLong());
    if (!q.exec(u"SELECT code, valid_from, valid_to, level FROM admin_unit"_s))
        return std::unexpected(queryError(q));
    while (q.next()) {
        m_units[q.value(0).toString()].append(
            {QDate::fromString(q.value(1).toString(), Qt::ISODate).toJulianDay(),
             QDate::fromString(q.value(2).toString(), Qt::ISODate).toJulianDay(),
             q.value(3).toInt()});
    }
    return {};
}

std::optional<ImportProblem> DossierImportWriter::checkUnit(const ImportRecord &record) const
{
    const auto spans = m_units.constFind(record.unitCode);
    if (spans == m_units.cend())
        return std::nullopt; // not on the list: the record's own level is taken
    for (const Span &s : *spans) {
        if (s.from <= record.receivedDay && record.receivedDay <= s.to && s.level != record.unitLevel)
            return ImportProblem{
                u"CapDonVi"_s,
                tr("the list of units has %1 at level %2 on %3, not %4; correct CapDonVi, or the "
                   "list of units if it is wrong.")
                    .arg(record.unitCode)
                    .arg(s.level)
                    .arg(QDate::fromJulianDay(record.receivedDay).toString(Qt::ISODate))
                    .arg(record.unitLevel)};
    }
    return std::nullopt;
}

Result<qint64> DossierImportWriter::key(int kind, const QString &code, const QString &name)
{
    QHash<QString, qint64> &keys = m_keys[kind - 1];
    if (const auto found = keys.constFind(code); found != keys.cend())
        return *found;
    sqlite3_bind_int(m_insertKey, 1, kind);
    bindText(m_insertKey, 2, code);
    bindText(m_insertKey, 3, name);
    if (step(m_db.handle(), m_insertKey) != 1)
        return std::unexpected(storeError("insert key"));
    const qint64 id = sqlite3_last_insert_rowid(m_db.handle());
    keys.insert(code, id);
    return id;
}

// The ten values of a row, as ?1 (the code, or the id for an update) to ?10.
void DossierImportWriter::bindRow(sqlite3_stmt *s, const ImportRecord &r, qint64 unit,
                                  qint64 field, qint64 procedure)
{
    sqlite3_bind_int64(s, 2, unit);
    sqlite3_bind_int(s, 3, r.unitLevel);
    sqlite3_bind_int64(s, 4, field);
    sqlite3_bind_int64(s, 5, procedure);
    sqlite3_bind_int(s, 6, r.channel);
    sqlite3_bind_int(s, 7, r.emc ? 1 : 0);
    sqlite3_bind_int(s, 8, r.assisted ? 1 : 0);
    sqlite3_bind_int64(s, 9, r.receivedDay);
    if (r.finishedDay > 0)
        sqlite3_bind_int64(s, 10, r.finishedDay);
    else
        sqlite3_bind_null(s, 10);
}

Result<DossierImportWriter::Written> DossierImportWriter::write(const ImportRecord &r, qint64 line)
{
    // The desk's own dossier under its provincial code: kept, like one under the desk's code.
    if (const auto desk = m_deskByProvincialCode.constFind(r.code);
        desk != m_deskByProvincialCode.cend()) {
        if (const auto first = m_touchedLines.constFind(*desk); first != m_touchedLines.cend())
            return Written{Outcome::Duplicate, *first};
        m_touchedLines.insert(*desk, line);
        return Written{Outcome::Kept, 0};
    }
    auto unit = key(1, r.unitCode, r.unitName);
    if (!unit)
        return std::unexpected(unit.error());
    auto field = key(2, r.fieldCode, r.fieldName);
    if (!field)
        return std::unexpected(field.error());
    auto procedure = key(3, r.procedureCode, r.procedureName);
    if (!procedure)
        return std::unexpected(procedure.error());
    // The id of the row written; none when the code is the desk's own dossier.
    auto single = [&](sqlite3_stmt *s) -> std::expected<std::optional<qint64>, int> {
        std::optional<qint64> id;
        int rc = sqlite3_step(s);
        if (rc == SQLITE_ROW) {
            id = sqlite3_column_int64(s, 0);
            rc = sqlite3_step(s);
        }
        sqlite3_reset(s);
        sqlite3_clear_bindings(s);
        if (rc != SQLITE_DONE)
            return std::unexpected(rc);
        return id;
    };
    bindText(m_upsert, 1, r.code);
    bindRow(m_upsert, r, *unit, *field, *procedure);
    auto written = single(m_upsert);
    if (!written)
        return std::unexpected(storeError("write"));
    const qint64 added = m_addedLines.size();
    if (!*written) {
        // The desk's own dossier: kept, unless this file already named it.
        bindText(m_find, 1, r.code);
        auto found = single(m_find);
        if (!found || !*found)
            return std::unexpected(storeError("find"));
        if (const auto first = m_touchedLines.constFind(**found); first != m_touchedLines.cend())
            return Written{Outcome::Duplicate, *first};
        m_touchedLines.insert(**found, line);
        return Written{Outcome::Kept, 0};
    }
    const qint64 id = **written;
    // Rows added by this import have consecutive ids after m_lastIdBefore. An id among them that
    // is not the next one is a code this file had already: the whole import is refused and
    // rolled back, so the row overwritten meanwhile does not matter.
    if (id > m_lastIdBefore + added) {
        m_addedLines.append(line);
        return Written{Outcome::Added, 0};
    }
    if (id > m_lastIdBefore)
        return Written{Outcome::Duplicate, m_addedLines.value(id - m_lastIdBefore - 1)};
    if (const auto first = m_touchedLines.constFind(id); first != m_touchedLines.cend())
        return Written{Outcome::Duplicate, *first};
    m_touchedLines.insert(id, line);
    return Written{Outcome::Replaced, 0};
}

Result<qint64> DossierImportWriter::finish()
{
    if (m_deskByProvincialCode.isEmpty())
        return 0;
    // Deleted only now: a deleted row could free the largest id, which write() relies on.
    QSqlQuery q(m_db.sql());
    if (!q.exec(u"DELETE FROM report_dossier WHERE source = 2 AND code IN"
                " (SELECT trim(d.provincial_code) FROM dossier d"
                "  JOIN report_dossier r ON r.code = d.code AND r.source = 1"
                "  WHERE trim(ifnull(d.provincial_code, '')) <> '')"_s))
        return std::unexpected(queryError(q));
    return q.numRowsAffected();
}

} // namespace motcua
