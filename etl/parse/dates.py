"""Finding printed dates in short lines and reading them as ISO dates.

Regular expressions *locate* a date-like stretch. A full date ("4 July 2024",
"July 4, 2024", "2024-07-04") is then read from the numbers and the month name the
pattern has already made sure of: python-dateutil took a tenth of a millisecond
for each, as much as the rest of reading a short article's header. Partial and
relative dates ("March 2024", "last month") are python-dateutil's to read.
"""
from __future__ import annotations

import calendar
import datetime
import re
from dataclasses import dataclass
from functools import lru_cache

from sco_etl.model import DateValue
from sco_etl.patterns import guarded

# counts in words, one to ninety-nine ("a year", "eleven months", "twenty-five years"), or in digits
_UNIT_WORDS = ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine")
_TEEN_WORDS = ("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen")
_TENS_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
COUNTS = {"a": 1, "an": 1} | dict(zip(_UNIT_WORDS, range(1, 10))) | dict(zip(_TEEN_WORDS, range(10, 20))) \
    | dict(zip(_TENS_WORDS, range(20, 100, 10)))
COUNT = rf"(?:(?:{'|'.join(_TENS_WORDS)})-(?:{'|'.join(_UNIT_WORDS)})|{'|'.join(COUNTS)}|\d{{1,2}})"


def count_of(word: str) -> int:
    """"twenty-five" → 25, "a" → 1, "12" → 12: a word ``COUNT`` matched."""
    word = word.lower()
    if word.isdigit():
        return int(word)
    tens, _, unit = word.partition("-")
    return COUNTS[tens] + (COUNTS[unit] if unit else 0)


MONTH = (r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?"
         r"|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)")
_DAY = r"\d{1,2}(?:st|nd|rd|th)?"
# a time after the date: "16:10 GMT+8", "at 9.15 am", ISO 8601's "T08:15:00+05:00" and "T08:15:00.000Z"
CLOCK = (r"\d{1,2}[:.]\d{2}(?:[:.]\d{2}(?:\.\d+)?)?(?:\s*[AaPp]\.?[Mm]\.?)?"
         r"(?:\s*\(?(?:GMT|UTC|BJT|CST|IST|PKT|MSK|Z|[A-Z]{2,4}\b)?\s*[+-]?\d{0,2}(?::?\d{2})?\)?)?")
_TIME = rf"(?:(?:T|,?\s*(?:at\s+)?|\.\s+|\s+[-–—]\s+){CLOCK})?"  # "T08:15", ", 10:15", " at 9.15 am", " - 21:30", ". 08:15 pm"

