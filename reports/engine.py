"""Reports: a ``.sql.j2`` file with its declaration in a TOML front-matter comment.

    {#---
    name = "state_mentions"
    title = "Mentions per state"
    [[params]]
    name = "publisher"
    type = "str"
    help = "Only articles from this publisher"
    ---#}
    SELECT ... {% if params.publisher is not none %} AND p.name = :publisher {% endif %}

Jinja only shapes the statement (which clauses exist); every value is a bound
parameter. Built-ins ship in ``builtin/``; directories given with ``--reports-dir``
come first, so a user's report overrides a built-in of the same name.
TOML rather than YAML: the standard library reads it (tomllib), no dependency.
"""
from __future__ import annotations

import math
import os
import re
import sqlite3
import stat
import threading
import time
import tomllib
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment, SecurityError
from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

FRONT_MATTER = re.compile(r"\A\s*\{#---\s*\n(?P<toml>.*?)\n---#\}\s*\n?", re.DOTALL)
PARAM_TYPES = ("str", "int", "float", "bool", "date", "choice")
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# a report's name becomes a file name (report all writes NAME.html): no path, no dots
REPORT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
# names no report may take, in any case: report all's own index.html, and the device names
# Windows opens instead of a file (con.html is the console)
RESERVED_NAMES = {"index", "con", "prn", "aux", "nul", *(f"{port}{n}" for port in ("com", "lpt") for n in range(1, 10))}
# what each field of a declaration holds (TOML's types)
FIELD_TYPES = {"title": str, "description": str, "params": list, "chart": dict}
PARAM_FIELD_TYPES = {"name": str, "type": str, "required": bool, "help": str, "choices": list, "min": int}
# what both databases store in an integer column (SQLite's INTEGER, PostgreSQL's bigint)
INT_RANGE = (-2**63, 2**63 - 1)


class ReportError(Exception):
    """A report that cannot be found, declared or run; the message says why."""


@dataclass(frozen=True)
class Param:
    name: str
    type: str = "str"
    default: Any = None
    required: bool = False
    help: str = ""
    choices: tuple[str, ...] = ()
    minimum: int | None = None  # an int parameter's smallest value ("min" in the declaration)

    def convert(self, raw: Any) -> Any:
        """The typed value of ``raw`` (a string from the command line, or already typed)."""
        if raw is None:
            return None
        value = str(raw).strip() if not isinstance(raw, (bool, int, float)) else raw
        try:
            if self.type == "int":
                number = int(value)
                if not INT_RANGE[0] <= number <= INT_RANGE[1]:
                    raise ReportError(f"parameter '{self.name}' must be an int of at most 64 bits, got {raw!r}")
                if self.minimum is not None and number < self.minimum:
                    raise ReportError(f"parameter '{self.name}' must be at least {self.minimum}, got {raw!r}")
                return number
            if self.type == "float":
                number = float(value)
                if not math.isfinite(number):
                    raise ValueError
                return number
            if self.type == "bool":
                if isinstance(value, bool):
                    return value
                lowered = str(value).lower()
                if lowered in {"1", "true", "yes", "on"}:
                    return True
                if lowered in {"0", "false", "no", "off"}:
                    return False
                raise ValueError
        except (TypeError, ValueError):  # TypeError: a default declared as a list or a table
            raise ReportError(f"parameter '{self.name}' must be {self.type}, got {raw!r}") from None
        if self.type == "date":
            if not ISO_DATE.fullmatch(str(value)):
                raise ReportError(f"parameter '{self.name}' must be a date as YYYY, YYYY-MM or YYYY-MM-DD, got {raw!r}")
            _check_calendar(self.name, str(value))
        if self.type == "choice" and value not in self.choices:
            raise ReportError(f"parameter '{self.name}' must be one of {', '.join(self.choices)}, got {raw!r}")
        return str(value)


def _check_calendar(name: str, value: str) -> None:
    parts = [int(piece) for piece in value.split("-")] + [1, 1]
    try:
        date(parts[0], parts[1], parts[2])
    except ValueError:
        raise ReportError(f"parameter '{name}': {value!r} is not a calendar date") from None


