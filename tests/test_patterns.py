"""Patterns told where they can start match exactly where the plain patterns do."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sco_etl.patterns import (
    PatternStarts,
    ascii_folded,
    first_characters,
    grouped_alternation,
    guarded,
    literal_prefixes,
    searched,
)


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:join|joins|accede)\b", {"j", "a"}),
    (r"\b(?:rotating )?(?:chairmanship|presidency)\b", {"r", "c", "p"}),  # an optional word first
    (r"\b(?:an |as )(?-i:[A-Z]{2,8} )?observers?\b", {"a"}),
    (r"[B-D]x", {"b", "c", "d"}),
    (r"Observer", {"o"}),  # lower case, whatever the pattern's case
    (r"\b(?=\w)(?:in|by)\b", {"i", "b"}),  # lookarounds consume nothing
    (r"(?:from\s+)?\d{4}", {"f", r"\d"}),  # a class kept as written: \d is every Unicode digit
])
def test_first_characters_are_read_off_the_pattern(pattern, expected):
    assert first_characters(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize("pattern", [r"(?:a)?", r"[^a]b", r".x", r"\b", r"\Dx"])
def test_first_characters_unknown_when_any_character_could_start(pattern):
    assert first_characters(re.compile(pattern)) is None


PATTERNS = [r"\bjoin(?:ed)?\b", r"\b(?:became|become) (?:a )?member\b", r"\b(?:rotating )?chair\b",
            r"\w+ship\b", r"\bstatus of\b", r"\b(?:an|the) observer\b"]
WORDS = ["join", "joined", "Joined", "became", "BECOME", "a", "member", "rotating", "chair", "Chairmanship",
         "friendship", "status", "ſtatus", "of", "an", "the", "observer", ",", "."]


@given(st.lists(st.sampled_from(WORDS), max_size=30))
@settings(max_examples=300, deadline=None)
def test_grouped_alternation_matches_where_the_plain_one_does(words):
    text = " ".join(words)
    compiled = [re.compile(pattern, re.IGNORECASE) for pattern in PATTERNS]
    plain = re.compile("|".join(f"(?:{pattern})" for pattern in PATTERNS), re.IGNORECASE)
    grouped = re.compile(grouped_alternation(compiled), re.IGNORECASE)
    assert [bool(grouped.match(text, at)) for at in range(len(text) + 1)] == \
        [bool(plain.match(text, at)) for at in range(len(text) + 1)]


GUARDED = [r"\b(?=\w)(?:includes?|comprising|members\s+are)\s*:?\s+", r"(?<![\w.,])(?:from\s+)?(?P<year>\d{4})\b",
           r"(?:[^a]|b)c"]  # the last: its first character cannot be told, so it is left as it is
TEXTS = ["includes", "Comprising", "members are", "from", "2024", "٢٠٢٤", "c", "bc", "ac", ",", " ", "x"]


@pytest.mark.parametrize("source", GUARDED)
@given(words=st.lists(st.sampled_from(TEXTS), max_size=20))
@settings(max_examples=200, deadline=None)
def test_a_guarded_pattern_matches_where_the_pattern_does(source, words):
    text = " ".join(words)
    pattern = re.compile(source, re.IGNORECASE)
    assert [m.span() for m in guarded(pattern).finditer(text)] == [m.span() for m in pattern.finditer(text)]


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:join|joined|accede)s?\b", {"join", "acce"}),  # four characters at most
    (r"\b(?:rotating )?chair\b", {"rota", "chai"}),
    (r"\b(?:an |as )(?-i:[A-Z]{2,8} )?observers?\b", {"an ", "as "}),  # they end where a run begins
    (r"\bat\b", {"at"}),  # shorter where the pattern is
    (r"\b(?:an?|its)\s+observer\b", {"a ", "an ", "its "}),  # a run of spaces: one space, then the run ends it
    (r"\bis\sset\b", {"is s"}),  # one space: read on
])
def test_literal_prefixes_are_read_off_the_pattern(pattern, expected):
    assert literal_prefixes(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize("pattern", [r"\w+ joined", r"(?:a)?", r"[a-z]{2}x", r"x*y"])
def test_literal_prefixes_unknown_when_a_match_may_begin_otherwise(pattern):
    assert literal_prefixes(re.compile(pattern)) is None


def test_folding_covers_every_character_re_takes_for_an_ascii_letter():
    """PatternStarts finds prefixes in folded text: a character IGNORECASE matches to an ASCII
    letter must fold to it, or a match there would be missed."""
    letter = re.compile("[a-z]", re.IGNORECASE)
    for code in range(128, 0x110000):
        character = chr(code)
        if letter.fullmatch(character):
            folded = ascii_folded(character)
            assert folded.isascii() and re.fullmatch(folded, character, re.IGNORECASE), hex(code)
    assert len(ascii_folded("İſKı Straße")) == len("İſKı Straße")  # offsets carry over


def test_folding_reads_every_character_backslash_s_matches_as_a_space():
    for code in range(0x110000):
        character = chr(code)
        if re.fullmatch(r"\s", character):
            assert ascii_folded(character) == " " and ascii_folded(f"A{character}") == "a ", hex(code)
    assert ascii_folded("a\tb") == "a b" and ascii_folded("Ab") == "ab"


STARTS = [r"(?<!\w)(?:join(?:ed)?|(?:an? )?partner status|status of)\b", r"\b(?:its|the (?:bloc|SCO)['’]s) observer\b",
          r"\b(?:an?|its)\s+(?:partner|observer)\s*status\b"]
START_WORDS = ["join", "Joined", "JOIN", "a", "an", "partner", "PARTNER", "ſtatus", "status", "of", "İts", "its",
               "the", "bloc's", "SCO’s", "observer", "K", "é", "x", ",", ".", "\n", "\u00a0", "a\u2003", "\t"]


# the last has no literal prefix (it may start at any letter): it is searched as it is
START_PATTERNS = [re.compile(source, re.IGNORECASE) for source in [*STARTS, r"\b[^\W\d]\w*'s\b"]]


@given(words=st.lists(st.sampled_from(START_WORDS), max_size=25))
@settings(max_examples=300, deadline=None)
def test_pattern_starts_hold_every_place_a_search_finds(words):
    text = " ".join(words)
    starts = PatternStarts(START_PATTERNS)
    assert starts._searched == [len(STARTS)]  # the others' prefixes were told: the fast path is tested
    for begin, end in ((0, len(text)), (2, len(text) - 1)):
        candidates = starts(text, begin, end)
        for number, pattern in enumerate(START_PATTERNS):
            matched = [at for at in candidates.get(number, []) if pattern.match(text, at, end)]
            assert matched == searched(pattern, text, begin, end), pattern.pattern


def test_each_pattern_is_tried_only_where_its_own_prefix_stands():
    text = "Its observer status; they may join."
    candidates = PatternStarts(START_PATTERNS[:3])(text, 0, len(text))
    # "its" begins the second and the third pattern, not the first; "status" and "join" the first only
    assert candidates == {0: [text.index("status"), text.index("join")], 1: [0], 2: [0]}
