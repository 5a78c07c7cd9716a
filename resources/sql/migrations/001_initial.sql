-- motcua local store, schema 1: catalogue, dossiers and their outbox.
-- Applied inside one transaction by Database::migrate(); user_version is set afterwards.

CREATE TABLE catalog_meta (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

CREATE TABLE procedure_field (
    code TEXT PRIMARY KEY,
    name TEXT NOT NULL
) STRICT;

CREATE TABLE procedure (
    code            TEXT PRIMARY KEY,
    code_confirmed  INTEGER NOT NULL DEFAULT 0,
    name            TEXT NOT NULL,
    field_code      TEXT NOT NULL REFERENCES procedure_field(code),
    levels          TEXT NOT NULL,            -- comma-separated: province,district,commune
    online_level    TEXT NOT NULL CHECK (online_level IN ('full', 'partial')),
    fee_vnd         INTEGER NOT NULL CHECK (fee_vnd >= 0),
    fee_note        TEXT NOT NULL DEFAULT '',
    processing_days INTEGER NOT NULL CHECK (processing_days >= 0)
) STRICT;

CREATE TABLE procedure_paper (
    procedure_code TEXT NOT NULL REFERENCES procedure(code) ON DELETE CASCADE,
    position       INTEGER NOT NULL,
    code           TEXT NOT NULL,
    name           TEXT NOT NULL,
    required       INTEGER NOT NULL,
    copies         INTEGER NOT NULL DEFAULT 1,
    PRIMARY KEY (procedure_code, code)
) STRICT;

-- Search index over text folded by motcua (lower case, no diacritics, đ → d).
CREATE VIRTUAL TABLE procedure_search USING fts5(
    code UNINDEXED, folded_code, folded_name, folded_field,
    tokenize = 'unicode61 remove_diacritics 0'
);

CREATE TABLE dossier (
    id              INTEGER PRIMARY KEY,
    code            TEXT NOT NULL UNIQUE,      -- MaHoSo, printed on the receipt
    procedure_code  TEXT NOT NULL,             -- kept even if the catalogue changes
    procedure_name  TEXT NOT NULL,
    field_code      TEXT NOT NULL,
    field_name      TEXT NOT NULL,
    channel         INTEGER NOT NULL CHECK (channel IN (1, 2, 3)),
    applicant_name  TEXT NOT NULL,
    applicant_cccd  TEXT NOT NULL,
    applicant_phone TEXT NOT NULL,
    unit_code       TEXT NOT NULL,
    desk_code       TEXT NOT NULL,
    clerk           TEXT NOT NULL,
    received_at     TEXT NOT NULL,             -- ISO 8601 with offset
    status          INTEGER NOT NULL DEFAULT 1, -- TrangThaiHoSo 1..10
    provincial_code TEXT
) STRICT;

-- Transactional outbox: written in the same transaction as the dossier it carries.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY,
    dossier_id      INTEGER NOT NULL UNIQUE REFERENCES dossier(id),
    idempotency_key TEXT NOT NULL UNIQUE,
    payload         TEXT NOT NULL,             -- the national record as sent, fixed at queue time
    state           TEXT NOT NULL DEFAULT 'queued'
                    CHECK (state IN ('queued', 'sending', 'sent', 'retry', 'action')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    last_error      TEXT NOT NULL DEFAULT '',
    next_attempt_at TEXT,
    sent_at         TEXT,
    created_at      TEXT NOT NULL
) STRICT;
CREATE INDEX outbox_pending ON outbox(state, id);

-- Per unit, desk and day: the last sequence number handed out for dossier codes.
CREATE TABLE dossier_sequence (
    unit_code TEXT NOT NULL,
    desk_code TEXT NOT NULL,
    day       TEXT NOT NULL,
    last      INTEGER NOT NULL,
    PRIMARY KEY (unit_code, desk_code, day)
) STRICT;
