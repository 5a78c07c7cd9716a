-- Schema 5: assisted online submission. A dossier keeps what was printed on its receipt (fees as
-- applied, due date, the unit as it was named that day), how the citizen confirmed it, and the
-- papers received with the scan each one refers to.

-- The province may shorten the processing time of dossiers submitted online (NULL: not shortened).
ALTER TABLE procedure ADD COLUMN processing_days_online INTEGER
    CHECK (processing_days_online IS NULL OR processing_days_online >= 0);

ALTER TABLE dossier ADD COLUMN due_at TEXT;                        -- NgayHenTra, ISO 8601
ALTER TABLE dossier ADD COLUMN fee_total INTEGER NOT NULL DEFAULT 0 CHECK (fee_total >= 0);
ALTER TABLE dossier ADD COLUMN fee_lines TEXT NOT NULL DEFAULT '[]'; -- JSON, as printed
-- none: direct intake (the clerk typed it, KenhThucHien 1 or 3); confirmed: the citizen confirmed
-- with their own account at the desk; awaiting: online, to be confirmed from the citizen's phone.
ALTER TABLE dossier ADD COLUMN confirmation TEXT NOT NULL DEFAULT 'none'
    CHECK (confirmation IN ('none', 'confirmed', 'awaiting'));
ALTER TABLE dossier ADD COLUMN citizen_account TEXT;               -- MaDoiTuong from the proof
ALTER TABLE dossier ADD COLUMN citizen_level INTEGER;
ALTER TABLE dossier ADD COLUMN confirmed_at TEXT;
ALTER TABLE dossier ADD COLUMN unit_name TEXT NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN unit_address TEXT NOT NULL DEFAULT '';
ALTER TABLE dossier ADD COLUMN result_place TEXT NOT NULL DEFAULT '';
CREATE INDEX dossier_by_applicant ON dossier(applicant_cccd);

CREATE TABLE dossier_paper (
    dossier_id INTEGER NOT NULL REFERENCES dossier(id),
    position   INTEGER NOT NULL,
    paper_code TEXT NOT NULL,
    name       TEXT NOT NULL,
    required   INTEGER NOT NULL,
    copies     INTEGER NOT NULL CHECK (copies >= 1),
    form       TEXT NOT NULL CHECK (form IN ('original_seen', 'copy_kept', 'scan', 'reused')),
    sha256     TEXT REFERENCES attachment(sha256),
    CHECK ((form IN ('scan', 'reused')) = (sha256 IS NOT NULL)),
    PRIMARY KEY (dossier_id, position)
) STRICT;
CREATE INDEX dossier_paper_by_scan ON dossier_paper(sha256) WHERE sha256 IS NOT NULL;

-- Every record now names the clerk who received it (CanBoTiepNhan). Dossiers queued before this
-- version get it added to their payload, which is not sent yet.
UPDATE outbox
   SET payload = json_set(payload, '$.CanBoTiepNhan',
                          (SELECT clerk FROM dossier WHERE dossier.id = outbox.dossier_id))
 WHERE state IN ('queued', 'retry', 'action')
   AND json_extract(payload, '$.CanBoTiepNhan') IS NULL;
