"""Divide a scraped article into metadata, body, captions, notes and furniture.

The text is read as lines. Running prose marks where the body begins; from the
end, furniture and notes are peeled off until prose is reached again. Lines
before the body are the header (dates, source, byline, title, standfirst),
lines after it the trailer (author notes, disclaimers, widgets). Each line's
kind comes from the general cues of ``cues``; no outlet's wording is special.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from sco_etl.model import DateValue, ParsedArticle, ParseError, Part
from sco_etl.names import name_key
from sco_etl.parse import cues
from sco_etl.parse.dates import MONTH, AmbiguousDay, date_line, read_date, told_day, year_of_dateline
from sco_etl.parse.people import HONORIFIC, names_in_byline, names_leading, region_words
from sco_etl.rules import alternation, data_lines, lexicon, word_set
from sco_etl.rules.catalogue import catalogue
from sco_etl.rules.states import state_records


@dataclass(frozen=True)
class Line:
    start: int
    end: int
    text: str


def split_lines(text: str) -> list[Line]:
    """Non-blank lines with their offsets (leading spaces trimmed), each without the
    Markdown marks around its text (pages scraped to Markdown are common)."""
    lines, offset = [], 0
    for raw in text.split("\n"):
        stripped = raw.strip()
        if stripped:
            start = offset + raw.index(stripped[0])
            if stripped[0] in "#>*_":
                lead, trail = _markdown_marks(stripped)
                stripped, start = stripped[lead:len(stripped) - trail], start + lead
            lines.append(Line(start, start + len(stripped), stripped))
        offset += len(raw) + 1
    return lines


# a transcript's turns: "Q: ...", "A: ...", "Question: ..." (a site's FAQ block has the same labels)
TURN_LABEL = re.compile(r"(?:Q|A|Question|Answer)\s*[:：.]\s+(?=\S)")
_TRANSCRIPT_TURNS = 3  # prose turns that make a transcript: a FAQ block's are short, or few


def without_turn_labels(lines: list[Line]) -> list[Line]:
    """A press conference's or an interview's lines without their "Q:"/"A:" labels, so that its
    turns read as the body they are (with the labels, each reads as a FAQ widget's line, and a
    transcript had no body at all). Lines of a FAQ block, short or few, keep theirs."""
    turns = [(index, label) for index, line in enumerate(lines)
             if (label := TURN_LABEL.match(line.text)) and cues.is_prose(line.text[label.end():])
             and not line.text.endswith(("...", "…"))]  # a FAQ widget's cut-off question is no turn
    if len(turns) < _TRANSCRIPT_TURNS:
        return lines
    lines = list(lines)
    for index, label in turns:
        line = lines[index]
        lines[index] = Line(line.start + label.end(), line.end, line.text[label.end():])
    return lines


# "By" / "Jane Doe", "Published" / "11 hours ago" / "on" / "2024/10/22": a theme's header, its labels
# on lines of their own, saved a word a line
HEADER_LABEL = re.compile(r"(?:by|written\s+by|author|published|published\s+on|posted|posted\s+on|on|updated|date)\s*:?",
                          re.IGNORECASE)


def with_labels_joined(lines: list[Line]) -> list[Line]:
    """A label alone on its line joined to the short line under it ("By" / "Jane Doe" reads as
    "By Jane Doe"), so that the byline and date rules see the header as it was printed."""
    joined: list[Line] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else None
        if following is not None and len(line.text) <= 14 and HEADER_LABEL.fullmatch(line.text) \
                and cues.word_count(following.text) <= 6 and not HEADER_LABEL.fullmatch(following.text):
            joined.append(Line(line.start, following.end, f"{line.text} {following.text}"))
            index += 2
            continue
        joined.append(line)
        index += 1
    return joined


MARKDOWN_LEAD = re.compile(r"(?:#{1,6}|>)\s+(?=\S)")  # "## A heading", "> a quotation"
EMPHASIS_MARKS = ("***", "**", "*", "__", "_")


def _markdown_marks(line: str) -> tuple[int, int]:
    """How many characters of Markdown stand before and after the line's text: a heading's
    or a quotation's mark, or emphasis around the whole line ("*Published in ...*")."""
    if (lead := MARKDOWN_LEAD.match(line)):
        return lead.end(), 0
    for mark in EMPHASIS_MARKS:
        size = len(mark)
        if len(line) > 2 * size and line.startswith(mark) and line.endswith(mark) \
                and line[size] not in " *_" and line[-size - 1] not in " *_":
            return size, size
    return 0, 0


# Lower rank wins when several cues name a publisher or a date.
PUBLISHER_RANK = {"source": 0, "disclaimer": 1, "print edition": 1, "title": 2, "site": 2, "outlet's copyright": 2, "column": 3, "byline": 3,
                  "agency": 4, "copyright": 5, "masthead": 4, "press office": 4, "contact": 6, "menu": 4}
DATE_RANK = {"published": 0, "published time": 0, "published date": 0, "publish date": 0, "publish": 0, "publication time": 0, "posted": 0, "first published": 0, "date": 0, "publication date": 0,
             "issued": 0, "release time": 0, "broadcast": 0, "first broadcast": 0, "aired": 0,
             "first aired": 0, None: 1, "title": 1, "time": 1, "updated": 2,
             "last updated": 2, "last update": 2, "update": 2, "upd": 2, "print edition": 2, "dateline": 3}

# "By Jane Doe | Updated: Jul. 5, 2024", "Broadcast 14 March 2025 · Updated 15 March 2025"
# (a date's label may open a segment with no mark before it: "By Jane Doe Published: Sep 01, 2025",
# "Published October 17, 2024 Updated about 10 hours ago")
# ("News Desk / TIMESOFINDIA.COM / Updated: ...", "Aynur Kocabas |09.09.2023 - Update : 09.09.2023",
# "By Dana Omirbekova in Nation on 5 January 2026": a slash, a bar or dot without spaces, a date after "on")
# A saved page's columns keep their gaps: a run of three spaces or more parts segments too
# ("Region Affairs   3 March 2025 18:52", "Aigerim Sadykova   Mar 3, 2025").
SEGMENT_BREAK = re.compile(r"\s+[|·•●/,]\s+|\s*[|●]\s*|(?<=\S) {3,}(?=\S)"  # ("Ahram Online , Tuesday 2 Jan 2024")
                           # ("Aigerim Sadykova  May 22, 2026": two spaces before a date)
                           r"|(?<=\S) {2}(?=(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d)"
                           # ("STEPPE NEWS - Mar 3, 2025 - 22:17": a spaced dash before a date)
                           # (not after a date's own label: "Updated - March 04, 2025")
                           r"|(?<!Updated)(?<!Update)(?<!Published)(?<!Posted)(?<!Modified)(?<!Date)"
                           r"\s+[-–—]\s+(?=(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+\d)"
                           r"|(?<=\w)\s+(?:[-–—]\s+)?(?=(?:Published|Updated?|Posted|Last\s+updated)\b(?:\s+on)?\s*:?\s*\w)"
                           r"|(?<=\w)\s+on\s+(?=\d{1,2}\s+[A-Z][a-z]+\.?\s+\d{4}|[A-Z][a-z]+\.?\s+\d{1,2},?\s+\d{4})"
                           # ("by Jane Doe February 20, 2026 5:12 PM 6 min read": a name, a full date, the hour, the
                           # reading time, one space apart)
                           r"|(?<=[a-z])\s+(?=(?-i:January|February|March|April|May|June|July|August|September|October"
                           r"|November|December)\s+\d{1,2},\s+\d{4}\s+\d{1,2}:\d{2})"
                           r"|(?<=\d{4})\s+(?=\d{1,2}:\d{2}\s*[AaPp]\.?[Mm]\.?)|(?<=[AP]M)\s+(?=\d{1,3}\s+min\s+read)"
                           # ("Published on 18/03/2025 - 09:15 By Jane Doe - Reporter at X - Suva": a spaced
                           # dash after a date, or before "By")
                           # (not inside a role's label: "Written By: Jane Doe | Edited By: Li Ming")
                           r"|(?<=\d)\s+[-–—]\s+|(?<![Ww]ritten)(?<![Ee]dited)(?<![Rr]eported)(?<![Cc]ompiled)(?<![Tt]ranslated)"
                           r"\s+(?=By:?\s+(?-i:[A-Z]))"
                           r"|(?<=[a-zà-ž])\s+(?=\d{4}\.\d{1,2}\.\d{1,2}\.?$)"  # ("Jane Doe 2025.05.20.")
                           r"|(?<=\w)(?<!Updated)(?<!Update)(?<!Published)(?<!Posted)(?<!Modified)(?<!Date)\s+[-–—]\s+"
                           r"(?=(?-i:[A-Z]))(?=.*\d{4})")
SEGMENT_MARKS = frozenset("|·•●/")


def _has_segments(line: str) -> bool:
    # (a cheap test first: most lines hold no mark, no "on" and no date label)
    return (not SEGMENT_MARKS.isdisjoint(line) or " on " in line or " , " in line or "  " in line or " - " in line or " min read" in line or "ublish" in line or "pdate" in line
            or "osted" in line or line.rstrip(".")[-2:].isdigit()) and SEGMENT_BREAK.search(line) is not None


TITLE_SUFFIX = re.compile(r"^(?P<title>.+)\s+[-–—|]\s+(?P<tail>.+)$")  # the last spaced dash or bar


