"""Charts as inline SVG, drawn here so an HTML report needs no script library or network.

Every label goes through ``html.escape``: article text can hold anything.
"""
from __future__ import annotations

from html import escape
from typing import Any

PALETTE = ("#3b6ea8", "#c0504d", "#4f9a5e", "#8064a2", "#d08a2d", "#2c9fa6", "#8c8c8c", "#b04a8c")


def chart_svg(chart: dict[str, Any], columns: list[str], records: list[dict[str, Any]]) -> str:
    """The SVG a report's declaration asks for, or "" when it asks for none or has no data."""
    kind = chart.get("type")
    if kind == "bar" and records and chart.get("label") in columns and chart.get("value") in columns:
        return bar_chart(records, chart["label"], chart["value"])
    if kind == "timeline" and records and chart.get("date") in columns:
        return timeline(records, chart["date"], chart.get("lane", columns[0]), chart.get("label", columns[0]))
    return ""


def bar_chart(records: list[dict[str, Any]], label: str, value: str, limit: int = 25) -> str:
    rows = [(str(r[label]), float(r[value] or 0)) for r in records[:limit]]
    top = max((v for _, v in rows), default=0) or 1
    bar_height, gap, left, width = 18, 6, 190, 640
    height = len(rows) * (bar_height + gap) + gap
    parts = [f'<svg class="chart" role="img" aria-label="{escape(value)} by {escape(label)}" '
             f'viewBox="0 0 {width} {height}" xmlns="http://www.w3.org/2000/svg">']
    for index, (name, amount) in enumerate(rows):
        y = gap + index * (bar_height + gap)
        length = (width - left - 60) * amount / top
        parts.append(f'<text x="{left - 8}" y="{y + 13}" text-anchor="end">{escape(name[:32])}</text>'
                     f'<rect x="{left}" y="{y}" width="{length:.1f}" height="{bar_height}" fill="{PALETTE[0]}">'
                     f'<title>{escape(name)}: {amount:g}</title></rect>'
                     f'<text x="{left + length + 6:.1f}" y="{y + 13}">{amount:g}</text>')
    parts.append("</svg>")
    return "".join(parts)


def _year(value: Any) -> float | None:
    """``2024-07-04`` → 2024.5 (roughly); None when undated."""
    if not value:
        return None
    pieces = str(value).split("-")
    year = int(pieces[0])
    month = int(pieces[1]) if len(pieces) > 1 else 1
    day = int(pieces[2]) if len(pieces) > 2 else 1
    return year + (month - 1) / 12 + (day - 1) / 365


def timeline(records: list[dict[str, Any]], date: str, lane: str, label: str) -> str:
    dated = [(r, _year(r[date])) for r in records if _year(r[date]) is not None]
    if not dated:
        return ""
    lanes = sorted({str(r[lane]) for r, _ in dated})
    kinds = sorted({str(r[label]) for r, _ in dated})
    first, last = min(y for _, y in dated), max(y for _, y in dated)
    first, last = int(first), int(last) + 1
    left, width, row = 150, 720, 22
    height = len(lanes) * row + 60
    span = max(last - first, 1)

    def x(year: float) -> float:
        return left + (width - left - 20) * (year - first) / span

    parts = [f'<svg class="chart" role="img" aria-label="timeline" viewBox="0 0 {width} {height}" '
             'xmlns="http://www.w3.org/2000/svg">']
    for index, name in enumerate(lanes):
        y = 20 + index * row
        parts.append(f'<text x="{left - 8}" y="{y + 4}" text-anchor="end">{escape(name[:24])}</text>'
                     f'<line x1="{left}" y1="{y}" x2="{width - 20}" y2="{y}" stroke="#ddd"/>')
    step = max(1, span // 10)
    for year in range(first, last + 1, step):
        parts.append(f'<text x="{x(year):.1f}" y="{height - 22}" text-anchor="middle">{year}</text>')
    for record, year in dated:
        y = 20 + lanes.index(str(record[lane])) * row
        colour = PALETTE[kinds.index(str(record[label])) % len(PALETTE)]
        parts.append(f'<circle cx="{x(year):.1f}" cy="{y}" r="6" fill="{colour}">'
                     f'<title>{escape(str(record[lane]))}: {escape(str(record[label]))} {escape(str(record[date]))}</title></circle>')
    legend_x = left
    for index, kind in enumerate(kinds):
        parts.append(f'<circle cx="{legend_x}" cy="{height - 6}" r="5" fill="{PALETTE[index % len(PALETTE)]}"/>'
                     f'<text x="{legend_x + 9}" y="{height - 2}">{escape(kind)}</text>')
        legend_x += 16 + 8 * len(kind)
    parts.append("</svg>")
    return "".join(parts)
