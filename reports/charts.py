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
        return bar_chart(records, chart["label"], chart["value"], apart=chart.get("apart"))
    if kind == "timeline" and records and chart.get("date") in columns:
        group, certainty = chart.get("group"), chart.get("certainty")
        return timeline(records, chart["date"], chart.get("lane", columns[0]), chart.get("label", columns[0]),
                        group if group in columns else None, certainty if certainty in columns else None)
    if kind == "monthly" and records and all(chart.get(key) in columns for key in ("month", "series", "value")):
        return monthly(records, chart["month"], chart["series"], chart["value"], chart.get("apart"))
    return ""


def bar_chart(records: list[dict[str, Any]], label: str, value: str, limit: int = 25, apart: str | None = None) -> str:
    """The first ``limit`` rows as bars. The rows labelled ``apart`` (an unknown publisher) are
    no bar among the others: they come after them, below a rule, in grey, on the same scale,
    so that they neither pass for one of them nor shrink them; one longer than the longest
    named bar is drawn broken, with its figure."""
    named = [(str(r[label]), float(r[value] or 0)) for r in records if apart is None or str(r[label]) != apart][:limit]
    kept_apart = [(str(r[label]), float(r[value] or 0)) for r in records if apart is not None and str(r[label]) == apart]
    top = max((v for _, v in named or kept_apart), default=0) or 1
    step = BAR_HEIGHT + BAR_GAP
    rule = BAR_GAP + len(named) * step + RULE_GAP / 2 if named and kept_apart else None
    height = BAR_GAP + len(named) * step + (RULE_GAP if rule else 0) + len(kept_apart) * step
    parts = [f'<svg class="chart" role="img" aria-label="{escape(value)} by {escape(label)}" '
             f'viewBox="0 0 {BAR_WIDTH} {height}" xmlns="http://www.w3.org/2000/svg">']
    parts += [_bar(name, amount, BAR_GAP + index * step, top, apart=False) for index, (name, amount) in enumerate(named)]
    if rule is not None:
        parts.append(f'<line class="apart-rule" x1="8" y1="{rule}" x2="{BAR_WIDTH - 8}" y2="{rule}" '
                     'stroke="#8c8c8c" stroke-dasharray="4 3"/>')
    below = BAR_GAP + len(named) * step + (RULE_GAP if rule else 0)
    parts += [_bar(name, amount, below + index * step, top, apart=True) for index, (name, amount) in enumerate(kept_apart)]
    parts.append("</svg>")
    return "".join(parts)


BAR_HEIGHT, BAR_GAP, BAR_LEFT, BAR_WIDTH = 18, 6, 190, 640
RULE_GAP = 14  # between the bars and those drawn apart
APART_FILL = "#8c8c8c"


def _bar(name: str, amount: float, y: float, top: float, apart: bool) -> str:
    room = BAR_WIDTH - BAR_LEFT - 60
    broken = amount > top  # only a bar drawn apart can pass the longest named one
    length = room if broken else room * amount / top
    tooltip = f"{name}: {amount:g}" + (" (not to scale: longer than every bar above)" if broken else "")
    css = ' class="apart"' if apart else ""
    svg = (_label_svg(fit_label(name, BAR_LEFT - 14), BAR_LEFT - 8, y + 13) +
           f'<rect{css} x="{BAR_LEFT}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
           f'fill="{APART_FILL if apart else PALETTE[0]}"><title>{escape(tooltip)}</title></rect>'
           f'<text x="{BAR_LEFT + length + 6:.1f}" y="{y + 13}">{amount:g}</text>')
    if broken:  # two white slashes across the bar: a break in its length
        x = BAR_LEFT + length * 0.8
        svg += "".join(f'<path class="break" d="M{x + dx:.1f},{y + BAR_HEIGHT + 2}L{x + dx + 6:.1f},{y - 2}" '
                       'stroke="#fff" stroke-width="2.5"/>' for dx in (0, 5))
    return svg


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
