"""Charts as inline SVG, drawn here so an HTML report needs no script library or network.

Every label goes through ``html.escape``: article text can hold anything.
"""
from __future__ import annotations

from html import escape
from typing import Any

from sco_etl.reports.monthly import APART_COLOUR, SERIES_COLOUR, layout_monthly
from sco_etl.reports.templating import html_environment
from sco_etl.reports.timeline import HATCHES, STATUS_COLOURS, fit_label, layout_timeline

PALETTE = ("#3b6ea8", "#c0504d", "#4f9a5e", "#8064a2", "#d08a2d", "#2c9fa6", "#8c8c8c", "#b04a8c")


def chart_svg(chart: dict[str, Any], columns: list[str], records: list[dict[str, Any]]) -> str:
    """The SVG a report's declaration asks for, or "" when it asks for none or has no data."""
    kind = chart.get("type")
    if kind == "bar" and records and chart.get("label") in columns and chart.get("value") in columns:
        return bar_chart(records, chart["label"], chart["value"])
    if kind == "timeline" and records and chart.get("date") in columns:
        group, certainty = chart.get("group"), chart.get("certainty")
        return timeline(records, chart["date"], chart.get("lane", columns[0]), chart.get("label", columns[0]),
                        group if group in columns else None, certainty if certainty in columns else None)
    if kind == "monthly" and records and all(chart.get(key) in columns for key in ("month", "series", "value")):
        return monthly(records, chart["month"], chart["series"], chart["value"], chart.get("apart"))
    return ""


def bar_chart(records: list[dict[str, Any]], label: str, value: str, limit: int = 25) -> str:
    rows = [(str(r[label]), float(r[value] or 0)) for r in records[:limit]]
    top = max((v for _, v in rows), default=0) or 1
    bar_height, gap, left, width = 18, 6, 190, 640
    label_room = left - 14
    height = len(rows) * (bar_height + gap) + gap
    parts = [f'<svg class="chart" role="img" aria-label="{escape(value)} by {escape(label)}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for index, (name, amount) in enumerate(rows):
        y = gap + index * (bar_height + gap)
        length = (width - left - 60) * amount / top
        parts.append(_label_svg(fit_label(name, label_room), left - 8, y + 13) +
                     f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{PALETTE[0]}">'
                     f'<title>{escape(name)}: {amount:g}</title></rect>'
                     f'<text x="{left + length + 6:.1f}" y="{y + 13}">{amount:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def timeline(records: list[dict[str, Any]], date: str, lane: str, label: str,
             group: str | None = None, certainty: str | None = None) -> str:
    """Status over time as small multiples (see ``timeline.layout_timeline``)."""
    layout = layout_timeline(records, date, lane, label, group, certainty)
    if not layout.charts and not layout.notes:
        return ""
    return html_environment().get_template("_timeline.html.j2").render(
        timeline=layout, colours=STATUS_COLOURS, hatches=HATCHES)


def monthly(records: list[dict[str, Any]], month: str, series: str, value: str, apart: str | None = None) -> str:
    """Counts per month as a row per series (see ``monthly.layout_monthly``)."""
    layout = layout_monthly(records, month, series, value, apart)
    if not layout.charts and not layout.notes:
        return ""
    drawn_apart = any(row.apart for chart in layout.charts for row in chart.rows)
    return html_environment().get_template("_monthly.html.j2").render(
        monthly=layout, series=series, value=value, apart=apart if drawn_apart else None,
        colour=SERIES_COLOUR, apart_colour=APART_COLOUR)


def _label_svg(label: Any, x: float, y: float) -> str:
    """A right-aligned label; one shortened for its room keeps its whole text as a tooltip."""
    squeeze = f' textLength="{label.squeeze:g}" lengthAdjust="spacingAndGlyphs"' if label.squeeze else ""
    tooltip = f"<title>{escape(label.full)}</title>" if label.cut else ""
    return f'<text x="{x}" y="{y}" text-anchor="end"{squeeze}>{tooltip}{escape(label.text)}</text>'
