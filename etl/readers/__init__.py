"""Input formats: one reader per format behind a small interface.

A reader turns one file's bytes into ``RawDocument``s (a JSON Lines file may
hold many). ``reader_for`` picks the reader by suffix; adding a format is one
module and one line in ``READERS``.
"""
from __future__ import annotations

from pathlib import Path
from typing import Protocol

from sco_etl.model import RawDocument
from sco_etl.readers.text import TextReader


class Reader(Protocol):
    suffixes: tuple[str, ...]

    def read(self, path: Path, raw: bytes, raw_sha256: str) -> list[RawDocument]:
        """Documents in ``raw``; raise ``UnreadableInput`` with a one-line reason."""
        ...


READERS: tuple[Reader, ...] = (TextReader(),)


def supported_suffixes() -> tuple[str, ...]:
    return tuple(suffix for reader in READERS for suffix in reader.suffixes)


def reader_for(path: Path) -> Reader | None:
    suffix = path.suffix.lower()
    return next((reader for reader in READERS if suffix in reader.suffixes), None)
