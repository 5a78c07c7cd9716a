-- Online-rate reports (docs/reports.md): administrative units as data, and one compact row per
-- dossier, the desk's own (kept up to date by triggers) and imported history alike.

-- Administrative units, in versions: a unit that changed name, level or parent (the 2025 reform)
-- has one row per period. Dates are ISO dates in Vietnam time, both ends included.
CREATE TABLE admin_unit (
    code        TEXT NOT NULL,
    name        TEXT NOT NULL,
    level       INTEGER NOT NULL CHECK (level IN (1, 2, 3)),   -- 1 province, 2 district, 3 commune
    parent_code TEXT,                                          -- NULL for a province
    valid_from  TEXT NOT NULL DEFAULT '0001-01-01',
    valid_to    TEXT NOT NULL DEFAULT '9999-12-31',
    CHECK (valid_from <= valid_to),
    CHECK ((level = 1) = (parent_code IS NULL)),
    PRIMARY KEY (code, valid_from)
) STRICT;

-- What reports group by, as small integers: units, fields and procedures with the name to show.
CREATE TABLE report_key (
    id   INTEGER PRIMARY KEY,
    kind INTEGER NOT NULL CHECK (kind IN (1, 2, 3)),           -- 1 unit, 2 field, 3 procedure
    code TEXT NOT NULL,
    name TEXT NOT NULL,
    UNIQUE (kind, code)
) STRICT;

-- One row per dossier. Days are Julian day numbers (QDate::toJulianDay) in Vietnam time. The
-- desk writes received_at in its local time without an offset and events with one: SQLite's
-- 'utc' modifier converts the first from the desk's zone and leaves the second alone, then
-- '+7 hours' gives the day in Vietnam (UTC+7, no daylight saving).
CREATE TABLE report_dossier (
    id            INTEGER PRIMARY KEY,
    code          TEXT NOT NULL UNIQUE,                        -- MaHoSo
    source        INTEGER NOT NULL CHECK (source IN (1, 2)),   -- 1 received at this desk, 2 imported
    unit_key      INTEGER NOT NULL REFERENCES report_key(id),  -- the unit that received it
    unit_level    INTEGER NOT NULL CHECK (unit_level IN (1, 2, 3)), -- its level on that day
    field_key     INTEGER NOT NULL REFERENCES report_key(id),
    procedure_key INTEGER NOT NULL REFERENCES report_key(id),
    channel       INTEGER NOT NULL CHECK (channel IN (1, 2, 3)), -- KenhThucHien
    emc           INTEGER NOT NULL CHECK (emc IN (0, 1)),      -- online with the citizen's own account
    assisted      INTEGER NOT NULL CHECK (assisted IN (0, 1)), -- prepared at a counter, confirmed by the citizen
    received_day  INTEGER NOT NULL,                            -- NgayTiepNhan
    finished_day  INTEGER,                                     -- processing ended; NULL while open
    CHECK (emc = 0 OR channel = 2),
    CHECK (assisted = 0 OR emc = 1)
) STRICT;

-- The desk's own dossiers feed the report as they are saved, confirmed and processed. The level
-- is the unit's on the day of receipt, 3 (commune) when the unit is not on the list.
CREATE TRIGGER report_dossier_insert AFTER INSERT ON dossier BEGIN
    INSERT INTO report_key(kind, code, name) VALUES (1, NEW.unit_code, NEW.unit_name)
        ON CONFLICT (kind, code) DO NOTHING;
    INSERT INTO report_key(kind, code, name) VALUES (2, NEW.field_code, NEW.field_name)
        ON CONFLICT (kind, code) DO NOTHING;
    INSERT INTO report_key(kind, code, name) VALUES (3, NEW.procedure_code, NEW.procedure_name)
        ON CONFLICT (kind, code) DO NOTHING;
    INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, procedure_key,
                               channel, emc, assisted, received_day, finished_day)
    VALUES (NEW.code, 1,
            (SELECT id FROM report_key WHERE kind = 1 AND code = NEW.unit_code),
            COALESCE((SELECT level FROM admin_unit
                       WHERE code = NEW.unit_code
                         AND valid_from <= date(NEW.received_at, 'utc', '+7 hours')
                         AND valid_to >= date(NEW.received_at, 'utc', '+7 hours')
                       ORDER BY valid_from DESC LIMIT 1), 3),
            (SELECT id FROM report_key WHERE kind = 2 AND code = NEW.field_code),
            (SELECT id FROM report_key WHERE kind = 3 AND code = NEW.procedure_code),
            NEW.channel,
            NEW.channel = 2 AND NEW.confirmation = 'confirmed',
            NEW.channel = 2 AND NEW.confirmation = 'confirmed',
            CAST(julianday(date(NEW.received_at, 'utc', '+7 hours')) + 0.5 AS INTEGER),
            NULL)
    -- An imported row with the same code gives way: the desk's own dossier is what its events
    -- and confirmation update (source = 1), and it must not drop out of the report.
    ON CONFLICT (code) DO UPDATE
       SET source = 1, unit_key = excluded.unit_key, unit_level = excluded.unit_level,
           field_key = excluded.field_key, procedure_key = excluded.procedure_key,
           channel = excluded.channel, emc = excluded.emc, assisted = excluded.assisted,
           received_day = excluded.received_day, finished_day = excluded.finished_day;
