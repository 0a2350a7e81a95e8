"""Recognising a person's name in a byline or an author note."""
from __future__ import annotations

import re
from functools import lru_cache

from sco_etl.rules import data_lines
from sco_etl.rules.catalogue import catalogue
from sco_etl.rules.states import state_records

# the lower-case words inside a name ("Bento dos Santos Freitas", "Anwar bin Ibrahim")
NAME_PARTICLES = frozenset({"bin", "binti", "ibn", "al", "el", "de", "da", "dos", "das", "del", "di", "van", "von",
                            "der", "den", "du", "la", "le", "ul", "ud", "dela", "delos"})
_PARTICLES = rf"(?:{'|'.join(sorted(NAME_PARTICLES))})"
# (no weekday: "Defence Minister Rajnath Singh Thursday refused to sign", a date without its "on")
# (a capital of Latin Extended-A, B or Additional: "Đoàn", "Ưng", "Ẩn" in Vietnamese names)
_NAME_WORD = r"(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b)[A-Z\u00C0-\u00DE\u0100-\u024F\u1E00-\u1EFF][\w'’.-]*"
# capitalised at a line's start, never a name's first word ("From Suva", a byline's place)
LEADING_PREPOSITIONS = frozenset({"from", "in", "at", "for", "by", "with", "to", "on", "of", "about"})
# (an Arabic article joined by a hyphen: "Abdel Fattah al-Sisi")
# a given name's initial joined to the name, as Mongolian names are written: "D.Enkhtuya"
INITIAL_JOINED = re.compile(r"[A-Z]\.[A-Z][a-z]{2,}")
PERSON_NAME = re.compile(rf"(?:{_NAME_WORD}(?:\s+(?:{_PARTICLES}\s+|(?:al|el)-)?{_NAME_WORD}){{1,4}}|{INITIAL_JOINED.pattern})")


@lru_cache(maxsize=1)
def title_words() -> tuple[str, ...]:
    """Role titles (data/person_titles.txt), casefolded, longest first so "prime minister" wins
    over "minister". Read here, below the layout parser and the extractors, which all use it."""
    return tuple(sorted((line.casefold() for line in data_lines("person_titles.txt")), key=len, reverse=True))


@lru_cache(maxsize=1)
def organisation_words() -> frozenset[str]:
    return frozenset(data_lines("organisation_words.txt"))


@lru_cache(maxsize=1)
def section_words() -> frozenset[str]:
    return frozenset(data_lines("section_words.txt"))


def looks_like_person(name: str) -> bool:
    """Two to five capitalised words, none of them an organisation's or a site section's word,
    not a known body."""
    if not PERSON_NAME.fullmatch(name) or name.split(None, 1)[0].casefold() in LEADING_PREPOSITIONS:
        return False  # (not "From Suva", a byline's place)
    words = {word.strip(".'’").casefold() for word in name.split()}
    return not (words & organisation_words() or words & section_words()) and catalogue().lookup(name) is None and \
        name.casefold() not in place_names() and name.split()[-1].casefold() not in region_words()


@lru_cache(maxsize=1)
def region_words() -> frozenset[str]:
    """"Central Africa", "East Asia": a name ending in a region's head word is a place."""
    return frozenset(data_lines("region_words.txt"))


@lru_cache(maxsize=1)
def place_names() -> frozenset[str]:
    """States and capitals by every name they go by ("Kuala Lumpur ● Mon, October 27, 2025" is no byline)."""
    return frozenset(name.casefold() for record in state_records() for name, _ in record.names)


def tidy_person(name: str) -> str:
    """``JANE DOE`` → ``Jane Doe``, ``Ana Lucía PEREZ`` → ``Ana Lucía Perez``; spacing normalised."""
    name = " ".join(name.split())
    if name.isupper():
        return name.title()
    # (a surname in capitals, as wires print it; not an initial: "J. Doe")
    return " ".join(word.capitalize() if len(word) > 2 and word.isalpha() and word.isupper() else word
                    for word in name.split())


BYLINE_SEGMENT = re.compile(r"\s*[|/]\s*")  # "Jane Doe | Reuters"
BYLINE_JOINT = re.compile(r"\s*,\s*|\s+and\s+|\s*&\s*|\s+with\s+")  # between names ("X with Y in Brussels")
# "Jane Doe - Reporter", "Jane Doe – Asia editor": a role after a spaced dash
DASHED_TAIL = re.compile(r"\s+[-–—]\s+\S.*$")
# "in Beijing", "for Reuters": where or for whom a name in a byline writes
PLACE_TAIL = re.compile(r"\s+(?:in|at|for|from)\s+[A-Z]")


# "Dr Jane Doe", "Prof. John Roe": an honorific, not part of the name; "(Suva, special correspondent)":
# where and as what the author writes
HONORIFIC = re.compile(r"(?:^|(?<=\s))(?:Dr|Prof|Professor|Mr|Mrs|Ms|Miss|Sir|Dame)\.?\s+(?=[A-Z])")
BRACKETED = re.compile(r"\s*\([^()]*\)")
# "Pacific affairs reporter Jane Doe": the writer's beat and role before the name
ROLE_BEFORE = re.compile(r"^(?:[\w'’-]+\s+){0,3}?(?:reporter|correspondent|editor|writer|columnist|journalist|producer"
                         r"|analyst|bureau\s+chief)\s+(?=[A-Z])", re.IGNORECASE)


def names_in_byline(text: str) -> list[str]:
    """People in ``Jane Doe, John Roe and Li Ming in Beijing`` or ``Jane Doe in Tianjin and
    Omar Haddad in Delhi``; other parts are ignored."""
    text = BRACKETED.sub("", BYLINE_SEGMENT.split(text, maxsplit=1)[0])
    parts = BYLINE_JOINT.split(text.strip().rstrip("."))
    names = [tidy_person(HONORIFIC.sub("", ROLE_BEFORE.sub("", PLACE_TAIL.split(DASHED_TAIL.sub("", part), maxsplit=1)[0].strip())))
             for part in parts]
    return [name for name in names if looks_like_person(name)]


# "Jane Doe is a senior fellow ...", "Jane Doe, director of ..."
LEADING_NAME = re.compile(rf"^(?P<names>{PERSON_NAME.pattern}(?:\s*(?:,|and|&)\s*{PERSON_NAME.pattern})*)"
                          r"(?=\s+(?:is|are|was|were)\b|\s*,|\s*\.|\s*$)")


def names_leading(text: str) -> list[str]:
    """The people a note begins with ("X is the director of ...", "X and Y are ...")."""
    match = LEADING_NAME.match(text.strip())
    return names_in_byline(match.group("names")) if match else []
