"""The coverage chart: counts per month, a row per publisher, from synthetic rows, and its SVG."""
from __future__ import annotations

import re

from sco_etl.reports.charts import monthly
from sco_etl.reports.monthly import MAX_ASPECT, layout_monthly, month_index

UNKNOWN = "(unknown publisher)"


def row(month, publisher, articles):
    return {"month": month, "publisher": publisher, "articles": articles}


def layout(rows):
    return layout_monthly(rows, "month", "publisher", "articles", UNKNOWN)


def drawn_rows(result):
    return [r for chart in result.charts for r in chart.rows]


def test_a_row_per_publisher_the_most_articles_first_and_the_unknown_last_however_many():
    rows = [row("2024-01", "Xinhua", 3), row("2024-02", "Xinhua", 1), row("2024-03", "TASS", 2),
            row("2024-01", UNKNOWN, 40), row("2024-02", UNKNOWN, 55)]
    result = layout(rows)
    [chart] = result.charts
    assert [(r.label.full, r.total, r.apart) for r in chart.rows] == [
        ("Xinhua", 4, False), ("TASS", 2, False), (UNKNOWN, 95, True)]
    unknown = chart.rows[-1]
    assert chart.rule_y is not None and chart.rows[-2].y < chart.rule_y < unknown.y - 18  # below a rule
    assert unknown.y == chart.axis_y


def test_each_row_has_its_own_scale_its_busiest_month_a_full_bar():
    [chart] = layout([row("2024-01", "Xinhua", 2), row("2024-02", "Xinhua", 4), row("2024-01", "TASS", 1)]).charts
    xinhua, tass = chart.rows
    assert [b.height for b in xinhua.bars] == [9.0, 18.0] and xinhua.peak == 4
    assert [b.height for b in tass.bars] == [18.0]
    assert all(b.y + b.height == xinhua.y for b in xinhua.bars)


def test_months_are_placed_in_order_with_the_gaps_kept_and_the_newest_year_labelled():
    [chart] = layout([row("2015-03", "Xinhua", 1), row("2026-11", "Xinhua", 1), row("2020-01", "TASS", 1)]).charts
    xinhua = chart.rows[0]
    first, last = xinhua.bars
    assert first.x == chart.plot_left
    step = (chart.plot_right - chart.plot_left) / (month_index("2026-11") - month_index("2015-03") + 1)
    assert last.x == round(chart.plot_left + step * (month_index("2026-11") - month_index("2015-03")), 2)
    assert chart.rows[1].bars[0].x == round(chart.plot_left + step * (month_index("2020-01") - month_index("2015-03")), 2)
    years = [tick.year for tick in chart.ticks]
    assert years[-1] == 2026 and years == sorted(years) and len(years) <= 12


def test_undated_articles_are_told_not_drawn():
    result = layout([row("2024-01", "Xinhua", 1), row("(undated)", UNKNOWN, 3)])
    assert result.notes == ["3 undated articles, not drawn: listed in the table"]
    assert [r.label.full for r in drawn_rows(result)] == ["Xinhua"]


def test_many_publishers_over_ten_years_are_split_within_the_aspect_and_none_dropped():
    rows = [row(f"{2016 + m // 12}-{m % 12 + 1:02d}", f"Publisher {p}", 1 + (p + m) % 4)
            for p in range(150) for m in range(0, 120, 7)]
    rows += [row("2025-12", UNKNOWN, 500)]
    result = layout(rows)
    assert len(result.charts) >= 2
    for chart in result.charts:
        assert chart.height <= MAX_ASPECT * chart.width, chart.title
    labels = [r.label.full for r in drawn_rows(result)]
    assert len(labels) == 151 and labels[-1] == UNKNOWN and sum(r.apart for r in drawn_rows(result)) == 1
    assert result.charts[0].title == f"1–{len(result.charts[0].rows)} of 150"
    svg = monthly(rows, "month", "publisher", "articles", UNKNOWN)
    assert f"<h2>Publisher rows 1–{len(result.charts[0].rows)} of 150</h2>" in svg


def test_only_the_unknown_publisher_is_drawn_alone():
    [chart] = layout([row("2024-01", UNKNOWN, 2)]).charts
    assert [(r.label.full, r.apart) for r in chart.rows] == [(UNKNOWN, True)] and chart.rule_y is None


def test_the_svg_is_self_contained_and_escaped():
    svg = monthly([row("2024-01", "<script>alert(1)</script>", 1), row("2024-02", "A&B", 2), row("2024-02", UNKNOWN, 9)],
                  "month", "publisher", "articles", UNKNOWN)
    assert "<script>" not in svg and "&lt;script&gt;" in svg and "A&amp;B" in svg
    assert "http://" not in svg.replace('xmlns="http://www.w3.org/2000/svg"', "") and "https://" not in svg
    assert svg.count('class="series apart"') == 1 and 'class="apart-rule"' in svg
    assert "drawn apart" in svg
    width, height = map(float, re.search(r'<svg class="chart"[^>]*? width="([\d.]+)" height="([\d.]+)"', svg).groups())
    assert height <= MAX_ASPECT * width
