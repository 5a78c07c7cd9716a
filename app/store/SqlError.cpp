#include "SqlError.h"

#include <QCoreApplication>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace motcua {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(Database)
};
} // namespace

Error queryError(const QSqlQuery &query)
{
    const QSqlError e = query.lastError();
    switch (sqliteCode(e)) {
    case SQLITE_FULL:
        return {u"store.full"_s,
                Tr::tr("The disk is full, so nothing was saved. Free some space (or ask your IT "
                       "officer), then save again: what you typed is still on the screen."),
                e.text()};
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return {u"store.busy"_s,
                Tr::tr("The local store is busy. Nothing was saved; try again in a moment."),
                e.text()};
    case SQLITE_READONLY:
    case SQLITE_IOERR:
    case SQLITE_CANTOPEN:
        return {u"store.io"_s,
                Tr::tr("motcua cannot write to its local store. Nothing was saved. Check the disk, "
                       "then try again or call your IT officer."),
                e.text()};
    default:
        return {u"store.query"_s,
                Tr::tr("A change to the local store failed and was undone. Try again; if it "
                       "persists, call your IT officer."),
                e.text()};
    }
}

} // namespace motcua