@dataclass(frozen=True)
class Report:
    name: str
    title: str
    description: str
    params: tuple[Param, ...]
    chart: dict[str, Any]
    template: str  # the SQL part, after the front matter
    origin: str  # where it was read from

    def values(self, given: dict[str, Any]) -> dict[str, Any]:
        """Every declared parameter with its typed value (default where not given)."""
        known = {param.name for param in self.params}
        unknown = sorted(set(given) - known)
        if unknown:
            raise ReportError(f"report '{self.name}' has no parameter '{unknown[0]}' "
                              f"(it takes: {', '.join(sorted(known)) or 'none'})")
        values = {}
        for param in self.params:
            value = param.convert(given.get(param.name, param.default))
            if value is None and param.required:
                raise ReportError(f"report '{self.name}' needs parameter '{param.name}': {param.help}")
            values[param.name] = value
        return values


def parse_report(source: str, origin: str) -> Report:
    match = FRONT_MATTER.match(source)
    if not match:
        raise ReportError(f"{origin}: a report starts with a {{#--- TOML ---#}} declaration")
    try:
        meta = tomllib.loads(match.group("toml"))
    except tomllib.TOMLDecodeError as error:
        raise ReportError(f"{origin}: its declaration is not valid TOML ({error})") from None
    if "name" not in meta:
        raise ReportError(f"{origin}: its declaration has no name")
    name = meta["name"]
    if not isinstance(name, str) or not REPORT_NAME.fullmatch(name):
        raise ReportError(f"{origin}: its name {name!r} must be letters, digits and _ "
                          "(not starting with a digit), like state_mentions")
    if name.lower() in RESERVED_NAMES:
        raise ReportError(f"{origin}: the name {name!r} is reserved (index is the index page of 'report all'; "
                          "CON, PRN, AUX, NUL, COM1-9 and LPT1-9 are devices on Windows): choose another")
    where = f"report '{name}' ({origin})"
    _check_fields(meta, FIELD_TYPES, where)
    params = []
    for spec in meta.get("params", []):
        if not isinstance(spec, dict) or "name" not in spec:
            raise ReportError(f"{where}: each parameter is a [[params]] table with a name")
        _check_fields(spec, PARAM_FIELD_TYPES, f"{where}, parameter '{spec['name']}'")
        if spec.get("type", "str") not in PARAM_TYPES:
            raise ReportError(f"{where}: parameter '{spec['name']}' has unknown type {spec.get('type')!r}")
        param = Param(name=spec["name"], type=spec.get("type", "str"), default=spec.get("default"),
                      required=spec.get("required", False), help=spec.get("help", ""),
                      choices=tuple(spec.get("choices", ())), minimum=spec.get("min"))
        try:
            param.convert(param.default)  # a default of the wrong type fails here, not at each run
        except ReportError as error:
            raise ReportError(f"{where}: the default of {error}") from None
        params.append(param)
    return Report(name=name, title=meta.get("title", name), description=meta.get("description", ""),
                  params=tuple(params), chart=meta.get("chart", {}), template=source[match.end():], origin=origin)


def _check_fields(table: dict[str, Any], types: dict[str, type], where: str) -> None:
    for key, expected in types.items():
        if key in table and not isinstance(table[key], expected):
            kind = {str: "a string", bool: "true or false", list: "an array", dict: "a table"}[expected]
            raise ReportError(f"{where}: '{key}' must be {kind}, got {table[key]!r}")