@dataclass
class _Article:
    """What the parser has gathered so far."""

    text: str
    parts: list[Part] = field(default_factory=list)
    title: str | None = None
    standfirst: list[str] = field(default_factory=list)
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    publishers: list[tuple[int, str]] = field(default_factory=list)
    dates: list[tuple[int, DateValue]] = field(default_factory=list)
    ambiguous: list[tuple[int, AmbiguousDay]] = field(default_factory=list)  # "02/09/2025"
    url: str | None = None

    def part(self, kind: str, start: int, end: int) -> None:
        self.parts.append(Part(kind, start, end))

    def add_authors(self, names: list[str]) -> None:
        known = {name.casefold() for name in self.authors}
        for name in names:
            if name.casefold() not in known:
                self.authors.append(name)
                known.add(name.casefold())

    def add_publisher(self, cue: str, name: str | None) -> None:
        name = cues.trim_name(name or "")
        if name:
            entry = catalogue().lookup(name) or catalogue().lookup_holder(name) or (
                catalogue().lookup_domain(name.lower()) if DOMAIN.fullmatch(name) else None)  # ("INTERFAX.COM")
            self.publishers.append((PUBLISHER_RANK[cue], entry.name if entry else name))

    def add_date(self, label: str | None, date: DateValue | None) -> None:
        if isinstance(date, AmbiguousDay):
            self.ambiguous.append((DATE_RANK.get(label, 1), date))
        elif date:
            self.dates.append((DATE_RANK.get(label, 1), date))

    def _published_on(self) -> DateValue | None:
        if self.dates:
            return min(self.dates, key=lambda pair: pair[0])[1]
        if self.ambiguous:  # (which reading, the days the page names tell: its dateline's, its story's)
            return told_day(min(self.ambiguous, key=lambda pair: pair[0])[1], self.text)
        return None

    def result(self) -> ParsedArticle:
        publisher = min(self.publishers, key=lambda pair: pair[0])[1] if self.publishers else None
        publisher = self._title_under_masthead(publisher) or publisher
        return ParsedArticle(
            text=self.text,
            parts=sorted(self.parts, key=lambda part: part.start),
            title=self.title,
            standfirst=" ".join(self.standfirst) or None,
            publisher=publisher,
            published_on=self._published_on(),
            # the outlet's name alone on a line reads like a byline ("Deccan Ledger" above the date, and
            # "Copyright 2025 Deccan Ledger Media Ltd." below): the outlet is not an author
            authors=[author for author in self.authors if publisher is None or not _names_outlet(author, publisher)],
            dateline=self.dateline,
            url=self.url,
        )


    def _title_under_masthead(self, publisher: str | None) -> str | None:
        """"Tien Shan Post" above "Kyrgyzstan to take over SCO chairmanship": a first line that
        is the outlet's own name is its masthead, and the headline is the line under it; so is a
        first line over the site's menu, and a label that opens with the outlet's name ("PACIFIC
        DAILY Fact-check"). Returns the masthead's name when it is the only word of the publisher."""
        if self.title is None or not self.standfirst:
            return None
        title = next(part for part in self.parts if part.kind == "title")
        standfirst = min((part for part in self.parts if part.kind == "standfirst"), key=lambda part: part.start)
        over_a_menu = publisher is None and not any(part.start < title.start and part.kind != "furniture" for part in self.parts) \
            and sum(part.kind == "kicker" and title.end <= part.start < standfirst.start for part in self.parts) >= _MENU_ITEMS
        if not (self._names_an_outlet(self.title, publisher) or over_a_menu or self._outlets_label(self.title, publisher)):
            return None
        masthead = self.title
        self.parts = [Part("metadata", title.start, title.end) if part is title else
                      Part("title", part.start, part.end) if part is standfirst else part for part in self.parts]
        self.title = self.text[standfirst.start:standfirst.end].strip()
        self.standfirst = [line for line in self.standfirst if line.strip() != self.title]
        return masthead if over_a_menu else None

    @staticmethod
    def _outlets_label(line: str, publisher: str | None) -> bool:
        """"PREMIUM DAILY Fact-check" under "Premium Daily Nigeria": a section of the outlet's, in its name."""
        if publisher is None or cues.word_count(line) > 4:
            return False
        words = name_key(publisher).split()
        return len(words) >= 2 and name_key(line).startswith(" ".join(words[:2]))

    @staticmethod
    def _names_an_outlet(line: str, publisher: str | None) -> bool:
        if publisher is not None and name_key(line) == name_key(publisher):
            return True
        # (or its name and its tagline: "Pacific Wire, the South Seas News Agency")
        if publisher is not None and (tagged := TAGLINE_AFTER_NAME.match(line)) is not None and \
                name_key(tagged["name"]) == name_key(publisher):
            return True
        entry = catalogue().lookup(line)
        return entry is not None and entry.kind == "news_outlet"


_MENU_ITEMS = 3  # section labels between a first line and the headline that make the first line a masthead
TAGLINE_AFTER_NAME = re.compile(r"\s*(?P<name>[^,|:–—]{2,40}?)\s*(?:,|\s[|:–—-])\s+[^,|:–—]{3,60}$")


def _names_outlet(author: str, publisher: str) -> bool:
    """Is ``author`` the publisher's name, or the start of it ("Deccan Ledger" of "Deccan Ledger Media Ltd")?"""
    author_words, publisher_words = name_key(author).split(), name_key(publisher).split()
    return author_words == publisher_words[:len(author_words)]


def parse_article(text: str) -> ParsedArticle:
    """Parse normalised article text; raise ``ParseError`` when there is no article."""
    lines = with_labels_joined(without_turn_labels(split_lines(text)))
    body_start = _body_start(lines)
    if body_start is None:
        raise ParseError("no running text found (no line reads as a paragraph of prose)")
    article = _Article(text)
    _read_header(article, lines[:body_start])
    trailer_start = _trailer_start(lines, body_start, article.authors, _own_names(article, lines[0].text))
    _read_body(article, lines[body_start:trailer_start])
    _read_trailer(article, lines[trailer_start:])
    return article.result()


def _body_start(lines: list[Line], after: int = 0) -> int | None:
    """The first line of running prose; a standfirst is prose too, so when a date or a
    byline follows such a line before any other prose, the header runs on past them."""
    start = next((i for i in range(after, len(lines)) if _opens_body(lines[i].text)), None)
    if start is None:
        return None
    resumed = _header_after(lines, start)
    return start if resumed is None else _body_start(lines, resumed)


_STANDFIRST_REACH = 4  # lines after a standfirst in which the header's dates and bylines stand


def _header_after(lines: list[Line], start: int) -> int | None:
    """Where the body starts when dates or bylines follow the prose line at ``start``."""
    resumed, prose_seen = None, False
    start_text, headline_length = lines[start].text, 16  # words: a headline reads as prose at most this long
    # (a standfirst's length, right under a headline's: six words or more, not the site's menu)
    under_a_headline = start > 0 and cues.word_count(start_text) <= 40 and cues.word_count(lines[start - 1].text) >= 6 \
        and not _is_menu(lines[start - 1].text)
    for index in range(start + 1, min(start + 1 + _STANDFIRST_REACH, len(lines))):
        text = lines[index].text
        if date_line(text) or _is_byline(text) or _is_dated_segments(text) or _byline_with_date(text):
            resumed = index + 1
        elif cues.is_caption(text):
            continue  # a photo's caption between the standfirst and the byline
        elif resumed is None and (prose_seen or index == start + 1 and under_a_headline) and _is_bare_byline(text):
            resumed = index + 1  # "<headline>" / "<standfirst>" / "Jane Doe": an opinion page's author alone
        elif cues.is_prose(text) and (resumed is not None or prose_seen or headline_length < cues.word_count(start_text)):
            break
        elif cues.is_prose(text):
            prose_seen = True  # a headline that reads as prose ("... What is the bloc?") over its standfirst
    return resumed


def _is_dated_segments(line: str) -> bool:
    """"Farid Tashkentov | 12 September 2025": short segments, one of them a date."""
    if not _has_segments(line):
        return False
    segments = SEGMENT_BREAK.split(line)
    dated = [segment for segment in segments if _date_segment(segment)]
    # (the date's own segment may be long: "Updated 9 Jul 2024, 08:15 PM IST | 5 min read"; so may a
    # byline's: "By Jane Doe in Suva and Li Ming in Beijing | The Daily | Updated: 2025-10-27 07:32")
    return len(segments) > 1 and bool(dated) and all(cues.word_count(segment) <= 6 or _is_byline(segment.strip())
                                                     for segment in segments if segment not in dated)


def _has_cue(line: str) -> bool:
    return bool(
        cues.SOURCE_LINE.match(line) or cues.DESK_CREDIT.match(line) or date_line(line)
        or cues.is_caption(line) or cues.is_note(line) or cues.is_furniture(line)
    )


def _opens_body(line: str) -> bool:
    # (nor a line of dated segments: "Published on 17/07/2025 - 16:05 GMT+2 • Updated 18:31")
    return cues.is_prose(line) and not _has_cue(line) and not _is_byline(line) and not _is_dated_segments(line) \
        and not _byline_with_date(line)


def _trailer_start(lines: list[Line], body_start: int, authors: list[str], own: tuple[str, ...] = ()) -> int:
    """Index of the first line after the last paragraph of the body."""
    index = len(lines)
    while index - 1 > body_start:
        line = lines[index - 1].text
        if (cues.is_prose(line) or _is_short_sentence(line)) and not _has_cue(line) and \
                not _is_author_bio(line, authors) and not _is_footnote(lines, index - 1, body_start) and \
                not _promotes_the_outlet(line, own) and not _describes_the_outlet(line, own) and \
                not (index < len(lines) and _bio_over_the_authors_views(line, lines[index].text)):
            break
        index -= 1
    opener = _trailer_opener(lines, body_start, index, own)
    index = index if opener is None else opener
    # the credits and appeals just before it ("(With inputs from agencies)", "AFP, REUTERS", "Join
    # our WhatsApp channel for ...") close the page, not the article
    while index - 1 > body_start and _is_closing_credit(lines[index - 1].text):
        index -= 1
    return index


CLOSING_CREDIT = re.compile(r"\(?\s*(?:with\s+)?(?:inputs?|additional\s+reporting|reporting)\s+(?:from|by)\s+[^()\"“”]{2,60}"
                            r"\)?\.?", re.IGNORECASE)
AGENCY_JOINT = re.compile(r"\s*(?:,|/|&|\band\b)\s*", re.IGNORECASE)
_APPEAL_WORDS = 20  # an appeal to readers is a short line


