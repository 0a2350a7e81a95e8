"""Finding printed dates in short lines and reading them as ISO dates.

Regular expressions only *locate* a date-like stretch; python-dateutil reads it,
so month names, abbreviations and orders are its job, not ours.
"""
from __future__ import annotations

import re

from dateutil import parser as date_parser

from sco_etl.model import DateValue

MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
_TIME = (r"(?:,?\s*(?:at\s+)?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:\s*[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*\(?(?:GMT|UTC|BJT|CST|IST|PKT|MSK|[A-Z]{2,4})?\s*[+-]?\d{0,2}(?::?\d{2})?\)?)?)?")

DATE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<numeric>\d{4}[-./]\d{1,2}[-./]\d{1,2})"
    rf"|(?P<day_month>{_DAY}\s+{MONTH}\.?,?\s+\d{{4}})"
    rf"|(?P<month_day>{MONTH}\.?\s+{_DAY},?\s+\d{{4}})"
    rf")(?!\d){_TIME}",
    re.IGNORECASE,
)
# A line that is only a date, perhaps labelled ("Published: 5 July 2024", "Updated 2024.07.05 16:10 GMT+8").
DATE_LABEL = re.compile(
    r"^\s*(?P<label>published|posted|updated|last updated|first published|date|time|release time|"
    r"publication date|issued)?\s*(?:on|at)?\s*[:：]?\s*",
    re.IGNORECASE,
)


def read_date(text: str) -> DateValue | None:
    """The first printed date in ``text`` as a day-precision ISO date."""
    match = DATE.search(text)
    if not match:
        return None
    printed = next(group for group in match.group("numeric", "day_month", "month_day") if group)
    try:
        value = date_parser.parse(printed.replace("Sept.", "Sep."), yearfirst=bool(match.group("numeric")))
    except (ValueError, OverflowError):
        return None
    return DateValue(value.date().isoformat())


def date_line(line: str) -> tuple[DateValue, str | None] | None:
    """``(date, label)`` when ``line`` says nothing but a (labelled) date; else None."""
    label_match = DATE_LABEL.match(line)
    rest = line[label_match.end():]
    match = DATE.match(rest)
    if not match or rest[match.end():].strip(" |·•-–—,"):
        return None
    date = read_date(rest)
    if date is None:
        return None
    label = label_match.group("label")
    return date, label.lower() if label else None
