-- Rows per table of the schema, for a load's summary, in one statement. The tables are
-- schema.tables' metadata.sorted_tables, in that order (a test checks both): add a table there, add it here.
-- Plain SQL, not a Jinja template: a reload of unchanged files runs it with the standard
-- library's sqlite3, before (and without) importing Jinja or SQLAlchemy (see unchanged.py).
SELECT 1 AS position, 'load_runs' AS table_name, count(*) AS row_count FROM load_runs
UNION ALL SELECT 2, 'states', count(*) FROM states
UNION ALL SELECT 3, 'story_bands', count(*) FROM story_bands
UNION ALL SELECT 4, 'load_failures', count(*) FROM load_failures
UNION ALL SELECT 5, 'organisations', count(*) FROM organisations
UNION ALL SELECT 6, 'state_names', count(*) FROM state_names
UNION ALL SELECT 7, 'articles', count(*) FROM articles
UNION ALL SELECT 8, 'organisation_names', count(*) FROM organisation_names
UNION ALL SELECT 9, 'people', count(*) FROM people
UNION ALL SELECT 10, 'article_authors', count(*) FROM article_authors
UNION ALL SELECT 11, 'article_organisations', count(*) FROM article_organisations
UNION ALL SELECT 12, 'article_parts', count(*) FROM article_parts
UNION ALL SELECT 13, 'article_states', count(*) FROM article_states
UNION ALL SELECT 14, 'membership_events', count(*) FROM membership_events
UNION ALL SELECT 15, 'quotes', count(*) FROM quotes
UNION ALL SELECT 16, 'source_files', count(*) FROM source_files
UNION ALL SELECT 17, 'story_signatures', count(*) FROM story_signatures
ORDER BY position
