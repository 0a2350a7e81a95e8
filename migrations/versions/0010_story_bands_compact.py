"""Story fingerprints again: optimal densification, capped band keys, a compact story_bands

- fingerprint.minhash fills an empty slot from the first filled slot of its own order of the
  slots instead of the next one: every signature with an empty slot changes, so every
  stored article is fingerprinted again from its body and its story found again, as the
  loader finds it now (the closest few candidates compared exactly);
- story_bands keeps a key for at most load.stories.HOLDERS articles, and has neither a
  foreign key nor an index by article (an article's keys come from its signature):
  on SQLite its rows live in its primary key's b-tree (WITHOUT ROWID).

Downgrading restores 0009's layout with every key of every stored signature; the signatures
stay this revision's (those of texts without an empty slot are the same).

Revision ID: 0010
Revises: 0009
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sco_etl.fingerprint import band_keys
from sco_etl.load.bulk import insert_many
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
    bands = op.create_table(
        "story_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_story_bands_article_id_articles"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band_key", "article_id", name=op.f("pk_story_bands")),
    )
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])
    connection = op.get_bind()
    signatures = sa.table("story_signatures", sa.column("article_id", sa.Integer),
                          sa.column("signature", sa.LargeBinary))
    last = 0
    while rows := connection.execute(sa.select(signatures.c.article_id, signatures.c.signature)
                                     .where(signatures.c.article_id > last)
                                     .order_by(signatures.c.article_id).limit(1000)).all():
        insert_many(connection, bands, ("band_key", "article_id"),
                    [(key, article_id) for article_id, signature in rows for key in band_keys(bytes(signature))])
        last = rows[-1][0]
