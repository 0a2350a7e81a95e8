"""Looking up mentions by position in logarithmic time.

Extractors ask "which mentions lie inside this sentence?" and "is this match
inside a name already found?" once per sentence or match. Scanning every
mention each time is quadratic, which a megabyte-long article makes minutes;
a sorted index with ``bisect`` keeps it linear.
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable
from typing import Generic, TypeVar

from sco_etl.model import Span

T = TypeVar("T")


class SpanIndex(Generic[T]):
    def __init__(self, items: Iterable[T], span_of: Callable[[T], Span]) -> None:
        self.items = sorted(items, key=lambda item: span_of(item).start)
        self.span_of = span_of
        self.starts = [span_of(item).start for item in self.items]
        # ``overlapping`` looks back this far for items that start earlier and reach in
        self.longest = max((span_of(item).end - span_of(item).start for item in self.items), default=0)

    def within(self, start: int, end: int) -> list[T]:
        """Items wholly inside ``[start, end)``, in text order."""
        first, last = bisect_left(self.starts, start), bisect_left(self.starts, end)
        return [item for item in self.items[first:last] if self.span_of(item).end <= end]

    def overlapping(self, start: int, end: int) -> list[T]:
        """Items sharing at least one character with ``[start, end)``."""
        first, last = bisect_left(self.starts, start - self.longest), bisect_left(self.starts, end)
        return [item for item in self.items[first:last] if self.span_of(item).end > start]

    def covers(self, start: int, end: int) -> bool:
        """Does one item contain all of ``[start, end)``?"""
        return any(self.span_of(item).start <= start and end <= self.span_of(item).end
                   for item in self.overlapping(start, end))