@dataclass
class Catalogue:
    """The reports available: user directories first, then the built-ins."""

    directories: list[Path] = field(default_factory=list)

    def reports(self) -> dict[str, Report]:
        found: dict[str, Report] = {}
        for path in self._files():
            report = parse_report(_read_regular_file(path), str(path))
            found.setdefault(report.name, report)
        # Roster.html and roster.html are one file where case does not count (macOS, Windows)
        by_lower: dict[str, Report] = {}
        for report in found.values():
            other = by_lower.setdefault(report.name.lower(), report)
            if other is not report:
                raise ReportError(f"report '{report.name}' ({report.origin}) and report '{other.name}' "
                                  f"({other.origin}) differ only in case: rename one")
        return dict(sorted(found.items()))

    def get(self, name: str) -> Report:
        reports = self.reports()
        if name not in reports:
            raise ReportError(f"no report named '{name}' (available: {', '.join(reports)})")
        return reports[name]

    def _files(self) -> list[Path]:
        paths: list[Path] = []
        for directory in self.directories:
            if not directory.is_dir():
                raise ReportError(f"reports directory {directory} does not exist")
            paths += sorted(directory.glob("*.sql.j2"))
        builtin = files("sco_etl.reports").joinpath("builtin")
        paths += sorted(Path(str(entry)) for entry in builtin.iterdir() if entry.name.endswith(".sql.j2"))
        return [path for path in paths if not path.name.startswith("_")]

    def environment(self) -> SandboxedEnvironment:
        return BoundedSandbox(
            loader=ChoiceLoader([FileSystemLoader([str(d) for d in self.directories]),
                                 PackageLoader("sco_etl.reports", "builtin"), PackageLoader("sco_etl", "sql")]),
            undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        )


def _read_regular_file(path: Path) -> str:
    """The text of a report file. Opened without waiting (a FIFO would wait for a writer forever),
    then checked to be a regular file: what is checked is what is read."""
    try:
        descriptor = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as error:
        raise ReportError(f"{path}: cannot be read ({error.strerror})") from None
    with open(descriptor, "rb") as stream:
        if not stat.S_ISREG(os.fstat(descriptor).st_mode):
            raise ReportError(f"{path} is not a regular file: a report is a .sql.j2 file")
        try:
            return stream.read().decode("utf-8")
        except UnicodeDecodeError as error:
            raise ReportError(f"{path}: not UTF-8 text ({error.reason} at byte {error.start})") from None


# Template arithmetic stays small: a template only decides which clauses a statement has, and
# 9 ** (9 ** 8) takes a minute to compute, 'x' * 10 ** 9 a gigabyte to hold.
MAX_INT_BITS = 333  # about 10 ** 100
MAX_SEQUENCE = 1_000_000  # characters of a string, items of a list


class BoundedSandbox(SandboxedEnvironment):
    """Jinja's sandbox, with *, ** and + refused where their result would be too large."""

    intercepted_binops = frozenset({"*", "**", "+"})

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        if _too_large(operator, left, right):
            raise SecurityError(f"the result of {operator} would be too large for a report's SQL "
                                f"(integers up to 10**100, strings and lists up to {MAX_SEQUENCE:,} items)")
        return super().call_binop(context, operator, left, right)


def _too_large(operator: str, left: Any, right: Any) -> bool:
    def integer(value: Any) -> bool:
        return isinstance(value, int) and not isinstance(value, bool)

    sequences = (str, list, tuple)
    if integer(left) and integer(right):
        if operator == "**":
            return right > 0 and abs(left) > 1 and right * math.log2(abs(left)) > MAX_INT_BITS
        return operator == "*" and left.bit_length() + right.bit_length() > MAX_INT_BITS
    if operator == "*" and isinstance(left, sequences) and integer(right):
        return len(left) * right > MAX_SEQUENCE
    if operator == "*" and integer(left) and isinstance(right, sequences):
        return left * len(right) > MAX_SEQUENCE
    if operator == "+" and isinstance(left, sequences) and isinstance(right, sequences):
        return len(left) + len(right) > MAX_SEQUENCE
    return False


def render_report_sql(catalogue: Catalogue, report: Report, dialect: str, values: dict[str, Any]) -> str:
    # values reach Jinja only to decide which clauses exist; the SQL binds them as :name
    try:
        template = catalogue.environment().from_string(report.template)
        return template.render(dialect=dialect, params=values).strip()
    except Exception as error:  # a syntax error, an undefined name, the sandbox refusing, 1/0, ...
        raise ReportError(f"report '{report.name}' ({report.origin}): {type(error).__name__}: {error}"
                          .splitlines()[0]) from None


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]
    rows_affected: int | None = None  # a statement that returns no rows: how many it changed

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, (_plain(value) for value in row))) for row in self.rows]


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


