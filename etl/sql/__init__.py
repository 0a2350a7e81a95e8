"""SQL templates (``*.sql.j2``) used by the loader and the evaluator."""
