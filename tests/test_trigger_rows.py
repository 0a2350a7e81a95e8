"""Every trigger row's own examples (etl/rules/membership_triggers.toml): each example makes
exactly the events it lists, and the row is the one that fires there; each counter-example
gives no event of the row's type. A row added with its examples is tested without a line here."""
import pytest
from sco_etl.extract.events import _trigger_matches, trigger_rows, triggers
from sco_etl.model import Span
from sco_etl.parse.layout import parse_article

from tests.test_events import events

ROWS = trigger_rows()


def _cases(key):
    return [pytest.param(number, text, expected, id=f"{number}-{row['type']}-{index}")
            for number, row in enumerate(ROWS)
            for index, example in enumerate(row.get(key, ()))
            for text, expected in [(example["text"], example["events"]) if key == "examples" else (example, None)]]


def _rows_that_fire(text: str) -> set[int]:
    article = parse_article(f"Leaders gather for the summit\nPublished: 12 September 2025\n\n{text} Delegates met for two days.")
    rows = triggers()
    return {rows.index(trigger) for trigger, _ in _trigger_matches(article.text, Span(0, len(article.text)))}


def test_every_row_has_an_example():
    assert [number for number, row in enumerate(ROWS) if not row.get("examples")] == []


@pytest.mark.parametrize("number, text, expected", _cases("examples"))
def test_a_rows_example_makes_its_events(number, text, expected):
    assert number in _rows_that_fire(text)
    assert events(text) == {(state, body, kind, certainty, date or None) for state, body, kind, certainty, date in expected}


@pytest.mark.parametrize("number, text, expected", _cases("not"))
def test_a_rows_counter_example_makes_no_event_of_its_type(number, text, expected):
    assert not any(event[2] == ROWS[number]["type"] for event in events(text))
