"""Input formats: one reader per format behind a small interface.

A reader turns one input's bytes into documents: a text or HTML file holds
one article, a JSON Lines file many (one per record). A record that cannot be
read becomes an ``UnreadableRecord`` beside the others instead of failing the
file. ``reader_for`` picks a reader by suffix, ``reader_named`` by ``--format``,
``sniff_reader`` by content (stdin, unknown suffixes).
"""
from __future__ import annotations

import hashlib
import importlib
import os
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import BinaryIO, NamedTuple, Protocol

from sco_etl.model import RawDocument

# One article is at most this big (10 MiB): a larger one is not a news article (a dump, a log, a
# book) and would hold a worker for minutes. A record, or a spreadsheet's cell, too.
MAX_ARTICLE_BYTES = 10 * 2**20
# A file that is parsed whole (JSON, a spreadsheet, a feed) is at most this big (256 MiB): its parse
# holds several times its size in memory (a 200 MB JSON list took 1.2 GB). JSON Lines, read record
# by record, and text exports, split document by document, have no limit.
MAX_WHOLE_FILE_BYTES = 256 * 2**20


@dataclass(frozen=True)
class UnreadableRecord:
    """One record of a multi-record input that could not be read; the others still load."""

    source_path: str
    reason: str


class Input(NamedTuple):
    """Where bytes came from: ``path`` is their stored identity, ``file_name`` what is shown,
    ``fs_path`` the file's own name when it differs from ``path`` (see ``file_input``).
    (A tuple: a reload makes one per file, and a frozen dataclass costs more to build.)"""

    path: str
    file_name: str
    fs_path: str | None = None

    @property
    def location(self) -> str:
        """Where the file is read from."""
        return self.fs_path or self.path


def shown(path: str) -> str:
    """A path as it is stored and printed. A name's bytes that are not UTF-8 reach Python as
    lone surrogates (``os.fsdecode``), which no database driver or terminal accepts: they are
    written ``\\xNN`` instead (``bad\\xff.txt``)."""
    if path.isascii():  # nearly every path: no encoding attempted
        return path
    try:
        path.encode("utf-8")
        return path
    except UnicodeEncodeError:
        return os.fsencode(path).decode("utf-8", "backslashreplace")


# C0 and C1 controls, DEL and the Unicode line breaks: each would break a printed line or move the cursor
_CONTROL = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def printable(text: str) -> str:
    """``text`` on one printed line: its control characters written as escapes (``\\n``, ``\\t``,
    ``\\x1b``), as ``shown`` writes bytes that are not UTF-8. A file name may hold any of them, and
    would otherwise print a line of its own, or move the cursor, in a load's output."""
    if text.isprintable():  # nearly every path (spaces other than " " are not, and are checked)
        return text
    return _CONTROL.sub(lambda match: match.group().encode("unicode_escape").decode("ascii"), text)


def file_input(path: str) -> Input:
    """A file found on disk: stored and shown under ``shown(path)``, read from ``path``."""
    name = path[path.rfind(os.sep) + 1:]  # the walk's paths are real paths: no trailing /
    stored = shown(path)
    return Input(path, name) if stored is path else Input(stored, shown(name), path)


Document = RawDocument | UnreadableRecord


class Implementation(Protocol):
    def read(self, source: Input, raw: bytes | BinaryIO) -> list[Document]:
        """Documents in ``raw`` (an open file for a ``streamed`` format, else its bytes); raise
        ``UnreadableInput`` when none can be read at all."""
        ...


def one_line(value: str | None) -> str | None:
    """A metadata value on one line with single spaces; None when nothing is left."""
    value = " ".join((value or "").split())
    return value or None


def record_source(source: Input, number: int) -> Input:
    """The N-th document of a file that holds several (records, feed entries, an export's
    documents): ``file.jsonl#N``."""
    return Input(f"{source.path}#{number}", f"{source.file_name}#{number}")


def sha256(raw: bytes) -> str:
    return hashlib.sha256(raw).hexdigest()