DATE = re.compile(
    r"(?<![\w.])(?:"
    r"(?P<numeric>\d{4}[-./]\d{1,2}[-./]\d{1,2})"
    # "02.08.2025", "15/07/2025", "07/15/2025": read only where the order is certain (``_read_day_first``)
    r"|(?P<figures>\d{1,2}(?P<separator>[-./])\d{1,2}(?P=separator)\d{4})"
    rf"|(?P<day_month>{_DAY}(?:\s+|-){MONTH}\.?(?:,\s*|\s+|-)\d{{4}})"  # ("01-Sep-2025", "16 October,2024")
    rf"|(?P<month_day>{MONTH}\.?,?\s+{_DAY}(?:,\s*|\s+|/)\d{{4}})"  # ("Oct 26,2025", "January 2/2024", "March, 12/2007" too)
    rf")(?!\d){_TIME}",
    re.IGNORECASE,
)
# A line that is only a date, perhaps labelled and with its weekday ("Published: 5 July 2024",
# "Updated 2024.07.05 16:10 GMT+8", "Sat 30 Aug 2025 09.15 BST", "Published - August 28, 2025").
DATE_LABEL = re.compile(
    # longer labels first: a label is matched apart from the date after it, without backtracking
    # a section's name before the hour: "Politics 15:20, 20 March 2026" (not a label: "Updated 18:40, ...")
    # (or before the date itself: "Politics 7 October 2025 15:12 (UTC +04:00)")
    # (or before "of" and a weekday: "Opinions of Friday, 7 March 2025")
    # (or two words: "World Stories 9 March 2025 10:05 (UTC +04:00)")
    r"^\s*(?:(?-i:(?!(?:Published|Publish|Posted|Updated|Update|Date|Time|Issued)\b)[A-Z][a-z]{2,15}(?:\s+[A-Z][a-z]{2,15})?)\s+"
    r"(?:(?=\d{1,2}[:.]\d{2}\s*,?\s+\d|\d{1,2}\s+(?-i:[A-Z][a-z]{2,8})\s+(?:19|20)\d{2}\b)"
    r"|of\s+(?=(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6},?\s+\d)))?"
    r"(?P<label>this content was published|published time|publication time|published date|publish date|published|publish|posted|updated|update|upd|last updated|last update|first published|"
    r"date|time|release time|"
    r"publication date|issued|broadcast|first broadcast|aired|first aired)?\s*"
    # (how long ago, then the date: "Published 2 weeks ago on March 12, 2025")
    r"(?:(?:\d{1,2}|an?)\s+(?:minutes?|hours?|days?|weeks?|months?|years?)\s+ago\s+)?(?:on|at)?\s*[:：\-–—]?\s*"
    # the time first: "Updated 18:40, 9 July 2025", "Updated 6:18 PM GMT+5, July 4, 2024"
    r"(?:\d{1,2}[:.]\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC)(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?\s*,?\s+)?"
    r"(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]{0,6}\.?,?\s+)?"  # "Sat 30 Aug 2025", "Friday, July 5, 2024"
    # a press release's "Tashkent, 10 June 2025" (or two places: "Brussels and Yerevan, 27 Mar 2025")
    # (not a month, the date's own: "Update: March, 12/2007 - 08:15")
    rf"(?:(?!(?-i:{MONTH}),)"
    r"(?-i:[A-Z][\w'’.-]+(?:\s[A-Z][\w'’.-]+){0,2}(?:\s(?:and|&)\s[A-Z][\w'’.-]+)?),\s+)?",
    re.IGNORECASE,
)


def read_date(text: str) -> DateValue | None:
    """The first printed date in ``text`` as a day-precision ISO date."""
    match = DATE.search(text)
    if not match:
        return None
    if match.group("figures"):
        value = _read_day_first(match.group("figures"), match.group("separator"))
    else:
        numeric = match.group("numeric")
        value = _read_full_date(numeric or match.group("day_month") or match.group("month_day"), bool(numeric))
    return DateValue(value.isoformat()) if value else None


def _read_day_first(printed: str, separator: str) -> datetime.date | None:
    """A date in figures with the year last. Dotted, it is day first wherever it is printed so
    ("02.08.2025": 2 August, as in Europe, Russia and Central Asia). With slashes or hyphens
    the order is known only when a number is over 12: "15/07/2025" is day first, "07/15/2025"
    month first; "02/08/2025" could be either, and a date is never guessed."""
    first, second, year = (int(number) for number in printed.split(separator))
    if separator == "." or first > 12 or first == second:
        day, month = first, second
    elif second > 12:
        day, month = second, first
    else:
        return None
    try:
        return datetime.date(year, month, day)
    except ValueError:  # 31.02.2025, 13/13/2025
        return None


@dataclass(frozen=True)
class AmbiguousDay(DateValue):
    """A date in figures whose order the page does not show: "02/09/2025" is 2 September or
    9 February. ``iso`` reads it day first, ``month_first`` the other way; the article's own
    text decides which (``told_day``), or it stays undated."""

    month_first: str = ""


def _either_order(text: str) -> AmbiguousDay | None:
    match = DATE.search(text)
    if match is None or not match.group("figures") or match.group("separator") == ".":
        return None
    first, second, year = (int(number) for number in match.group("figures").split(match.group("separator")))
    try:
        return AmbiguousDay(datetime.date(year, second, first).isoformat(), datetime.date(year, first, second).isoformat())
    except ValueError:
        return None


