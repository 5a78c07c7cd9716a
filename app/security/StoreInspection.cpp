#include "StoreInspection.h"

#include "store/Database.h"

#include <QFileInfo>

#include <sqlite3.h>

#include <memory>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

struct Closer
{
    void operator()(sqlite3 *db) const { sqlite3_close_v2(db); }
};

// The first column of the first row of a one-statement query, or a null string.
QString scalar(sqlite3 *db, const char *sql)
{
    sqlite3_stmt *stmt = nullptr;
    QString out;
    if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW) {
        const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0));
        out = text ? QString::fromUtf8(text) : QString(u""_s);
    }
    sqlite3_finalize(stmt);
    return out;
}

} // namespace

Result<StoreFacts> StoreInspection::inspect(const QString &path, bool deep)
{
    if (!QFileInfo(path).isFile())
        return fail(u"store.absent"_s, tr("There is no store at %1.").arg(path), u"no file"_s);
    sqlite3 *raw = nullptr;
    const int rc = sqlite3_open_v2(QFileInfo(path).absoluteFilePath().toUtf8().constData(), &raw,
                                   SQLITE_OPEN_READONLY, nullptr);
    std::unique_ptr<sqlite3, Closer> db(raw);
    const Error unusable{u"store.foreign"_s,
                         tr("%1 is not a usable motcua store. Nothing was changed.").arg(path),
                         {}};
    if (rc != SQLITE_OK)
        return std::unexpected(Error{unusable.code, unusable.message,
                                     QString::fromUtf8(sqlite3_errstr(rc))});
    if (scalar(db.get(), "PRAGMA application_id").toLongLong() != Database::kApplicationId)
        return std::unexpected(Error{unusable.code, unusable.message, u"application_id"_s});
    if (deep && scalar(db.get(), "PRAGMA quick_check") != u"ok")
        return std::unexpected(Error{u"store.damaged"_s, unusable.message, u"quick_check"_s});
    StoreFacts facts;
    facts.schemaVersion = scalar(db.get(), "PRAGMA user_version").toInt();
    facts.storeId = scalar(db.get(), "SELECT value FROM desk_meta WHERE key = 'store_id'");
    facts.keyCheck = scalar(db.get(), "SELECT value FROM desk_meta WHERE key = 'key_check'");
    if (facts.storeId.isEmpty())
        return std::unexpected(Error{unusable.code, unusable.message, u"no store_id"_s});
    return facts;
}

} // namespace motcua
