"""Database engines and in-process migrations (the URL itself: ``dburl``).

Alembic is the only way the schema is created or changed.
"""
from __future__ import annotations

import os
import sqlite3
import sys
import time
import uuid
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from importlib.resources import files
from pathlib import Path
from typing import TYPE_CHECKING

from sco_etl.dburl import resolve_url
from sqlalchemy import (
    Connection,
    Engine,
    column,
    create_engine,
    event,
    func,
    inspect,
    select,
    table,
)
from sqlalchemy.engine import make_url

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic is imported only where a migration is made or inspected: importing it takes
# half a second, which every load would pay just to learn the schema is current
# (``migrations.SCHEMA_REVISION`` says which revision this code is written for).


@contextmanager
def scratch_schema(server_url: str, prefix: str = "scratch") -> Iterator[str]:
    """A new, empty schema of a PostgreSQL database, dropped afterwards (tests, benchmarks):
    yields the URL whose connections use it (their search_path)."""
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server_url)
    # a schema name is an identifier, which no driver binds as a parameter; this one is ours
    with admin.begin() as connection:
        connection.exec_driver_sql(f'CREATE SCHEMA "{schema}"')
    try:
        yield f"{server_url}{'&' if '?' in server_url else '?'}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as connection:
            connection.exec_driver_sql(f'DROP SCHEMA "{schema}" CASCADE')
        admin.dispose()


def _configure_sqlite(dbapi_connection, _record) -> None:
    _configure_sqlite_reader(dbapi_connection, _record)
    cursor = dbapi_connection.cursor()
    # Write-ahead logging: one fsync per checkpoint instead of per commit, and
    # readers (analysts' queries) are not blocked while a load runs.
    _switch_to_wal(cursor)
    cursor.execute("PRAGMA synchronous = NORMAL")
    cursor.close()


_WAL_WAIT = 30.0  # seconds, as the connection's busy timeout


def _switch_to_wal(cursor) -> None:
    """Switching the journal needs the database to itself, and SQLite answers "database is
    locked" at once, without its busy timeout, when two connections to a new file try at the
    same moment (two first loads started together): try again until the other is done."""
    deadline = time.monotonic() + _WAL_WAIT
    while True:
        try:
            cursor.execute("PRAGMA journal_mode = WAL")
            return
        except sqlite3.OperationalError as error:
            if "locked" not in str(error) or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _configure_sqlite_reader(dbapi_connection, _record) -> None:
    cursor = dbapi_connection.cursor()
    # SQLite ignores FOREIGN KEY clauses unless asked, per connection.
    cursor.execute("PRAGMA foreign_keys = ON")
    # 16 MiB of page cache (default 2 MiB): a load's index pages stay in memory between its
    # statements (pread calls in a first load of 10,000 articles 50,000 -> 23,000), and the
    # organisation_mentions report at 100,000 articles ran in 0.35 s, not 0.40. A bound, so
    # memory stays flat in N.
    cursor.execute("PRAGMA cache_size = -16384")
    cursor.close()


def _configure_sqlite_writer(dbapi_connection, _record) -> None:
    # A multi-row INSERT inside a transaction keeps a statement journal (to undo that statement
    # alone); past 64 KiB SQLite spills it to a temporary file, page by page. In a first load of
    # 10,000 articles that was 245,000 of the writer's 324,000 pwrite calls; in memory (it holds
    # only the pages one statement touches) the writer's system time fell from 0.7 s to 0.3-0.5 s.
    # Only for a load: the reports' sorts and groupings ran a fifth slower with temporary
    # tables in memory (organisation_mentions at 100,000 articles: 0.49 s against 0.40).
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA temp_store = MEMORY")
    cursor.close()