@dataclass(frozen=True)
class Format:
    """An input format: its name, its suffixes and the class that reads it. The class's
    module is imported at the first read: a reload of unchanged files reads nothing, and
    importing every reader (with the date parser and catalogue they use) took 25 ms."""

    name: str
    suffixes: tuple[str, ...]
    implementation: str  # "module:Class"
    streamed: bool = False  # read from the open file, record by record, not from its bytes

    def read(self, source: Input, raw: bytes | BinaryIO) -> list[Document]:
        return _implementation(self.implementation).read(source, raw)


@cache
def _implementation(target: str) -> Implementation:
    module, _, name = target.partition(":")
    return getattr(importlib.import_module(module), name)()


Reader = Format  # what the loader picks for an input, by suffix, name or content
READERS: tuple[Reader, ...] = (
    Format("text", (".txt", ".text"), "sco_etl.ingest.readers.text:TextReader"),
    Format("markdown", (".md", ".markdown"), "sco_etl.ingest.readers.markdown:MarkdownReader"),
    Format("html", (".html", ".htm", ".xhtml"), "sco_etl.ingest.readers.html:HtmlReader"),
    Format("jsonl", (".jsonl", ".ndjson", ".jsonlines"), "sco_etl.ingest.readers.records:JsonLinesReader",
           streamed=True),
    Format("json", (".json",), "sco_etl.ingest.readers.records:JsonReader"),
    Format("feed", (".rss", ".atom", ".xml"), "sco_etl.ingest.readers.feed:FeedReader"),
    Format("csv", (".csv", ".tsv"), "sco_etl.ingest.readers.delimited:DelimitedReader"),
)
FORMAT_NAMES: tuple[str, ...] = tuple(reader.name for reader in READERS)


def import_readers() -> None:
    """Import every reader now: before worker processes fork, so they share it."""
    for reader in READERS:
        _implementation(reader.implementation)


def supported_suffixes() -> tuple[str, ...]:
    return tuple(suffix for reader in READERS for suffix in reader.suffixes)


_BY_SUFFIX: dict[str, Reader] = {suffix: reader for reader in reversed(READERS) for suffix in reader.suffixes}


def has_suffix(name: str, suffixes: tuple[str, ...]) -> bool:
    """Does the file name end with one of ``suffixes``, as ``splitext`` sees it (".txt" alone is a
    hidden file's name, not a suffix)? Without splitting: a walk and a reload ask for every file."""
    lowered = name.lower()
    return lowered.endswith(suffixes) and lowered.rfind(".") > lowered.rfind(os.sep) + 1


def reader_for(path: str | Path) -> Reader | None:
    return _BY_SUFFIX.get(os.path.splitext(path)[1].lower())


def reader_named(name: str) -> Reader:
    return next(reader for reader in READERS if reader.name == name)


def sniff_reader(raw: bytes) -> Reader:
    """The reader the content looks made for: a feed, markup, JSON records, a spreadsheet's
    rows, else plain text."""
    head = raw[:4096].lstrip(b"\xef\xbb\xbf \t\r\n").lower()
    if head.startswith((b"<rss", b"<feed", b"<rdf:rdf")) or (
            head.startswith(b"<?xml") and any(tag in head for tag in (b"<rss", b"<feed", b"<rdf:rdf"))):
        return reader_named("feed")
    if head.startswith((b"<!doctype html", b"<html", b"<head", b"<body", b"<article", b"<?xml")):
        return reader_named("html")
    if head.startswith(b"["):
        return reader_named("json")
    if head.startswith(b"{"):
        first_line = head.split(b"\n", 1)[0].rstrip()
        return reader_named("jsonl" if first_line.endswith(b"}") else "json")
    if _is_header_row(head.split(b"\n", 1)[0]):
        return reader_named("csv")
    return reader_named("text")


def _is_header_row(line: bytes) -> bool:
    text = line.decode("utf-8", "replace")
    if not any(delimiter in text for delimiter in ",;\t|"):
        return False
    # imported only for a line that looks delimited
    from sco_etl.ingest.readers.delimited import is_header_row

    return is_header_row(text)
