-- Schema 2: citizen identity look-ups, their offline cache, account methods and activations.

-- Account methods are data, not code: VNeID for individuals now, the older methods kept for
-- history and for organisations (Decree 69/2024: individuals use VNeID from 1 July 2024).
CREATE TABLE account_method (
    code        TEXT PRIMARY KEY,
    name_vi     TEXT NOT NULL,
    name_en     TEXT NOT NULL,
    subject     TEXT NOT NULL CHECK (subject IN ('individual', 'organisation')),
    valid_from  TEXT,            -- ISO date, NULL = always
    valid_until TEXT,            -- ISO date, NULL = still accepted
    can_activate INTEGER NOT NULL DEFAULT 0,
    position    INTEGER NOT NULL
) STRICT;

INSERT INTO account_method VALUES
    ('vneid', 'Tài khoản định danh điện tử VNeID', 'VNeID electronic identity account', 'individual', '2022-07-01', NULL, 1, 1),
    ('mobile_otp', 'Thuê bao di động (OTP)', 'Mobile subscriber (OTP)', 'individual', NULL, '2024-06-30', 0, 2),
    ('bhxh', 'Mã số bảo hiểm xã hội', 'Social insurance code', 'individual', NULL, '2024-06-30', 0, 3),
    ('sim_ca', 'Chữ ký số trên SIM', 'Digital signature on SIM', 'individual', NULL, '2024-06-30', 0, 4),
    ('usb_ca', 'Chữ ký số USB token', 'Digital signature USB token', 'individual', NULL, '2024-06-30', 0, 5),
    ('post_office', 'Tài khoản Bưu điện Việt Nam', 'Vietnam Post account', 'individual', NULL, '2024-06-30', 0, 6),
    ('org_account', 'Tài khoản tổ chức, doanh nghiệp', 'Organisation account', 'organisation', NULL, NULL, 0, 7);

-- Last answer of the provincial system per citizen, for offline look-ups (shown with its age).
CREATE TABLE identity_cache (
    cccd       TEXT PRIMARY KEY,
    answer     TEXT NOT NULL,     -- the lookup answer as received (JSON)
    checked_at TEXT NOT NULL      -- ISO 8601 UTC
) STRICT;

-- Every look-up, with the clerk and the purpose, whatever its outcome.
CREATE TABLE identity_lookup (
    id      INTEGER PRIMARY KEY,
    at      TEXT NOT NULL,
    clerk   TEXT NOT NULL,
    purpose TEXT NOT NULL,
    cccd    TEXT NOT NULL,
    source  TEXT NOT NULL CHECK (source IN ('online', 'cache', 'unknown')),
    found   INTEGER              -- NULL when unknown
) STRICT;

-- Account activations the clerk helped with (counted per clerk and day for the reports).
CREATE TABLE activation (
    id            INTEGER PRIMARY KEY,
    remote_id     TEXT NOT NULL UNIQUE,   -- activation_id of the provincial system
    cccd          TEXT NOT NULL,
    method        TEXT NOT NULL REFERENCES account_method(code),
    clerk         TEXT NOT NULL,
    started_at    TEXT NOT NULL,
    state         TEXT NOT NULL DEFAULT 'started'
                  CHECK (state IN ('started', 'activated', 'locked', 'expired')),
    finished_at   TEXT,
    level         INTEGER
) STRICT;
CREATE INDEX activation_by_clerk_day ON activation(clerk, finished_at) WHERE state = 'activated';
