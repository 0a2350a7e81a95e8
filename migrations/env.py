"""Alembic environment: runs from the repo (``alembic upgrade head``) or in-process.

In-process callers (``sco-etl load``, ``sco-etl db upgrade``) hand over an open
connection in ``config.attributes["connection"]``. From the command line, the
database is ``-x db=URL``, else the same resolution as the CLI.
"""
from __future__ import annotations

from alembic import context
from sco_etl.db import create_db_engine
from sco_etl.dburl import resolve_url
from sco_etl.schema.tables import metadata
from sqlalchemy import Connection

config = context.config
target_metadata = metadata


def configure_and_run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        # SQLite cannot ALTER most things in place: batch mode copies the table
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_offline() -> None:
    context.configure(
        url=database_url(), target_metadata=target_metadata, literal_binds=True,
        render_as_batch=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def database_url() -> str:
    return context.get_x_argument(as_dictionary=True).get("db") or config.get_main_option(
        "sqlalchemy.url"
    ) or resolve_url()


def run_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        configure_and_run(connection)
        return
    engine = create_db_engine(database_url())
    with engine.connect() as connection:
        configure_and_run(connection)
    engine.dispose()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
