"""A load run may be interrupted; a run names the host and process that run it

A load killed, or stopped with Ctrl-C, left its run "running" for ever. A run now
records its host and process id, so that a later load can tell a dead run from a
live one and mark it "interrupted".

Revision ID: 0007
Revises: 0006
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0007"
down_revision: str | None = "0006"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

STATUSES = ("running", "succeeded", "partial", "failed")


def _status_check(statuses: tuple[str, ...]) -> str:
    return "status IN ({})".format(", ".join(f"'{status}'" for status in statuses))


def upgrade() -> None:
    # SQLite changes a CHECK by copying the table (batch mode; db.upgrade turns foreign keys
    # off meanwhile, so dropping the old table cascades to nothing)
    with op.batch_alter_table("load_runs", schema=None) as batch_op:
        batch_op.add_column(sa.Column("host", sa.String(length=255), nullable=True))
        batch_op.add_column(sa.Column("pid", sa.Integer(), nullable=True))
        batch_op.drop_constraint(batch_op.f("ck_load_runs_status"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_load_runs_status"),
                                         _status_check(STATUSES + ("interrupted",)))


def downgrade() -> None:
    op.execute("UPDATE load_runs SET status = 'failed' WHERE status = 'interrupted'")
    with op.batch_alter_table("load_runs", schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f("ck_load_runs_status"), type_="check")
        batch_op.create_check_constraint(batch_op.f("ck_load_runs_status"), _status_check(STATUSES))
        batch_op.drop_column("pid")
        batch_op.drop_column("host")
