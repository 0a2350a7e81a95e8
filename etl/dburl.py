"""Which database a command uses, decided without importing SQLAlchemy.

The database is chosen by ``--db``, else ``SCO_ETL_DATABASE_URL``, else
``sco.db`` in the current directory. A bare path means an SQLite file.
(A reload of unchanged files answers from the standard library's sqlite3
alone, see ``unchanged``; this is the part of ``db`` it needs.)
"""
from __future__ import annotations

import os
from pathlib import Path
from urllib.parse import quote

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
    """The file of a plain SQLite URL (``sqlite:///path``), the one SQLAlchemy would open. None for
    any other URL: another database or driver, ``:memory:``, and a path with ``?`` (options follow)
    or ``%`` (SQLAlchemy unquotes ``%20``), which only SQLAlchemy reads right."""
    if not url.startswith(SQLITE_PREFIX):
        return None
    path = url[len(SQLITE_PREFIX):]
    if not path or path == ":memory:" or "?" in path or "%" in path:
        return None
    return path


def describe(url: str) -> str:
    """The URL as safe to print (no password), as SQLAlchemy renders it."""
    path = sqlite_file(url)
    if path is not None:  # no password in it: rendered here, with no import of SQLAlchemy
        return SQLITE_PREFIX + quote(path, safe=" +/")
    from sqlalchemy.engine import make_url

    return make_url(url).render_as_string(hide_password=True)
