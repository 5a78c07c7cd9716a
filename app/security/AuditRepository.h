#pragma once

#include "AuditEntry.h"
#include "core/Error.h"

#include <functional>
#include <optional>

namespace motcua {

class Database;

// The rows of audit_log and the head in desk_meta, nothing more: AuditLog signs and appends,
// AuditVerifier checks.
class AuditRepository
{
public:
    explicit AuditRepository(Database &db);

    // The entry with the highest seq.
    Result<std::optional<AuditEntry>> last();
    // The first entry whose seq is greater than seq.
    Result<std::optional<AuditEntry>> after(qint64 seq);
    // The lowest seq of an entry whose hash (or prev_hash) is `hash`.
    Result<std::optional<qint64>> seqWithHash(const QByteArray &hash);
    Result<std::optional<qint64>> seqWithPrevHash(const QByteArray &hash);
    // Every entry in seq order, until visit returns false.
    Result<void> scan(const std::function<bool(const AuditEntry &)> &visit);
    // Entries whose `at` lies in [fromUtc, toUtc) (ISO texts; an empty bound is open), in seq order.
    Result<QList<AuditEntry>> between(const QString &fromUtc, const QString &toUtc);
    Result<void> insert(const AuditEntry &entry);

    // The head; a head that cannot be parsed comes back with an empty hash and signature, so that
    // it fails its signature check.
    Result<std::optional<AuditHead>> head();
    Result<void> setHead(const AuditHead &head);
    // desk_meta's audit_from_dossier: the last dossier id before the log existed.
    Result<std::optional<qint64>> fromDossier();
    Result<qint64> dossiersAfter(qint64 id);

private:
    Database &m_db;
};

} // namespace motcua
