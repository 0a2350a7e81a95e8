"""v_articles gains url: the address each article was saved from (stored since 0002)

The stable views may gain columns, never lose them: the views are dropped and created
again from their current definitions.

Revision ID: 0008
Revises: 0007
"""
from collections.abc import Sequence

from alembic import op
from sco_etl.schema.views import create_views, drop_views

revision: str = "0008"
down_revision: str | None = "0007"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    drop_views(op.get_bind())
    create_views(op.get_bind(), stories=False)


def downgrade() -> None:
    drop_views(op.get_bind())
    create_views(op.get_bind(), article_url=False, stories=False)
