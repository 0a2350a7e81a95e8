"""One input's journey from bytes to processed documents: the part that runs in workers.

Nothing here touches the database. The loader tells each task which of its
documents are already stored by this pipeline (``known``: source path → hash of
its bytes), so an unchanged file costs a read and a hash, not a parse.
"""
from __future__ import annotations

import dataclasses
import os
import stat
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, NamedTuple

from sco_etl.fingerprint import signatures
from sco_etl.ingest.decode import UnreadableInput
from sco_etl.ingest.discover import NOT_REGULAR_REASON
from sco_etl.ingest.readers import (
    FORMAT_NAMES,
    MAX_ARTICLE_BYTES,
    MAX_WHOLE_FILE_BYTES,
    Input,
    Reader,
    UnreadableRecord,
    reader_for,
    reader_named,
    sha256,
    sniff_reader,
    supported_suffixes,
)
from sco_etl.ingest.readers.text import DOCUMENT_END
from sco_etl.load.rows import DocumentRows, document_rows
from sco_etl.model import ParseError
from sco_etl.pipeline import process

# A text, HTML or Markdown file is at most one article (``MAX_ARTICLE_BYTES``). Record files,
# and text exports of news databases (many documents), have no such limit: their records do.
ONE_ARTICLE_FORMATS = ("text", "html", "markdown")
# Record files parsed whole are at most ``MAX_WHOLE_FILE_BYTES``; JSON Lines (streamed) and text
# exports have no limit.
WHOLE_FILE_FORMATS = ("json", "csv", "feed")
TOO_LARGE_TO_PARSE = (f"file over {MAX_WHOLE_FILE_BYTES // 2**20} MiB: split it, or export JSON Lines, "
                      "which is read record by record")


class Stored(NamedTuple):
    """What the database holds of a document loaded by this pipeline (a tuple: a reload
    builds one per file, and a frozen dataclass costs several times as much to build)."""

    raw_sha256: str
    size: int
    modified_ns: int | None


class Task(NamedTuple):  # tuples, like Stored: one per input
    source: Input
    known: dict[str, Stored]  # by source path
    format: str | None = None
    data: bytes | None = None  # the content itself (standard input); else read from source.path


class Unchanged(NamedTuple):
    source_path: str


@dataclass(frozen=True)
class Failed:
    source_path: str
    reason: str


@dataclass(frozen=True)
class Warned:
    """A document loaded, but not quite as written: the summary says why."""

    source_path: str
    reason: str


Item = DocumentRows | Unchanged | Failed | Warned


@dataclass
class TaskResult:
    source: Input
    size: int
    items: list[Item]
    modified_ns: int | None = None  # of the file as read; None for standard input


def run_tasks(tasks: list[Task]) -> list[TaskResult]:
    """A worker's unit of work: several tasks, so results cross processes in fewer, larger
    messages, and their articles' signatures made in one pass (see ``fingerprint.signatures``)."""
    results = [run_task(task) for task in tasks]
    _sign(results)
    return results


def _sign(results: list[TaskResult]) -> None:
    """Give the results' articles their bodies' signatures."""
    places = [(result.items, at) for result in results for at, item in enumerate(result.items)
              if isinstance(item, DocumentRows)]
    for (items, at), signature in zip(places, signatures([items[at].body for items, at in places])):
        items[at] = dataclasses.replace(items[at], signature=signature)


def run_task(task: Task) -> TaskResult:
    path = task.source.path
    stored = task.known.get(path)
    modified_ns = None
    try:
        if task.data is not None:
            raw = task.data
        else:
            location = task.source.location
            status = os.stat(location)  # before reading: a change during the read shows next time
            modified_ns = status.st_mtime_ns
            if _same_as_stored(stored, status):
                return TaskResult(task.source, status.st_size, [Unchanged(path)], modified_ns)
            if not stat.S_ISREG(status.st_mode) and not stat.S_ISDIR(status.st_mode):  # (a folder: read's error)
                return TaskResult(task.source, 0, [Failed(path, NOT_REGULAR_REASON)])
            reader = _reader(task, None)
            if isinstance(reader, Reader) and reader.streamed:
                # record by record, none over the one-article limit: the file is never held whole
                with open(location, "rb") as file:
                    return TaskResult(task.source, status.st_size, _documents(task, reader, file), modified_ns)
            raw = _read(location, status.st_size, task.format)
    except UnreadableInput as error:
        return TaskResult(task.source, 0, [Failed(path, str(error))])
    except OSError as error:  # vanished, unreadable, a folder now, ...
        return TaskResult(task.source, 0, [Failed(path, f"cannot read: {error.strerror or error}")])
    result = TaskResult(task.source, len(raw), [], modified_ns)
    reader = _reader(task, raw) if task.data is not None else reader
    if isinstance(reader, Failed):
        result.items.append(reader)
    elif stored and stored.raw_sha256 == sha256(raw):  # a one-document file whose bytes did not change
        result.items.append(Unchanged(path))
    else:
        result.items += _documents(task, reader, raw)
    return result