END;

-- A deferred confirmation that came back from the citizen's phone.
CREATE TRIGGER report_dossier_confirmation AFTER UPDATE OF confirmation ON dossier BEGIN
    UPDATE report_dossier
       SET emc = NEW.channel = 2 AND NEW.confirmation = 'confirmed',
           assisted = NEW.channel = 2 AND NEW.confirmation = 'confirmed'
     WHERE code = NEW.code AND source = 1;
END;

-- Processing ended (processed, result returned, not accepted, withdrawn, stopped) on the day of
-- the first such event; a later event that reopens the dossier (supplement, obligations,
-- processing again) clears it.
CREATE TRIGGER report_dossier_event AFTER INSERT ON dossier_event
WHEN NEW.kind = 'status' AND NEW.status IS NOT NULL BEGIN
    UPDATE report_dossier
       SET finished_day = CASE
               WHEN NEW.status IN (3, 7, 8, 9, 10)
               THEN COALESCE(finished_day,
                             CAST(julianday(date(NEW.at, 'utc', '+7 hours')) + 0.5 AS INTEGER))
               WHEN NEW.status IN (4, 5, 6) THEN NULL
               ELSE finished_day END
     WHERE code = (SELECT code FROM dossier WHERE id = NEW.dossier_id) AND source = 1;
END;

-- Dossiers saved before this version, by the triggers' rules (tst_report runs this part again,
-- from this comment to the end of the file, so keep it last): the level on the day of receipt;
-- finished on the day of the first final event (3, 7, 8, 9, 10) after the last one that reopened
-- the dossier (4, 5, 6), events in the order the feed gave them (cursor), and open when no final
-- event follows the last reopening. Days come from each stamp on its own ('utc' then '+7 hours'),
-- never from comparing stamps as text: they mix 'Z' and '+07:00'.
INSERT INTO report_key(kind, code, name)
    SELECT 1, unit_code, MAX(unit_name) FROM dossier GROUP BY unit_code
    ON CONFLICT (kind, code) DO NOTHING;
INSERT INTO report_key(kind, code, name)
    SELECT 2, field_code, MAX(field_name) FROM dossier GROUP BY field_code
    ON CONFLICT (kind, code) DO NOTHING;
INSERT INTO report_key(kind, code, name)
    SELECT 3, procedure_code, MAX(procedure_name) FROM dossier GROUP BY procedure_code
    ON CONFLICT (kind, code) DO NOTHING;
INSERT INTO report_dossier(code, source, unit_key, unit_level, field_key, procedure_key, channel,
                           emc, assisted, received_day, finished_day)
    SELECT d.code, 1,
           (SELECT id FROM report_key WHERE kind = 1 AND code = d.unit_code),
           COALESCE((SELECT level FROM admin_unit
                      WHERE code = d.unit_code
                        AND valid_from <= date(d.received_at, 'utc', '+7 hours')
                        AND valid_to >= date(d.received_at, 'utc', '+7 hours')
                      ORDER BY valid_from DESC LIMIT 1), 3),
           (SELECT id FROM report_key WHERE kind = 2 AND code = d.field_code),
           (SELECT id FROM report_key WHERE kind = 3 AND code = d.procedure_code),
           d.channel,
           d.channel = 2 AND d.confirmation = 'confirmed',
           d.channel = 2 AND d.confirmation = 'confirmed',
           CAST(julianday(date(d.received_at, 'utc', '+7 hours')) + 0.5 AS INTEGER),
           (SELECT CAST(julianday(date(f.at, 'utc', '+7 hours')) + 0.5 AS INTEGER)
              FROM dossier_event f
             WHERE f.dossier_id = d.id AND f.kind = 'status' AND f.status IN (3, 7, 8, 9, 10)
               AND NOT EXISTS (SELECT 1 FROM dossier_event r
                                WHERE r.dossier_id = d.id AND r.kind = 'status'
                                  AND r.status IN (4, 5, 6) AND r.cursor > f.cursor)
             ORDER BY f.cursor LIMIT 1)
      FROM dossier d
    WHERE true
    ON CONFLICT (code) DO NOTHING;
