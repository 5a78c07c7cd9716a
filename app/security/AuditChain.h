#pragma once

#include "AuditEntry.h"

#include <QByteArray>

namespace motcua {

// The audit log's hashing rules (docs/audit.md). Pure functions, no store.
class AuditChain
{
public:
    static constexpr int kHashBytes = 32;

    // The prev_hash of entry 1: 32 zero bytes.
    static QByteArray genesis();
    // BLAKE2b-256 over "motcua.audit.entry.v1" then seq (8 bytes, big-endian) and each of at,
    // actor, kind, subject, detail (UTF-8) and prev_hash as an 8-byte big-endian length followed
    // by the bytes: no two different entries share an encoding. entry.hash and entry.signature
    // are not read.
    static QByteArray entryHash(const AuditEntry &entry);
    // What the head's signature covers: "motcua.audit.head.v1", seq (8 bytes, big-endian), hash.
    // Never 32 bytes long, so an entry's signature (over its 32-byte hash) can never pass as a
    // head's, and the other way round.
    static QByteArray headMessage(qint64 seq, const QByteArray &hash);
};

} // namespace motcua