def _configure_postgresql(dbapi_connection, _record) -> None:
    # No JIT compilation: the tool's statements (lookups, batches, reports) take milliseconds to
    # a second, and right after a load, before autovacuum has analysed the new rows, PostgreSQL
    # overestimates their cost and compiles them. EXPLAIN ANALYZE of the article_digest report at
    # 10,000 articles: JIT 630 ms of 704 ms.
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True  # a SET outside any transaction: it lasts the connection
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET jit = off")
    dbapi_connection.autocommit = autocommit


def create_db_engine(url: str, writer: bool = False) -> Engine:
    """An engine for ``url``; ``writer``: one that writes a load (see ``_configure_sqlite_writer``)."""
    # SQLite: wait up to 30 s for another writer (a second load) instead of failing at once
    connect_args = {"timeout": 30} if url.startswith("sqlite") else {}
    try:
        engine = create_engine(url, connect_args=connect_args)
    except ModuleNotFoundError as error:  # the PostgreSQL driver is an optional extra
        raise ValueError(f"{make_url(url).drivername} needs a driver that is not installed ({error.name}): "
                         "pip install 'sco-etl[postgres]'") from error
    if engine.dialect.name == "postgresql":
        event.listen(engine, "connect", _configure_postgresql)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _configure_sqlite)
        if writer:
            event.listen(engine, "connect", _configure_sqlite_writer)
        database = make_url(url).database
        if database and database != ":memory:":
            parent = Path(database).expanduser().parent
            if not parent.is_dir():
                raise FileNotFoundError(f"folder for the database does not exist: {parent}")
    return engine


def _configure_postgresql_reader(dbapi_connection, _record) -> None:
    # every transaction of the session READ ONLY, not only those that say so: a reading
    # command's statements cannot change data even outside run_query's own transaction
    autocommit = dbapi_connection.autocommit
    dbapi_connection.autocommit = True
    with dbapi_connection.cursor() as cursor:
        cursor.execute("SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY")
    dbapi_connection.autocommit = autocommit


def create_reader_engine(url: str) -> Engine:
    """An engine that only reads ``url``, which must exist. An SQLite file is opened read-only
    (``mode=ro``: SQLite itself refuses every write, and a misspelled path is not created as
    an empty database); a PostgreSQL session's transactions are READ ONLY."""
    if make_url(url).get_backend_name() != "sqlite":
        engine = create_db_engine(url)
        event.listen(engine, "connect", _configure_postgresql_reader)
        return engine
    path = existing_sqlite_file(url)
    uri = f"{path.resolve().as_uri()}?mode=ro"
    if not os.access(path.parent, os.W_OK):
        # A read-only folder (medium, mount, permissions) cannot hold the -shm file a WAL
        # database is read through, so SQLite cannot open it. Nothing can be writing the
        # database there either (a writer needs that file too): read it as immutable.
        uri += "&immutable=1"
        wal = path.with_name(path.name + "-wal")
        if wal.is_file() and wal.stat().st_size:
            # An immutable database is read without its -wal, whose committed changes a writer's
            # last checkpoint did not reach (it was copied, or the writer stopped): say so.
            print(f"warning: {wal} holds changes not yet checkpointed into {path.name}, which a read-only "
                  "folder cannot read: results may miss them (open the database once where it is writable)",
                  file=sys.stderr)
    engine = create_engine(make_url(url).set(query={}), creator=lambda: _connect_sqlite_reader(uri))
    event.listen(engine, "connect", _configure_sqlite_reader)
    return engine


def _connect_sqlite_reader(uri: str) -> sqlite3.Connection:
    from sco_etl.ingest.readers import MAX_ARTICLE_BYTES

    connection = sqlite3.connect(uri, uri=True, timeout=30)
    # No string, blob or row a read makes may exceed this (SQLite's own limit is 1 GB): an
    # article's text and body, as UTF-8 (up to 1.5 times the bytes read), fit with room to
    # spare, and printf('%.*c', 10^9, 'x') or zeroblob(10^9) fails at once instead of filling memory.
    connection.setlimit(sqlite3.SQLITE_LIMIT_LENGTH, 6 * MAX_ARTICLE_BYTES)
    return connection


