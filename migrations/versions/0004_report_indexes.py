"""Indexes the built-in reports read alone: wider versions of four existing ones

- membership_events (organisation_id, iso3, event_type, certainty, event_date): an
  event's identity, so the membership timeline groups events in one ordered pass
  instead of sorting them all (8 s -> under 0.5 s at 100,000 generated articles);
- article_states (iso3, mentions) and article_organisations (organisation_id,
  article_id, mentions): the per-state and per-organisation counts read the index
  only, not every row with its spans (state counts 1.8 s -> 0.16 s);
- quotes (speaker_person_id, speaker_organisation_id): a speaker is the pair.
Each replaces the narrower index of the same name, whose lookups it still serves.

Revision ID: 0004
Revises: 0003
"""
from collections.abc import Sequence

from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# (table, index, columns before, columns after)
WIDENED = [
    ("membership_events", "ix_membership_events_organisation_id",
     ["organisation_id", "iso3", "event_date"],
     ["organisation_id", "iso3", "event_type", "certainty", "event_date"]),
    ("article_states", "ix_article_states_iso3", ["iso3"], ["iso3", "mentions"]),
    ("article_organisations", "ix_article_organisations_organisation_id",
     ["organisation_id"], ["organisation_id", "article_id", "mentions"]),
    ("quotes", "ix_quotes_speaker_person_id", ["speaker_person_id"], ["speaker_person_id", "speaker_organisation_id"]),
]


# plain statements, as in 0002: a batch copy would recreate the tables under the views
def upgrade() -> None:
    for table, index, _, after in WIDENED:
        op.drop_index(index, table_name=table)
        op.create_index(index, table, after)


def downgrade() -> None:
    for table, index, before, _ in WIDENED:
        op.drop_index(index, table_name=table)
        op.create_index(index, table, before)
