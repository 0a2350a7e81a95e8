"""The membership timeline's chart: its geometry from synthetic rows, and the SVG it becomes."""
from __future__ import annotations

import re

import pytest
from sco_etl.reports.charts import timeline
from sco_etl.reports.timeline import MAX_ASPECT, decimal_year, fit_label, layout_timeline


def row(state, event_type, date, organisation="SCO", certainty="occurred"):
    return {"event_date": date, "state": state, "organisation": organisation, "event_type": event_type,
            "certainty": certainty}


def layout(rows):
    return layout_timeline(rows, "event_date", "state", "event_type", "organisation", "certainty")


def bands_of(chart, state):
    lane = next(lane for lane in chart.lanes if lane.label.full == state)
    return [band for band in chart.bands if band.y < lane.y < band.y + band.height]


def x_of(chart, year):
    """Where a date falls, from two labelled years of the axis."""
    (a, b) = chart.ticks[0], chart.ticks[-1]
    return a.x + (b.x - a.x) * (decimal_year(year) - a.year) / (b.year - a.year)


def test_a_band_runs_from_its_status_to_the_next_change_or_a_withdrawal():
    rows = [row("India", "dialogue_partner", "2005"), row("India", "observer", "2010-01"),
            row("India", "accession", "2017-06-09"), row("Turkey", "dialogue_partner", "2013"),
            row("Turkey", "withdrawal", "2020"), row("Russia", "founding_member", "2001-06-15"),
            row("Russia", "chairmanship", "2019"), row("Iran", "application", "2008"),
            row("Iran", "accession", "2023-07-04")]
    [chart] = layout(rows).charts
    india = sorted(bands_of(chart, "India"), key=lambda band: band.x)
    assert [(b.status, b.start, b.end) for b in india] == [
        ("dialogue partner", "2005", "2010-01"), ("observer", "2010-01", "2017-06-09"), ("member", "2017-06-09", "")]
    for band in india:
        assert band.x == pytest.approx(x_of(chart, band.start), abs=0.2)
        end = x_of(chart, band.end) if band.end else chart.plot_right
        assert band.x + band.width == pytest.approx(end, abs=0.2)
    [turkey] = bands_of(chart, "Turkey")
    assert turkey.end == "2020" and turkey.x + turkey.width == pytest.approx(x_of(chart, "2020"), abs=0.2)
    [russia] = bands_of(chart, "Russia")
    assert (russia.status, russia.start) == ("member", "2001-06-15")  # a founding member is a member from then
    assert {(m.kind, round(m.x)) for m in chart.markers} >= {("chairmanship", round(x_of(chart, "2019"))),
                                                              ("application", round(x_of(chart, "2008")))}


def test_a_planned_change_is_hatched_and_a_real_one_is_not():
    rows = [row("Laos", "dialogue_partner", "2022"), row("Laos", "partner", "2027", certainty="planned")]
    [chart] = layout(rows).charts
    planned = {band.status: band.planned for band in chart.bands}
    assert planned == {"dialogue partner": False, "partner": True}
    svg = timeline(rows, "event_date", "state", "event_type", "organisation", "certainty")
    partner = re.search(r'<rect class="band planned" data-status="partner"[^>]*>', svg).group()
    pattern = re.search(r'fill="url\(#([^)]+)\)"', partner).group(1)
    assert f'<pattern id="{pattern}"' in svg
    real = re.search(r'<rect class="band" data-status="dialogue partner"[^>]*>', svg).group()
    assert "url(#" not in real


def test_the_newest_year_is_drawn_and_only_the_oldest_are_capped():
    rows = [row(f"State {n}", "accession", f"{1950 + n}") for n in range(77)]  # 1950 to 2026
    result = layout(rows)
    [chart] = result.charts
    years = [tick.year for tick in chart.ticks]
    assert max(years) == 2026 and min(years) > 1950
    assert result.notes and "earlier events are not drawn" in result.notes[0]
    # a status begun before the window is still drawn, from the window's start
    assert bands_of(chart, "State 0")[0].x == chart.plot_left


def test_sixty_states_over_thirty_years_stay_readable():
    rows = [row(f"State number {n}", kind, f"{1996 + (n + step * 7) % 31}-0{1 + n % 9}", organisation=org)
            for n in range(60) for step, kind in enumerate(("dialogue_partner", "observer", "accession"))
            for org in ("SCO", "BRICS")]
    rows += [row(f"Extra {n}", "accession", "2000", organisation="SCO") for n in range(150)]
    charts = layout(rows).charts
    assert [c.title for c in charts][0].startswith("SCO")  # the most events first
    for chart in charts:
        assert chart.height <= MAX_ASPECT * chart.width, chart.title
        assert len(chart.lanes) == len({lane.y for lane in chart.lanes})
    drawn = {lane.label.full for chart in charts if chart.title.startswith("SCO") for lane in chart.lanes}
    assert len(drawn) == 210  # split over several charts, none dropped
    assert max(tick.year for tick in charts[0].ticks) == 2026


@pytest.mark.parametrize("text", ["Democratic Republic of the Congo", "Saint Vincent and the Grenadines",
                                  "Lao People's Democratic Republic", "India"])
def test_labels_are_never_cut_mid_word(text):
    label = fit_label(text, 100)
    assert label.full == text
    shown = label.text.removesuffix("…")
    assert text.startswith(shown) and (shown == text or text[len(shown)] == " ")
    assert label.text == text or label.text.endswith("…")


def test_a_shortened_label_keeps_its_whole_name_as_a_tooltip_and_one_long_word_is_squeezed():
    long_name = "Saint Vincent and the Grenadines with a much longer name than the room"
    svg = timeline([row(long_name, "observer", "2010"), row("Abcdefghijklmnopqrstuvwxyzabcdefghij", "observer", "2011")],
                   "event_date", "state", "event_type", "organisation", "certainty")
    assert f"<title>{long_name}</title>" in svg
    assert fit_label("Abcdefghijklmnopqrstuvwxyzabcdefghij", 100).squeeze == 100
    assert 'lengthAdjust="spacingAndGlyphs"' in svg


def test_undated_events_are_listed_apart_and_not_drawn():
    rows = [row("India", "accession", "2017"), row("Nepal", "dialogue_partner", None),
            row("Egypt", "observer", "", certainty="planned")]
    [chart] = layout(rows).charts
    assert chart.undated == ["Egypt: observer (planned)", "Nepal: dialogue partner"]
    assert [lane.label.full for lane in chart.lanes] == ["India"]
    svg = timeline(rows, "event_date", "state", "event_type", "organisation", "certainty")
    drawn, listed = svg.split('<div class="undated">')
    assert "Nepal" not in drawn and "Nepal: dialogue partner" in listed


def test_labels_are_escaped():
    svg = timeline([row("<script>alert(1)</script>", "accession", "2001", organisation="A&B")],
                   "event_date", "state", "event_type", "organisation", "certainty")
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "A&amp;B" in svg
