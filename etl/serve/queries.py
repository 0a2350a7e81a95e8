"""Every report as a Datasette canned query, rendered for SQLite from its own ``.sql.j2`` file.

A report's Jinja decides from its parameters' values which clauses the statement has (a
filter only when given, a LIMIT only when not 0, a date compared as far as it goes), so no
one statement fits every value. The canned query of the page being asked for is therefore
rendered for that request's values, typed and checked as ``sco-etl report run`` does it;
every other page (the list of queries) sees each report rendered with its defaults. A field
left empty means the parameter's default. Reports are read when the server starts.

Datasette binds each value, typed, through a magic parameter: the statement's ``:as_of`` is
written ``:_report_as_of``, which ``plugin.bound_value`` answers from the request's values
(Datasette itself would bind the text of the field, empty for a default).
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sco_etl.reports import Catalogue, Report, ReportError, render_report_sql
from sco_etl.serve.metadata import templates

MAGIC = "report"
# a named parameter outside quotes and comments (those are matched first and kept as they are)
PLACEHOLDER = re.compile(r"""'(?:[^']|'')*'|"(?:[^"]|"")*"|--[^\n]*|/\*.*?\*/|(?<![:\w]):(?P<name>[A-Za-z_]\w*)""",
                         re.DOTALL)


@dataclass(frozen=True)
class Requested:
    """The report a request runs: its canned query rendered for the request's values, or why
    the values were refused."""

    name: str
    values: dict[str, Any] | None
    query: dict[str, Any] | None
    error: str | None = None


def requested(catalogue: Catalogue, report: Report, args: Mapping[str, str]) -> Requested:
    given = {param.name: args[param.name] for param in report.params if args.get(param.name, "").strip()}
    try:
        values = report.values(given)
        return Requested(report.name, values, canned_query(catalogue, report, values))
    except ReportError as error:
        return Requested(report.name, None, None, str(error))


@dataclass(frozen=True)
class Offered:
    """The reports a server offers, read when it starts, with their canned queries for the
    defaults (rendered once: Datasette looks the queries up many times for one page)."""

    catalogue: Catalogue
    reports: dict[str, Report]
    queries: dict[str, dict[str, Any]]

    def with_current(self, current: Requested | None) -> dict[str, dict[str, Any]]:
        if current is None:
            return self.queries
        if current.query is None:
            raise ReportError(current.error)
        return {**self.queries, current.name: current.query}


def offered(catalogue: Catalogue) -> Offered:
    """Every report, rendered with its defaults (a required parameter as not given: its page
    asks for it). One that cannot be rendered so is left out (``sco-etl report show`` says why)."""
    reports = catalogue.reports()
    queries = {}
    for name, report in reports.items():
        defaults = {param.name: param.convert(param.default) for param in report.params}
        try:
            queries[name] = canned_query(catalogue, report, defaults)
        except ReportError:
            continue
    return Offered(catalogue, reports, queries)


def canned_query(catalogue: Catalogue, report: Report, values: dict[str, Any]) -> dict[str, Any]:
    sql_text = render_report_sql(catalogue, report, "sqlite", values)
    return {
        "sql": magic_names(sql_text, {param.name for param in report.params}),
        "title": report.title,
        "description_html": templates().get_template("report_description.html").render(report=report),
        "params": [param.name for param in report.params],
    }


def magic_names(sql_text: str, names: set[str]) -> str:
    """``:name`` written ``:_report_name`` for each parameter the report declares."""
    def rename(found: re.Match) -> str:
        name = found.group("name")
        return f":_{MAGIC}_{name}" if name in names else found.group()

    return PLACEHOLDER.sub(rename, sql_text)
