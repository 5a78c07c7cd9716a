-- Schema 6: progress of dossiers pulled from the provincial system (docs/protocol.md, "Progress of
-- dossiers"). Events are kept as received; the dossier row holds the latest state for the queue.
CREATE TABLE dossier_event (
    dossier_id INTEGER NOT NULL REFERENCES dossier(id),
    cursor     INTEGER NOT NULL UNIQUE,    -- the provincial feed's cursor: replaying it adds nothing
    kind       TEXT NOT NULL
               CHECK (kind IN ('status', 'appointment', 'supplement', 'citizen_confirmation')),
    status     INTEGER CHECK (status IS NULL OR status BETWEEN 1 AND 10),
    due_at     TEXT,                       -- ISO 8601, NgayHenTra when the event changed it
    payload    TEXT NOT NULL,              -- the event as received (JSON)
    at         TEXT NOT NULL               -- ThoiDiemXuLy, ISO 8601
) STRICT;
CREATE INDEX dossier_event_by_dossier ON dossier_event(dossier_id, cursor);

-- How far each feed of the provincial system was read ('progress').
CREATE TABLE sync_cursor (
    feed   TEXT PRIMARY KEY,
    cursor INTEGER NOT NULL
) STRICT;

-- The open supplement request (JSON {papers, note, deadline}); NULL when none is open.
ALTER TABLE dossier ADD COLUMN supplement TEXT;
