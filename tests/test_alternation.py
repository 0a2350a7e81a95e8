"""Alternations grouped by first character find a match exactly where the plain alternation does."""
from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sco_etl.extract.alternation import first_characters, grouped_alternation


@pytest.mark.parametrize(("pattern", "expected"), [
    (r"\b(?:join|joins|accede)\b", {"j", "a"}),
    (r"\b(?:rotating )?(?:chairmanship|presidency)\b", {"r", "c", "p"}),  # an optional word first
    (r"\b(?:an |as )(?-i:[A-Z]{2,8} )?observers?\b", {"a"}),
    (r"[B-D]x", {"b", "c", "d"}),
    (r"Observer", {"o"}),  # lower case, whatever the pattern's case
])
def test_first_characters_are_read_off_the_pattern(pattern, expected):
    assert first_characters(re.compile(pattern, re.IGNORECASE)) == expected


@pytest.mark.parametrize("pattern", [r"\w+ joined", r"(?:a)?", r"[^a]b", r".x", r"(?=a)ab", r"\b"])
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
