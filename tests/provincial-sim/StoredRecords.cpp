#include "StoredRecords.h"

#include "AttachmentService.h"
#include "SimStore.h"

#include <QtCore/QJsonArray>
#include <QtSql/QSqlQuery>

namespace StoredRecords {

SimReply dossiers(SimStore &store)
{
    QSqlQuery q(store.database());
    if (!q.exec(QStringLiteral("SELECT idempotency_key, content_hash FROM dossiers ORDER BY rowid")))
        return SimReply::internal();
    QJsonArray list;
    while (q.next()) {
        list.append(QJsonObject{{QStringLiteral("IdempotencyKey"), q.value(0).toString()},
                                {QStringLiteral("content_hash"), q.value(1).toString()}});
    }
    return SimReply::ok({{QStringLiteral("dossiers"), list}});
}

SimReply attachments(const AttachmentService &service)
{
    return SimReply::ok({{QStringLiteral("attachments"), service.listing()}});
}

} // namespace StoredRecords
