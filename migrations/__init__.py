"""Alembic migrations, generated from ``sco_etl.schema.models`` and shipped in the package."""
