-- motcua local store, schema 11: the citizen's satisfaction with a service (Decision 766/QĐ-TTg).
-- After a dossier is saved the citizen-facing window asks "How satisfied are you with the service
-- today?"; one answer per service. Sent to the provincial system exactly once (client_key, the
-- server deduplicates on it: docs/protocol.md, "Ratings") and counted in the reports
-- (docs/reports.md, "Citizen satisfaction").
CREATE TABLE rating (
    id           INTEGER PRIMARY KEY,
    dossier_code TEXT NOT NULL UNIQUE,          -- the service rated (dossier.code)
    unit_code    TEXT NOT NULL,                 -- as the dossier has them
    desk_code    TEXT NOT NULL,
    clerk        TEXT NOT NULL,                 -- the clerk's username
    rated_at     TEXT NOT NULL,                 -- UTC, ISO 8601 with Z
    score        INTEGER NOT NULL CHECK (score IN (1, 2, 3)), -- 1 satisfied, 2 normal, 3 not satisfied
    comment      TEXT,                          -- sealed ("rating.comment"), NULL when none
    client_key   TEXT NOT NULL UNIQUE,          -- a UUID, the idempotency key of the sync
    sync_state   TEXT NOT NULL DEFAULT 'pending' CHECK (sync_state IN ('pending', 'sent')),
    sent_at      TEXT                           -- UTC, when the provincial system acknowledged it
) STRICT;
CREATE INDEX rating_pending ON rating(sync_state, id);
CREATE INDEX rating_rated_at ON rating(rated_at);
