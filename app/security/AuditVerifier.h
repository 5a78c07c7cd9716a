#pragma once

#include "AuditEntry.h"
#include "core/Error.h"

#include <QCoreApplication>

#include <optional>

namespace motcua {

class AuditRepository;
class Database;

// The first thing wrong with an audit log, and how it shows.
struct AuditProblem
{
    enum class Kind {
        Edited,       // the entry's content does not match its hash, or was re-hashed after a change
        BadSignature, // the entry is intact in the chain but its signature is not the desk's
        Deleted,      // entries seq … seq + count - 1 are missing from the middle of the log
        Inserted,     // the entry is not the desk's: slipped in between two entries or after the head
        Reordered,    // the entry belongs elsewhere in the chain (its predecessor is entry `other`)
        Truncated,    // entries seq … seq + count - 1 were removed from the end (the head names them)
        BadHead,      // the head is missing, unsigned or older than the log: the end cannot be checked
        Emptied,      // the log is empty although the store holds dossiers received since it began
        WrongKey,     // neither entry 1 nor the head is signed with the key given: not this desk's
    };
    Kind kind = Kind::Edited;
    qint64 seq = 0;   // the first bad seq
    qint64 count = 1; // Deleted, Truncated: how many
    qint64 other = 0; // Reordered: the seq of the entry this one follows in the chain

    static QString kindName(Kind kind); // edited, bad-signature, deleted, … (stable, for programs)
    QString describe() const;           // one translated sentence for the IT officer
};

struct AuditReport
{
    qint64 entries = 0;
    AuditEntry last; // seq 0 when the log is empty
    std::optional<AuditProblem> problem;
};

// Checks the whole log against the desk's public key: seq without gaps from 1, each entry's hash
// over its content, its prev_hash against the entry before it, its signature, then the signed
// head against the last entry. Stops at the first problem and names it as precisely as the
// evidence allows; the seq it names is always the first entry that is not as the desk wrote it.
class AuditVerifier
{
    Q_DECLARE_TR_FUNCTIONS(AuditVerifier)

public:
    explicit AuditVerifier(Database &db);

    // Fails only when the store cannot be read or publicKey is not a 32-byte key ("audit.key").
    Result<AuditReport> verify(const QByteArray &publicKey);

private:
    // What is wrong with `entry`, which breaks the chain after `previous` (seq 0: none).
    Result<AuditProblem> diagnose(AuditRepository &repo, const QByteArray &publicKey,
                                  const AuditEntry &previous, const AuditEntry &entry);
    Result<std::optional<AuditProblem>> checkEnd(AuditRepository &repo,
                                                 const QByteArray &publicKey,
                                                 const AuditReport &report);

    Database &m_db;
};

} // namespace motcua
