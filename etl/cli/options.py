"""Options and helpers the commands share."""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import click
from sco_etl import dburl

if TYPE_CHECKING:
    from sqlalchemy import Engine


def database_option(command: Callable) -> Callable:
    return click.option(
        "--db", "database", envvar=dburl.ENV_VAR, show_envvar=True, metavar="URL",
        help="Database URL (sqlite:///path.db, postgresql+psycopg://...) or a path to an SQLite "
             "file. Default: sco.db in the current directory.",
    )(command)


def open_engine(database: str | None) -> Engine:
    from sco_etl import db

    return db.create_db_engine(dburl.resolve_url(database))