def _is_closing_credit(line: str) -> bool:
    text = line.strip()
    if CLOSING_CREDIT.fullmatch(text):
        return True
    agencies = [part for part in AGENCY_JOINT.split(text) if part]
    if agencies and all((entry := catalogue().lookup(part)) is not None and entry.kind == "news_outlet"
                        for part in agencies):
        return True  # "AFP, REUTERS": the wires the story drew on
    # two words of an appeal, no quotation: "Join our WhatsApp channel and get the latest news"
    return not any(mark in text for mark in "\"“”") and cues.word_count(text) <= _APPEAL_WORDS and \
        len(set(_promotion_word().findall(text.casefold()))) >= 2


def _own_names(article: _Article, first_line: str) -> tuple[str, ...]:
    """The names the page's own outlet goes by, as the header gave it (with its catalogue
    aliases and web domains), or as the page's first short line prints it, casefolded."""
    names: set[str] = {first_line.strip()} if cues.word_count(first_line) <= 4 and not _is_menu(first_line) else set()
    for _, name in article.publishers:
        entry = catalogue().lookup(name)
        names.update(entry.all_names + entry.domains if entry else (name,))
    return tuple(sorted(name.casefold() for name in names if len(name) >= 3))


def _promotes_the_outlet(line: str, own: tuple[str, ...]) -> bool:
    """"Download The Mint News App to get Daily Market Updates.": a line naming the page's own
    outlet with a word of its appeal to readers (never a line that quotes someone)."""
    if not own or any(mark in line for mark in "\"“”"):
        return False
    folded = line.casefold()
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", folded) for name in own if name in folded) and \
        _promotion_word().search(folded) is not None


def _describes_the_outlet(line: str, own: tuple[str, ...]) -> bool:
    """"Eurasianet is an independent news organization ...", "The Brookings Institution is
    committed to quality ...": a closing line about the page's own outlet, its subject."""
    folded = line.casefold().removeprefix("the ")
    return any(folded.startswith(name.removeprefix("the ") + " ") and
               OUTLET_PREDICATE.match(folded, len(name.removeprefix("the ")) + 1) for name in own)


# (after a word or two more of the outlet's name: "Brookings" heads the page, "The Brookings
# Institution is committed to ..." closes it)
OUTLET_PREDICATE = re.compile(r"(?:[\w'’-]+\s+){0,2}?(?:is|are|was|has\s+been|relies|receives|accepts)\b")


@lru_cache(maxsize=1)
def _promotion_word() -> re.Pattern[str]:
    return re.compile(rf"\b{alternation(tuple(sorted(word_set('promotion_words.txt'))))}\b")


_BODY_BEFORE_TRAILER = 3  # paragraphs of the body before a label can open the trailer
_TRAILER_PROSE_WORDS = 25  # a line this long after a label is the body's, so the label was not its end
SIGN_OFF = re.compile(r"\s*[-–—]{1,2}\s*[A-Z][\w&.'’-]{1,20}(?:\s+[A-Z][\w&.'’-]{1,20}){0,2}\s*")
COUNT_AFTER_LABEL = re.compile(r"\s*[-–(]?\s*\d+\)?$")
TRAILER_LABEL = re.compile(r"^\s*(?P<label>[^:?|]{2,40}?)\s*(?:[:?|]|$)")


def _trailer_opener(lines: list[Line], body_start: int, end: int, own: tuple[str, ...] = ()) -> int | None:
    """The first label that opens the page's trailer ("Read Next", "Related Topics", "Authored by",
    "Our Standards: ...", a "Published - <date>" line) before ``end``, when no long paragraph follows
    it: the short lines after it read like prose ("Sign up to our newsletters ...") but are the site's."""
    labels = [at for at in range(body_start + _BODY_BEFORE_TRAILER, end) if _opens_trailer(lines[at].text)]
    if not labels:  # (most pages: no line counted)
        return None
    # the first label after the last long line: one pass, however many labels the page repeats
    last_long = max((at for at in range(labels[0], len(lines))
                     if cues.word_count(lines[at].text) >= _TRAILER_PROSE_WORDS
                     and not _promotes_the_outlet(lines[at].text, own)), default=-1)
    return next((at for at in labels if at > last_long), None)


def _opens_trailer(text: str) -> bool:
    label = TRAILER_LABEL.match(text)
    # (with a count after it: "Comments - 2", "Comments (14)")
    if label and COUNT_AFTER_LABEL.sub("", label.group("label")).casefold() in word_set("trailer_openers.txt"):
        return True
    if text[:1] in "-–—" and SIGN_OFF.fullmatch(text):
        return True  # "-- LAGOON": a wire's sign-off under its story
    found = date_line(text) if len(text) <= 60 else None
    return found is not None and found[1] is not None  # "Published - March 03, 2025 02:35 pm IST"


# "Mongolia, an SCO observer, did not vote.": a closing paragraph too short to read as prose
# (eight words), but a sentence about a state: a capital, five words or more, lower-case words
# among them, a full stop, and a state's name ("Comments are closed on this story." names none)
SHORT_SENTENCE = re.compile(r"[A-Z][^.!?]*\b[a-z]{3,}\b[^!?]*[.!?][\"'”’)]*")


# '"Next year the new berth opens."': a closing paragraph of quoted speech, the last words of a
# quote the paragraphs before began (a site's furniture is never one quoted sentence)
QUOTED_SENTENCE = re.compile(r"[\"“][A-Z][^\"“”]*\b[a-z]{3,}\b[^\"“”]*[.!?][\"”]")


def _is_short_sentence(line: str) -> bool:
    words = cues.word_count(line)
    return (5 <= words < 8 and SHORT_SENTENCE.fullmatch(line) is not None and cues.names_a_state(line)) or \
        (3 <= words < 8 and QUOTED_SENTENCE.fullmatch(line) is not None)


def _is_footnote(lines: list[Line], index: int, body_start: int) -> bool:
    """A note under its number alone on the line above ("1" / "The Declaration runs to ..."),
    the number itself under something other than running text (the body's end, another note)."""
    if index - 1 <= body_start or not cues.FOOTNOTE_NUMBER.match(lines[index - 1].text):
        return False
    above = lines[index - 2].text
    return not cues.is_prose(above) or _has_cue(above) or (
        index >= 3 and cues.FOOTNOTE_NUMBER.match(lines[index - 3].text) is not None)


def _is_author_bio(line: str, authors: list[str]) -> bool:
    """"Jane Doe is a senior fellow at ..." closing an article bylined to Jane Doe ("Doe covers
    Russia for the agency": the surname alone, before the verb of a bio)."""
    if cues.word_count(line) > 40:
        return False
    named = {name.casefold() for name in names_leading(line)}
    if named and named <= {author.casefold() for author in authors}:
        return True
    surname = BIO_BY_SURNAME.match(line)
    return surname is not None and surname["surname"].casefold() in {author.split()[-1].casefold() for author in authors if author}


def _bio_over_the_authors_views(line: str, following: str) -> bool:
    return cues.word_count(line) <= 40 and BIO_OPENING.match(line) is not None and cues.is_disclaimer(following) \
        and AUTHORS_OWN.search(following) is not None


# "Jane Doe is a senior fellow", "Jane Doe teaches at"; "those of the author", "the writer's own"
BIO_OPENING = re.compile(r"(?:[A-Z][\w'’.-]+\s+){1,3}[A-Z][\w'’-]+\s+(?:is|was)\s+(?:a|an|the)\s")
AUTHORS_OWN = re.compile(r"\b(?:author|writer)(?:s|['’]s)?\b", re.IGNORECASE)
BIO_BY_SURNAME = re.compile(r"(?P<surname>[A-Z][\w'’-]+)\s+(?:covers|writes|reports|is\s+(?:a|an|the)|was\s+(?:a|an|the))\b")


# a date closing a line, written out: "December 9, 2025", "9 December 2025"
TRAILING_DATE = re.compile(rf"\s(?:{MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+\d{{4}}|\d{{1,2}}\s+{MONTH}\.?,?\s+\d{{4}})\s*$",
                           re.IGNORECASE)


def _byline_with_date(line: str) -> tuple[list[str], tuple, str | None] | None:
    """"by Jane Doe December 9, 2025": the names, and the date after them with no mark between
    (or the outlet in brackets and the hour: "By Jane Doe (The Daily Online) 09:14, May 3, 2022"),
    and that outlet."""
    match = TRAILING_DATE.search(line) if line[:3].casefold() == "by " else None
    if match is None or not (found := date_line(match.group().strip())):
        return None
    between = OUTLET_AND_HOUR.search(line, 0, match.start())
    byline = line[:between.start()].rstrip(" ,|·–-")
    return (names_in_byline(cues.BYLINE.match(byline).group("names")), found, between["outlet"]) if _is_byline(byline) else None


OUTLET_AND_HOUR = re.compile(r"\s*(?:\((?P<outlet>[^()]{2,40})\))?\s*(?:\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?[\s,]*$", re.IGNORECASE)


def _is_byline(line: str) -> bool:
    match = cues.BYLINE.match(line)
    return bool(match) and cues.word_count(line) <= 14 and bool(names_in_byline(match.group("names")))


# --- header --------------------------------------------------------------------