class UnchangedFiles(NamedTuple):
    """A chunk of files that one ``stat`` each confirmed unchanged (a reload): one result for all
    of them, not a result per file, which was a tenth of a reload's own work."""

    paths: list[str]


def unchanged_files(tasks: list[Task]) -> UnchangedFiles | None:
    """``tasks``' files when every one has the size and modification time it had when stored
    (a reload), with no worker. None when any may have changed."""
    paths = []
    for task in tasks:
        path = task.source.path
        stored = task.known.get(path) if task.data is None else None
        if stored is None:
            return None
        try:
            status = os.stat(task.source.location)
        except OSError:
            return None
        if not _same_as_stored(stored, status):
            return None
        paths.append(path)
    return UnchangedFiles(paths)


def _same_as_stored(stored: Stored | None, status: os.stat_result) -> bool:
    return stored is not None and (stored.size, stored.modified_ns) == (status.st_size, status.st_mtime_ns)


def _documents(task: Task, reader: Reader, raw: bytes | BinaryIO) -> list[Item]:
    path = task.source.path
    try:
        documents = reader.read(task.source, raw)
    except UnreadableInput as error:
        return [Failed(path, str(error))]
    except OSError as error:  # (a streamed file)
        return [Failed(path, f"cannot read: {error.strerror or error}")]
    except Exception as error:  # a reader's bug must not stop the other files
        return [Failed(path, _internal(error))]
    items: list[Item] = []
    for document in documents:
        stored = task.known.get(document.source_path)
        if isinstance(document, UnreadableRecord):
            items.append(Failed(document.source_path, document.reason))
        elif stored and stored.raw_sha256 == document.raw_sha256:
            items.append(Unchanged(document.source_path))
        elif len(document.text) > MAX_ARTICLE_BYTES:
            items.append(Failed(document.source_path, f"too long for one article ({len(document.text):,} "
                                                      f"characters; the limit is {MAX_ARTICLE_BYTES:,})"))
        else:
            if document.warning:
                items.append(Warned(document.source_path, document.warning))
            items.append(_processed(document))
    return items


def _read(path: str, size: int, format_name: str | None) -> bytes:
    reader = reader_named(format_name) if format_name else reader_for(path)
    if size > MAX_ARTICLE_BYTES and reader is not None and reader.name in ONE_ARTICLE_FORMATS and not (
            reader.name == "text" and _is_export(path)):
        raise UnreadableInput(f"too large for one article ({size / 2**20:.1f} MiB; the limit is "
                              f"{MAX_ARTICLE_BYTES / 2**20:.0f} MiB): split it, or save it as JSON Lines")
    if size > MAX_WHOLE_FILE_BYTES and reader is not None and reader.name in WHOLE_FILE_FORMATS:
        raise UnreadableInput(TOO_LARGE_TO_PARSE)
    with open(path, "rb") as file:
        return file.read()


EXPORT_PEEK = 2**18  # bytes of a large text file in which a news database export shows its first document's end


def _is_export(path: str) -> bool:
    """Is this large text file a news database's export of many documents (which has no size limit)?"""
    with open(path, "rb") as file:
        head = file.read(EXPORT_PEEK).decode("utf-8", errors="replace")
    return DOCUMENT_END.search(head) is not None


def _reader(task: Task, raw: bytes | None) -> Reader | Failed:
    if task.format:
        return reader_named(task.format)
    if task.data is not None:
        return sniff_reader(raw)
    reader = reader_for(task.source.path)  # a string: a Path per file cost more than the lookup
    if reader is None:
        suffix = Path(task.source.path).suffix or "(no suffix)"
        return Failed(task.source.path, f"unsupported file type '{suffix}' (supported: "
                                        f"{', '.join(supported_suffixes())}; or name one with --format "
                                        f"{'|'.join(FORMAT_NAMES)})")
    return reader


def _processed(document) -> DocumentRows | Failed:
    try:
        return document_rows(process(document))
    except (UnreadableInput, ParseError) as error:
        return Failed(document.source_path, str(error))
    except Exception as error:  # an extractor's bug must not stop the other files
        return Failed(document.source_path, _internal(error))


def _internal(error: Exception) -> str:
    return f"internal error while processing ({type(error).__name__}: {error})"