def existing_sqlite_file(url: str) -> Path:
    """The file of an SQLite URL, which a reading command needs to exist."""
    database = make_url(url).database or ":memory:"
    path = Path(database).expanduser()
    if database == ":memory:" or not path.is_file():
        raise ValueError(f"no database at {database}: check --db, or run 'sco-etl load' first to create one")
    return path


def refuse_overwrite(url: str, targets: Iterable[Path]) -> None:
    """Output files (-o) must not replace the SQLite database being read, nor its journal."""
    if make_url(url).get_backend_name() != "sqlite" or make_url(url).database in (None, "", ":memory:"):
        return
    database = Path(make_url(url).database).expanduser().resolve()
    protected = {database, *(database.with_name(database.name + end) for end in ("-wal", "-shm", "-journal"))}
    # a hard link is another name for one of these files: the same device and inode
    inodes = {(found.st_dev, found.st_ino) for found in map(_stat, protected) if found}
    for target in targets:
        found = _stat(target.expanduser())
        # resolve(): another spelling or a symbolic link
        if target.expanduser().resolve() in protected or (found and (found.st_dev, found.st_ino) in inodes):
            raise ValueError(f"{target} is the database being read ({database}): write somewhere else")


def _stat(path: Path) -> os.stat_result | None:
    try:
        return path.stat()
    except OSError:
        return None


def alembic_config(url: str | None = None) -> Config:
    """An Alembic config pointing at the migrations shipped inside the package."""
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(files("sco_etl.migrations")))
    if url:
        config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str | None:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


VERSION_TABLE = table("alembic_version", column("version_num"))


def current_revision(engine: Engine) -> str | None:
    """The revision recorded in Alembic's own table (None: no schema yet)."""
    with engine.connect() as connection:
        return _revision(connection)


def _revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table(VERSION_TABLE.name):
        return None
    return connection.execute(select(VERSION_TABLE.c.version_num)).scalar()


def open_loaded(database: str | None, write: bool = False) -> Engine:
    """An engine on a database that already has the schema (reading commands need one); one
    that only reads (``create_reader_engine``) unless ``write``."""
    url = resolve_url(database)
    engine = create_db_engine(url) if write else create_reader_engine(url)
    if current_revision(engine) is None:
        engine.dispose()
        raise ValueError("the database has no schema yet: run 'sco-etl load' first")
    return engine


# Any fixed number: the key of the PostgreSQL advisory lock that one migration at a time holds.
MIGRATION_LOCK = 0x5C0E7100


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Migrate the database in-process (used by ``load`` and ``db upgrade``).

    Two loads may start on a new database at the same moment: each would create the tables,
    and one would fail ("table load_runs already exists"). So a migration holds a lock on the
    database first (SQLite: a write transaction, ``BEGIN IMMEDIATE``; PostgreSQL: an advisory
    lock until commit) and looks at the revision again once it has it: the second load finds
    the schema the first made, and does nothing.
    """
    from sco_etl.migrations import SCHEMA_REVISION

    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            # SQLite changes a table by copying it (batch mode): dropping the old copy must not
            # cascade to the rows that refer to it. Foreign keys are switched outside a transaction.
            connection.exec_driver_sql("PRAGMA foreign_keys = OFF")
            connection.exec_driver_sql("BEGIN IMMEDIATE")  # waits for the other writer (busy timeout)
        elif connection.dialect.name == "postgresql":
            connection.execute(select(func.pg_advisory_xact_lock(MIGRATION_LOCK)))
        try:
            if revision != "head" or _revision(connection) != SCHEMA_REVISION:
                # a heavy import that only a migration needs
                from alembic import command

                config = alembic_config()
                config.attributes["connection"] = connection
                command.upgrade(config, revision)
            connection.commit()
        finally:
            connection.rollback()
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys = ON")
