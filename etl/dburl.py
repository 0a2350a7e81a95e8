"""Which database a command uses, decided without importing SQLAlchemy.

The database is chosen by ``--db``, else ``SCO_ETL_DATABASE_URL``, else
``sco.db`` in the current directory. A bare path means an SQLite file.
(A reload of unchanged files answers from the standard library's sqlite3
alone, see ``unchanged``; this is the part of ``db`` it needs.)
"""
from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "SCO_ETL_DATABASE_URL"
DEFAULT_DATABASE = "sco.db"
SQLITE_PREFIX = "sqlite:///"


def resolve_url(database: str | None = None) -> str:
    """Turn ``--db``/the environment/the default into an SQLAlchemy URL."""
    value = database or os.environ.get(ENV_VAR) or DEFAULT_DATABASE
    if "://" in value:
        return value
    return f"{SQLITE_PREFIX}{Path(value).expanduser()}"


def sqlite_file(url: str) -> str | None:
    """The file of a plain SQLite URL (``sqlite:///path``, no driver, no options); None for any
    other URL (another database, ``:memory:``, ``?mode=...``), which only SQLAlchemy reads right."""
    if not url.startswith(SQLITE_PREFIX):
        return None
    path = url[len(SQLITE_PREFIX):]
    if not path or "?" in path or path == ":memory:":
        return None
    return path
