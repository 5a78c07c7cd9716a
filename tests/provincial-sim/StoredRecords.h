// GET /test/dossiers and /test/attachments (with --test-endpoints, loopback only): what the
// simulator stored, so fault tests can check every dossier arrived once with identical content and
// every scan with its hash.
#pragma once

#include "SimReply.h"

class AttachmentService;
class SimStore;

namespace StoredRecords {

// {"dossiers": [{"IdempotencyKey": …, "content_hash": …}, …]}
[[nodiscard]] SimReply dossiers(SimStore &store);
// {"attachments": [{"sha256": name, "content_sha256": hash of the bytes, "size": N}, …]}
[[nodiscard]] SimReply attachments(const AttachmentService &service);

} // namespace StoredRecords