def _read_header(article: _Article, lines: list[Line]) -> None:
    text_lines = []
    # a news database's document ("Length: 96 words", "Body"): the short line under its headline
    # is the publication ("Xinhua General News Service", "Tallgrass Courier"), not a byline
    exported = any(cues.EXPORT_FIELD.match(line.text) for line in lines)
    in_link_list = False
    for index, line in enumerate(lines):
        # ("Trending Topics" opening a block, over other pages' names, one a line, to the block's end:
        # the site's links; not a menu item among others: "Business / Trending / Opinion")
        if in_link_list and _continues_a_link_list(article.text, lines, index):
            article.part("furniture", line.start, line.end)
            continue
        in_link_list = (index == 0 or _block_break(article.text, lines[index - 1], line)) and _labels_a_link_list(line.text)
        if _read_metadata(article, line):
            continue
        if READING_TIME.fullmatch(line.text.strip()):
            article.part("furniture", line.start, line.end)  # "4 minute read": a widget, under the date or not
            continue
        right_under = bool(text_lines) and text_lines[-1] is lines[index - 1]
        if exported and right_under and len(text_lines) == 1 and cues.word_count(line.text) <= 6:
            article.add_publisher("title", line.text)
            article.part("metadata", line.start, line.end)
            continue
        # under the headline, or under a standfirst (a line of six words or more, not a label)
        if _is_bare_byline_at(article, lines, index, after_headline=right_under and (
                len(text_lines) == 1 or cues.word_count(text_lines[-1].text) >= 6)):
            article.add_authors(_bare_names(line.text))
            article.part("byline", line.start, line.end)
        else:
            text_lines.append(line)
    text_lines = _from_the_headline(article, text_lines)
    for position, line in enumerate(text_lines):
        if article.title is None and position + 1 < len(text_lines) and _is_menu(line.text) and \
                cues.word_count(line.text) >= 4:
            article.part("furniture", line.start, line.end)  # a site's menu is never the headline
            continue
        if position == 0 and position + 1 < len(text_lines) and (_is_masthead(line.text) or (
                line.text.isupper() and cues.word_count(line.text) <= 4 and _menu_right_under(article, line))):
            # ("LAGOON ŞAFAK ENGLISH" over the site's menu: its name in capitals)
            article.add_publisher("masthead", line.text)  # "Tehran Daily" / "Politics" / the headline
            article.part("metadata", line.start, line.end)
            continue
        if position == 0 and position + 1 < len(text_lines) and (tagged := MASTHEAD_WITH_TAGLINE.match(line.text)) \
                and (_is_masthead(tagged["name"]) or _names_a_known_outlet(tagged["name"])):
            # "Lagoon Mirror - Latest Breaking News and Headlines": the site's name and its motto
            article.add_publisher("masthead", tagged["name"])
            article.part("metadata", line.start, line.end)
            continue
        if position == 0 and position + 1 < len(text_lines) and _names_a_known_outlet(line.text) and \
                not _menu_item_under_a_menu(article, line):
            article.add_publisher("site", LOGO_LETTERS.sub("", line.text.strip()))  # "The Diplomat" / a date / the headline
            article.part("metadata", line.start, line.end)
            continue
        _read_header_text(article, line, followed_by_text=position + 1 < len(text_lines))


# "Subscribe | Log In", "E-Paper | Home | Latest": a site's menu, its items a few words each
MENU_ITEM = re.compile(r"[^\s|·•][^|·•.!?]{0,30}")
MENU_JOINT = re.compile(r"\s+[|·•]\s+|(?<=\S) {2,}(?=\S)")  # bars, dots, or a column's gap


def _is_menu(line: str) -> bool:
    items = MENU_JOINT.split(line.strip())
    return len(items) >= 2 and all(MENU_ITEM.fullmatch(item) and cues.word_count(item) <= 3 for item in items) \
        or _is_run_together_menu(line)


# "Home ePaper Explained Opinion Politics Business Sports": a menu saved with its items joined by
# single spaces, each item capitalised, no word of a sentence between them
MENU_WORD = re.compile(r"(?:[A-Z0-9]|[a-z][A-Z])[\w&'’+-]*")
RUN_TOGETHER_MENU = 6  # items at least: a headline in title case this long has "To", "In", "Of" or punctuation


def _is_run_together_menu(line: str) -> bool:
    if len(line) > 200 or "." in line or "," in line:  # (most lines: a sentence, no menu)
        return False
    items = line.split()
    if len(items) < RUN_TOGETHER_MENU or not all(MENU_WORD.fullmatch(item) for item in items):
        return False
    sections = word_set("section_words.txt")
    return sum(item.casefold() in sections for item in items) >= 2


def _is_site_line(line: str) -> bool:
    """A line of the site around the article: a menu, a widget's label, a section's name of a
    few words ("World", "Asia Pacific", "Russian Politics & Diplomacy"), the page's trail."""
    return _is_menu(line) or cues.is_furniture(line) or len(WORDS.findall(line)) <= 3 or bool(cues.BREADCRUMB.match(line))


WORDS = re.compile(r"\w+")


def _headline_over_a_standfirst(before: list[Line]) -> int | None:
    """The headline's index when a standfirst stands under it (a long line of prose), perhaps past
    the site's labels between them ("<headline>" / "SECTIONS" / "Synopsis" / "<standfirst>"), and
    the site's lines above it."""
    for index, line in enumerate(before):
        if index < 2 or not cues.is_prose(line.text) or cues.word_count(line.text) <= 16:
            continue
        above = index - 1
        while above > 1 and _is_site_line(before[above].text) and not cues.is_prose(before[above].text):
            above -= 1
        headline = before[above]
        if not cues.is_prose(headline.text) and not _is_site_line(headline.text) and _is_site_line(before[above - 1].text):
            return above
    return None


def _from_the_headline(article: _Article, text_lines: list[Line]) -> list[Line]:
    """A saved page's header opens with the site's own lines ("Skip to main content", a tagline,
    "Sign In", a menu, section labels) before the headline: the headline is the first line after
    the last of them above the byline or date line; what stands before it is the site's (its
    first line, when it names a known outlet, the publisher)."""
    credit = next((part.start for part in article.parts if part.kind in ("byline", "date")), None)
    # (a wire's credit in a byline's form is a credit line too: "by AFP" above the date)
    wire_credit = next((line.start for line in text_lines if (credit is None or line.end <= credit)
                        and line.text[:3].casefold() == "by " and cues.BYLINE.match(line.text)
                        and cues.word_count(line.text) <= 4), None)
    credit = wire_credit if wire_credit is not None else credit
    if credit is None:
        # (no byline or date above the body: the site's menu is the landmark, the headline under it)
        credit = _end_of_headline_under_a_menu(article, text_lines)
    before = [line for line in text_lines if credit is not None and line.end <= credit]
    # (the site's menus already read as furniture count too: a tagline above the menu is the site's;
    # not a sharing widget under the headline)
    furniture_end = max((part.end for part in article.parts if part.kind == "furniture" and part.end <= (credit or 0)
                         and _is_menu(article.text[part.start:part.end])), default=-1)
    # (not an author's name alone under a headline: "<the headline>" / "Jane Doe" / "<standfirst>")
    # (nor the place under the author's name: "<standfirst>" / "Jane Doe" / "Suva, Fiji")
    # ("Jane Doe | Tonga Wire": a name and its outlet after a bar)
    first_byline = next((index for index, line in enumerate(before) if index and not line.text.isupper()
                         and (_is_bare_byline(line.text) or "|" in line.text and _is_bare_byline(line.text.split("|")[0].strip()))
                         and _is_prose(before[index - 1].text)), len(before))
    # (widgets under a headline and its standfirst are not above the headline: "<headline>" /
    # "<standfirst>" / "Listen to this article" / "Share full article" / "By ...")
    # (a standfirst is longer than any headline; the headline above it is not prose)
    headline_over_standfirst = _headline_over_a_standfirst(before)
    last_site = max((index for index, line in enumerate(before)
                     if (_is_site_line(line.text) or line.end <= furniture_end) and index < first_byline
                     and (headline_over_standfirst is None or index < headline_over_standfirst)
                     and not (index and _is_bare_byline(line.text) and not _is_site_line(before[index - 1].text))),
                    default=None)
    # (a first line with the site's menu right under it is the site's, however short the header)
    menu_under_first = bool(before) and _menu_right_under(article, before[0])
    if last_site is None or last_site == 0 and len(before) < 3 and not menu_under_first:
        if credit is None and text_lines and _site_name_over_a_menu(article, text_lines[0]):
            # ("UzDaily.uz" / "Politics | Economy | ...", no date above the headline: still the site's name)
            article.add_publisher("menu", text_lines[0].text.strip())
        return text_lines
    if last_site + 1 < len(before):
        headline = before[last_site + 1]
    else:  # only the site's lines (a menu among them) above the date: the headline is under it
        under = [line for line in text_lines if line.start > credit and not RELATIVE_STAMP.fullmatch(line.text.strip())]
        if not under or not (any(_is_menu(line.text) for line in before) or furniture_end >= 0):
            return text_lines
        headline = under[0]
    kept = []
    for line in before[:last_site + 1]:
        if line is before[0] and (_names_a_known_outlet(line.text) and not _menu_item_under_a_menu(article, line)
                                  or _is_institution_name(line.text)
                                  or _is_site_name_above_its_menu(article, before, line)):
            article.add_publisher("site", LOGO_LETTERS.sub("", line.text.strip()))
            article.part("metadata", line.start, line.end)
        elif line is before[0] and SITE_NAME.fullmatch(line.text.strip()) and _vertical_menu_under(before, line) \
                and not _names_a_section(line.text):
            # (an unknown name: the outlet's masthead, before a copyright line's holder, often the
            # company that owns it: "The Island" above its menu, "© Upali Newspapers (Pvt) Ltd." below)
            article.add_publisher("menu", LOGO_LETTERS.sub("", line.text.strip()))
            article.part("metadata", line.start, line.end)
        elif line is before[0] and (not article.text[:line.start].strip() or cues.word_count(line.text) <= 5
                                    and _nothing_but_furniture_before(article, line.start)) \
                and not _is_menu(line.text) and not cues.is_furniture(line.text):
            kept.append(line)  # perhaps the outlet's name: the masthead rules below decide
        else:
            article.part("kicker" if len(WORDS.findall(line.text)) <= 4 and not _is_menu(line.text) else "furniture",
                         line.start, line.end)
    return kept + [line for line in text_lines if line.start >= headline.start]


def _end_of_headline_under_a_menu(article: _Article, text_lines: list[Line]) -> int | None:
    """"TONGA.TO" / "News and analytics" / "Main | Politics | ..." / "<headline>" / "Nuku'alofa, 13
    November (Tonga.to). ...": where the first line that is not the site's, under the last menu
    above the first paragraph, ends."""
    # (a paragraph: prose that ends a sentence, or longer than a headline)
    first_prose = next((line.start for line in text_lines if cues.is_prose(line.text) and (
        line.text.rstrip().endswith((".", "\"", "”")) or cues.word_count(line.text) > 16)), None)
    menu_end = max((part.end for part in article.parts if part.kind == "furniture"
                    and (first_prose is None or part.end <= first_prose)
                    and _is_menu(article.text[part.start:part.end])), default=-1)
    if menu_end < 0:
        return None
    under = next((line for line in text_lines if line.start > menu_end and not _is_site_line(line.text)), None)
    if under is None or first_prose is not None and under.start >= first_prose:
        return None
    return under.end


