"""Counts per month per series (articles per publisher) as small multiples: a row per series.

A stacked bar of 30 publishers needs 30 colours nobody can tell apart, and one big publisher
flattens the rest; a row per publisher, each on its own scale, shows when each one wrote at
any size. A series declared ``apart`` (the articles of an unknown publisher) is drawn last,
below a rule, in grey, so that it never passes for one of the publishers.

Pure functions from report rows to a ``Monthly`` of dataclasses (coordinates in SVG user
units); ``_monthly.html.j2`` turns it into inline SVG.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sco_etl.reports.timeline import MAX_ASPECT, Label, fit_label

WIDTH = 760
LEFT = 190  # room for a publisher's name
RIGHT = 64  # room for the row's busiest month
TOP = 8
ROW = 24
BAR = 18  # the tallest bar of a row
AXIS = 22  # year labels under the rows
GAP = 26  # between the named series and the one drawn apart, with its caption
MONTH = re.compile(r"(\d{4})-(\d{2})")
SERIES_COLOUR = "#3b6ea8"
APART_COLOUR = "#8c8c8c"


@dataclass(frozen=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    title: str


@dataclass(frozen=True)
class Row:
    label: Label
    y: float  # the row's baseline (bars grow up from it)
    peak: int  # its busiest month, the top of its own scale
    total: int
    apart: bool
    bars: list[Bar]


@dataclass(frozen=True)
class YearTick:
    x: float
    year: int


@dataclass
class MonthlyChart:
    title: str
    width: float
    height: float
    rows: list[Row]
    ticks: list[YearTick]
    plot_left: float
    plot_right: float
    axis_y: float
    rule_y: float | None = None  # the rule above the series drawn apart, when this chart has it


@dataclass
class Monthly:
    charts: list[MonthlyChart]
    notes: list[str]


def month_index(value: Any) -> int | None:
    """``2024-07`` → months since year 0; None for what is not a month ("(undated)")."""
    match = MONTH.fullmatch(str(value or "").strip()[:7])
    if not match or not 1 <= int(match.group(2)) <= 12:
        return None
    return int(match.group(1)) * 12 + int(match.group(2)) - 1


def layout_monthly(records: list[dict[str, Any]], month: str, series: str, value: str,
                   apart: str | None = None) -> Monthly:
    counts: dict[str, dict[int, int]] = defaultdict(lambda: defaultdict(int))
    undated = 0
    for record in records:
        index, amount = month_index(record.get(month)), int(record.get(value) or 0)
        if index is None:
            undated += amount
        else:
            counts[str(record.get(series) or "—")][index] += amount
    notes = [f"{undated} undated article{'s' * (undated != 1)}, not drawn: listed in the table"] if undated else []
    if not counts:
        return Monthly([], notes)
    first = min(min(months) for months in counts.values())
    last = max(max(months) for months in counts.values())
    named = sorted((name for name in counts if name != apart), key=lambda name: (-sum(counts[name].values()), name))
    charts = [chart_layout(title, [(name, counts[name], False) for name in part], first, last)
              for title, part in _parts(named, apart in counts)]
    if apart in counts:
        _add_apart_row(charts, apart, counts[apart], first, last)
    return Monthly(charts, notes)


def rows_per_chart() -> int:
    """As many rows as keep a chart within ``MAX_ASPECT`` times its width, the row drawn apart
    and its rule included."""
    return int((MAX_ASPECT * WIDTH - TOP - AXIS - GAP) // ROW) - 1


def _parts(named: list[str], has_apart: bool) -> list[tuple[str, list[str]]]:
    """The named series split over as many charts as keep each within its aspect."""
    size = rows_per_chart()
    parts = [named[start:start + size] for start in range(0, len(named), size)]
    if not parts:
        return [("", [])] if has_apart else []
    if len(parts) == 1:
        return [("", parts[0])]
    return [(f"{start * size + 1}–{start * size + len(part)} of {len(named)}", part)
            for start, part in enumerate(parts)]


def chart_layout(title: str, series: list[tuple[str, dict[int, int], bool]], first: int, last: int) -> MonthlyChart:
    plot_left, plot_right = LEFT, WIDTH - RIGHT
    step = (plot_right - plot_left) / (last - first + 1)
    axis_y = TOP + ROW * len(series)
    chart = MonthlyChart(title=title, width=WIDTH, height=axis_y + AXIS, rows=[], ticks=[],
                         plot_left=plot_left, plot_right=plot_right, axis_y=axis_y)
    chart.ticks = year_ticks(first, last, lambda index: round(plot_left + step * (index - first), 1))
    for number, (name, months, apart) in enumerate(series):
        chart.rows.append(row_layout(name, months, apart, TOP + ROW * (number + 1), first, step))
    return chart


def _add_apart_row(charts: list[MonthlyChart], name: str, months: dict[int, int], first: int, last: int) -> None:
    """The series drawn apart, under a rule at the foot of the last chart."""
    chart = charts[-1]
    chart.rule_y = chart.axis_y + GAP / 2 if chart.rows else None
    baseline = chart.axis_y + (GAP if chart.rows else 0) + ROW
    step = (chart.plot_right - chart.plot_left) / (last - first + 1)
    chart.rows.append(row_layout(name, months, True, baseline, first, step))
    chart.axis_y = baseline
    chart.height = baseline + AXIS


def row_layout(name: str, months: dict[int, int], apart: bool, baseline: float, first: int, step: float) -> Row:
    """One series' bars, on its own scale: its busiest month is a full bar."""
    peak = max(months.values(), default=0) or 1
    width = max(round(step - (1 if step >= 3 else 0), 2), 0.5)  # a hairline apart once there is room
    bars = []
    for index, amount in sorted(months.items()):
        if amount <= 0:
            continue
        height = max(round(BAR * amount / peak, 1), 1.0)
        bars.append(Bar(x=round(LEFT + step * (index - first), 2), y=round(baseline - height, 1), width=width,
                        height=height, title=f"{name}, {_month_name(index)}: {amount} article{'s' * (amount != 1)}"))
    return Row(label=fit_label(name, LEFT - 14), y=baseline, peak=max(months.values(), default=0),
               total=sum(months.values()), apart=apart, bars=bars)


def year_ticks(first: int, last: int, x_of: Any, most: int = 12) -> list[YearTick]:
    """A tick at each January, labelled back from the newest year so that it is always shown."""
    newest, oldest = last // 12, first // 12
    step = max(1, math.ceil((newest - oldest + 1) / most))
    years = [year for year in range(newest, oldest - 1, -step)][::-1]
    return [YearTick(x_of(max(year * 12, first)), year) for year in years]


def _month_name(index: int) -> str:
    return f"{index // 12:04d}-{index % 12 + 1:02d}"
