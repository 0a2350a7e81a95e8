"""articles.url: where an article was published online (HTML pages, scraper records)

Revision ID: 0002
Revises: 0001
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0002"
down_revision: str | None = "0001"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# plain ALTER TABLE (SQLite 3.35+ drops columns itself): a batch "move and copy" would
# recreate the table under views that name it, which SQLite refuses
def upgrade() -> None:
    op.add_column("articles", sa.Column("url", sa.Text(), nullable=True))


def downgrade() -> None:
    op.drop_column("articles", "url")
