"""What a load did: counts by outcome, its failures and the database's rows after it.

Apart from ``load`` so that a reload answered without the full loader (``unchanged``)
reports in the same form without importing it.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field


@dataclass
class FileResult:
    path: str
    outcome: str  # loaded | unchanged | duplicate | failed
    reason: str | None = None


@dataclass
class LoadSummary:
    """Counts by outcome and the failures, not a record per file: a load's memory must
    not grow with the corpus (``Loader.run(on_result=...)`` hears of every file)."""

    run_id: int
    counts: Counter[str] = field(default_factory=Counter)
    failures: list[FileResult] = field(default_factory=list)
    # documents loaded, but not quite as written (bytes that were not UTF-8, replaced): few
    warnings: list[FileResult] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0
    on_result: Callable[[FileResult], None] | None = field(default=None, repr=False)

    def record(self, path: str, outcome: str, reason: str | None = None) -> None:
        self.counts[outcome] += 1
        if outcome == "failed" or self.on_result:  # a record only where one is kept or heard
            result = FileResult(path, outcome, reason)
            if outcome == "failed":
                self.failures.append(result)
            if self.on_result:
                self.on_result(result)

    def warn(self, path: str, reason: str) -> None:
        """Not an outcome: the document is also recorded as loaded (or failed)."""
        self.warnings.append(FileResult(path, "warning", reason))

    def record_all(self, paths: list[str], outcome: str) -> None:
        if outcome == "failed" or self.on_result:
            for path in paths:
                self.record(path, outcome)
        else:
            self.add(outcome, len(paths))

    def add(self, outcome: str, files: int) -> None:
        """``files`` more of ``outcome``, counted only (not failures: those need their reasons)."""
        self.counts[outcome] += files

    def count(self, outcome: str) -> int:
        return self.counts[outcome]

    @property
    def seen(self) -> int:
        return sum(self.counts.values())
