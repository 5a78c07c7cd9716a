-- motcua local store, schema 10: personal data sealed at rest (docs/security.md).
-- The applicant's name, ID number and phone move into `personal`, sealed by the Vault under the
-- store's data key (kept in the OS keychain); applicant_cccd keeps only the keyed look-up hash of
-- the ID number, applicant_name and applicant_phone become empty. The outbox payload, the
-- identity cache's answers and the scans' original file names are sealed too, and the ID numbers
-- of look-ups and activations become look-up hashes. Rows written before this version are sealed
-- at the first start that has the key (SealUpgrade): SQL alone cannot, the key is not in the file.
ALTER TABLE dossier ADD COLUMN personal TEXT;   -- sealed JSON: name, cccd, phone
ALTER TABLE dossier ADD COLUMN purged_at TEXT;  -- personal data removed after the retention period

-- A cache: refilled, sealed, at the next look-up.
DELETE FROM identity_cache;