def _menu_right_under(article: _Article, line: Line) -> bool:
    """The site's menu right under ``line``."""
    return any(part.kind == "furniture" and part.start >= line.end and not article.text[line.end:part.start].strip()
               and _is_menu(article.text[part.start:part.end]) for part in article.parts)


def _site_name_over_a_menu(article: _Article, line: Line) -> bool:
    """A page's first line, a site's name of one or two words ("UzDaily.uz"), with a menu right under it."""
    if article.text[:line.start].strip() or not SITE_NAME.fullmatch(line.text.strip()) or cues.word_count(line.text) > 2:
        return False
    return _menu_right_under(article, line)


def _names_a_known_agency(line: str) -> bool:
    return catalogue().lookup(line) is not None or catalogue().lookup(line.split()[0]) is not None


def _names_a_known_outlet(line: str) -> bool:
    # (perhaps after its logo's letters: "BR  Business Recorder")
    entry = catalogue().lookup(LOGO_LETTERS.sub("", line.strip()))
    return entry is not None and entry.kind == "news_outlet"


NAME_AND_OUTLET = re.compile(r"(?P<names>[A-Z][\w'’.-]+(?:\s+[A-Z][\w'’.-]+){1,3})\s+\((?P<outlet>[^()]{2,40})\)")
LOGO_LETTERS = re.compile(r"^[A-Z]{1,4}\s{2,}")
INSTITUTION_NAME = re.compile(r"(?:The\s+)?[A-Z][\w'’.-]*(?:\s+(?:[A-Z][\w'’.-]*|of|for|and|on|the|&))*")


SITE_NAME = re.compile(r"(?:[A-Z0-9][\w'’.&-]*|of|the|de|do|da)(?:\s+(?:[A-Z0-9][\w'’.&-]*|of|the|de|do|da)){0,3}")


def _is_site_name_above_its_menu(article: _Article, before: list[Line], line: Line) -> bool:
    """"Tonga Wire" / "Home | Politics | Economy": a page's first line, a name of a few
    capitalised words, with the site's menu right under it (or under its tagline); a longer
    name in capitals, its short name quoted after it, when the menu is the very next line
    ("National News Agency of Tonga "Matangi"" / "Home | Politics | ...")."""
    if _is_menu(line.text):
        return False
    following = [other for other in before if other.start > line.end][:2]
    menus = [part for part in article.parts if part.kind == "furniture" and part.start > line.end
             and _is_menu(article.text[part.start:part.end])]
    next_menu = min((part.start for part in menus), default=None)
    if not SITE_NAME.fullmatch(line.text.strip()):
        name = QUOTED_SHORT_NAME.sub("", line.text.strip())
        menu_next = (next_menu is not None and not article.text[line.end:next_menu].strip()) or \
            bool(following) and _is_menu(following[0].text)
        return 5 <= cues.word_count(name) <= 8 and INSTITUTION_NAME.fullmatch(name) is not None and menu_next
    under = [other for other in following if next_menu is None or other.start < next_menu]
    return any(_is_menu(other.text) for other in following[:2]) or (
        next_menu is not None and len(under) <= 1 and not article.text[line.end:next_menu].count("\n\n") > 1)


QUOTED_SHORT_NAME = re.compile(r"\s+[\"“«][^\"”»]{1,24}[\"”»]$")
VERTICAL_MENU = 4  # section names a line each ("Home" / "Politics" / "Business" / ...) under a site's name


def _names_a_section(line: str) -> bool:
    """"China" / "World" / "Business" / "Asia Pacific" / ...: a menu's first item (a section, a
    state's desk or a region's), not the site's name."""
    words = {word.casefold() for word in WORDS.findall(line)}
    return bool(words & word_set("section_words.txt")) or line.strip().casefold() in _state_short_names() \
        or bool(words) and words <= region_words() | {"the", "and", "middle", "east", "south", "north", "west"}


@lru_cache(maxsize=1)
def _state_short_names() -> frozenset[str]:
    return frozenset(name.casefold() for record in state_records() for name, kind in record.names if kind == "short")


@lru_cache(maxsize=1)
def _capital_names() -> frozenset[str]:
    return frozenset(name.casefold() for record in state_records() for name, kind in record.names if kind == "capital")


def _menu_item_under_a_menu(article: _Article, line: Line) -> bool:
    """"Search" / "Subscribe" / "National" / "Politics": a word the menu above goes on with, not the
    masthead of an outlet that happens to share it ("The National")."""
    return cues.word_count(line.text) <= 2 and any(
        part.kind == "furniture" and part.end <= line.start and not article.text[part.end:line.start].strip()
        for part in article.parts)


def _vertical_menu_under(before: list[Line], line: Line) -> bool:
    """"The Asahi Shimbun" / "ASIA & JAPAN WATCH" / "Home" / "Politics" / "Society" / ...: a menu
    printed an item a line, right under the name (or under its tagline)."""
    after = [other for other in before if other.start > line.end]
    run = 0
    for other in after[1:] if after and not _is_site_line(after[0].text) else after:
        if not (_is_site_line(other.text) and cues.word_count(other.text) <= 3):
            break
        run += 1
    return run >= VERTICAL_MENU


def _is_institution_name(line: str) -> bool:
    """"Pacific Institute for Policy Studies" above a site's menu: a think tank's or institute's
    own name (a word that heads such names, ``institution_words`` in ``data/lexicon.toml``)."""
    line = line.strip()
    if not 2 <= cues.word_count(line) <= 8 or INSTITUTION_NAME.fullmatch(line) is None:
        return False
    # (the head word ends the name, or only "for/of/on ..." follows it: "Carnegie Endowment for
    # International Peace"; not a headline in title case, "Forum Opens Without Its Partners")
    words = line.split()
    heads = [index for index, word in enumerate(words) if word.casefold() in lexicon("institution_words")]
    return bool(heads) and (heads[-1] == len(words) - 1 or words[heads[-1] + 1] in ("for", "of", "on"))


MASTHEAD = re.compile(r"(?:The\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?P<last>[A-Z][a-z]+)")
MASTHEAD_OF_A_PLACE = re.compile(r"(?:The\s+)?(?P<first>[A-Z][a-z]+)\s+(?:[Oo]f|[Ff]rom)\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?")
MASTHEAD_WITH_TAGLINE = re.compile(r"(?P<name>[^-–—|:]{3,40}?)\s+[-–—|]\s+(?P<tagline>[^-–—|]{3,80})$")
COMPOUND_MASTHEAD = re.compile(r"[A-Z][a-z]{2,}(?P<last>[A-Z][a-z]{2,})")
COMPOUND_ENDINGS = frozenset({"web", "news", "online"})  # (never a section's name when joined to another word)


def _nothing_but_furniture_before(article: _Article, at: int) -> bool:
    """Is the page above ``at`` empty, or only the site's furniture ("Advertisement", "Skip to
    main content") that the reader has set aside?"""
    covered = sorted((part.start, part.end) for part in article.parts if part.kind == "furniture" and part.end <= at)
    position = 0
    for start, end in covered:
        if article.text[position:start].strip():
            return False
        position = max(position, end)
    return not article.text[position:at].strip()


def _is_masthead(line: str) -> bool:
    """"Tehran Daily", "The Steppe Times": an outlet's name, its last word one that ends
    newspapers' names (``data/outlet_words.txt``)."""
    line = line.strip()
    if (compound := COMPOUND_MASTHEAD.fullmatch(line)) is not None:
        # "ExampleWeb", "MetroDaily": one word of two, the second a newspaper's word or the web's
        return compound.group("last").casefold() in word_set("outlet_words.txt") | COMPOUND_ENDINGS
    line = line.title() if line.isupper() else line  # "THE TIMES OF INDIA"
    if (placed := MASTHEAD_OF_A_PLACE.fullmatch(line)) is not None:
        # "The Times of India", "Notes from Poland": the newspaper's word first, then its place
        return placed.group("first").casefold() in word_set("outlet_words.txt")
    match = MASTHEAD.fullmatch(line)
    return match is not None and match.group("last").casefold() in word_set("outlet_words.txt")


def _read_metadata(article: _Article, line: Line) -> bool:
    """Classify a header or trailer line that is metadata; False when it is not."""
    text = line.text
    if _has_segments(text) and _read_segments(article, line):
        return True
    if (match := cues.TITLE_FIELD.match(text)) and article.title is None:
        _read_title(article, Line(line.start + match.start("value"), line.end, match.group("value")))
    elif (match := cues.URL_FIELD.match(text)):
        article.url = article.url or match.group("value")
        article.part("metadata", line.start, line.end)
    elif (match := cues.SOURCE_LINE.match(text)):
        if not _names_a_desk(source := cues.MAIL_ADDRESS.sub("", match.group("name")).strip('"')):
            article.add_publisher("source", source)
        article.part("metadata", line.start, line.end)
    elif cues.DESK_CREDIT.match(text) or cues.MAIL_FIELD.match(text) or cues.EXPORT_FIELD.match(text) \
            or len(text) <= 40 and DESK_NAME.fullmatch(text) and not _names_a_known_agency(text):
        # ("Tribune News Service", "Web Desk": a desk, no author; "Xinhua General News Service", a
        # known agency's service, is read below as the publication)
        article.part("metadata", line.start, line.end)
    elif (match := cues.PRESS_OFFICE.match(text)):  # a press release signed by its issuer
        article.add_publisher("press office", match.group("name"))
        article.part("metadata", line.start, line.end)
    elif (found := date_line(text)):
        article.add_date(found[1], found[0])
        article.part("date", line.start, line.end)
    elif _is_byline(text):
        article.add_authors(names_in_byline(cues.BYLINE.match(text).group("names")))
        article.part("byline", line.start, line.end)
    elif (credited := NAME_AND_OUTLET.fullmatch(text)) and _names_a_known_outlet(credited["outlet"]) \
            and names_in_byline(credited["names"]):
        # "Jane Doe (The Daily Post)": the author and the outlet she writes for, no "By"
        article.add_authors(names_in_byline(credited["names"]))
        article.add_publisher("byline", credited["outlet"])
        article.part("byline", line.start, line.end)
    elif (dated := _byline_with_date(text)):  # "by Jane Doe December 9, 2025"
        article.add_authors(dated[0])
        article.add_date(dated[1][1], dated[1][0])
        article.add_publisher("byline", dated[2])
        article.part("byline", line.start, line.end)
    elif (names := _named_with_role(text)):
        article.add_authors(names)
        article.part("byline", line.start, line.end)
    elif cues.is_caption(text):
        article.part("caption", line.start, line.end)
    elif cues.is_note(text):
        _read_note(article, line)
    elif (place := cues.dateline_alone(text)):
        article.dateline = place
        article.part("dateline", line.start, line.end)
    elif cues.is_furniture(text):
        _read_furniture(article, line)
    else:
        return False
    return True


