"""Input formats: one reader per format behind a small interface.

A reader turns one input's bytes into documents: a text or HTML file holds
one article, a JSON Lines file many (one per record). A record that cannot be
read becomes an ``UnreadableRecord`` beside the others instead of failing the
file. ``reader_for`` picks a reader by suffix, ``reader_named`` by ``--format``,
``sniff_reader`` by content (stdin, unknown suffixes).
"""
from __future__ import annotations

import hashlib
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from sco_etl.model import RawDocument


@dataclass(frozen=True)
class UnreadableRecord:
    """One record of a multi-record input that could not be read; the others still load."""

    source_path: str
    reason: str


@dataclass(frozen=True)
class Input:
    """Where bytes came from: ``path`` is their stored identity, ``file_name`` what is shown."""

    path: str
    file_name: str


Document = RawDocument | UnreadableRecord


class Reader(Protocol):
    name: str
    suffixes: tuple[str, ...]

    def read(self, source: Input, raw: bytes) -> list[Document]:
        """Documents in ``raw``; raise ``UnreadableInput`` when none can be read at all."""
        ...


def one_line(value: str | None) -> str | None:
    """A metadata value on one line with single spaces; None when nothing is left."""
    value = " ".join((value or "").split())
    return value or None


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


def _readers() -> tuple[Reader, ...]:
    from sco_etl.readers.html import HtmlReader
    from sco_etl.readers.records import JsonLinesReader, JsonReader
    from sco_etl.readers.text import TextReader
    return (TextReader(), HtmlReader(), JsonLinesReader(), JsonReader())


READERS: tuple[Reader, ...] = _readers()
FORMAT_NAMES: tuple[str, ...] = tuple(reader.name for reader in READERS)


def supported_suffixes() -> tuple[str, ...]:
    return tuple(suffix for reader in READERS for suffix in reader.suffixes)


_BY_SUFFIX: dict[str, Reader] = {suffix: reader for reader in reversed(READERS) for suffix in reader.suffixes}


def reader_for(path: str | Path) -> Reader | None:
    return _BY_SUFFIX.get(os.path.splitext(path)[1].lower())


def reader_named(name: str) -> Reader:
    return next(reader for reader in READERS if reader.name == name)


def sniff_reader(raw: bytes) -> Reader:
    """The reader the content looks made for: markup, JSON records, else plain text."""
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<?xml")):
        return reader_named("html")
    if head.startswith(b"["):
        return reader_named("json")
    if head.startswith(b"{"):
        first_line = head.split(b"\n", 1)[0].rstrip()
        return reader_named("jsonl" if first_line.endswith(b"}") else "json")
    return reader_named("text")
