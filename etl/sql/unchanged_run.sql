-- The run of a reload that found every input unchanged (unchanged.py): the row the full load
-- leaves for such a run (load.Loader._start_run, then _finish), written in one statement.
INSERT INTO load_runs (
    started_at, finished_at, status, tool_version, inputs, files_seen,
    files_loaded, files_unchanged, files_duplicate, files_failed, reference_fingerprint)
VALUES (
    :started_at, :finished_at, 'succeeded', :tool_version, :inputs, :files_unchanged,
    0, :files_unchanged, 0, 0, :reference_fingerprint)
