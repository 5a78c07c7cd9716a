-- motcua local store, schema 9: the tamper-evident audit log (docs/audit.md).
-- Each entry is chained to the one before it (prev_hash is the hash of entry seq - 1, 32 zero
-- bytes for entry 1) and signed with the desk's Ed25519 key. hash is BLAKE2b-256 over a
-- length-prefixed encoding of seq, at, actor, kind, subject, detail and prev_hash; signature is
-- Ed25519 over hash. No personal data: subject is a dossier code, a username, a file name, a
-- settings key or the keyed hash of an ID number.
CREATE TABLE audit_log (
    seq       INTEGER PRIMARY KEY,   -- 1, 2, 3… without gaps
    at        TEXT NOT NULL,         -- UTC, ISO 8601 with milliseconds and Z
    actor     TEXT NOT NULL,         -- the clerk's username, or the program
    kind      TEXT NOT NULL,         -- AuditKind's stable name
    subject   TEXT NOT NULL,
    detail    TEXT NOT NULL,         -- a JSON object, compact, exactly as hashed
    prev_hash BLOB NOT NULL,
    hash      BLOB NOT NULL,
    signature BLOB NOT NULL
) STRICT;

-- The signed head (desk_meta 'audit_head': "SEQ HASH_HEX SIGNATURE_HEX") is written with every
-- entry; it shows entries removed from the end. 'audit_from_dossier' is the last dossier id before
-- the log existed: a store holding later dossiers must not have an empty log.
INSERT INTO desk_meta(key, value)
    VALUES ('audit_from_dossier', (SELECT CAST(coalesce(max(id), 0) AS TEXT) FROM dossier));