# Statements and functions a read has no use for, refused before they reach the database:
# what a READ ONLY transaction still lets change the server's state outside the tables.
# Large objects live outside the tables: PostgreSQL 15 runs lo_create and lo_from_bytea in a READ
# ONLY transaction, and lo_import and lo_export read and write the server's files. ANALYZE
# rewrites statistics in place, pg_logical_emit_message writes WAL, LOCK and advisory locks hold
# a load back, NOTIFY and the backend, log and WAL functions reach other sessions and the server,
# txid_current assigns a transaction id. DO and CALL run PL/pgSQL, which can catch the cancel of
# a timeout, and query_to_xml and ts_stat run a query given as a string, beyond this check. The
# check reads the text (SQL assembled from strings at run time can hide a name), which is why a
# read is also rolled back, never committed.
REFUSED_STATEMENTS = re.compile(r"(?:analy[sz]e|vacuum|reindex|cluster|checkpoint|listen|notify|unlisten|refresh|"
                                r"discard|load|security\s+label|do|call|lock)\b", re.IGNORECASE)
REFUSED_FUNCTIONS = re.compile(
    r"\b(?:lo_\w+|loread|lowrite|pg_logical_\w+|pg_(?:try_)?advisory_\w+|pg_terminate_backend|pg_cancel_backend|"
    r"pg_notify|pg_reload_conf|pg_rotate_logfile\w*|pg_switch_(?:wal|xlog)|pg_create_restore_point|"
    r"pg_\w*replication_(?:slot|origin)\w*|pg_stat_reset\w*|dblink\w*|txid_current\w*|pg_current_xact_id\w*|"
    r"query_to_xml\w*|ts_stat)\b", re.IGNORECASE)
# U&"lo\005Fcreate" is a PostgreSQL name spelled in escapes, which no name check would read
UNICODE_NAME = re.compile(r'u&"', re.IGNORECASE)


def run_query(connection: Connection, sql_text: str, values: dict[str, Any], write: bool = False,
              timeout: float | None = None, give_up: Callable[[str], None] | None = None) -> Result:
    """Run one SQL statement with bound values, stopped after ``timeout`` seconds (None or 0: no
    limit); read-only unless ``write``, enforced by the database itself (SQLite's ``query_only``
    and an authorizer, a PostgreSQL ``READ ONLY`` transaction), not by reading the SQL.
    ``give_up(message)`` is called if the statement ignores being stopped (see ``_Watchdog``)."""
    if not write:
        _refuse_outside_reading(sql_text)
    dialect = connection.dialect.name
    transaction = connection.begin()
    watchdog = _Watchdog(connection, timeout, give_up)
    try:
        if not write and dialect == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        elif not write and dialect == "sqlite":
            connection.exec_driver_sql("PRAGMA query_only = ON")
        if dialect == "postgresql":  # also the transaction's first query: its READ ONLY is now fixed
            connection.execute(text("SELECT set_config('statement_timeout', :ms, true)"),
                               {"ms": str(round((timeout or 0) * 1000))})
        with _guarded(connection.connection.driver_connection, dialect, write), watchdog:
            cursor = connection.execute(text(sql_text), values)
            if cursor.returns_rows:
                result = Result(list(cursor.keys()), [tuple(row) for row in cursor])
            else:  # the drivers count -1 for a statement that changes no rows (CREATE, DROP)
                result = Result([], [], rows_affected=max(cursor.rowcount, 0))
        if write:
            transaction.commit()
        return result
    except DBAPIError:
        if watchdog.stopped:  # the error is the watchdog's doing: say so, not "connection lost"
            raise ReportError(watchdog.message()) from None
        raise
    finally:
        if transaction.is_active:
            transaction.rollback()
        if not write and dialect == "sqlite":  # the pooled connection must not stay read-only
            connection.exec_driver_sql("PRAGMA query_only = OFF")
            connection.rollback()


