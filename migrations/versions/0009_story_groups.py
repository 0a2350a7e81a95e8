"""Story groups: syndicated copies of one story, and the consolidated membership history

- articles.story_id: the id of the first-loaded copy of the article's story;
- story_signatures, story_bands: each body's MinHash signature and its band keys, the
  locality-sensitive index the loader looks copies up in (see sco_etl.fingerprint);
- v_articles gains story_id; v_membership_history is new.

Articles stored before this revision get their fingerprints from their stored bodies here,
in id order (the order they were loaded in), and join stories as the loader would have
joined them: the same code, a batch at a time.

Revision ID: 0009
Revises: 0008
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sco_etl.load.stories import backfill
from sco_etl.schema.views import create_views, drop_views

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# plain statements, as in 0002: a batch copy would recreate articles under the views
def upgrade() -> None:
    drop_views(op.get_bind())
    op.add_column("articles", sa.Column("story_id", sa.Integer(), nullable=True))
    op.create_index("ix_articles_story_id", "articles", ["story_id"])
    op.create_table(
        "story_signatures",
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.Column("signature", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_story_signatures_article_id_articles"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("article_id", name=op.f("pk_story_signatures")),
    )
    op.create_table(
        "story_bands",
        sa.Column("band_key", sa.BigInteger(), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], name=op.f("fk_story_bands_article_id_articles"),
                                ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("band_key", "article_id", name=op.f("pk_story_bands")),
    )
    op.create_index("ix_story_bands_article_id", "story_bands", ["article_id"])
    backfill(op.get_bind())
    create_views(op.get_bind())


def downgrade() -> None:
    drop_views(op.get_bind())
    op.drop_index("ix_story_bands_article_id", table_name="story_bands")
    op.drop_table("story_bands")
    op.drop_table("story_signatures")
    op.drop_index("ix_articles_story_id", table_name="articles")
    op.drop_column("articles", "story_id")
    create_views(op.get_bind(), stories=False)
