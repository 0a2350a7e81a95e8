"""Jinja-templated SQL reports: declared beside their SQL, rendered to CSV, JSON, Markdown,
a terminal table or self-contained HTML."""
from sco_etl.reports.engine import (
    Catalogue,
    Param,
    Report,
    ReportError,
    Result,
    chart_rows,
    parse_report,
    render_report_sql,
    run_query,
    run_report,
)
from sco_etl.reports.output import FORMATS, index_html, render

__all__ = [
    "FORMATS",
    "Catalogue",
    "Param",
    "Report",
    "ReportError",
    "Result",
    "chart_rows",
    "index_html",
    "parse_report",
    "render",
    "render_report_sql",
    "run_query",
    "run_report",
]