# How long a statement may go on after being told to stop, before the next, harder stop.
GRACE_SECONDS = 2.0


class _Watchdog:
    """Holds the user's statement to its time limit, from a thread of its own.

    The database's own stop ends almost every statement: PostgreSQL's statement_timeout, and on
    SQLite an interrupt at the deadline, checked between steps of its virtual machine. Neither
    reaches a statement that never returns to such a check: one long call of a built-in
    function in SQLite, a PL/pgSQL block that catches the cancel. So, ``GRACE_SECONDS`` after
    the server's own timeout, a PostgreSQL session is ended from a second connection (the
    server rolls its transaction back); and a statement that still has not returned
    ``GRACE_SECONDS`` after the last stop is given up: ``give_up(message)``, which the command
    line answers by ending the process (a read leaves nothing half-written)."""

    def __init__(self, connection: Connection, timeout: float | None, give_up: Callable[[str], None] | None):
        self.timeout = timeout or 0
        self.stopped = False
        self._give_up = give_up
        self._started = time.monotonic()
        self._finished = threading.Event()
        self._lock = threading.Lock()  # a stop never lands on the statement after this one
        self._first_wait, self._stop = self.timeout, None
        driver = connection.connection.driver_connection
        if connection.dialect.name == "sqlite":
            self._stop = driver.interrupt
        elif connection.dialect.name == "postgresql":
            pid = driver.info.backend_pid  # this session's server process, known since connect
            self._first_wait = self.timeout + GRACE_SECONDS
            self._stop = lambda: threading.Thread(target=_terminate, args=(connection.engine, pid), daemon=True).start()

    def message(self) -> str:
        return (f"the query ran longer than {self.timeout:g} s and was stopped after "
                f"{time.monotonic() - self._started:.1f} s: --timeout SECONDS allows longer (0: no limit)")

    def __enter__(self) -> _Watchdog:
        if self.timeout and self._stop is not None:
            threading.Thread(target=self._watch, daemon=True).start()
        return self

    def __exit__(self, *_: Any) -> None:
        with self._lock:
            self._finished.set()

    def _watch(self) -> None:
        for wait, action in ((self._first_wait, self._stop_statement), (GRACE_SECONDS, self._give_up_now)):
            if self._finished.wait(wait):
                return
            with self._lock:
                if self._finished.is_set():
                    return
                action()

    def _stop_statement(self) -> None:
        self.stopped = True
        self._stop()

    def _give_up_now(self) -> None:
        if self._give_up is not None:
            self._give_up(self.message())


def _terminate(engine: Any, pid: int) -> None:
    """End the PostgreSQL session ``pid`` from a connection of its own."""
    try:
        with engine.connect() as other:
            other.execute(text("SELECT pg_terminate_backend(:pid)"), {"pid": pid})
    except Exception:  # the server is unreachable: the watchdog gives up next
        pass


def _refuse_outside_reading(sql_text: str) -> None:
    refused = ("is refused: reading is read-only; sco-etl sql --write runs it")
    if UNICODE_NAME.search(sql_text):
        raise ReportError(f'a name written in Unicode escapes (U&"...") {refused}')
    found = REFUSED_FUNCTIONS.search(sql_text)
    if found:
        raise ReportError(f"the function {found.group()} {refused}")
    for start in _statement_starts(sql_text):
        found = REFUSED_STATEMENTS.match(start)
        if found:
            raise ReportError(f"{' '.join(found.group().upper().split())} {refused}")


def _statement_starts(sql_text: str) -> tuple[str, str]:
    """The statement from its first word, past blanks, semicolons and comments, twice: as SQLite
    reads /* */ comments, and as PostgreSQL does, which nests them."""
    return _skip_comments(sql_text, nested=False), _skip_comments(sql_text, nested=True)