# a day the text names by its month: "on September 1", "on 9 June"
_MONTH_DAY = re.compile(rf"\b(?:(?P<month>{MONTH})\.?\s+(?P<day>\d{{1,2}})|(?P<day2>\d{{1,2}})\s+(?P<month2>{MONTH}))\b(?!\s*:)")
_NEWS_DAYS = 7  # a page is dated at most this many days after a day its story tells of


def told_day(printed: AmbiguousDay, text: str) -> DateValue | None:
    """The reading of an ambiguous date that a day named in ``text`` comes up to a week
    before ("02/09/2025" over a story of the leaders' meeting "on September 1" is 2 September);
    None when both readings or neither fit: a date is never guessed."""
    readings = [datetime.date.fromisoformat(iso) for iso in (printed.iso, printed.month_first)]
    named = set()
    for match in _MONTH_DAY.finditer(text):
        month = month_number(match.group("month") or match.group("month2"))
        named.add((month, int(match.group("day") or match.group("day2"))))
    fitting = [reading for reading in readings if any(_days_before(reading, month, day) for month, day in named)]
    return DateValue(fitting[0].isoformat()) if len(fitting) == 1 else None


def _days_before(reading: datetime.date, month: int, day: int) -> bool:
    for year in (reading.year, reading.year - 1):
        try:
            told = datetime.date(year, month, day)
        except ValueError:
            return False
        if 0 <= (reading - told).days <= _NEWS_DAYS:
            return True
    return False


_NUMBERS = re.compile(r"\d+")
_MONTH_NAME = re.compile(MONTH, re.IGNORECASE)
_MONTH_NUMBERS = {name.casefold(): number for number, name in enumerate(calendar.month_abbr) if name}


def month_number(name: str) -> int:
    """"August", "Aug.", "Sept" → 8, 8, 9: a month ``MONTH`` matched."""
    return _MONTH_NUMBERS[name[:3].casefold()]


def _read_full_date(printed: str, numeric: bool) -> datetime.date | None:
    """A stretch ``DATE`` matched: year-month-day in figures, or a day and a year (in that
    order in both word forms) around a month name of which three letters tell."""
    numbers = [int(number) for number in _NUMBERS.findall(printed)]
    if numeric:
        year, month, day = numbers
    else:
        (day, year), month = numbers, month_number(_MONTH_NAME.search(printed).group())
    try:
        return datetime.date(year, month, day)
    except ValueError:  # 31 February
        return None


@lru_cache(maxsize=4096)
def _parsed(printed: str, yearfirst: bool = False, default: datetime.datetime | None = None) -> datetime.datetime | None:
    """dateutil's reading of a printed date, or None. Remembered: a corpus prints the same
    dates again and again, and dateutil takes a tenth of a millisecond for each."""
    try:
        from dateutil import parser  # at the first partial date: a reload reads none

        return parser.parse(printed, yearfirst=yearfirst, default=default)
    except (ValueError, OverflowError):
        return None


_YEAR_IN_TEXT = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)")
_ON_WEEKDAY = re.compile(r"\bon\s+(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")
# words before a year that put it in the future ("will chair in 2026", "by 2030"): no clue to the present
_FUTURE_BEFORE = re.compile(r"\b(?:will|would|shall|by|until|till|planned|scheduled|expected|next|upcoming|to\s+be)\b"
                            r"[^.;]{0,25}$", re.IGNORECASE)


def year_of_dateline(month_day: str, opening: str, text: str) -> DateValue | None:
    """The date of a dateline printed without its year ("MOSCOW, March 14. /TASS/. ... told TASS
    on Friday"): of the last year the text names as a present or past one, and the year after
    it (a story is seldom dated before the last year it names), the one in which that day fell
    on the weekday of the opening sentence. None when the weekday, or such a year, is missing,
    or neither year fits: a date is never guessed. (A story that names no year as recent as
    the one before its own can still be dated wrongly; in two years out of seven.)"""
    weekday = _ON_WEEKDAY.search(opening)
    if not weekday:
        return None
    named = [int(match.group()) for match in _YEAR_IN_TEXT.finditer(text)
             if not _FUTURE_BEFORE.search(text, max(0, match.start() - 40), match.start())]
    if not named:
        return None
    wanted = WEEKDAYS.index(weekday.group("weekday").casefold())
    found = []
    for year in (max(named), max(named) + 1):
        value = _parsed(month_day, default=datetime.datetime(year, 1, 1))
        if value is not None and value.year == year and value.weekday() == wanted:
            found.append(value.date())
    return DateValue(found[0].isoformat()) if len(found) == 1 else None


