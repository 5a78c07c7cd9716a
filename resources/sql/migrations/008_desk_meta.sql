-- motcua local store, schema 8: the store's own identity.
-- store_id names this store's entries in the OS keychain (its keys, the clerks' sessions and
-- offline sign-in verifiers): two stores on one computer never share a key. Random, not personal.
CREATE TABLE desk_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

INSERT INTO desk_meta(key, value) VALUES ('store_id', lower(hex(randomblob(16))));