# "Opinion", "World News", a masthead in capitals ("EURASIA DESK DAILY")
SECTION_LABEL = re.compile(r"[A-Z][a-z]+(?:[ &][A-Z][a-z]+)?|[A-Z]{2,}(?:[ &][A-Z]{2,}){0,3}")
SECTION_LIST = re.compile(rf"(?:{SECTION_LABEL.pattern})(?:,\s*(?:{SECTION_LABEL.pattern}))+")  # "World, All"
SECTION_BEFORE_BAR = re.compile(rf"(?P<label>{SECTION_LABEL.pattern})\s+\|\s+")


# a date in another calendar beside the Gregorian one: "Tir 13, 1404" (Solar Hijri), "12 Safar 1447"
# ("7 Ramadan 1444 AH")
OTHER_CALENDAR_DATE = re.compile(r"(?:(?P<month>[A-Z][a-z]+)\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+(?P<month2>[A-Z][a-z]+)\.?,?\s+\d{4})"
                                 r"(?:\s+(?:AH|H|SH))?")


def _is_other_calendar_date(segment: str) -> bool:
    match = OTHER_CALENDAR_DATE.fullmatch(segment)
    return match is not None and not re.fullmatch(MONTH, match.group("month") or match.group("month2"), re.IGNORECASE)


DESK_NAME = re.compile(r"(?:[A-Z][\w&.-]*\s+){0,3}(?:News\s+)?(?:Desk|Bureau|Team|Staff(?:\s+Report(?:er)?)?|Newsroom)"
                       r"|(?:[A-Z][\w&.-]*\s+){1,3}News\s+Service", re.IGNORECASE)
DOMAIN = re.compile(r"(?:[\w-]+\.)+[a-z]{2,}", re.IGNORECASE)
GENERIC_SOURCES = frozenset({"agencies", "agency", "wires", "wire services", "news agencies", "bureau"})


def _names_a_desk(source: str) -> bool:
    """"Source: Bureau", "Source: Agencies": the desk that filed it, no outlet to name."""
    return source.strip().casefold() in GENERIC_SOURCES or DESK_NAME.fullmatch(source.strip()) is not None
RELATIVE_STAMP = re.compile(r"(?:(?:last\s+)?updated|posted)\s+(?:about\s+)?(?:\d+|an?|one)\s+(?:minute|hour|day|week)s?\s+ago",
                            re.IGNORECASE)


CLOCK = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s*(?:GMT|UTC|[A-Z]{3,4}|\(?(?:GMT|UTC)\s*[+-]\s*\d{1,2}(?::?\d{2})?\)?))?",
                   re.IGNORECASE)
# the page's views, comments and shares: "5318", "5,318", "0 Comments", "Views: 1 204"
COUNTED = r"(?:comments?|views?|shares?|likes?|reactions?|hits|reads)"
# (perhaps after an icon: "👁 2 947")
COUNT = re.compile(rf"(?:[^\w\s]{{1,2}}\s*)?(?:{COUNTED}\s*:?\s*)?(?:\d{{1,7}}|\d{{1,3}}(?:[,\s\u00a0\u202f]\d{{3}})+)(?:\s+{COUNTED})?", re.IGNORECASE)
HANDLE = re.compile(r"@\w{2,30}")  # "Jane Doe / @janedoe": the writer's social-media name
# "4 min read", "9 minutes"; "Updated 18:31": the hour of an update on the day printed beside it
READING_TIME = re.compile(r"\d{1,3}\s*(?:-\s*)?min(?:ute)?s?\.?(?:\s+read)?|(?:Last\s+)?[Uu]pdated\s*:?\s*\d{1,2}[:.]\d{2}",
                          re.IGNORECASE)
TIME_FIRST = re.compile(r"\d{1,2}:\d{2}\s*[/,·-]?\s*")


def _date_segment(segment: str) -> tuple[DateValue, str | None] | None:
    """A segment's date, its hour before it or not ("18:20 / 11.11.2022")."""
    return date_line(segment) or ((opening := TIME_FIRST.match(segment)) and date_line(segment[opening.end():])) or None


# "Reporter at Tonga Wire": the author's post; "Nuku'alofa" closing a dated line: where it was filed
ROLE_AT_OUTLET = re.compile(r"(?:Senior\s+|Chief\s+|Staff\s+)?(?:Reporter|Correspondent|Editor|Writer|Journalist)\s+(?:at|for|with)\s+.{2,40}",
                            re.IGNORECASE)
PLACE_NAME = re.compile(r"(?-i:[A-Z])[\w'’.-]+(?:\s+(?-i:[A-Z])[\w'’.-]+){0,2}")


def _read_segments(article: _Article, line: Line) -> bool:
    """``By Jane Doe | Updated: Jul. 5, 2024 | China Daily``: every segment must be metadata."""
    # each without emphasis: "**Jane Doe** | Published September 2, 2025"
    # (a magazine's issue marks beside its date: "VOL.67  July 11, 2024  |  NO.28")
    segments = [ISSUE_MARK_BEFORE.sub("", segment.strip().strip("*_").strip()) for segment in SEGMENT_BREAK.split(line.text)]
    dated = any(_date_segment(segment) for segment in segments)
    if not dated and len(segments) >= 4 and _is_menu(line.text):
        return False  # "Latest   Top Story   National   World": the site's menu, whatever its items name
    readings = []
    for segment in segments:
        if (found := _date_segment(segment)):
            readings.append(("date", found))
        elif _is_byline(segment):
            readings.append(("byline", names_in_byline(cues.BYLINE.match(segment).group("names"))))
        elif dated and _is_bare_byline(segment) and not _names_a_known_outlet(segment):
            readings.append(("byline", names_in_byline(segment)))  # "Farid Tashkentov | 12 September 2025"
        elif (names := _named_with_role(segment)):
            readings.append(("byline", names))  # "Jane Doe, Asia editor | 5 July 2024"
        elif (match := cues.SOURCE_LINE.match(segment)):
            readings.append(("source", match.group("name")))
        elif cues.DESK_CREDIT.match(segment) or DESK_NAME.fullmatch(segment):
            readings.append(("desk", None))  # ("TOI News Desk", "Web Team": a desk, no author)
        elif DOMAIN.fullmatch(segment):  # "TIMESOFINDIA.COM": the outlet's site
            outlet = catalogue().lookup_domain(segment.lower())
            readings.append(("outlet", outlet.name) if outlet else ("label", None))
        elif (entry := catalogue().lookup(segment)) and entry.kind == "news_outlet":
            readings.append(("outlet", segment))
        elif entry:
            readings.append(("label", None))  # "World | ASEAN": a section named after a body
        elif dated and RELATIVE_STAMP.fullmatch(segment):
            readings.append(("label", None))  # "Updated about 10 hours ago": when the page was saved, not a date
        elif dated and (CLOCK.fullmatch(segment) or COUNT.fullmatch(segment) or READING_TIME.fullmatch(segment)
                        or HANDLE.fullmatch(segment) or ISSUE_MARK.fullmatch(segment)):
            readings.append(("label", None))  # "4 July 2024 | 12:37", "... | 5318": the hour, the page's views
        elif SECTION_LABEL.fullmatch(segment) or SECTION_LIST.fullmatch(segment):
            readings.append(("label", None))  # "Opinion | 2 August 2025": the section the piece ran in
        elif dated and (cues.is_role_line(segment) or _is_other_calendar_date(segment)
                        or PLACE_IN_CAPITALS.fullmatch(segment) or ROLE_AT_OUTLET.fullmatch(segment)
                        or FILED_FROM.fullmatch(segment)
                        or segment is segments[-1] and PLACE_NAME.fullmatch(segment)):
            # ("Jan 8th 2026|NUKUʻALOFA", "From Suva (Fiji) | 4 March 2025": where the piece was filed)
            # "UN correspondent | 25 February 2025", "July 4, 2025 - 21:30 | Tir 13, 1404"
            readings.append(("label", None))
        else:
            return False
    if all(kind == "label" for kind, _ in readings):
        return False
    for kind, value in readings:
        if kind == "date":
            article.add_date(value[1], value[0])
        elif kind == "byline":
            article.add_authors(value)
        elif kind == "source" and not _names_a_desk(value):
            article.add_publisher("source", value)
        elif kind == "outlet":
            article.add_publisher("byline", value)
    kinds = {kind for kind, _ in readings}
    # (a date line that also names the outlet, "Philippine Daily Inquirer / 05:14 AM October 29, 2025",
    # is the article's date line all the same)
    article.part("byline" if "byline" in kinds else "date" if "date" in kinds and kinds <= {"date", "label", "outlet"}
                 else "metadata", line.start, line.end)
    return True


