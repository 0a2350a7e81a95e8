"""The membership timeline's geometry: status over time, one chart per organisation.

Pure functions from report rows to a ``Timeline`` of dataclasses (coordinates in SVG user
units); ``_timeline.html.j2`` turns it into inline SVG. Keeping the arithmetic out of the
template lets the tests check dates against positions without parsing SVG.
"""
from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

WIDTH = 760
LEFT = 170  # room for a state's name
RIGHT = 16
TOP = 8
AXIS = 26  # year labels under the lanes
LEGEND = 22
LANE = 18
BAND = 12  # a band's thickness inside its lane
# No chart taller than this many times its width: a taller one is unreadable once the page
# scales it to the screen, so its lanes are split over several charts instead.
MAX_ASPECT = 2.5
# Years drawn at most: beyond that a year is a few pixels wide. Only the oldest years are
# ever left out, and the page says which (the newest data is what an analyst checks first).
MAX_YEARS = 40
CHAR_WIDTH = 6.2  # average advance of an 11 px sans-serif character, for fitting labels

# Each status an event starts, ranked so that on a shared date the higher status wins.
STATUS_OF = {"dialogue_partner": "dialogue partner", "partner": "partner", "observer": "observer",
             "member": "member", "accession": "member", "founding_member": "member"}
STATUS_RANK = {"dialogue partner": 0, "partner": 1, "observer": 2, "member": 3}
STATUS_COLOURS = {"dialogue partner": "#d08a2d", "partner": "#8064a2", "observer": "#4f9a5e", "member": "#3b6ea8"}
MARKER_COLOURS = {"chairmanship": "#c0504d", "application": "#2c9fa6", "withdrawal": "#1d2330"}
OTHER_COLOUR = "#8c8c8c"
ENDS_STATUS = {"withdrawal"}


@dataclass(frozen=True)
class Label:
    text: str  # what is drawn: whole words, with an ellipsis when some were left out
    full: str  # the whole label, for the tooltip
    squeeze: float | None = None  # a single word too long for the room: drawn this wide, not cut

    @property
    def cut(self) -> bool:
        return self.text != self.full or self.squeeze is not None


@dataclass(frozen=True)
class Lane:
    label: Label
    y: float  # the lane's middle


@dataclass(frozen=True)
class Band:
    x: float
    y: float
    width: float
    height: float
    status: str
    planned: bool
    start: str  # dates as the rows give them; end is "" for a status still held
    end: str
    title: str


@dataclass(frozen=True)
class Marker:
    x: float
    y: float
    kind: str
    planned: bool
    colour: str
    title: str


@dataclass(frozen=True)
class Tick:
    x: float
    year: int


@dataclass(frozen=True)
class LegendItem:
    x: float
    label: str
    colour: str
    shape: str  # "band" or "marker"
    planned: bool = False


@dataclass
class Chart:
    key: str  # unique on the page: SVG ids (the hatch patterns) are the document's
    title: str
    width: float
    height: float
    lanes: list[Lane]
    bands: list[Band]
    markers: list[Marker]
    ticks: list[Tick]
    legend: list[LegendItem]
    plot_left: float
    plot_right: float
    axis_y: float
    undated: list[str] = field(default_factory=list)


HATCHES = {**STATUS_COLOURS, "other": OTHER_COLOUR}  # a hatch pattern per colour a planned shape takes


@dataclass
class Timeline:
    charts: list[Chart]
    notes: list[str]


@dataclass(frozen=True)
class Event:
    group: str
    lane: str
    kind: str
    planned: bool
    date: str | None
    when: float | None  # the date as a fractional year


def decimal_year(value: Any) -> float | None:
    """``2024-07-04`` → 2024.51; a month or a year stands for its start. None when undated
    or not a date."""
    if value is None or str(value).strip() == "":
        return None
    try:
        pieces = [int(piece) for piece in str(value).strip()[:10].split("-")]
    except ValueError:
        return None
    year, month, day = (pieces + [1, 1])[:3]
    return year + (month - 1) / 12 + (day - 1) / 365


