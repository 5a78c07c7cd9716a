-- Schema 3: scans attached to dossiers, content-addressed. The file is on disk (flushed) before
-- its row is committed; files without a row are removed at start.
CREATE TABLE attachment (
    sha256        TEXT PRIMARY KEY CHECK (length(sha256) = 64),
    mime          TEXT NOT NULL CHECK (mime IN ('application/pdf', 'image/jpeg', 'image/png')),
    size          INTEGER NOT NULL CHECK (size > 0),
    original_name TEXT NOT NULL,
    stored_at     TEXT NOT NULL
) STRICT;