ISO_PARTIAL = re.compile(r"^\s*(?P<year>\d{4})(?:-(?P<month>\d{2}))?\s*$")


def read_iso_date(value: str) -> DateValue | None:
    """A date from a structured field: ISO 8601 (``2024-07-05T08:00+08:00``, ``2024-07``,
    ``2024``) or anything ``read_date`` reads (``Fri, 05 Jul 2024 08:00:00 GMT``)."""
    partial = ISO_PARTIAL.match(value)
    if partial:
        year, month = partial.group("year", "month")
        if month and not 1 <= int(month) <= 12:
            return None
        return DateValue(f"{year}-{month}" if month else year)
    return read_date(value)


# a news database's date line: "July 4, 2024 Thursday 6:40 PM GMT", "June 15, 2025 Sunday"
_WEEKDAY_AFTER = re.compile(rf"\s*,?\s*(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b\.?\s*(?:(?:at\s+)?{CLOCK})?\s*", re.IGNORECASE)


# around a date on its line: the hour before it ("07:45 GMT 14.01.2026"), an update after it
# ("(Updated: 08:20 GMT ...)", "[ Last Update: ... ]"), a comma after the month ("December, 26, 2025")
# (with its offset: "19:06 UTC+8, 2025-08-30")
_HOUR_BEFORE = re.compile(r"^\s*\d{1,2}:\d{2}(?:\s*[AaPp]\.?[Mm]\.?)?(?:\s*(?:GMT|UTC|[A-Z]{3,4})(?:\s*[+-]\s*\d{1,2}(?::?\d{2})?)?)?"
                          r"\s*[/,·|-]?\s*(?=\d|[A-Z])")
# (or the print page: "Sat, Nov 22, 2025 page3", "Page 4")
_UPDATE_AFTER = re.compile(r"\s*(?:\(\s*(?:updated|update|edited|last\s+updated|last\s+update)\b[^)]*\)"
                           r"|\[\s*(?:updated|update|edited|last\s+updated|last\s+update)\b[^\]]*\]"
                           r"|[-–|,]?\s*(?:page|p\.)\s*[A-Z]?\d{1,3}"
                           # (the piece's age when the page was saved: "November 12, 2024 04:18 PM Age: 1 year")
                           r"|\s+age:\s*\d{1,3}\s+(?:years?|months?|weeks?|days?|hours?))\s*$", re.IGNORECASE)
_MONTH_COMMA = re.compile(rf"^(\s*{MONTH}),(?=\s+\d)", re.IGNORECASE)


# the city whose clock the hour is on: "at 3:12 pm (Paris)" (its bracket perhaps taken with the hour)
# (or after a comma, with its country: "14 Feb 2026 - 11:05, Suva,Fiji")
_PLACE_AFTER = re.compile(r"\s*\(?(?-i:[A-Z])[\w .'’-]{1,30}\)[\s|·•,-]*"
                          r"|\s*,\s*(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)?(?:\s*,\s*(?-i:[A-Z])[\w.'’-]+(?:\s+(?-i:[A-Z])[\w.'’-]+)?)?\s*")