ISSUE_MARK = re.compile(r"(?:VOL|Vol|Volume|NO|No|Issue)\.?\s*\d{1,4}")
ISSUE_MARK_BEFORE = re.compile(rf"^{ISSUE_MARK.pattern}\s+(?=\S)")
FILED_FROM = re.compile(r"From\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s*\([^()]{1,40}\))?")
# "NUKUʻALOFA", "PORT-VILA": one word in capitals (two would as well be a name: "JANE DOE")
PLACE_IN_CAPITALS = re.compile(r"[^\W\d_a-z]+(?:-[^\W\d_a-z]+)?")
_STANDFIRST_WORDS = 10  # a line this long under a name, above the date, is the standfirst


def _is_bare_byline_at(article: _Article, lines: list[Line], index: int, after_headline: bool) -> bool:
    """"Published - August 28, 2025" / "Jane Doe" / "NEW DELHI:": a name alone, under the
    date and closing the header (or above the dateline), is the byline; so is one between
    the headline and the first date. A label under the date ("Central Asia") would look the
    same, but it heads a title, not the body."""
    if index == 0 or not _is_bare_byline(lines[index].text):
        return False
    if article.authors:
        return _under_a_bare_byline(article, lines[index].start)
    # (under the date, a widget perhaps between: "Published 18 February 2025" / "4 minute read" / "Jane Doe")
    last = next((part for part in reversed(article.parts) if part.kind != "furniture"), None)
    under_date = last is not None and last.kind == "date" and all(
        READING_TIME.fullmatch(line.text.strip()) for line in lines[:index] if line.start > last.end)
    # (closing the header, or with the author's post under it: "Jane Doe" / "Senior Fellow, Asia Programme")
    closing = index + 1 == len(lines) or bool(cues.dateline_alone(lines[index + 1].text)) or \
        cues.is_affiliation(lines[index + 1].text) or cues.is_role_line(lines[index + 1].text)
    # "Pakistan's SCO moment" / "Zahid Hussain" / "Published September 16, 2025": between
    # the headline and the date
    # ... or with a line of affiliation between: "Aliya Bekova" / "Research Fellow, Eurasia Policy Forum" / date,
    # or of a journalist's role: "Aruzhan Kassymova" / "Astana correspondent" / date
    # ... or with the standfirst between: "<headline>" / "Jane Doe" / "<standfirst>" / date
    date_at = index + 2 if index + 2 < len(lines) and (
        cues.is_affiliation(lines[index + 1].text) or cues.is_role_line(lines[index + 1].text)
        or cues.word_count(lines[index + 1].text) >= _STANDFIRST_WORDS and not (
            date_line(lines[index + 1].text) or _is_dated_segments(lines[index + 1].text))) else index + 1
    above_date = after_headline and date_at < len(lines) and bool(
        date_line(lines[date_at].text) or _is_dated_segments(lines[date_at].text)) and \
        not any(part.kind == "date" for part in article.parts)
    return (under_date and closing) or above_date


def _under_a_bare_byline(article: _Article, start: int) -> bool:
    """"Jane Doe" / "Li Ming": a line right under a byline of names alone is a second author
    (not under "Authors: Jane Doe, KIMEP", whose next line may be a label: "In Brief")."""
    byline = article.parts[-1] if article.parts else None
    return byline is not None and byline.kind == "byline" and not article.text[byline.end:start].strip() \
        and _is_bare_byline(article.text[byline.start:byline.end])


def _named_with_role(line: str) -> list[str]:
    """"Mirela Dobrev, Asia editor": names, a comma and a journalist's role are a byline
    wherever they stand in the header or trailer (the role says so; a name alone needs
    its place to). Several may be joined: "JANE DOE, staff writer, and LI MING, Contributing writer"."""
    if "," not in line or cues.word_count(line) > 10 * (line.count(" and ") + 1):
        return []
    if (names := _names_before_role(line)):  # "Jane Doe and Li Ming, Nikkei staff writers"
        return names
    names = []
    for credit in CREDITS_JOINT.split(line):
        if not (named := _names_before_role(credit)):
            return []
        names += named
    return names


def _names_before_role(credit: str) -> list[str]:
    role = cues.role_credit(credit) if cues.word_count(credit) <= 10 else None
    return names_in_byline(credit[:role.start()]) if role and _is_bare_byline(credit[:role.start()]) else []


CREDITS_JOINT = re.compile(r",?\s+and\s+(?=[A-Z])")


_NAME_JOINTS = re.compile(r"\s*(?:,|&|\||\band\b)\s*")


# "Nur Fitriani and Dimas Pratama (The Jakarta Post)": the outlet the names write for
OUTLET_DASHED = re.compile(r"\s+[-–—]\s+The\s+[A-Z][\w.'’&-]*(?:\s+[A-Z][\w.'’&-]*){0,3}\s*$")
OUTLET_AFTER_NAMES = re.compile(r"\s*\((?P<outlet>[^()]{2,40})\)\s*$")


def _bare_names(line: str) -> list[str]:
    """The names of a bare byline, its names perhaps apart by bars: "Jane Doe | Li Ming"."""
    if line.endswith(")"):
        line = OUTLET_AFTER_NAMES.sub("", line)
    return [name for segment in SEGMENT_BREAK.split(line) for name in names_in_byline(segment)]


AGENCY_AND_PLACE = re.compile(r"(?P<agency>[A-Z][\w&.-]*(?:\s[A-Z][\w&.-]*)?)\s+(?P<place>[A-Z]{3,}(?:[\s-][A-Z]{3,})?)")
PLACE_AFTER_COMMA = re.compile(r",\s+(?P<place>[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*)?)\s*$")
PLACES_AFTER_NAMES = re.compile(r"\s+in\s+[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)?(?=\s*(?:,|\band\b|&|$))")


def _is_bare_byline(line: str) -> bool:
    """Names and nothing else: "Jane Doe", "Jane Doe and Li Ming", "Jane Doe | Li Ming"."""
    if cues.is_role_line(line):
        return False  # "Diplomatic Correspondent", "Our Correspondent": a desk's role, no one's name
    if line.endswith(")"):
        line = OUTLET_AFTER_NAMES.sub("", line)
    if (wire := AGENCY_AND_PLACE.fullmatch(line.strip())) and _names_a_known_outlet(wire["agency"]):
        return False  # "Reuters  ASTANA": the agency and where it filed from, no one's name
    if _has_segments(line):
        return all(_is_bare_byline(segment) for segment in SEGMENT_BREAK.split(line))
    line = OUTLET_DASHED.sub("", line)  # "Jane Doe - The Tonga Star": the outlet after a spaced dash
    if (filed := PLACE_AFTER_COMMA.search(line)) is not None and filed["place"].casefold() in _capital_names():
        # "Jane Doe, Suva": the capital the writer filed from (not "Jane Doe, Kazakhstan", which
        # may name whom a caption shows)
        line = line[:filed.start()]
    names = names_in_byline(line)
    rest = _NAME_JOINTS.sub(" ", PLACES_AFTER_NAMES.sub("", HONORIFIC.sub("", line)))  # ("Jane Doe in Brussels and Li Ming in Osh")
    return bool(names) and rest.casefold().split() == " ".join(names).casefold().split()  # ("JANE DOE")


def _read_header_text(article: _Article, line: Line, followed_by_text: bool) -> None:
    """A header line that is not metadata: the title, a kicker or the standfirst."""
    short_label = cues.word_count(line.text) <= 4 and not cues.PROSE_END.search(line.text)
    if cues.BREADCRUMB.match(line.text):
        article.part("kicker", line.start, line.end)  # "Home / News / World": where the page sits
        return
    if article.title is not None and line.text == article.title:
        article.part("furniture", line.start, line.end)  # the headline again, under a "Title:" field
        return
    if article.title is None and not article.standfirst:
        if short_label and cues.word_count(line.text) <= 2 and followed_by_text:
            article.part("kicker", line.start, line.end)  # a section label above the headline
            return
        _read_title(article, line)
    elif short_label and article.parts and (
            not article.authors and (above := max((part for part in article.parts if part.end <= line.start),
                                                  key=lambda part: part.end, default=line).kind) in
            ("title", "standfirst", "date", "caption")
            # (or a second author under the first: "Jane Doe" / "Li Ming")
            or article.authors and _under_a_bare_byline(article, line.start)) and \
            (names := _byline_under_the_headline(line.text, capitals=not article.authors and above == "date")):
        # "Jane Doe", "Jane Doe | Tonga Wire", "Jane Doe, tongawire.to" under the headline: the author
        article.add_authors(names)
        article.part("byline", line.start, line.end)
    elif short_label:
        article.part("kicker", line.start, line.end)
    else:
        article.standfirst.append(line.text)
        article.part("standfirst", line.start, line.end)


# "Tonga Wire Ltd", "Suva Daily Publishing S.A.": the company's legal form, not the outlet's name
# ("Upali Newspapers (Pvt) Ltd.": a form in brackets too)
COMPANY_FORM = re.compile(r"(?:\s+(?:\((?:Pvt|Private)\.?\)|Inc|Ltd|Limited|LLC|plc|PLC|GmbH|AG|Publishing|Publications|Holdings|Pvt|Public\s+Company"
                          r"|S\.?A|S\.?L|S|A|L)\.?)+$")


def _without_company_form(name: str) -> str:
    """"Tonga Wire Ltd" -> "Tonga Wire"; "Island Media (Fiji) Public Company Limited" -> "Island
    Media (Fiji)"."""
    stripped = COMPANY_FORM.sub("", name.strip())
    return stripped + ")" if stripped.count("(") > stripped.count(")") and name.count(")") else stripped


def _is_prose(line: str) -> bool:
    """A headline's or a standfirst's words, not a menu's: six words or more, three of them in lower case."""
    words = line.split()
    return len(words) >= 6 and sum(word[:1].islower() for word in words) >= 3


def _byline_under_the_headline(line: str, capitals: bool = False) -> list[str]:
    """The names of a short line under a headline that names people only, perhaps with their
    outlet after a bar or a comma ("Jane Doe | Tonga Wire", "Jane Doe, TongaWire.to"); in
    capitals only right under the date ("Updated 07 July 2025" / "JANE DOE-LIMA"), where a
    section's label does not stand."""
    name = re.split(r"\s*\|\s*|,\s+(?=\S+\.\w{2,3}$)", line.strip())[0]
    if name.isupper() and capitals and CAPITAL_NAME.fullmatch(name) and not _names_a_section(name):
        name = name.title()
    return names_in_byline(name) if _is_bare_byline(name) and not name.isupper() and not name[:3].casefold() == "by " else []


