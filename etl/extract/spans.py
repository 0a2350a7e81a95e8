"""Looking up mentions by position in logarithmic time.

Extractors ask "which mentions lie inside this sentence?" and "is this match
inside a name already found?" once per sentence or match. Scanning every
mention each time is quadratic, which a megabyte-long article makes minutes;
a sorted index with ``bisect`` keeps it linear.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterable
from operator import sub
from typing import Generic, TypeVar

from sco_etl.model import Span

T = TypeVar("T")


class SpanIndex(Generic[T]):
    def __init__(self, items: Iterable[T], span_of: Callable[[T], Span]) -> None:
        # each item's span read once: an article builds about ten indexes, queried per sentence
        located = sorted([(span_of(item), item) for item in items], key=_start_of_span)  # stable
        self.items = [item for _, item in located]
        self.starts = [span.start for span, _ in located]
        self.ends = [span.end for span, _ in located]
        # ``overlapping`` looks back this far for items that start earlier and reach in
        self.longest = max(map(sub, self.ends, self.starts), default=0)

    def within(self, start: int, end: int) -> list[T]:
        """Items wholly inside ``[start, end)``, in text order."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [item for item, item_end in zip(self.items[first:last], self.ends[first:last]) if item_end <= end]

    def starting_at(self, start: int) -> list[T]:
        """Items that start at ``start``, in the order they were given."""
        return self.items[bisect_left(self.starts, start):bisect_right(self.starts, start)]

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items sharing at least one character with ``[start, end)``."""
        first, last = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return [item for item, item_end in zip(self.items[first:last], self.ends[first:last]) if item_end > start]

    def covers(self, start: int, end: int) -> bool:
        """Does one item contain all of ``[start, end)``?"""
        first, last = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return any(self.starts[at] <= start and end <= self.ends[at] and self.ends[at] > start
                   for at in range(first, last))


def _start_of_span(located: tuple[Span, object]) -> int:
    return located[0].start