# the hour after a bar ("30 April 2024 | 08:14 ICT"), an update after a comma ("..., updated Wed 21 Jan 2026 at 9:30am")
# ("07.10.2025 [16:25]", "October 27, 2025 @ 9:02am")
_CLOCK_AFTER = re.compile(rf"\s*[|·•,–—-]?\s*(?:at\s+|@\s*)?(?:{CLOCK}|\[\s*{CLOCK}\s*\])\s*")
# a time zone closing the line: "Jun 26, 2025 IST" (the hour printed before the date); the era
# beside another calendar's date: "29 March 2023 AD"
_ZONE_AFTER = re.compile(r"\s*\(?(?-i:[A-Z]{1,3}T|UTC|AD|CE)\)?\s*")
# a blog's category after the date ("Posted on 27 October 2025 in Articles"); a page's comment and
# view counts after the hour ("10 February 2025 12:05 am - 2 - 1,348")
_SECTION_AFTER = re.compile(r"\s+in\s+(?-i:[A-Z])[\w&'’ -]{1,30}")
_COUNTS_AFTER = re.compile(rf"\s*(?:{CLOCK})?(?:\s*[-–|·•]\s*|\s+)\d[\d,]*(?:\s*[-–|·•]\s*\d[\d,]*)+\s*")
_UPDATED_AFTER = re.compile(r"\s*[,;|]\s*(?:updated|modified|last\s+updated|edited)\b"
                            # ("Posted on : 2025-03-04 10:20 GMT Modified on : 2025-03-04 11:02 GMT")
                            r"|(?:(?<=\s)|\s+)(?:updated|modified|last\s+updated|edited)(?:\s+on)?\s*:", re.IGNORECASE)


# the outlet in brackets before the hour: "(People's Daily Online) 10:22, July 05, 2024"; the place
# where it was filed before a labelled date: "New Delhi, Updated At : 09:15 PM Jun 26, 2025 IST"
_SOURCE_BEFORE = re.compile(r"^\s*\((?-i:[A-Z])[^()]{1,40}\)\s*(?=\d)"
                            r"|^\s*(?-i:[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?),\s+(?=(?-i:Published|Updated|Posted)\b)")


# a page template's placeholder left in the saved text: "Friday, 25 October 2024 00:52 - - {{hits}}"
_PLACEHOLDER_AFTER = re.compile(r"(?:\s*[-–|])*\s*\{\{[^{}]{1,60}\}\}\s*$")


def date_line(line: str) -> tuple[DateValue, str | None] | None:
    """``(date, label)`` when ``line`` says nothing but a (labelled) date; else None."""
    if "{{" in line:
        line = _PLACEHOLDER_AFTER.sub("", line)
    if line.startswith("(") and line.endswith(")"):  # "(Last Updated On: March 12, 2025)"
        line = line[1:-1]
    line = _MONTH_COMMA.sub(r"\1", _UPDATE_AFTER.sub("", _HOUR_BEFORE.sub("", _SOURCE_BEFORE.sub("", line))))
    label_match = DATE_LABEL.match(line)
    rest = line[label_match.end():]
    match = DATE.match(rest)
    if not match or (rest[match.end():].strip(" |·•-–—,.") and not _WEEKDAY_AFTER.fullmatch(rest, match.end())
                     and not _PLACE_AFTER.fullmatch(rest, match.end()) and not _CLOCK_AFTER.fullmatch(rest, match.end())
                     and not _ZONE_AFTER.fullmatch(rest, match.end()) and not _SECTION_AFTER.fullmatch(rest, match.end())
                     and not _COUNTS_AFTER.fullmatch(rest, match.end())
                     and not _UPDATED_AFTER.match(rest, match.end())):
        return None
    date = read_date(rest) or _either_order(rest)
    if date is None:
        return None
    label = label_match.group("label")
    return date, label.lower() if label else None


# --- dates in running text -------------------------------------------------------------

WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
_YEAR = r"(?:19|20)\d{2}"
_RANGE_END = r"(?:\s*[-–/]\s*(?:\d{4}|\d{2})(?!\d)|\s+to\s+\d{4})?"
# The forms a date takes in running text, tried in this order where more than one can match.
_TEXT_DATE_FORMS = (
    rf"(?P<day_month>{_DAY}\s+{MONTH}\.?,?\s+{_YEAR})",
    rf"(?P<month_day>{MONTH}\.?\s+{_DAY},?\s+{_YEAR})",
    rf"(?P<month_year>{MONTH}\.?,?\s+{_YEAR})",
    # "on January 1 last year", "1 March this year": that day of the year named
    rf"(?P<day_of_year>(?:{_DAY}\s+(?-i:{MONTH})\.?|(?-i:{MONTH})\.?\s+{_DAY}),?\s+(?:of\s+)?(?:last|this|next)\s+year)",
    # "on 1 September", "September 1": the year is the article's (a capitalised month: "may 5" is a verb)
    rf"(?P<day_month_bare>{_DAY}\s+(?-i:{MONTH})\.?)(?!,?\s+\d)",
    rf"(?P<month_day_bare>(?-i:{MONTH})\.?\s+{_DAY})(?![\d:]|,?\s+\d)",
    rf"(?P<numeric>{_YEAR}-\d{{2}}-\d{{2}})",
    # "in the second half of 2011": its first month (a six-month term's start)
    rf"(?P<half>(?:the\s+)?(?:first|second)\s+half\s+of\s+{_YEAR})",
    # (not a year in a plan's or a title's name: "the Bangkok Vision 2030", "Agenda 2063")
    rf"(?:from\s+)?(?<!Vision\s)(?<!Agenda\s)(?<!Strategy\s)(?P<year>{_YEAR})(?![\"”]){_RANGE_END}",
    r"(?P<weekday>(?:last\s+|next\s+|this\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday))(?:['’]s)?",
    # "on New Year's Day", "on the first day of the year": the 1st of January
    r"(?P<new_year>New\s+Year['’]s\s+Day|(?:the\s+)?first\s+day\s+of\s+(?:the|this|last|next)\s+year)",
    r"(?P<relative>(?:last|this|next|the\s+previous|the\s+coming)\s+(?:year|month|week))",
    # "lodged bids this summer", "last autumn": the year of that season
    r"(?P<season>(?:last|this|next)\s+(?:spring|summer|autumn|fall|winter))",
    # "at the start of the year", "by the end of next year": that year's January, or the year
    r"(?P<year_part>(?:start|beginning|end)\s+of\s+(?:the|this|last|next)\s+year)(?!['’]s)",  # (not "this year's summit")
    rf"(?P<ago>(?:{COUNT}"
    r"\s+(?:years?|months?|decades?)|(?:half\s+a|a\s+quarter\s+of\s+a|a\s+quarter|a)\s+century)\s+ago(?:\s+today)?)",
    r"(?P<day_word>yesterday|today|tomorrow)",
    # "in July last year", "March this year": that month of the year named
    r"(?P<month_of_year>(?:(?:in|since|until|by|from)\s+)?(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)\s+(?:of\s+)?(?:last|this|next)\s+year)",
    r"(?P<month>(?:in|since|until|by|from|last|next|this|(?:beginning|start|end|middle)\s+of)\s+(?:January|February|March|April|May|June|July|August|September|October|November|December))(?!\.?,?\s+\d)",
)
# Searched at every word start of a sentence: each form led by a test of its first character,
# so a word is dropped by one test per form instead of a try at each of its months (what
# matches is the same).
TEXT_DATE = re.compile(
    r"(?<![\w.,])(?=\w)(?:"
    + "|".join(guarded(re.compile(form, re.IGNORECASE)).pattern for form in _TEXT_DATE_FORMS)
    + r")(?![\w])",
    re.IGNORECASE,
)


_CENTURIES = re.compile(r"(half\s+a|a\s+quarter\s+of\s+a|a\s+quarter|a)\s+century")


def _in_years(century: re.Match[str]) -> str:
    """"half a century" → "50 years": a span of a century said in years."""
    return {"half a": "50", "a quarter of a": "25", "a quarter": "25", "a": "100"}[" ".join(century.group(1).split())] + " years"


_YEAR_NAMED = re.compile(r"\s+(?:of\s+)?(last|this|next)\s+year", re.IGNORECASE)


