"""Sentence boundaries with offsets, by rule.

A library splitter (pysbd) was measured at about 34 ms per article on the seeds,
which alone would cap loading at 30 articles a second; news prose needs little
more than full stops, abbreviations and initials, so a regular expression does.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sco_etl.model import Span
from sco_etl.rules import data_lines

# a full stop (or ?/!) and closing marks, then space and something that can start a sentence;
# or a full stop glued to the next sentence after a word or year ("in 2025.China places")
_BOUNDARY = re.compile(r"[.?!][\"'”’)\]]*(?:\s+(?=[\"'“‘(\[]?[A-Z0-9])|(?<=[a-z0-9]\.)(?=[A-Z][a-z]))")
_LAST_WORD = re.compile(r"(\S+)$")
# how far back a full stop looks for the word it ends: no abbreviation is longer, and a
# bounded look keeps splitting linear on a megabyte without a line break
_WORD_WINDOW = 64


@lru_cache(maxsize=1)
def abbreviations() -> frozenset[str]:
    return frozenset(data_lines("abbreviations.txt"))


def _is_abbreviation(text: str, stop: int) -> bool:
    """Does the full stop at ``stop`` close an abbreviation or an initial ("J. Smith")?"""
    word = _LAST_WORD.search(text, max(0, stop - _WORD_WINDOW), stop)
    if not word:
        return False
    token = word.group(1).lstrip("(\"'“‘").casefold()
    # (initials run together too: "K.P. Sharma Oli", "A.B. Tuilagi")
    return token in abbreviations() or (len(token) == 1 and token.isalpha()) or \
        (len(token) <= 5 and INITIALS.fullmatch(token) is not None)


INITIALS = re.compile(r"(?:[^\W\d_]\.){1,2}[^\W\d_]")


@lru_cache(maxsize=256)
def split_sentences(text: str, start: int = 0, end: int | None = None) -> tuple[Span, ...]:
    """Sentences of ``text[start:end]`` as spans, without surrounding whitespace.

    Remembered for the last few paragraphs: each extractor splits the same ones.
    """
    end = len(text) if end is None else end
    spans, begin = [], start
    for boundary in _BOUNDARY.finditer(text, start, end):
        if text[boundary.start()] == "." and _is_abbreviation(text, boundary.start()):
            continue
        stop = boundary.start() + len(boundary.group().rstrip())
        spans.append(_stripped(text, begin, stop))
        begin = boundary.end()
    if begin < end:
        spans.append(_stripped(text, begin, end))
    return tuple(span for span in spans if span.end > span.start)


def _stripped(text: str, start: int, end: int) -> Span:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return Span(start, end)