CAPITAL_NAME = re.compile(r"[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){1,3}")


def _read_title(article: _Article, line: Line) -> None:
    """The headline, without a printed date or outlet name after a dash or bar."""
    title_end = line.end
    match = TITLE_SUFFIX.match(line.text)
    if match:
        tail = match.group("tail").strip()
        found = date_line(tail)
        outlet = None if found else catalogue().lookup(tail)
        if found:
            article.add_date("title", found[0])
        elif outlet:
            article.add_publisher("title", tail)
        if found or outlet:
            title_end = line.start + len(match.group("title"))
            article.part("date" if found else "metadata", title_end, line.end)
    # a page's headline may open with its section's label and a bar ("Opinion | The SCO's ..."), a
    # post's with pictographs ("🇷🇺🇨🇳 Sergey Lavrov takes part ..."), a wire story's with its
    # version tags ("UPDATE 1-China's Xi urges ..."): not its words
    start = line.start
    if (section := SECTION_BEFORE_BAR.match(line.text)) and cues.word_count(line.text[section.end():]) >= 3:
        article.part("kicker", line.start, line.start + section.end("label"))
        start += section.end()
    headline = article.text[start:title_end]
    start += len(headline) - len(_LEADING_SYMBOLS.sub("", headline, count=1))
    if line.text[:1].isupper() and (tags := _wire_tags().match(article.text, start, title_end)):
        article.part("metadata", start, tags.end())
        start = tags.end()
    if start >= title_end:
        start = line.start
    article.title = article.text[start:title_end].strip()
    article.part("title", start, title_end)


# pictographs, flags and other symbols before a headline's first letter, digit or quotation mark
_LEADING_SYMBOLS = re.compile(r"^[^\w\"“‘'(\[]+")


@lru_cache(maxsize=1)
def _wire_tags() -> re.Pattern[str]:
    """"UPDATE 1-", "REFILE-UPDATE 2-": a wire story's version tags (``data/wire_tags.txt``), in
    capitals, each closed by a hyphen with a headline's first character after the last."""
    tags = "|".join(tag.upper() for tag in data_lines("wire_tags.txt"))
    return re.compile(rf"(?:(?:{tags})(?:\s\d{{1,2}})?-)+(?=[\w\"“‘'])")


# --- body ----------------------------------------------------------------------

def _read_body(article: _Article, lines: list[Line]) -> None:
    in_link_list = False  # under a "Related" / "ALSO READ" label, until the block ends
    for position, line in enumerate(lines):
        text = line.text
        if in_link_list and _continues_a_link_list(article.text, lines, position):
            article.part("furniture", line.start, line.end)
            continue
        in_link_list = _labels_a_link_list(text)
        if in_link_list:
            article.part("furniture", line.start, line.end)
        elif position == 0 and ((match := cues.WIRE_DATELINE.match(text)) and _is_wire_dateline(match) or (
                (match := cues.PLACE_COMMA_AGENCY.match(text)) and _names_a_known_outlet(match.group("agency")))
                or (match := cues.PLACE_COMMA_DATE.match(text))):
            _read_wire_dateline(article, line, match)
        elif cues.is_caption(text):
            article.part("caption", line.start, line.end)
        elif cues.is_note(text):
            _read_note(article, line)
        elif cues.SOURCE_LINE.match(text) or cues.DESK_CREDIT.match(text):
            _read_metadata(article, line)
        elif cues.is_furniture(text):
            _read_furniture(article, line)
        else:
            article.part("body", line.start, line.end)


# Inside the body, a label alone on its line ("ALSO READ", "Related Articles", "Read more:") over
# other stories' headlines, one a line, to the block's end: the site's links, not the article's
_TEASER_MOST_WORDS = 16


def _labels_a_link_list(text: str) -> bool:
    label = TRAILER_LABEL.match(text)
    return label is not None and not text[label.end():].strip() and (
        label.group("label").casefold() in word_set("teaser_labels.txt")
        or label.group("label").casefold() in word_set("trailer_openers.txt"))


def _continues_a_link_list(text: str, lines: list[Line], index: int) -> bool:
    """Is ``lines[index]``, under a link list's label or its entries, one more entry of it?"""
    line = lines[index].text
    # (a headline that asks is a link too: "What is the bloc and why do so many want to join?")
    headline = _is_teaser_headline(line) or line.rstrip().endswith("?") and cues.word_count(line) <= _TEASER_MOST_WORDS
    return headline and not _block_break(text, lines[index - 1], lines[index])


def _is_teaser_headline(text: str) -> bool:
    """A headline's line: short, and no sentence's end ("Kenya and Tonga sign a trade deal")."""
    return cues.word_count(text) <= _TEASER_MOST_WORDS and not text.rstrip().endswith((".", "!", "?", '"', "”", "’", ")", ":"))


def _block_break(text: str, previous: Line, line: Line) -> bool:
    return text.count("\n", previous.end, line.start) >= 2


def _is_wire_dateline(match: re.Match[str]) -> bool:
    # an all-capitals opening ("NATO:", "UPDATE - ") is a dateline only with a date, an agency
    # or a long dash ("ULAANBAATAR, Oct 12 (Steppe Wire) - " has both)
    if match.group("date") or match.group("agency") or match.group("slashed"):
        return True
    return match.group("sep") not in (":", "-") or (match.group("sep") == ":" and len(match.group("place")) > 5)


def _read_wire_dateline(article: _Article, line: Line, match: re.Match[str]) -> None:
    article.dateline = match.group("place").strip().rstrip(",")
    fields = match.groupdict()
    if (agency := fields.get("agency") or fields.get("slashed")):
        article.add_publisher("agency", agency)
    if fields.get("date"):
        printed = read_date(match.group("date"))
        if printed is None:  # "March 14": no year; the opening sentence's weekday may tell it
            printed = year_of_dateline(match.group("date"), line.text[match.end():], article.text)
        article.add_date("dateline", printed)
    # the dateline ends at its separator: the spaces after it belong to neither part
    article.part("dateline", line.start, line.start + match.end("sep"))
    article.part("body", line.start + match.end(), line.end)


# --- trailer, notes and furniture ------------------------------------------------

def _read_trailer(article: _Article, lines: list[Line]) -> None:
    for previous, line, following in zip([None, *lines], lines, [*lines[1:], None]):
        if not article.authors and following is not None and _bio_over_the_authors_views(line.text, following.text):
            # "Jane Doe is a senior lecturer at ..." over "Opinions expressed here are the author's own":
            # the unbylined column's author
            article.add_authors(names_leading(line.text))
        if _is_author_bio(line.text, article.authors) or (
                previous is not None and cues.FOOTNOTE_NUMBER.match(previous.text)):  # a footnote under its number
            article.part("note", line.start, line.end)
        elif not _read_metadata(article, line):
            # short lines after the last paragraph: widget headers, teasers, link lists
            _read_furniture(article, line)


def _read_note(article: _Article, line: Line) -> None:
    """Editor's notes, author notes and disclaimers: authors and publisher, not body."""
    text = line.text
    article.part("note", line.start, line.end)
    if (match := cues.EDITOR_NOTE.match(text)):
        rest = text[match.end():]
        article.add_authors(names_leading(rest))
        if (column := cues.COLUMN_OWNER.search(rest)):
            article.add_publisher("column", column.group("name"))
    elif (match := cues.AUTHOR_NOTE.match(text)):
        article.add_authors(names_leading(text[match.end():]))
    elif (match := cues.CREDIT_LINE.match(text)):
        article.add_authors(names_in_byline(match.group("names")))
    if cues.is_disclaimer(text) and (owner := cues.DISCLAIMED_OWNER.search(text) or cues.OWNERSHIP_DISCLAIMER.match(text)):
        article.add_publisher("disclaimer", owner.group("name"))


CREDIT_WORD = re.compile(r"(?:photo|image|picture|video|graphic|illustration)s?\b", re.IGNORECASE)


def _read_furniture(article: _Article, line: Line) -> None:
    article.part("furniture", line.start, line.end)
    if (named := cues.THANKS_FOR_READING.search(line.text) or cues.APPEARED_FIRST.match(line.text)
            or cues.citation(line.text)):
        article.add_publisher("column", named.group("name"))  # a newsletter's pitch, a feed's footer, a citation
    if (follow := cues.FOLLOW_THE_SITE.search(line.text)) and _names_a_known_outlet(site := follow["name"] or follow["followed"]):
        article.add_publisher("column", site)
    if line.text[:12].lstrip("*_").startswith("Published in") and (edition := cues.PRINT_EDITION.match(line.text)):
        # "Published in The Daily Example, July 5th, 2023.": the paper, and the day it ran in print (a
        # date the page's own header gives is read first)
        article.add_publisher("print edition", edition.group("name"))
        article.add_date("print edition", read_date(edition.group("date")))
    if cues.is_copyright(line.text) and (owner := cues.HOLDER_BEFORE_MARK.match(line.text)
                                         or cues.COPYRIGHT_OWNER.search(line.text)):
        # (not a picture's credit: "© Photo : Ministry of External Affairs")
        if not re.fullmatch(r"(?i)all rights reserved", owner.group("name").strip()) and \
                not CREDIT_WORD.match(owner.group("name")) and not owner.group("name").strip(" .").isdigit():
            # (nor a year alone: "© 2024. All Rights Reserved." names no holder)
            holder = cues.trim_name(owner.group("name"))
            known = catalogue().lookup(holder) or catalogue().lookup_holder(holder)
            # (an outlet the catalogue knows holding the page outranks an agency credited in the byline:
            # "Reuters | Published 07 Jan" over "Copyright Business Recorder", the site that ran the copy)
            article.add_publisher("outlet's copyright" if known and known.kind == "news_outlet" else "copyright",
                                  holder if known else _without_company_form(holder))
    article.add_publisher("contact", cues.publisher_from_contact(line.text))

