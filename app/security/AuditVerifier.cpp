#include "AuditVerifier.h"

#include "AuditChain.h"
#include "AuditKey.h"
#include "AuditRepository.h"

using namespace Qt::StringLiterals;

namespace motcua {

namespace {

using Kind = AuditProblem::Kind;

AuditProblem problem(Kind kind, qint64 seq, qint64 count = 1, qint64 other = 0)
{
    return AuditProblem{kind, seq, count, other};
}

bool signedByDesk(const QByteArray &publicKey, const AuditEntry &entry)
{
    return AuditKey::verify(publicKey, entry.hash, entry.signature);
}

// The head, when it is there and signed with the desk's key.
Result<std::optional<AuditHead>> validHead(AuditRepository &repo, const QByteArray &publicKey)
{
    auto head = repo.head();
    if (!head || !*head)
        return head;
    if (!AuditKey::verify(publicKey, AuditChain::headMessage((*head)->seq, (*head)->hash),
                          (*head)->signature))
        return std::optional<AuditHead>();
    return head;
}

// The seq a genuine entry was written with, when it now sits at a lower one (entries before it
// removed and the rest renumbered); 0 when not found nearby.
qint64 writtenSeq(AuditEntry entry)
{
    constexpr qint64 kSearch = 1 << 16;
    const QByteArray hash = entry.hash;
    const qint64 from = entry.seq;
    for (qint64 s = from + 1; s <= from + kSearch; ++s) {
        entry.seq = s;
        if (AuditChain::entryHash(entry) == hash)
            return s;
    }
    return 0;
}

} // namespace

QString AuditProblem::kindName(Kind kind)
{
    switch (kind) {
    case Kind::Edited: return u"edited"_s;
    case Kind::BadSignature: return u"bad-signature"_s;
    case Kind::Deleted: return u"deleted"_s;
    case Kind::Inserted: return u"inserted"_s;
    case Kind::Reordered: return u"reordered"_s;
    case Kind::Truncated: return u"truncated"_s;
    case Kind::BadHead: return u"bad-head"_s;
    case Kind::Emptied: return u"emptied"_s;
    case Kind::WrongKey: return u"wrong-key"_s;
    }
    return {};
}

QString AuditProblem::describe() const
{
    using Tr = AuditVerifier;
    switch (kind) {
    case Kind::Edited:
        return Tr::tr("Entry %1: edited. Its content is not what this desk signed.").arg(seq);
    case Kind::BadSignature:
        return Tr::tr("Entry %1: bad signature. The entry is in its place in the chain but its "
                      "signature is not this desk's.").arg(seq);
    case Kind::Deleted:
        if (count == 0)
            return Tr::tr("Entry %1: deleted. Entries were removed here and the ones after them "
                          "renumbered.").arg(seq);
        if (count == 1)
            return Tr::tr("Entry %1: deleted.").arg(seq);
        return Tr::tr("Entry %1: deleted, with the %2 entries up to entry %3.")
            .arg(seq).arg(count).arg(seq + count - 1);
    case Kind::Inserted:
        return Tr::tr("Entry %1: inserted. This desk did not write it.").arg(seq);
    case Kind::Reordered:
        if (other > 0)
            return Tr::tr("Entry %1: reordered. The entry that belongs here is at %2.")
                .arg(seq).arg(other);
        return Tr::tr("Entry %1: reordered. It belongs elsewhere in the chain.").arg(seq);
    case Kind::Truncated:
        return Tr::tr("Entry %1: truncated. The last %2 entries were removed (the signed head "
                      "names entry %3).").arg(seq).arg(count).arg(seq + count - 1);
    case Kind::BadHead:
        return Tr::tr("Entry %1: bad head. The signed end of the log is missing, not this desk's "
                      "or older than the log, so entries removed from the end cannot be ruled "
                      "out.").arg(seq);
    case Kind::Emptied:
        return Tr::tr("Entry %1: emptied. The log is empty although the store holds dossiers "
                      "received since it began.").arg(seq);
    case Kind::WrongKey:
        return Tr::tr("Entry %1: bad signature. Neither it nor the end of the log is signed with "
                      "this key: check that it is this store's public key.").arg(seq);
    }
    return {};
}

AuditVerifier::AuditVerifier(Database &db)
    : m_db(db)
{
}

Result<AuditReport> AuditVerifier::verify(const QByteArray &publicKey)
{
    if (publicKey.size() != AuditKey::kPublicKeyBytes)
        return fail(u"audit.key"_s, tr("The public key must be the desk's 32-byte key, as "
                                       "printed by “motcua-cli audit public-key”."),
                    u"public key of %1 bytes"_s.arg(publicKey.size()));
    AuditRepository repo(m_db);
    AuditReport report;
    AuditEntry previous; // seq 0: before entry 1
    previous.hash = AuditChain::genesis();
    std::optional<AuditEntry> bad;
    auto scanned = repo.scan([&](const AuditEntry &entry) {
        if (entry.seq != previous.seq + 1 || entry.prevHash != previous.hash
            || AuditChain::entryHash(entry) != entry.hash || !signedByDesk(publicKey, entry)) {
            bad = entry;
            return false;
        }
        ++report.entries;
        report.last = entry;
        previous = entry;
        return true;
    });
    if (!scanned)
        return std::unexpected(scanned.error());
    if (bad) {
        auto found = diagnose(repo, publicKey, previous, *bad);
        if (!found)
            return std::unexpected(found.error());
        report.problem = *found;
        if (found->kind == Kind::BadSignature && found->seq == 1) {
            // Nothing at all verifies: most likely the key of another desk was given.
            auto head = validHead(repo, publicKey);
            if (!head)
                return std::unexpected(head.error());
            if (!*head)
                report.problem->kind = Kind::WrongKey;
        }
        return report;
    }
    auto end = checkEnd(repo, publicKey, report);
    if (!end)
        return std::unexpected(end.error());
    report.problem = *end;
    return report;
}

Result<AuditProblem> AuditVerifier::diagnose(AuditRepository &repo, const QByteArray &publicKey,
                                             const AuditEntry &previous, const AuditEntry &entry)
{
    const qint64 expected = previous.seq + 1;
    // Where the entry that follows `previous` in the chain is now, if anywhere.
    auto successor = repo.seqWithPrevHash(previous.hash);
    if (!successor)
        return std::unexpected(successor.error());

    if (entry.seq > expected) { // a gap
        if (*successor)
            return problem(Kind::Reordered, expected, 1, **successor);
        return problem(Kind::Deleted, expected, entry.seq - expected);
    }

    const bool consistent = AuditChain::entryHash(entry) == entry.hash;
    const bool genuine = signedByDesk(publicKey, entry);
    if (entry.prevHash == previous.hash) {
        if (!consistent)
            return problem(Kind::Edited, entry.seq);
        // A hash that fits the content but not the desk's signature: a forged entry, a changed
        // entry re-hashed, or only the signature replaced. Its neighbours tell which.
        auto next = repo.after(entry.seq);
        if (!next)
            return std::unexpected(next.error());
        auto head = validHead(repo, publicKey);
        if (!head)
            return std::unexpected(head.error());
        if (*next && (*next)->prevHash == entry.prevHash)
            return problem(Kind::Inserted, entry.seq); // both claim the same predecessor
        if (!*next && *head && (*head)->seq < entry.seq)
            return problem(Kind::Inserted, entry.seq); // after the signed end
        if ((*next && (*next)->prevHash == entry.hash)
            || (!*next && *head && (*head)->seq == entry.seq && (*head)->hash == entry.hash))
            return problem(Kind::BadSignature, entry.seq); // the hash is the one the chain holds
        return problem(Kind::Edited, entry.seq);
    }

    // prev_hash does not name the entry before. Was only prev_hash changed?
    AuditEntry repaired = entry;
    repaired.prevHash = previous.hash;
    if (AuditChain::entryHash(repaired) == entry.hash)
        return problem(Kind::Edited, entry.seq);
    if (genuine) {
        // The desk wrote this entry, for another place in the chain.
        if (*successor)
            return problem(Kind::Reordered, entry.seq, 1, **successor);
        auto predecessor = repo.seqWithHash(entry.prevHash);
        if (!predecessor)
            return std::unexpected(predecessor.error());
        if (*predecessor)
            return problem(Kind::Reordered, entry.seq);
        // Its predecessor is gone and it was moved down to close the gap.
        const qint64 written = writtenSeq(entry);
        return problem(Kind::Deleted, entry.seq, written > entry.seq ? written - entry.seq : 0);
    }
    if (consistent && *successor && **successor > entry.seq)
        return problem(Kind::Inserted, entry.seq); // forged and slipped in before its successor
    return problem(Kind::Edited, entry.seq);
}

Result<std::optional<AuditProblem>> AuditVerifier::checkEnd(AuditRepository &repo,
                                                            const QByteArray &publicKey,
                                                            const AuditReport &report)
{
    using Found = std::optional<AuditProblem>;
    auto stored = repo.head();
    if (!stored)
        return std::unexpected(stored.error());
    const qint64 lastSeq = report.last.seq;
    if (!*stored) {
        if (report.entries > 0)
            return Found(problem(Kind::BadHead, lastSeq + 1));
        // No log and no head: a new store, or everything removed. Dossiers received since the
        // log began tell them apart.
        auto from = repo.fromDossier();
        if (!from)
            return std::unexpected(from.error());
        if (!*from)
            return Found(problem(Kind::Emptied, 1));
        auto later = repo.dossiersAfter(**from);
        if (!later)
            return std::unexpected(later.error());
        return *later > 0 ? Found(problem(Kind::Emptied, 1)) : Found();
    }
    const AuditHead &head = **stored;
    if (!AuditKey::verify(publicKey, AuditChain::headMessage(head.seq, head.hash), head.signature))
        return Found(problem(Kind::BadHead, lastSeq + 1));
    if (head.seq > lastSeq)
        return Found(problem(Kind::Truncated, lastSeq + 1, head.seq - lastSeq));
    if (head.seq < lastSeq)
        return Found(problem(Kind::BadHead, head.seq + 1)); // an older head put back
    if (head.hash != report.last.hash)
        return Found(problem(Kind::BadHead, lastSeq));
    return Found();
}

} // namespace motcua