def fit_label(text: str, room: float, char_width: float = CHAR_WIDTH) -> Label:
    """``text`` within ``room`` units, cut only between words (with an ellipsis). A first word
    that alone does not fit is kept whole and drawn narrower rather than cut."""
    text = " ".join(str(text).split())
    most = max(int(room // char_width), 1)
    if len(text) <= most:
        return Label(text, text)
    words = text.split(" ")
    kept = words[0]
    for word in words[1:]:
        if len(kept) + 1 + len(word) + 1 > most:  # + 1: the ellipsis
            break
        kept += " " + word
    shown = kept + "…"
    squeeze = room if len(shown) > most else None
    return Label(shown, text, squeeze)


def read_events(records: Iterable[dict[str, Any]], date: str, lane: str, kind: str,
                group: str | None, certainty: str | None) -> list[Event]:
    events = []
    for record in records:
        planned = certainty is not None and str(record.get(certainty) or "") == "planned"
        events.append(Event(group=str(record.get(group) or "") if group else "", lane=str(record.get(lane) or "—"),
                            kind=str(record.get(kind) or ""), planned=planned,
                            date=None if record.get(date) in (None, "") else str(record[date]),
                            when=decimal_year(record.get(date))))
    return events


@dataclass(frozen=True)
class Period:
    """One status held by one state, from a date until the next change (or still held)."""
    lane: str
    status: str
    planned: bool
    start: float
    end: float | None
    start_date: str
    end_date: str


def status_periods(events: list[Event]) -> list[Period]:
    """Each state's status periods: a status holds from its event until the next status
    change or a withdrawal. Events of one state, dated; order does not matter."""
    periods: list[Period] = []
    by_lane: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        if event.when is not None and (event.kind in STATUS_OF or event.kind in ENDS_STATUS):
            by_lane[event.lane].append(event)
    for lane, lane_events in by_lane.items():
        lane_events.sort(key=lambda e: (e.when, STATUS_RANK.get(STATUS_OF.get(e.kind, ""), 9)))
        current: Event | None = None
        for event in lane_events:
            if current is not None:
                periods.append(_period(lane, current, event))
                current = None
            if event.kind in STATUS_OF:
                current = event
        if current is not None:
            periods.append(_period(lane, current, None))
    return periods


def _period(lane: str, start: Event, end: Event | None) -> Period:
    return Period(lane=lane, status=STATUS_OF[start.kind], planned=start.planned, start=start.when,
                  end=end.when if end else None, start_date=start.date or "", end_date=end.date if end else "")


def year_window(events: list[Event], max_years: int = MAX_YEARS) -> tuple[int, int]:
    """First and last-plus-one year of the axis: the newest year of the data always in, the
    oldest left out past ``max_years``."""
    dated = [e.when for e in events if e.when is not None]
    newest = math.floor(max(dated))
    oldest = math.floor(min(dated))
    return max(oldest, newest - max_years + 1), newest + 1


def year_ticks(first: int, end: int, x_of: Any, most: int = 12) -> list[Tick]:
    """Year labels counted back from the newest, so that the newest year is always labelled."""
    newest = end - 1
    step = max(1, math.ceil((newest - first + 1) / most))
    return [Tick(x_of(year), year) for year in range(newest, first - 1, -step)][::-1]


def lane_order(events: list[Event]) -> list[str]:
    """States by when they first appear, then by name: the chart reads as a staircase of who
    came when; states with only undated events come last."""
    first: dict[str, float] = {}
    for event in events:
        when = event.when if event.when is not None else math.inf
        first[event.lane] = min(first.get(event.lane, math.inf), when)
    return sorted(first, key=lambda name: (first[name], name))


def lanes_per_chart(width: float = WIDTH) -> int:
    return int((MAX_ASPECT * width - TOP - AXIS - LEGEND) // LANE)


def layout_timeline(records: list[dict[str, Any]], date: str, lane: str, kind: str,
                    group: str | None = None, certainty: str | None = None) -> Timeline:
    """Small multiples: one chart per ``group`` (the most events first), a lane per ``lane``."""
    events = read_events(records, date, lane, kind, group, certainty)
    if not any(e.when is not None for e in events):
        undated = _undated_lines(events)
        return Timeline([], [f"{len(undated)} undated events, not drawn: listed in the table"] if undated else [])
    first, end = year_window(events)
    notes = []
    too_old = [e for e in events if e.when is not None and e.when < first]
    if too_old:
        notes.append(f"The charts show {first} to {end - 1}, the newest {end - first} years; "
                     f"{len(too_old)} earlier events are not drawn (a status they began is drawn from {first}).")
    by_group: dict[str, list[Event]] = defaultdict(list)
    for event in events:
        by_group[event.group].append(event)
    ordered = sorted(by_group.items(), key=lambda item: (-len(item[1]), item[0]))
    charts = []
    for number, (name, group_events) in enumerate(ordered):
        charts += group_charts(f"t{number}", name, group_events, first, end)
    return Timeline(charts, notes)


def group_charts(key: str, name: str, events: list[Event], first: int, end: int) -> list[Chart]:
    """One organisation's charts: one, or its states split over several where one chart would
    be taller than ``MAX_ASPECT`` times its width."""
    order = [lane for lane in lane_order(events) if any(e.lane == lane and e.when is not None for e in events)]
    size = lanes_per_chart()
    parts = [order[start:start + size] for start in range(0, len(order), size)] or [[]]
    charts = []
    for index, lanes in enumerate(parts):
        title = name if len(parts) == 1 else (f"{name} (states {index * size + 1}–{index * size + len(lanes)} "
                                              f"of {len(order)})")
        chosen = set(lanes)
        charts.append(chart_layout(f"{key}-{index}", title, lanes, [e for e in events if e.lane in chosen], first, end))
    charts[-1].undated = _undated_lines(events)
    return charts


def chart_layout(key: str, title: str, lanes: list[str], events: list[Event], first: int, end: int) -> Chart:
    plot_left, plot_right = LEFT, WIDTH - RIGHT
    height = TOP + LANE * len(lanes) + AXIS + LEGEND
    axis_y = TOP + LANE * len(lanes)

    def x_of(year: float) -> float:
        return round(plot_left + (plot_right - plot_left) * (year - first) / (end - first), 1)

    def y_of(name: str) -> float:
        return TOP + LANE * lanes.index(name) + LANE / 2

    bands = [_band(period, x_of, y_of, first, end) for period in status_periods(events)
             if period.end is None or period.end > first]
    markers = [_marker(event, x_of, y_of) for event in events
               if event.when is not None and event.when >= first and event.kind not in STATUS_OF]
    return Chart(key=key, title=title, width=WIDTH, height=height,
                 lanes=[Lane(fit_label(name, LEFT - 12), y_of(name)) for name in lanes],
                 bands=bands, markers=markers, ticks=year_ticks(first, end, x_of), legend=_legend(bands, markers),
                 plot_left=plot_left, plot_right=plot_right, axis_y=axis_y)


def _band(period: Period, x_of: Any, y_of: Any, first: int, end: int) -> Band:
    start = max(period.start, first)
    stop = end if period.end is None else period.end
    x = x_of(start)
    until = f"until {period.end_date}" if period.end_date else "still held"
    planned = " (planned)" if period.planned else ""
    return Band(x=x, y=y_of(period.lane) - BAND / 2, width=max(round(x_of(stop) - x, 1), 1.0), height=BAND,
                status=period.status, planned=period.planned, start=period.start_date, end=period.end_date,
                title=f"{period.lane}: {period.status}{planned} from {period.start_date}, {until}")


def _marker(event: Event, x_of: Any, y_of: Any) -> Marker:
    planned = " (planned)" if event.planned else ""
    return Marker(x=x_of(event.when), y=y_of(event.lane), kind=event.kind, planned=event.planned,
                  colour=MARKER_COLOURS.get(event.kind, OTHER_COLOUR),
                  title=f"{event.lane}: {event.kind.replace('_', ' ')}{planned} {event.date}")


def _legend(bands: list[Band], markers: list[Marker]) -> list[LegendItem]:
    items: list[tuple[str, str, str, bool]] = []
    for status in sorted({b.status for b in bands}, key=lambda s: STATUS_RANK[s]):
        items.append((status, STATUS_COLOURS[status], "band", False))
    if any(b.planned for b in bands) or any(m.planned for m in markers):
        items.append(("planned", OTHER_COLOUR, "band", True))
    for kind in sorted({m.kind for m in markers}):
        items.append((kind.replace("_", " "), MARKER_COLOURS.get(kind, OTHER_COLOUR), "marker", False))
    legend, x = [], 8.0
    for label, colour, shape, planned in items:
        legend.append(LegendItem(x, label, colour, shape, planned))
        x += 36 + 7 * len(label)  # generous: the page may draw the text wider than the estimate
    return legend


def _undated_lines(events: list[Event]) -> list[str]:
    lines = {f"{e.lane}: {e.kind.replace('_', ' ')}{' (planned)' if e.planned else ''}"
             for e in events if e.when is None}
    return sorted(lines)