def _in_year_of(day_and_month: str, anchor: datetime.date, future: bool) -> DateValue | None:
    """"1 September" near ``anchor`` (the publication date): the last one on or before it,
    or for a planned change the next one on or after it."""
    value = _parsed(day_and_month, default=datetime.datetime(anchor.year, 1, 1))
    if value is None:
        return None
    day = value.date()
    if not future and day > anchor:
        day = _same_day_in(day, anchor.year - 1)
    elif future and day < anchor:
        day = _same_day_in(day, anchor.year + 1)
    return DateValue(day.isoformat()) if day else None


def _same_day_in(day: datetime.date, year: int) -> datetime.date | None:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return None


def _shift_month(day: datetime.date, months: int) -> str:
    return months_moved(day.year, day.month, months)


def months_moved(year: int, month: int, months: int) -> str:
    """The ISO month ``months`` after (or before, when negative) ``year``-``month``."""
    index = year * 12 + month - 1 + months
    return f"{index // 12:04d}-{index % 12 + 1:02d}"


def _anchor(published: DateValue, future: bool) -> datetime.date:
    """The day a relative date is read from. An article dated by its month alone may have
    been published on any of its days: a past "4 July" in a July article is this July's (the
    month's last day), a planned one not before the month began (its first)."""
    if published.precision == "day":
        return datetime.date.fromisoformat(published.iso)
    first = datetime.date.fromisoformat(published.iso + "-01")
    return first if future else first.replace(day=calendar.monthrange(first.year, first.month)[1])


_WITH_YEAR = ("day_month", "month_day", "month_year", "numeric", "year")


def resolve_range_start(first: re.Match[str], last: re.Match[str], published: DateValue | None,
                        future: bool = False) -> DateValue | None:
    """The first date of a range ("from January to June 2023", "from 30 June to 1 July 2024"):
    in the year its last date gives when it names none itself, not in the article's year."""
    start = resolve_text_date(first, published, future)
    if any(first.group(form) for form in _WITH_YEAR) or not any(last.group(form) for form in _WITH_YEAR):
        return start
    year = int(last.group()[-4:]) if last.group()[-4:].isdigit() else None
    if year is None:
        return start
    if first.group("month"):
        return DateValue(f"{year:04d}-{_parsed(first.group('month').split()[-1]).month:02d}")
    if first.group("day_month_bare") or first.group("month_day_bare"):
        value = _parsed(first.group(), default=datetime.datetime(year, 1, 1))
        return DateValue(value.date().isoformat()) if value else start
    return start


# a season's first and last months, the northern hemisphere's (winter: its December, as the year it opens)
_SEASON_MONTHS = {"spring": (3, 5), "summer": (6, 8), "autumn": (9, 11), "fall": (9, 11), "winter": (12, 12)}


