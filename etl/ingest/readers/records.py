"""Scraper output: JSON Lines (one record per line) and JSON (a list of records).

Each record is an article. Its fields (``url``, ``title``, ``published``,
``author``, ``source``, ``text`` and the variants of ``data/record_fields.toml``)
win over what the text parser would infer. A record that cannot be read is
reported on its own (``file.jsonl#7: invalid JSON ...``) and the others load.
Records are numbered from 1: by line in JSON Lines, by position in JSON.

JSON is UTF-8 (a UTF-16 or UTF-32 file says so by its byte order mark). A JSON
Lines file is read line by line from the open file: a line is decoded alone, so
a byte that is not UTF-8 becomes U+FFFD in its own record, which loads with a
warning, instead of making a guessed charset garble every record; and a line over
the one-article limit fails alone, skipped without being held in memory.
"""
from __future__ import annotations

import codecs
import io
import json
import re
import sys
import tomllib
from collections.abc import Iterator
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any, BinaryIO
from urllib.parse import urlsplit

from sco_etl.ingest.decode import (
    BOMS,
    UnreadableInput,
    decode,
    decode_utf8,
    normalise,
    replaced_warning,
)
from sco_etl.ingest.readers import (
    MAX_ARTICLE_BYTES,
    Document,
    Input,
    UnreadableRecord,
    one_line,
    record_source,
    sha256,
)
from sco_etl.ingest.readers.html import read_page
from sco_etl.model import DateValue, DocumentMetadata, RawDocument
from sco_etl.parse.dates import read_iso_date
from sco_etl.rules import data_text
from sco_etl.rules.catalogue import catalogue

# unix timestamps in this range (1973..2286) are read as dates; smaller numbers are not dates
TIMESTAMP_RANGE = (10**8, 10**10)


@lru_cache(maxsize=1)
def field_names() -> dict[str, list[str]]:
    return tomllib.loads(data_text("record_fields.toml"))


OVERSIZED = f"record over {MAX_ARTICLE_BYTES // 2**20} MiB (the limit for one article): not read"
# bytes of an oversized line skipped at a time
SKIP_CHUNK = 2**20
# Python converts at most this many digits of text to an integer (a guard against slow conversions)
TOO_LONG_NUMBER = f"a number over {sys.get_int_max_str_digits():,} digits (more than can be read)"


class JsonLinesReader:
    def read(self, source: Input, raw: bytes | BinaryIO) -> list[Document]:
        stream = io.BytesIO(raw) if isinstance(raw, bytes) else raw
        documents: list[Document] = []
        encoding = "utf-8"
        for number, line in enumerate(_lines(stream), start=1):
            named = record_source(source, number)
            if line is None:
                documents.append(UnreadableRecord(named.path, OVERSIZED))
                continue
            if not line.strip():
                continue
            text, invalid = decode_utf8(line)
            try:
                record = json.loads(text)
            except json.JSONDecodeError as error:
                documents.append(UnreadableRecord(named.path, f"invalid JSON: {error.msg} (column {error.colno})"))
                continue
            except RecursionError:
                documents.append(UnreadableRecord(named.path, "invalid JSON: nested too deeply to read"))
                continue
            except ValueError:  # valid JSON, but an integer of more digits than Python converts
                documents.append(UnreadableRecord(named.path, TOO_LONG_NUMBER))
                continue
            warning = replaced_warning(invalid) if invalid else None
            documents.append(read_record(named, record, line, encoding, warning))
        if not documents:
            raise UnreadableInput("no records (only blank lines)" if stream.tell() else "empty file")
        return documents


_WIDE_BOMS = tuple(bom for bom, encoding in BOMS if encoding != "utf-8-sig")


