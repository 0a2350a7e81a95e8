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
ENDS_SENTENCE = re.compile(r"[.!?:;][\"'”’)]*$")
FIELD = re.compile(r"[A-Z][\w -]{0,25}:\s")
HYPHENATED = re.compile(r"[^\W\d_]-$")
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
            joint = "" if previous.endswith("-") and previous[-2:-1].isalpha() else " "
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
    running_on = sum(1 for previous, line in pairwise(lines)
                     if not ENDS_SENTENCE.search(previous) and _is_wrap(previous, line, width))
    return running_on >= 3 and running_on * 3 >= sum(1 for line in lines if line.strip())


def _is_wrap(previous: str, line: str, width: int) -> bool:
    words = line.split(maxsplit=1)
    if not words or not previous.strip():
        return False
    if FIELD.match(line):  # "Subject: ..." / "Reply-To: ...", "... next year." / "Editor: Zhang Wei"
        return False
    if " | " in previous:  # "Unsubscribe | Manage preferences": a row of links ends its line
        return False
    if HYPHENATED.search(previous) and words[0][0].islower():  # "an inter-" / "view with ...", however short
        return True
    if LIST_ITEM.match(line.lstrip()):
        return False
    return len(previous) + 1 + len(words[0]) > width * FILL_TOLERANCE
