"""initial schema

Revision ID: 0001
Revises:
Create Date: 2026-11-22 11:05:50.970798
"""
from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op
from sco_etl.schema.views import create_views, drop_views

revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('load_runs',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('started_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('finished_at', sa.DateTime(timezone=True), nullable=True),
    sa.Column('status', sa.String(length=16), nullable=False),
    sa.Column('tool_version', sa.String(length=32), nullable=False),
    sa.Column('inputs', sa.JSON(), nullable=False),
    sa.Column('files_seen', sa.Integer(), nullable=False),
    sa.Column('files_loaded', sa.Integer(), nullable=False),
    sa.Column('files_unchanged', sa.Integer(), nullable=False),
    sa.Column('files_duplicate', sa.Integer(), nullable=False),
    sa.Column('files_failed', sa.Integer(), nullable=False),
    sa.CheckConstraint("status IN ('running', 'succeeded', 'partial', 'failed')", name=op.f('ck_load_runs_status')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_load_runs'))
    )
    op.create_table('states',
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('iso2', sa.String(length=2), nullable=False),
    sa.Column('numeric', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('official_name', sa.String(length=200), nullable=True),
    sa.PrimaryKeyConstraint('iso3', name=op.f('pk_states')),
    sa.UniqueConstraint('iso2', name=op.f('uq_states_iso2'))
    )
    op.create_table('load_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('run_id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('reason', sa.Text(), nullable=False),
    sa.ForeignKeyConstraint(['run_id'], ['load_runs.id'], name=op.f('fk_load_failures_run_id_load_runs'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_load_failures'))
    )
    with op.batch_alter_table('load_failures', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_load_failures_run_id'), ['run_id'], unique=False)

    op.create_table('organisations',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('acronym', sa.String(length=32), nullable=True),
    sa.Column('kind', sa.String(length=24), nullable=False),
    sa.Column('catalogue_key', sa.String(length=64), nullable=True),
    sa.Column('parent_id', sa.Integer(), nullable=True),
    sa.Column('country_iso3', sa.String(length=3), nullable=True),
    sa.CheckConstraint("kind IN ('intergovernmental', 'organ', 'government_body', 'news_outlet', 'university', 'research_institute', 'company', 'ngo', 'political_party', 'other')", name=op.f('ck_organisations_kind')),
    sa.ForeignKeyConstraint(['country_iso3'], ['states.iso3'], name=op.f('fk_organisations_country_iso3_states')),
    sa.ForeignKeyConstraint(['parent_id'], ['organisations.id'], name=op.f('fk_organisations_parent_id_organisations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisations')),
    sa.UniqueConstraint('catalogue_key', name=op.f('uq_organisations_catalogue_key'))
    )
    op.create_table('state_names',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.CheckConstraint("kind IN ('short', 'official', 'common', 'alternative', 'adjective', 'demonym', 'capital')", name=op.f('ck_state_names_kind')),
    sa.ForeignKeyConstraint(['iso3'], ['states.iso3'], name=op.f('fk_state_names_iso3_states'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_state_names')),
    sa.UniqueConstraint('iso3', 'name', 'kind', name=op.f('uq_state_names_iso3_name_kind'))
    )
    with op.batch_alter_table('state_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_state_names_iso3'), ['iso3'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('text_sha256', sa.String(length=64), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('encoding', sa.String(length=32), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.Column('standfirst', sa.Text(), nullable=True),
    sa.Column('dateline', sa.String(length=200), nullable=True),
    sa.Column('publisher_id', sa.Integer(), nullable=True),
    sa.Column('published_on', sa.String(length=10), nullable=True),
    sa.Column('published_precision', sa.String(length=8), nullable=True),
    sa.Column('body', sa.Text(), nullable=False),
    sa.Column('pipeline_version', sa.String(length=32), nullable=False),
    sa.Column('load_run_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("published_precision IN ('day', 'month', 'year')", name=op.f('ck_articles_published_precision')),
    sa.ForeignKeyConstraint(['load_run_id'], ['load_runs.id'], name=op.f('fk_articles_load_run_id_load_runs'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['publisher_id'], ['organisations.id'], name=op.f('fk_articles_publisher_id_organisations'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_articles')),
    sa.UniqueConstraint('text_sha256', name=op.f('uq_articles_text_sha256'))
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_file_name'), ['file_name'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_published_on'), ['published_on'], unique=False)
        batch_op.create_index(batch_op.f('ix_articles_publisher_id'), ['publisher_id'], unique=False)

    op.create_table('organisation_names',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('name_key', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.CheckConstraint("kind IN ('canonical', 'acronym', 'alias')", name=op.f('ck_organisation_names_kind')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_organisation_names_organisation_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_organisation_names')),
    sa.UniqueConstraint('name_key', name=op.f('uq_organisation_names_name_key'))
    )
    with op.batch_alter_table('organisation_names', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_organisation_names_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('people',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('full_name', sa.String(length=200), nullable=False),
    sa.Column('name_key', sa.String(length=200), nullable=False),
    sa.Column('role', sa.String(length=300), nullable=True),
    sa.Column('affiliation_id', sa.Integer(), nullable=True),
    sa.Column('nationality_iso3', sa.String(length=3), nullable=True),
    sa.ForeignKeyConstraint(['affiliation_id'], ['organisations.id'], name=op.f('fk_people_affiliation_id_organisations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['nationality_iso3'], ['states.iso3'], name=op.f('fk_people_nationality_iso3_states')),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_people')),
    sa.UniqueConstraint('name_key', name=op.f('uq_people_name_key'))
    )
    op.create_table('article_authors',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('person_id', sa.Integer(), nullable=False),
    sa.Column('position', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_authors_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['person_id'], ['people.id'], name=op.f('fk_article_authors_person_id_people'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'person_id', name=op.f('pk_article_authors'))
    )
    with op.batch_alter_table('article_authors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_authors_person_id'), ['person_id'], unique=False)

    op.create_table('article_organisations',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.Column('spans', sa.JSON(), nullable=False),
    sa.CheckConstraint('mentions >= 1', name=op.f('ck_article_organisations_mentions_positive')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_organisations_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_article_organisations_organisation_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('article_id', 'organisation_id', name=op.f('pk_article_organisations'))
    )
    with op.batch_alter_table('article_organisations', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_organisations_organisation_id'), ['organisation_id'], unique=False)

    op.create_table('article_parts',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('ordinal', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('start_offset', sa.Integer(), nullable=False),
    sa.Column('end_offset', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('title', 'standfirst', 'kicker', 'byline', 'date', 'dateline', 'metadata', 'body', 'caption', 'note', 'furniture')", name=op.f('ck_article_parts_kind')),
    sa.CheckConstraint('start_offset >= 0 AND end_offset >= start_offset', name=op.f('ck_article_parts_span_ordered')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_parts_article_id_articles'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_article_parts')),
    sa.UniqueConstraint('article_id', 'ordinal', name=op.f('uq_article_parts_article_id_ordinal'))
    )
    op.create_table('article_states',
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('mentions', sa.Integer(), nullable=False),
    sa.Column('spans', sa.JSON(), nullable=False),
    sa.CheckConstraint('mentions >= 1', name=op.f('ck_article_states_mentions_positive')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_article_states_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['iso3'], ['states.iso3'], name=op.f('fk_article_states_iso3_states')),
    sa.PrimaryKeyConstraint('article_id', 'iso3', name=op.f('pk_article_states'))
    )
    with op.batch_alter_table('article_states', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_article_states_iso3'), ['iso3'], unique=False)

    op.create_table('membership_events',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('iso3', sa.String(length=3), nullable=False),
    sa.Column('organisation_id', sa.Integer(), nullable=False),
    sa.Column('event_type', sa.String(length=24), nullable=False),
    sa.Column('certainty', sa.String(length=16), nullable=False),
    sa.Column('event_date', sa.String(length=10), nullable=True),
    sa.Column('date_precision', sa.String(length=8), nullable=True),
    sa.Column('evidence', sa.Text(), nullable=False),
    sa.Column('start_offset', sa.Integer(), nullable=False),
    sa.Column('end_offset', sa.Integer(), nullable=False),
    sa.CheckConstraint("certainty IN ('occurred', 'planned', 'reported')", name=op.f('ck_membership_events_certainty')),
    sa.CheckConstraint("date_precision IN ('day', 'month', 'year')", name=op.f('ck_membership_events_date_precision')),
    sa.CheckConstraint("event_type IN ('founding_member', 'accession', 'application', 'observer', 'dialogue_partner', 'partner', 'chairmanship', 'withdrawal', 'member')", name=op.f('ck_membership_events_event_type')),
    sa.CheckConstraint('event_date IS NULL AND date_precision IS NULL OR event_date IS NOT NULL AND date_precision IS NOT NULL', name=op.f('ck_membership_events_date_has_precision')),
    sa.CheckConstraint('start_offset >= 0 AND end_offset >= start_offset', name=op.f('ck_membership_events_span_ordered')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_membership_events_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['iso3'], ['states.iso3'], name=op.f('fk_membership_events_iso3_states')),
    sa.ForeignKeyConstraint(['organisation_id'], ['organisations.id'], name=op.f('fk_membership_events_organisation_id_organisations'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_membership_events'))
    )
    with op.batch_alter_table('membership_events', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_membership_events_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_events_iso3'), ['iso3'], unique=False)
        batch_op.create_index(batch_op.f('ix_membership_events_organisation_id'), ['organisation_id', 'iso3', 'event_date'], unique=False)

    op.create_table('quotes',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('kind', sa.String(length=8), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('cue', sa.String(length=64), nullable=True),
    sa.Column('speaker_person_id', sa.Integer(), nullable=True),
    sa.Column('speaker_organisation_id', sa.Integer(), nullable=True),
    sa.Column('start_offset', sa.Integer(), nullable=False),
    sa.Column('end_offset', sa.Integer(), nullable=False),
    sa.CheckConstraint("kind IN ('direct', 'indirect')", name=op.f('ck_quotes_kind')),
    sa.CheckConstraint('speaker_person_id IS NULL OR speaker_organisation_id IS NULL', name=op.f('ck_quotes_one_speaker')),
    sa.CheckConstraint('start_offset >= 0 AND end_offset >= start_offset', name=op.f('ck_quotes_span_ordered')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_quotes_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['speaker_organisation_id'], ['organisations.id'], name=op.f('fk_quotes_speaker_organisation_id_organisations'), ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['speaker_person_id'], ['people.id'], name=op.f('fk_quotes_speaker_person_id_people'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_quotes'))
    )
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_quotes_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_organisation_id'), ['speaker_organisation_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_quotes_speaker_person_id'), ['speaker_person_id'], unique=False)

    op.create_table('source_files',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('path', sa.Text(), nullable=False),
    sa.Column('file_name', sa.String(length=255), nullable=False),
    sa.Column('raw_sha256', sa.String(length=64), nullable=False),
    sa.Column('size_bytes', sa.Integer(), nullable=False),
    sa.Column('outcome', sa.String(length=16), nullable=False),
    sa.Column('article_id', sa.Integer(), nullable=False),
    sa.Column('load_run_id', sa.Integer(), nullable=True),
    sa.CheckConstraint("outcome IN ('loaded', 'duplicate')", name=op.f('ck_source_files_outcome')),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], name=op.f('fk_source_files_article_id_articles'), ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['load_run_id'], ['load_runs.id'], name=op.f('fk_source_files_load_run_id_load_runs'), ondelete='SET NULL'),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_source_files')),
    sa.UniqueConstraint('path', name=op.f('uq_source_files_path'))
    )
    with op.batch_alter_table('source_files', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_source_files_article_id'), ['article_id'], unique=False)


    create_views(op.get_bind(), article_url=False, stories=False)

def downgrade() -> None:
    drop_views(op.get_bind())
    with op.batch_alter_table('source_files', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_source_files_article_id'))

    op.drop_table('source_files')
    with op.batch_alter_table('quotes', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_person_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_speaker_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_quotes_article_id'))

    op.drop_table('quotes')
    with op.batch_alter_table('membership_events', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_membership_events_organisation_id'))
        batch_op.drop_index(batch_op.f('ix_membership_events_iso3'))
        batch_op.drop_index(batch_op.f('ix_membership_events_article_id'))

    op.drop_table('membership_events')
    with op.batch_alter_table('article_states', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_states_iso3'))

    op.drop_table('article_states')
    op.drop_table('article_parts')
    with op.batch_alter_table('article_organisations', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_organisations_organisation_id'))

    op.drop_table('article_organisations')
    with op.batch_alter_table('article_authors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_article_authors_person_id'))

    op.drop_table('article_authors')
    op.drop_table('people')
    with op.batch_alter_table('organisation_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_organisation_names_organisation_id'))

    op.drop_table('organisation_names')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_publisher_id'))
        batch_op.drop_index(batch_op.f('ix_articles_published_on'))
        batch_op.drop_index(batch_op.f('ix_articles_file_name'))

    op.drop_table('articles')
    with op.batch_alter_table('state_names', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_state_names_iso3'))

    op.drop_table('state_names')
    op.drop_table('organisations')
    with op.batch_alter_table('load_failures', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_load_failures_run_id'))

    op.drop_table('load_failures')
    op.drop_table('states')
    op.drop_table('load_runs')
