"""The bar chart: a row labelled apart (an unknown publisher) is no bar among the others."""
from __future__ import annotations

import re

from sco_etl.reports.charts import bar_chart


def bars(svg):
    """(label, drawn length, drawn apart) of each bar, top to bottom."""
    found = re.findall(r'<rect( class="apart")? x="[\d.]+" y="([\d.]+)" width="([\d.]+)"[^>]*><title>(.*?):', svg)
    return [(name, float(width), bool(apart)) for apart, _, width, name in sorted(found, key=lambda f: float(f[1]))]


def test_the_unknown_comes_after_the_named_bars_below_a_rule_and_does_not_set_their_scale():
    records = [{"value": "(unknown)", "articles": 40}, {"value": "Xinhua", "articles": 10},
               {"value": "TASS", "articles": 5}]
    svg = bar_chart(records, "value", "articles", apart="(unknown)")
    drawn = bars(svg)
    assert [(name, apart) for name, _, apart in drawn] == [("Xinhua", False), ("TASS", False), ("(unknown)", True)]
    xinhua, tass, unknown = (length for _, length, _ in drawn)
    assert tass == xinhua / 2  # the longest named bar is the full length, not a quarter of it
    assert unknown == xinhua and svg.count('class="break"') == 2  # longer than every named bar: drawn broken
    assert ">40</text>" in svg and "not to scale" in svg
    assert svg.index('class="apart-rule"') < svg.index('class="apart"')


def test_an_unknown_shorter_than_the_named_bars_is_drawn_to_scale():
    svg = bar_chart([{"value": "Xinhua", "articles": 10}, {"value": "(unknown)", "articles": 5}], "value", "articles",
                    apart="(unknown)")
    (_, xinhua, _), (_, unknown, apart) = bars(svg)
    assert apart and unknown == xinhua / 2 and 'class="break"' not in svg


def test_without_an_apart_label_every_row_is_a_bar():
    svg = bar_chart([{"value": "(unknown)", "articles": 40}, {"value": "Xinhua", "articles": 10}], "value", "articles")
    assert [(name, apart) for name, _, apart in bars(svg)] == [("(unknown)", False), ("Xinhua", False)]
    assert "apart-rule" not in svg
