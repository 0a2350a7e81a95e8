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
import re
import sqlite3
import time
import tomllib
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from importlib.resources import files
from pathlib import Path
from typing import Any

from jinja2 import ChoiceLoader, FileSystemLoader, PackageLoader, StrictUndefined, TemplateError
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import Connection, text

FRONT_MATTER = re.compile(r"\A\s*\{#---\s*\n(?P<toml>.*?)\n---#\}\s*\n?", re.DOTALL)
PARAM_TYPES = ("str", "int", "float", "bool", "date", "choice")
ISO_DATE = re.compile(r"\d{4}(?:-\d{2}(?:-\d{2})?)?")
# a report's name becomes a file name (report all writes NAME.html): no path, no dots
REPORT_NAME = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
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
        except ValueError:
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
    if not isinstance(meta["name"], str) or not REPORT_NAME.fullmatch(meta["name"]):
        raise ReportError(f"{origin}: its name {meta['name']!r} must be letters, digits and _ "
                          "(not starting with a digit), like state_mentions")
    params = []
    for spec in meta.get("params", []):
        if spec.get("type", "str") not in PARAM_TYPES:
            raise ReportError(f"{origin}: parameter '{spec.get('name')}' has unknown type {spec.get('type')!r}")
        params.append(Param(name=spec["name"], type=spec.get("type", "str"), default=spec.get("default"),
                            required=spec.get("required", False), help=spec.get("help", ""),
                            choices=tuple(spec.get("choices", ()))))
    return Report(name=meta["name"], title=meta.get("title", meta["name"]), description=meta.get("description", ""),
                  params=tuple(params), chart=meta.get("chart", {}), template=source[match.end():], origin=origin)


@dataclass
class Catalogue:
    """The reports available: user directories first, then the built-ins."""

    directories: list[Path] = field(default_factory=list)

    def reports(self) -> dict[str, Report]:
        found: dict[str, Report] = {}
        for path in self._files():
            report = parse_report(path.read_text("utf-8"), str(path))
            found.setdefault(report.name, report)
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
        return SandboxedEnvironment(
            loader=ChoiceLoader([FileSystemLoader([str(d) for d in self.directories]),
                                 PackageLoader("sco_etl.reports", "builtin"), PackageLoader("sco_etl", "sql")]),
            undefined=StrictUndefined, autoescape=False, trim_blocks=True, lstrip_blocks=True,
        )


def render_report_sql(catalogue: Catalogue, report: Report, dialect: str, values: dict[str, Any]) -> str:
    # values reach Jinja only to decide which clauses exist; the SQL binds them as :name
    try:
        template = catalogue.environment().from_string(report.template)
        return template.render(dialect=dialect, params=values).strip()
    except TemplateError as error:  # a syntax error, an undefined name, the sandbox refusing
        raise ReportError(f"{report.origin}: {type(error).__name__}: {error}".splitlines()[0]) from None


@dataclass
class Result:
    columns: list[str]
    rows: list[tuple[Any, ...]]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, (_plain(value) for value in row))) for row in self.rows]


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, (date, datetime)):
        return value.isoformat()
    return value


# Statements a read has no use for, refused before they reach the database. Large objects live
# outside the tables: PostgreSQL 15 runs lo_create and lo_from_bytea in a READ ONLY transaction,
# and lo_import and lo_export read and write the server's files. LOCK holds tables against a
# load. The check reads the text (SQL assembled from strings at run time can hide a name), which
# is why a read is also rolled back, never committed.
LARGE_OBJECTS = re.compile(r"\b(?:lo_\w+|loread|lowrite)\b", re.IGNORECASE)
LOCK = re.compile(r"\A(?:\s+|--[^\n]*|/\*.*?\*/)*lock\b", re.IGNORECASE | re.DOTALL)


def run_query(connection: Connection, sql_text: str, values: dict[str, Any], write: bool = False,
              timeout: float | None = None) -> Result:
    """Run one SQL statement with bound values, stopped after ``timeout`` seconds (None or 0: no
    limit); read-only unless ``write``, enforced by the database itself (SQLite's ``query_only``
    and an authorizer, a PostgreSQL ``READ ONLY`` transaction), not by reading the SQL."""
    if not write:
        _refuse_outside_reading(sql_text)
    dialect = connection.dialect.name
    transaction = connection.begin()
    try:
        if not write and dialect == "postgresql":
            connection.exec_driver_sql("SET TRANSACTION READ ONLY")
        elif not write and dialect == "sqlite":
            connection.exec_driver_sql("PRAGMA query_only = ON")
        if dialect == "postgresql":  # also the transaction's first query: its READ ONLY is now fixed
            connection.execute(text("SELECT set_config('statement_timeout', :ms, true)"),
                               {"ms": str(round((timeout or 0) * 1000))})
        with _guarded(connection.connection.driver_connection, dialect, write, timeout):
            cursor = connection.execute(text(sql_text), values)
            result = Result(list(cursor.keys()), [tuple(row) for row in cursor]) if cursor.returns_rows else Result([], [])
        if write:
            transaction.commit()
        return result
    finally:
        if transaction.is_active:
            transaction.rollback()
        if not write and dialect == "sqlite":  # the pooled connection must not stay read-only
            connection.exec_driver_sql("PRAGMA query_only = OFF")
            connection.rollback()


def _refuse_outside_reading(sql_text: str) -> None:
    found = LARGE_OBJECTS.search(sql_text)
    if found:
        raise ReportError(f"large-object functions ({found.group()}) are refused: reading is read-only; "
                          "sco-etl sql --write runs them")
    if LOCK.match(sql_text):
        raise ReportError("LOCK is refused: reading is read-only; sco-etl sql --write runs it")


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
        allowed = name in READING_PRAGMAS or (name in SETTING_PRAGMAS and argument is None)
        return sqlite3.SQLITE_OK if allowed else sqlite3.SQLITE_DENY
    return sqlite3.SQLITE_OK


@contextmanager
def _guarded(driver: Any, dialect: str, write: bool, timeout: float | None) -> Iterator[None]:
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
    if dialect != "sqlite":
        yield
        return
    # SQLite has no statement timeout: the progress handler, called every 10,000 steps of its
    # virtual machine, interrupts the statement once the time is up. (The sqlite3 module runs
    # one statement per call itself.)
    if timeout:
        deadline = time.monotonic() + timeout
        driver.set_progress_handler(lambda: time.monotonic() > deadline, 10_000)
    if not write:
        driver.set_authorizer(_sqlite_reading)
    try:
        yield
    finally:
        driver.set_authorizer(None)
        driver.set_progress_handler(None, 0)


def run_report(connection: Connection, catalogue: Catalogue, report: Report, values: dict[str, Any],
               timeout: float | None = None) -> Result:
    """Run ``report`` with ``values`` already typed and checked by ``report.values``."""
    sql_text = render_report_sql(catalogue, report, connection.dialect.name, values)
    return run_query(connection, sql_text, values, timeout=timeout)
