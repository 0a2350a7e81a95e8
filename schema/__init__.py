"""The database schema, declared once (SQLAlchemy models) and reused by Alembic."""
