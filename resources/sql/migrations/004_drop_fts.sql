-- Schema 4: catalogue search moved to an in-memory index (docs/performance.md: FTS5 ranked too
-- slowly on one- and two-letter prefixes), so the FTS5 table is no longer used.
DROP TABLE procedure_search;
