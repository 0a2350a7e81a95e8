-- Whether a reload may be answered without the full loader (unchanged.py): the database's
-- schema revision, and whether a run already synchronised this reference data (its fingerprint).
-- No alembic_version table (no schema yet) is an error, and the full load runs.
SELECT
    (SELECT version_num FROM alembic_version) AS schema_revision,
    EXISTS (SELECT 1 FROM load_runs WHERE reference_fingerprint = :reference_fingerprint)
        AS reference_synchronised
