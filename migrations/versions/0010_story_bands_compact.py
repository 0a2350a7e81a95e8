"""Story fingerprints again: optimal densification, 16-bit slots, capped band keys, a compact story_bands

- a signature's empty slot takes the first filled slot of its own order of the slots
  instead of the next one (see sco_etl.fingerprint): every signature with an empty slot
  changes, so every stored article is fingerprinted again from its body and its story found
  again, as the loader finds it now (the closest few candidates compared exactly);
- a signature keeps the low 16 bits of each slot's minimum (256 bytes, not 512);
- story_bands keeps a key for at most load.stories.HOLDERS articles, and has neither a
  foreign key nor an index by article (an article's keys come from its signature):
  on SQLite its rows live in its primary key's b-tree (WITHOUT ROWID).

Downgrading restores 0009's layout, empty: 0009's code reads signatures of 32-bit values made
by another densification. The stories already assigned stay; an article loaded by that code
finds no copies among the articles stored before.

Revision ID: 0010
Revises: 0009
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sco_etl.load.stories import backfill

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.drop_index("ix_story_bands_article_id", table_name="story_bands")
    op.drop_table("story_bands")
    op.create_table(
        "story_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("band_key", "article_id", name=op.f("pk_story_bands")),
        sqlite_with_rowid=False,
    )
    op.execute(sa.text("DELETE FROM story_signatures"))
    op.execute(sa.text("UPDATE articles SET story_id = NULL"))
    backfill(op.get_bind())


def downgrade() -> None:
    op.drop_table("story_bands")
    op.create_table(
        "story_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_story_bands_article_id_articles"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band_key", "article_id", name=op.f("pk_story_bands")),
    )
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])
    op.execute(sa.text("DELETE FROM story_signatures"))
