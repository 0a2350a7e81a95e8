-- What the current pipeline stored of some files (:paths, a JSON array of paths): the state a
-- reload compares with each file's. load.STORED_BY_PATH asks the same through SQLAlchemy.
SELECT s.path, s.raw_sha256, s.size_bytes, s.modified_ns
FROM source_files AS s
JOIN articles AS a ON a.id = s.article_id
WHERE a.pipeline_version = :pipeline_version
  AND s.path IN (SELECT value FROM json_each(:paths))
