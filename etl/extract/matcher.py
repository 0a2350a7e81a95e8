"""Multi-pattern matching of many names in one pass (Aho–Corasick, via pyahocorasick).

The automaton's cost does not grow with the number of names, so the lists of
states and organisations can grow freely. Matches are whole words, and where
several overlap the leftmost-longest wins; a blocker ("South China Sea") wins
over the names inside it.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from operator import itemgetter
from typing import Generic, TypeVar

import ahocorasick

T = TypeVar("T")


@dataclass(slots=True)  # not frozen: a frozen dataclass costs several times as much to build
class Match(Generic[T]):
    start: int
    end: int
    value: T | None  # None: a blocker matched here


class NameMatcher(Generic[T]):
    def __init__(self, names: Iterable[tuple[str, T]], blockers: Iterable[str] = ()) -> None:
        self._automaton = ahocorasick.Automaton()
        for name, value in names:
            if name:
                self._automaton.add_word(name, (len(name), value))
        for name in blockers:
            if name and name not in self._automaton:
                self._automaton.add_word(name, (len(name), None))
        self._automaton.make_automaton()

    def find(self, text: str, start: int = 0, end: int | None = None) -> list[Match[T]]:
        """Whole-word, leftmost-longest, non-overlapping matches in ``text[start:end]``."""
        end = len(text) if end is None else end
        last_index = len(text) - 1
        candidates = []  # (first, -length, value): plain tuples, as most are dropped
        # the slice, not ``iter(text, start, end)``: pyahocorasick converts the whole text at
        # every call, so a long article searched paragraph by paragraph cost its length each time
        for last, (length, value) in self._automaton.iter(text[start:end]):
            first = start + last - length + 1
            last += start
            # whole words only: no letter, digit or underscore on either side (inline: every hit comes here)
            if first > 0 and ((before := text[first - 1]).isalnum() or before == "_"):
                continue
            if last < last_index and ((after := text[last + 1]).isalnum() or after == "_"):
                continue
            candidates.append((first, -length, value))
        if not candidates:
            return []
        candidates.sort(key=_position_then_longest)
        chosen: list[Match[T]] = []
        taken_to = -1
        for first, negative_length, value in candidates:
            if first >= taken_to:
                taken_to = first - negative_length
                chosen.append(Match(first, taken_to, value))
        return chosen


    def find_in_each(self, text: str, spans: list[tuple[int, int]]) -> list[list[Match[T]]]:
        """``find`` in each of ``spans`` (in text order, not overlapping), in one pass over the
        stretch they cover: an article's paragraphs are many short calls otherwise. A match that
        runs across the gap between two spans belongs to neither."""
        if not spans:
            return []
        found: list[list[Match[T]]] = [[] for _ in spans]
        index, (start, end) = 0, spans[0]
        for match in self.find(text, spans[0][0], spans[-1][1]):
            while match.start >= end and index + 1 < len(spans):
                index += 1
                start, end = spans[index]
            if start <= match.start and match.end <= end:
                found[index].append(match)
        return found


_position_then_longest = itemgetter(0, 1)