def resolve_text_date(match: re.Match[str], published: DateValue | None, future: bool = False) -> DateValue | None:
    """The date a matched expression names; relative ones need the publication date.

    ``future`` says which way to resolve a bare weekday or month: the next one for a
    planned event, the last one (or the publication day itself) otherwise.
    """
    if match.group("day_month") or match.group("month_day") or match.group("numeric"):
        return read_date(match.group())
    if match.group("month_year"):
        value = _parsed(match.group("month_year"), default=datetime.datetime(2000, 1, 1))
        return DateValue(f"{value.year:04d}-{value.month:02d}") if value else None
    if match.group("year"):
        return DateValue(match.group("year"))
    if match.group("half"):
        half, year = match.group("half").lower().split()[-4], match.group("half")[-4:]
        return DateValue(f"{year}-{'07' if half == 'second' else '01'}")
    if published is None or published.precision == "year":
        return None
    anchor = _anchor(published, future)
    if match.group("day_of_year"):
        day_and_month, which = _YEAR_NAMED.split(match.group("day_of_year"))[:2]
        year = anchor.year + {"last": -1, "next": 1}.get(which.lower(), 0)
        value = _parsed(day_and_month.rstrip(" ,"), default=datetime.datetime(year, 1, 1))
        return DateValue(value.date().isoformat()) if value else None
    if match.group("day_month_bare") or match.group("month_day_bare"):
        return _in_year_of(match.group(), anchor, future)
    if match.group("weekday"):
        if published.precision != "day":
            return None
        words = match.group("weekday").lower().split()
        target = WEEKDAYS.index(words[-1])
        if words[0] == "next":
            delta = (target - anchor.weekday()) % 7 or 7
        elif future and words[0] != "last":  # "will join on Thursday" said on a Thursday: that day
            delta = (target - anchor.weekday()) % 7
        else:
            delta = -((anchor.weekday() - target) % 7)
            if words[0] == "last" and delta == 0:
                delta = -7
        return DateValue((anchor + datetime.timedelta(days=delta)).isoformat())
    if match.group("new_year"):
        which = match.group("new_year").lower().split()[-2]
        year = anchor.year + {"last": -1, "next": 1}.get(which, 0)
        if which not in ("last", "next", "this") and future and (anchor.month, anchor.day) != (1, 1):
            year += 1  # ("will take effect on New Year's Day", said in June: the next one)
        return DateValue(f"{year:04d}-01-01")
    if match.group("relative"):
        which, unit = match.group("relative").lower().rsplit(None, 1)
        step = {"last": -1, "the previous": -1, "this": 0, "next": 1, "the coming": 1}[" ".join(which.split())]
        if unit == "year":
            return DateValue(f"{anchor.year + step:04d}")
        if unit == "month":
            return DateValue(_shift_month(anchor, step))
        return None  # a week is not a date
    if match.group("season"):
        which, season = match.group("season").lower().split()
        first, last = _SEASON_MONTHS[season]
        year = anchor.year
        if which == "last":  # the last one over: this year's, once its months have passed
            year -= anchor.month <= last
        elif which == "next":  # the next one to begin: this year's, before its months come
            year += anchor.month >= first
        return DateValue(f"{year:04d}")  # a season is no month: the year alone
    if match.group("year_part"):
        part, _, which, _ = match.group("year_part").lower().split()
        year = anchor.year + {"last": -1, "next": 1}.get(which, 0)
        # (a year's start is its January; "by the end of the year" is a deadline within that year, no
        # more precise than the year)
        return DateValue(f"{year:04d}" if part == "end" else f"{year:04d}-01")
    if match.group("ago"):  # "a year ago", "two months ago", "forty years ago today", "half a century ago"
        count, unit, _, *today = _CENTURIES.sub(_in_years, match.group("ago").lower()).split()
        steps = count_of(count)
        if unit.startswith("decade"):  # "two decades ago": as precise as "twenty years ago"
            return DateValue(f"{anchor.year - 10 * steps:04d}")
        if unit.startswith("year"):
            if today and published.precision == "day" and (day := _same_day_in(anchor, anchor.year - steps)):
                return DateValue(day.isoformat())  # "forty years ago today": that very day
            return DateValue(f"{anchor.year - steps:04d}")
        return DateValue(_shift_month(anchor, -steps))
    if match.group("day_word"):
        if published.precision != "day":
            return None
        step = {"yesterday": -1, "today": 0, "tomorrow": 1}[match.group("day_word").lower()]
        return DateValue((anchor + datetime.timedelta(days=step)).isoformat())
    if match.group("month_of_year"):
        *_, name, which, _ = [word for word in match.group("month_of_year").lower().split() if word != "of"]
        year = anchor.year + {"last": -1, "next": 1}.get(which, 0)
        return DateValue(f"{year:04d}-{_parsed(name).month:02d}")
    if match.group("month"):
        *which, name = match.group("month").lower().split()
        which = "in" if which[-1] == "of" else which[0]  # "at the end of June": in June
        month = _parsed(name).month
        year = anchor.year
        if which == "last":  # "last July", said in July, is a year ago
            year -= month >= anchor.month
        elif which == "next":
            year += month <= anchor.month
        elif which == "since" or (which == "in" and not future):
            year -= month > anchor.month
        elif future:
            year += month < anchor.month
        return DateValue(f"{year:04d}-{month:02d}")
    return None
