-- The supersession of a bulk-loaded file goes from the file's own new submissions to the earlier ones of the
-- same (kind, year, unit). Without an index the server chose to read the table whole for the file's rows,
-- waiting on every row another file loading beside it had just inserted, and the two files deadlocked (national
-- bench, issue 12). FileLoader names this index and submission_current in the statement.
CREATE INDEX submission_by_file ON submission (source_file_id, kind);
