"""Writing a result as CSV, JSON, newline-delimited JSON, Markdown, a terminal table or a
self-contained HTML page."""
from __future__ import annotations

import csv
import io
import json
from collections.abc import Mapping
from typing import Any

from sco_etl.reports.charts import chart_svg
from sco_etl.reports.engine import Report, Result
from sco_etl.reports.templating import html_environment
from sco_etl.spreadsheet import excel_safe as _excel_safe
from tabulate import tabulate

FORMATS = ("table", "csv", "json", "nl", "markdown", "html")
# An HTML table of more rows than this gets a filter box and pages of PAGE_SIZE rows (by its
# script: without one, every row shows).
PAGED_FROM = 300
PAGE_SIZE = 100


def to_csv(result: Result, excel_safe: bool = False) -> str:
    """RFC 4180: comma separated, CRLF line ends, quotes where needed, a header row; ``excel_safe``:
    no cell a spreadsheet would run as a formula (``spreadsheet``)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    cell = _excel_safe if excel_safe else (lambda value: value)
    writer.writerow([cell(name) for name in result.columns])
    writer.writerows(["" if value is None else cell(value) for value in row] for row in result.rows)
    return buffer.getvalue()


def to_json(result: Result) -> str:
    return json.dumps(result.records(), ensure_ascii=False, indent=2) + "\n"


def to_nl(result: Result) -> str:
    """One JSON object per line (JSON Lines): a stream that jq, a log or a load reads row by row."""
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in result.records())


def to_markdown(result: Result, title: str | None = None) -> str:
    table = tabulate(result.records(), headers="keys", tablefmt="github", missingval="") if result.rows else "_No rows._"
    return (f"# {title}\n\n" if title else "") + table + "\n"


def to_table(result: Result, style: str = "simple") -> str:
    """A table for the terminal in one of tabulate's styles (``simple``, ``github``, ``grid``, ...)."""
    if not result.rows:
        return "(no rows)\n"
    rows = [[_shorten(value) for value in row] for row in result.rows]
    return tabulate(rows, headers=result.columns, tablefmt=style, missingval="") + "\n"


def _shorten(value: Any, width: int = 80) -> Any:
    if isinstance(value, str) and len(value) > width:
        return value[:width - 1] + "…"
    return value


def to_html(result: Result, report: Report | None = None, values: dict[str, Any] | None = None,
            article_links: Mapping[str, str] | None = None, sql_text: str | None = None,
            chart_result: Result | None = None) -> str:
    """``article_links``: a page of the static site, whose file names link to their article's
    page (the address of each file name's page; a name not there links to its digest row).
    ``chart_result``: the rows the chart draws, when not the table's (``engine.chart_rows``)."""
    records = result.records()
    drawn = chart_result.records() if chart_result is not None else records
    return html_environment().get_template("report.html.j2").render(
        report=report, title=report.title if report else "Query result", columns=result.columns,
        records=records, values=values or {}, chart=chart_svg(report.chart, result.columns, drawn) if report else "",
        chart_rows=len(drawn) if chart_result is not None else None, article_links=article_links, sql_text=sql_text,
        paged_from=PAGED_FROM, page_size=PAGE_SIZE,
    )


def index_html(entries: list[dict[str, Any]]) -> str:
    return html_environment().get_template("index.html.j2").render(entries=entries)


def render(result: Result, fmt: str, report: Report | None = None, values: dict[str, Any] | None = None,
           article_links: Mapping[str, str] | None = None, excel_safe: bool = False,
           chart_result: Result | None = None, table_style: str = "simple") -> str:
    if fmt == "csv":
        return to_csv(result, excel_safe)
    if fmt == "json":
        return to_json(result)
    if fmt == "nl":
        return to_nl(result)
    if fmt == "markdown":
        return to_markdown(result, report.title if report else None)
    if fmt == "html":
        return to_html(result, report, values, article_links, chart_result=chart_result)
    return to_table(result, table_style)
