"""Alembic migrations, generated from ``sco_etl.schema.tables`` and shipped in the package."""
