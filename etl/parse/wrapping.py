"""Hard-wrapped text (a PDF's text, an e-mail, a terminal dump) back into one line per paragraph.

The layout reads an article line by line, and its sentences must not break at a
column. A line break is a wrap when the text is narrow (most lines end near one
width) and the next line's first word would not have fitted on the line: a writer
that wraps moves a word down only when it does not fit. Breaks before a list item
and after short lines are kept (headings, bylines, dates, a paragraph's last line).
A word broken by a hyphen at the end of a line is joined without a space
("dialogue-" + "partner"), which keeps compounds whole.
"""
from __future__ import annotations

import re
from itertools import pairwise

# wrapped text is narrow; web text with one paragraph per line has far longer lines
MAX_WRAP_WIDTH = 120
# a justified PDF's lines end a little short of the width, by the size of their words
FILL_TOLERANCE = 0.9
SENTENCE_ENDS = ".!?:;"
CLOSERS = "\"'”’)"
FIELD = re.compile(r"[A-Z][\w -]{0,25}:\s")
LIST_ITEM = re.compile(r"(?:[-*•–—·▪◦]|\d{1,2}[.)]|\(?[a-z]\))\s")


def unwrap(text: str) -> str:
    """``text`` with the line breaks of its wrapped paragraphs made spaces."""
    lines = text.split("\n")
    width = _wrap_width(lines)
    if width is None or not _is_wrapped(lines, width):
        return text
    out = [lines[0]]
    for previous, line in pairwise(lines):  # each break judged by the physical line before it
        if _is_wrap(previous, line, width):
            joint = "" if _hyphenated(previous) else " "
            out[-1] += joint + line.lstrip()
        else:
            out.append(line)
    return "\n".join(out)


def _wrap_width(lines: list[str]) -> int | None:
    """The column the text is wrapped at (the 90th percentile of its line lengths), or None
    when it is not wrapped (long lines, or too few lines to tell)."""
    lengths = sorted(len(line) for line in lines if line.strip())
    if len(lengths) < 4:
        return None
    width = lengths[int(len(lengths) * 0.9)]
    return width if width <= MAX_WRAP_WIDTH else None


def _is_wrapped(lines: list[str], width: int) -> bool:
    """Do sentences run on across line breaks (a third of the lines, and three at least)? Short
    lines one under another (a header, a list of links) do not make a text wrapped."""
    non_blank = sum(1 for line in lines if line.strip())
    # lines one under another, the least a run-on needs (cheap: most texts put a blank line
    # after every paragraph and stop here)
    adjacent = [(previous, line) for previous, line in pairwise(lines) if previous and line]
    if len(adjacent) < 3 or len(adjacent) * 3 < non_blank:
        return False
    running_on = sum(1 for previous, line in adjacent if not _ends_sentence(previous) and _is_wrap(previous, line, width))
    return running_on >= 3 and running_on * 3 >= non_blank


# the ends of lines are read by hand, not by a regex: a search for "...$" tries every position
def _ends_sentence(line: str) -> bool:
    last = line.rstrip(CLOSERS)[-1:]
    return bool(last) and last in SENTENCE_ENDS


def _hyphenated(line: str) -> bool:
    return line.endswith("-") and line[-2:-1].isalpha()


def _is_wrap(previous: str, line: str, width: int) -> bool:
    words = line.split(maxsplit=1)
    if not words or not previous.strip():
        return False
    if _hyphenated(previous) and words[0][0].islower():  # "an inter-" / "view with ...", however short
        return True
    if len(previous) + 1 + len(words[0]) <= width * FILL_TOLERANCE:  # the word would have fitted
        return False
    # "Subject: ..." / "Reply-To: ..." (a field), "Unsubscribe | Manage preferences" (a row of
    # links ends its line), "- an item"
    return not (FIELD.match(line) or " | " in previous or LIST_ITEM.match(line.lstrip()))
