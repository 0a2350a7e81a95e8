"""Alembic migrations, generated from ``sco_etl.schema.tables`` and shipped in the package."""

# The revision this code is written for; a test checks it is the migrations' head. Here, not in
# ``db``, so that a load can compare it with the database's without importing SQLAlchemy or Alembic.
SCHEMA_REVISION = "0011"
