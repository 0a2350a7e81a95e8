"""A reload of unchanged files, answered before SQLAlchemy is imported.

Loading a folder again when nothing in it changed is the load run most often (a
scheduled ``sco-etl load``), and most of its time was start-up: importing SQLAlchemy
took 0.2–0.3 s of a 0.5–0.7 s reload of 10,000 files, the reload's own work 0.15 s.

So when the database is an SQLite file, ``check_reload`` first checks, with the
standard library's sqlite3, what the full load would find: the schema is this code's,
the reference data is already synchronised, and every input is a file the current
pipeline stored with the size and modification time it has now (``work.unchanged_files``
decides, as it does for the full load). Then it records the run in ``load_runs`` as the
full load would and returns the summary. Anything else (a new, changed or unreadable
input, a record file, another schema, another database, an SQLite error) leaves the run to
the full load, which goes on from the file the check stopped at: this only ever skips work
that the full load would skip too, and it writes nothing until it has decided.
"""
from __future__ import annotations

import json
import os
import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import chain, islice

from sco_etl import __version__
from sco_etl.dburl import sqlite_file
from sco_etl.ingest.discover import STDIN, Problem, Walk
from sco_etl.ingest.readers import file_input, shown
from sco_etl.load.summary import LoadSummary
from sco_etl.load.work import Stored, Task, unchanged_files
from sco_etl.migrations import SCHEMA_REVISION
from sco_etl.pipeline import PIPELINE_VERSION
from sco_etl.rules import reference_fingerprint
from sco_etl.sql import statement

# Files whose stored state one query looks up (as load.INPUTS_PER_LOOKUP: memory stays flat).
INPUTS_PER_LOOKUP = 1000
# How SQLAlchemy's SQLite dialect stores a DateTime: a run written here reads back the same.
SQLITE_DATETIME = "%Y-%m-%d %H:%M:%S.%f"
# Seconds to wait for another load's write, as db.create_db_engine.
BUSY_TIMEOUT = 30


@dataclass
class ReloadCheck:
    """What ``check_reload`` found. ``summary``: every input was unchanged, and the run is
    recorded. Else the full load goes on from where the check stopped: ``unchanged`` files
    were found unchanged, and ``rest`` is the walk after them (so no file is looked at twice:
    a folder that grew by one file at the end of 100,000 costs one walk, not two)."""

    summary: LoadSummary | None
    unchanged: int
    rest: Iterator[str | Problem]


def check_reload(url: str, inputs: list[str]) -> ReloadCheck:
    """Is every input of ``inputs`` unchanged? Then the run is recorded here."""
    walk = iter(Walk(inputs))
    path = sqlite_file(url)
    if path is None or not os.path.isfile(path) or STDIN in inputs:  # (connecting would create the file)
        return ReloadCheck(None, 0, walk)
    clock, started_at = time.perf_counter(), _now()
    unchanged, chunk = 0, []
    try:
        with closing(sqlite3.connect(path, timeout=BUSY_TIMEOUT)) as connection:
            if not _is_current(connection):
                return ReloadCheck(None, 0, walk)
            while chunk := list(islice(walk, INPUTS_PER_LOOKUP)):
                if not _all_unchanged(connection, chunk):
                    return ReloadCheck(None, unchanged, chain(chunk, walk))
                unchanged += len(chunk)
            if not unchanged:  # no input at all: the full load says so
                return ReloadCheck(None, 0, walk)
            summary = _record_run(connection, inputs, unchanged, started_at)
    except (sqlite3.Error, OSError):  # not an SQLite file, locked too long, ...: the full load tells
        return ReloadCheck(None, unchanged, chain(chunk, walk))
    summary.seconds = time.perf_counter() - clock
    return ReloadCheck(summary, unchanged, walk)


def _is_current(connection: sqlite3.Connection) -> bool:
    """The schema is this code's and the shipped reference data is already in the database."""
    revision, synchronised = connection.execute(
        statement("unchanged_database.sql"), {"reference_fingerprint": reference_fingerprint()}).fetchone()
    return revision == SCHEMA_REVISION and bool(synchronised)


def _all_unchanged(connection: sqlite3.Connection, chunk: list[str | Problem]) -> bool:
    if any(isinstance(item, Problem) for item in chunk):  # the full load logs it
        return False
    sources = [file_input(path) for path in chunk]
    known = _stored(connection, [source.path for source in sources])
    tasks = [Task(source, {source.path: known[source.path]} if source.path in known else {})
             for source in sources]
    return unchanged_files(tasks) is not None


def _stored(connection: sqlite3.Connection, paths: list[str]) -> dict[str, Stored]:
    rows = connection.execute(statement("unchanged_stored.sql"),
                              {"pipeline_version": PIPELINE_VERSION, "paths": json.dumps(paths)})
    return {path: Stored(raw_sha256, size, modified_ns) for path, raw_sha256, size, modified_ns in rows}


def _record_run(connection: sqlite3.Connection, inputs: list[str], unchanged: int,
                started_at: str) -> LoadSummary:
    with connection:  # one transaction, committed here
        cursor = connection.execute(statement("unchanged_run.sql"), {
            "started_at": started_at, "finished_at": _now(), "tool_version": __version__,
            "inputs": json.dumps([shown(item) for item in inputs]), "files_unchanged": unchanged,
            "reference_fingerprint": reference_fingerprint()})
    summary = LoadSummary(run_id=cursor.lastrowid)
    summary.add("unchanged", unchanged)
    summary.row_counts = {name: count for _, name, count in connection.execute(statement("row_counts.sql"))}
    return summary


def _now() -> str:
    return datetime.now(UTC).strftime(SQLITE_DATETIME)
