#include "AuditLog.h"

#include "AuditChain.h"
#include "AuditRepository.h"
#include "store/Database.h"

#include <QJsonDocument>

#include <sqlite3.h>

using namespace Qt::StringLiterals;

namespace motcua {

AuditLog::AuditLog(Database &db, AuditKey key, Clock clock)
    : m_db(db)
    , m_key(std::move(key))
    , m_clock(clock ? std::move(clock) : Clock([] { return QDateTime::currentDateTimeUtc(); }))
{
}

Result<qint64> AuditLog::append(AuditKind kind, const QString &actor, const QString &subject,
                                const QJsonObject &detail)
{
    // sqlite3_get_autocommit is non-zero when no transaction is open on this connection.
    if (m_db.handle() && sqlite3_get_autocommit(m_db.handle()) == 0)
        return appendInTransaction(kind, actor, subject, detail);
    qint64 seq = 0;
    auto done = m_db.transaction([&]() -> Result<void> {
        auto appended = appendInTransaction(kind, actor, subject, detail);
        if (!appended)
            return std::unexpected(appended.error());
        seq = *appended;
        return {};
    });
    if (!done)
        return std::unexpected(done.error());
    return seq;
}

Result<qint64> AuditLog::appendInTransaction(AuditKind kind, const QString &actor,
                                             const QString &subject, const QJsonObject &detail)
{
    AuditRepository repo(m_db);
    auto last = repo.last();
    if (!last)
        return std::unexpected(last.error());
    auto head = repo.head();
    if (!head)
        return std::unexpected(head.error());

    AuditEntry entry;
    entry.seq = 1;
    entry.prevHash = AuditChain::genesis();
    if (*last) {
        entry.seq = (*last)->seq + 1;
        entry.prevHash = (*last)->hash;
    }
    // A valid head ahead of the log means entries were removed from the end: continue after the
    // head, so that the removal shows as a gap instead of being written over.
    if (*head && (*head)->seq >= entry.seq
        && AuditKey::verify(m_key.publicKey(), AuditChain::headMessage((*head)->seq, (*head)->hash),
                            (*head)->signature)) {
        entry.seq = (*head)->seq + 1;
        entry.prevHash = (*head)->hash;
    }
    entry.at = m_clock().toUTC().toString(Qt::ISODateWithMs);
    entry.actor = actor;
    entry.kind = auditKindName(kind);
    entry.subject = subject;
    entry.detail = QString::fromUtf8(QJsonDocument(detail).toJson(QJsonDocument::Compact));
    entry.hash = AuditChain::entryHash(entry);
    entry.signature = m_key.sign(entry.hash);

    if (auto ok = repo.insert(entry); !ok)
        return std::unexpected(ok.error());
    const AuditHead newHead{entry.seq, entry.hash,
                            m_key.sign(AuditChain::headMessage(entry.seq, entry.hash))};
    if (auto ok = repo.setHead(newHead); !ok)
        return std::unexpected(ok.error());
    return entry.seq;
}

} // namespace motcua
