"""Reloads without work: source_files.modified_ns, load_runs.reference_fingerprint

Revision ID: 0003
Revises: 0002
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# plain ALTER TABLE, as in 0002: no view reads these columns, and a batch copy would
# recreate tables under the views
def upgrade() -> None:
    op.add_column("source_files", sa.Column("modified_ns", sa.BigInteger(), nullable=True))
    op.add_column("load_runs", sa.Column("reference_fingerprint", sa.String(length=64), nullable=True))


def downgrade() -> None:
    op.drop_column("load_runs", "reference_fingerprint")
    op.drop_column("source_files", "modified_ns")