def _skip_comments(sql_text: str, nested: bool) -> str:
    position = 0
    while True:
        position = re.compile(r"[\s;]*").match(sql_text, position).end()
        if sql_text.startswith("--", position):
            position = re.compile(r"--[^\n\r]*").match(sql_text, position).end()
        elif sql_text.startswith("/*", position):
            depth = 0
            while position < len(sql_text):
                if sql_text.startswith("/*", position):
                    depth, position = (depth + 1 if nested else 1), position + 2
                elif sql_text.startswith("*/", position):
                    depth, position = depth - 1, position + 2
                    if depth == 0:
                        break
                else:
                    position += 1
        else:
            return sql_text[position:]


# PRAGMAs that only read, whatever their argument (a table's name)
READING_PRAGMAS = {"table_info", "table_xinfo", "table_list", "index_list", "index_info", "index_xinfo",
                   "foreign_key_list", "foreign_key_check", "integrity_check", "quick_check", "database_list",
                   "collation_list", "function_list", "module_list", "pragma_list", "compile_options"}
# PRAGMAs that read without an argument and set with one
SETTING_PRAGMAS = {"user_version", "application_id", "schema_version", "data_version", "page_size",
                   "page_count", "freelist_count", "encoding", "journal_mode", "foreign_keys", "query_only"}


def _sqlite_reading(action: int, name: str | None, argument: str | None, *_: Any) -> int:
    """SQLite's authorizer while user SQL reads. query_only stops writes to the database, not
    ATTACH (which creates the file it names), VACUUM INTO (which attaches its target) nor
    PRAGMAs that rewrite the header (journal_mode)."""
    if action in (sqlite3.SQLITE_ATTACH, sqlite3.SQLITE_DETACH):
        return sqlite3.SQLITE_DENY
    if action == sqlite3.SQLITE_PRAGMA:
        name = (name or "").lower()  # SQLite passes the name as written, and reads it in any case
        allowed = name in READING_PRAGMAS or (name in SETTING_PRAGMAS and argument is None)
        return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@contextmanager
def _guarded(driver: Any, dialect: str, write: bool) -> Iterator[None]:
    """The driver connection's guards around the user's statement, removed afterwards (the
    connection goes back to the pool)."""
    if dialect == "postgresql":
        # Without bound values psycopg sends the text as a simple query, in which the server runs
        # every statement it holds: "COMMIT; DELETE ..." would end the READ ONLY transaction and
        # then delete. A prepared statement (the extended protocol) is one statement or an
        # error; no SQL splitter has to agree with the server's parser.
        threshold, driver.prepare_threshold = driver.prepare_threshold, 0
        try:
            yield
        finally:
            driver.prepare_threshold = threshold
        return
    if dialect != "sqlite" or write:
        yield
        return
    # (The sqlite3 module runs one statement per call itself.)
    driver.set_authorizer(_sqlite_reading)
    try:
        yield
    finally:
        driver.set_authorizer(None)


def run_report(connection: Connection, catalogue: Catalogue, report: Report, values: dict[str, Any],
               timeout: float | None = None, give_up: Callable[[str], None] | None = None) -> Result:
    """Run ``report`` with ``values`` already typed and checked by ``report.values``."""
    sql_text = render_report_sql(catalogue, report, connection.dialect.name, values)
    return run_query(connection, sql_text, values, timeout=timeout, give_up=give_up)


def chart_rows(connection: Connection, catalogue: Catalogue, report: Report, values: dict[str, Any], result: Result,
               timeout: float | None = None, give_up: Callable[[str], None] | None = None) -> Result | None:
    """The rows of ``report``'s chart when they are not the table's: a chart declared
    ``unlimited`` draws every row, so when the table stopped at its limit (which keeps the
    earliest rows) the report runs again without it. None: the chart draws the table's rows."""
    limit = values.get("limit")
    if not report.chart.get("unlimited") or not limit or len(result.rows) < limit:
        return None
    return run_report(connection, catalogue, report, {**values, "limit": 0}, timeout, give_up)
