"""The stable views of ``spec/views.md``: the part of the schema analysts rely on.

Each view is one ``<name>.sql.j2`` file beside this module. Migrations create
and drop them through these functions; the tables behind them may change, the
names and columns may not.
"""
from __future__ import annotations

from sco_etl.sqltemplates import render_sql
from sqlalchemy import Connection, text

VIEW_NAMES = (
    "v_articles",
    "v_state_mentions",
    "v_organisation_mentions",
    "v_organisation_names",
    "v_quotes",
    "v_membership_events",
    "v_membership_history",
)
# the views before migration 0009, which added story groups
VIEWS_BEFORE_STORIES = VIEW_NAMES[:-1]


def create_views(connection: Connection, article_url: bool = True, stories: bool = True) -> None:
    """The views as they are now; ``article_url=False``: as migrations before 0008 made them
    (articles.url arrived in 0002, and v_articles shows it since 0008); ``stories=False``: as
    migrations before 0009 made them (no v_articles.story_id, no v_membership_history)."""
    dialect = connection.dialect.name
    for name in VIEW_NAMES if stories else VIEWS_BEFORE_STORIES:
        connection.execute(text(render_sql(f"{name}.sql.j2", dialect, article_url=article_url, stories=stories)))


def drop_views(connection: Connection) -> None:
    for name in reversed(VIEW_NAMES):
        connection.execute(text(render_sql("drop_view.sql.j2", connection.dialect.name, view=name)))