def _lines(stream: BinaryIO) -> Iterator[bytes | None]:
    """Each line's bytes without its line break, or None for a line over the limit (skipped
    a chunk at a time). A UTF-16 or UTF-32 file, rare, is decoded whole and read as UTF-8."""
    first = True
    while line := stream.readline(MAX_ARTICLE_BYTES + 1):
        if first:
            first = False
            if line.startswith(_WIDE_BOMS):
                stream = io.BytesIO(decode(line + stream.read())[0].encode("utf-8"))
                continue
            line = line.removeprefix(codecs.BOM_UTF8)
        if len(line) > MAX_ARTICLE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(SKIP_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield None
        else:
            yield line.rstrip(b"\r\n")


class JsonReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        if raw.startswith(_WIDE_BOMS):
            content, encoding, invalid = *decode(raw), 0
        else:
            (content, invalid), encoding = decode_utf8(raw.removeprefix(codecs.BOM_UTF8)), "utf-8"
        try:
            data = _loads(content)
        except json.JSONDecodeError as error:
            raise UnreadableInput(f"invalid JSON: {error.msg} (line {error.lineno}, column {error.colno})") from error
        except RecursionError as error:
            raise UnreadableInput("invalid JSON: nested too deeply to read") from error
        records = _records_in(data)
        # (the file's damaged bytes are not traced to their records: each record is told of them)
        warning = f"the file has {replaced_warning(invalid)}" if invalid else None
        return [read_numbered_record(source, number, record, encoding, warning)
                for number, record in enumerate(records, start=1) if not _is_skipped(record)]


def _loads(content: str) -> Any:
    try:
        return json.loads(content)
    except json.JSONDecodeError:
        raise
    except ValueError:  # an integer of more digits than Python converts: parsed again (rare, and
        return json.loads(content, parse_int=_int_or_too_long)  # slower) so that its record alone fails


class _TooLong:
    """Where a JSON file holds an integer of more digits than Python converts: its record fails
    (``read_numbered_record``), the file's other records load."""


def _int_or_too_long(digits: str) -> int | _TooLong:
    return int(digits) if len(digits.lstrip("-")) <= sys.get_int_max_str_digits() else _TooLong()


def _refuse_too_long(value: Any) -> Any:
    """``json.dumps``'s hook for what is not JSON: in a parsed record, only ``_TooLong``."""
    raise ValueError(TOO_LONG_NUMBER)


def _is_skipped(record: Any) -> bool:
    """A record that is no article by its own type (a service message): not loaded, not a failure."""
    return isinstance(record, dict) and record.get("type") in field_names()["skipped_types"]


# how far down a JSON object its list of records is looked for ({"articles": {"results": [...]}} is 2)
RECORD_LIST_DEPTH = 3


def _records_in(data: Any, depth: int = 1) -> list[Any]:
    if isinstance(data, list):
        return data
    if isinstance(data, dict):
        for key in field_names()["record_lists"]:
            value = data.get(key)
            if isinstance(value, list):
                return value
            if isinstance(value, dict) and depth < RECORD_LIST_DEPTH:
                try:
                    return _records_in(value, depth + 1)
                except UnreadableInput:
                    pass  # not there: another key, or the object itself, may hold the article
        folded = _folded(data)
        if _field(folded, "text") is not None or _field(folded, "html") is not None:
            return [data]
    raise UnreadableInput("no article records (expected a list of objects, or an object holding one under "
                          f"one of these keys, up to {RECORD_LIST_DEPTH} levels down: "
                          f"{', '.join(field_names()['record_lists'])})")


@lru_cache(maxsize=1)
def text_fields() -> tuple[str, ...]:
    """The casefolded names of the fields that hold an article's text or its markup."""
    return tuple(name.casefold() for name in field_names()["text"] + field_names()["html"])


def read_numbered_record(source: Input, number: int, record: Any, encoding: str,
                         warning: str | None = None) -> Document:
    """The N-th record of a file that holds several (a JSON list, a feed, a spreadsheet), as
    ``file#N``; its bytes, for the stored hash, are the record's JSON with sorted keys."""
    named = record_source(source, number)
    try:
        raw = json.dumps(record, sort_keys=True, ensure_ascii=False, default=_refuse_too_long).encode("utf-8")
    except RecursionError:
        return UnreadableRecord(named.path, "nested too deeply to read")
    except ValueError as error:
        return UnreadableRecord(named.path, str(error))
    return read_record(named, record, raw, encoding, warning)


def read_record(source: Input, record: Any, raw: bytes, encoding: str, warning: str | None = None) -> Document:
    """One record as a document, or the reason it cannot be one."""
    try:
        return _read_record(source, record, raw, encoding, warning)
    except RecursionError:
        return UnreadableRecord(source.path, "nested too deeply to read")
    except (ValueError, OverflowError) as error:  # a field Python cannot read ("http://[x": no URL)
        return UnreadableRecord(source.path, f"a field cannot be read ({one_line(str(error))})")


def _read_record(source: Input, record: Any, raw: bytes, encoding: str, warning: str | None) -> Document:
    if not isinstance(record, dict):
        return UnreadableRecord(source.path, f"a record must be a JSON object, not {type(record).__name__}")
    record = _unwrapped(_folded(record))
    metadata = record_metadata(record)
    text = _as_text(_field(record, "text"))
    markup = _as_text(_field(record, "html"))
    if text and _is_markup(text):  # a "body" or "content" field that holds the page's HTML
        text, markup = None, text
    if text and text.strip():
        text = normalise(text)
        if metadata.title and not text.startswith(metadata.title):
            text = f"{metadata.title}\n\n{text}"
    else:
        if not markup:
            return UnreadableRecord(source.path, "no text (looked for: "
                                    f"{', '.join(field_names()['text'] + field_names()['html'])})")
        try:
            text, page = read_page(markup)
        except UnreadableInput as error:
            return UnreadableRecord(source.path, str(error))
        except ValueError as error:  # lxml refuses some markup (control characters) outright
            return UnreadableRecord(source.path, f"unreadable HTML: {one_line(str(error))}")
        metadata = fill_metadata(metadata, page)
    return RawDocument(source_path=source.path, file_name=_exported_name(record) or source.file_name,
                       raw_sha256=sha256(raw), encoding=encoding, text=text, metadata=metadata, warning=warning)


def _exported_name(record: dict[str, Any]) -> str | None:
    """The file name an export record carries (``sco-etl export`` writes it): a database rebuilt
    from an export shows its articles under their first names, so its gold files still match.
    A name only, never a path (where the record was read from stays its identity)."""
    name = record.get("file_name")
    if isinstance(name, str) and 0 < len(name) <= 255 and "/" not in name and "\\" not in name and name.isprintable():
        return name
    return None


_MARKUP = re.compile(r"</(?:p|div|h[1-6]|li|blockquote|figure)>|<br\s*/?>", re.IGNORECASE)


def _is_markup(text: str) -> bool:
    """Is a text field HTML ("<p>DUSHANBE, 2 October — ...</p><p>...")?"""
    return text.lstrip().startswith("<") and _MARKUP.search(text, 0, 4000) is not None


def record_metadata(record: dict[str, Any]) -> DocumentMetadata:
    """The metadata of a record whose keys are casefolded (``_folded``)."""
    url = _as_text(_field(record, "url"))
    publisher = _as_text(_field(record, "publisher"))
    if publisher and "." in publisher and " " not in publisher:  # a domain names its outlet
        publisher = _outlet_of(publisher) or publisher
    elif not publisher and url:
        publisher = _outlet_of(urlsplit(url).hostname or "")
    return DocumentMetadata(
        title=one_line(_as_text(_field(record, "title"))),
        published_on=_as_date(_field(record, "published")),
        authors=tuple(name for name in _as_names(_field(record, "authors")) if not _is_outlet_credit(name, publisher)),
        publisher=one_line(publisher),
        url=url,
    )


def _unwrapped(record: dict[str, Any]) -> dict[str, Any]:
    """The article inside a wrapper record ({"_id": ..., "_source": {...}}), else ``record``."""
    if _field(record, "text") is None and _field(record, "html") is None:
        for key in field_names()["record_wrappers"]:
            if isinstance(inner := record.get(key.casefold()), dict):
                return _folded(inner)
    return record


# "Reuters Staff", "Dushanbe Dispatch desk": a credit to the outlet, not to a person
OUTLET_CREDIT = re.compile(r"\b(?:staff|desk|team|newsroom|bureau|editors|editorial|reporters|correspondents"
                           r"|agencies|wires?)$", re.IGNORECASE)


def _is_outlet_credit(name: str, publisher: str | None) -> bool:
    return bool(OUTLET_CREDIT.search(name)) or (publisher is not None and name.casefold() == publisher.casefold())


def fill_metadata(metadata: DocumentMetadata, fallback: DocumentMetadata) -> DocumentMetadata:
    """``metadata`` with its empty fields taken from ``fallback``."""
    return DocumentMetadata(
        title=metadata.title or fallback.title, published_on=metadata.published_on or fallback.published_on,
        authors=metadata.authors or fallback.authors, publisher=metadata.publisher or fallback.publisher,
        url=metadata.url or fallback.url,
    )


def _folded(record: dict[str, Any]) -> dict[str, Any]:
    """Field names match whatever their case: keys casefolded once per record."""
    return {key.casefold(): value for key, value in record.items() if isinstance(key, str)}


def _field(record: dict[str, Any], field: str) -> Any:
    """The first non-empty value under ``field``'s names; ``record``'s keys are casefolded."""
    for name in field_names()[field]:
        value = record.get(name.casefold())
        if value not in (None, "", [], {}):
            return value
    return None


def _as_text(value: Any) -> str | None:
    if isinstance(value, dict):  # JSON-LD's {"name": ...}; a news API's source {"uri": ..., "title": ...}
        value = value.get("name") or value.get("title") or value.get("url") or value.get("@id")
    if isinstance(value, list) and any(isinstance(item, dict) and "text" in item for item in value):
        # rich text in pieces (a channel export's ["plain ", {"type": "bold", "text": "..."}, ...]): one text
        value = "".join(item if isinstance(item, str) else str(item.get("text") or "") for item in value
                        if isinstance(item, (str, dict)))
    elif isinstance(value, list):
        value = "\n\n".join(part for part in (_as_text(item) for item in value) if part)
    return value.strip() if isinstance(value, str) and value.strip() else None


def _as_names(value: Any) -> list[str]:
    if isinstance(value, list):
        return [name for item in value for name in _as_names(item)]
    if isinstance(value, dict):
        value = value.get("name")
    if not isinstance(value, str):
        return []
    value = value.strip()
    if value.lower().startswith("by "):
        value = value[3:]
    return [name.strip() for name in value.replace(" and ", ";").replace(",", ";").split(";") if name.strip()]


def _as_date(value: Any) -> DateValue | None:
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        # out of range before dividing: an integer too large for a float cannot be divided
        if not TIMESTAMP_RANGE[0] <= value <= TIMESTAMP_RANGE[1] * 1000:
            return None
        seconds = value / 1000 if value > TIMESTAMP_RANGE[1] else value  # milliseconds
        if TIMESTAMP_RANGE[0] <= seconds <= TIMESTAMP_RANGE[1]:
            return DateValue(datetime.fromtimestamp(seconds, UTC).date().isoformat())
        return None
    text = _as_text(value)
    return read_iso_date(text) if text else None


def _outlet_of(host: str) -> str | None:
    entry = catalogue().lookup_domain(host.removeprefix("www."))
    return entry.name if entry else None


