"""Spreadsheet exports (.csv, .tsv): a header row, then one article per row, as scrapers
(Scrapy's ``-o items.csv``), crawling services and media-monitoring tools write them.

Each row is a record under the header's names and is read as a JSON record is
(``records.read_record``: the same field names, from ``data/record_fields.toml``), so a
``text`` or ``content`` column is the article and ``title``, ``date``, ``author``,
``source`` and ``url`` columns win over what the parser would infer. The delimiter is
the header's: a comma, a semicolon (as Excel writes where the comma is the decimal
mark), a tab or a bar. Python's ``csv`` module reads the quoting, the doubled quotation
marks and the line breaks inside a cell. Rows are named ``file.csv#N``, N counting the
rows under the header; a row without text, or with a cell over the one-article limit
(10 MiB), fails alone.
"""
from __future__ import annotations

import csv
import io

from sco_etl.ingest.decode import UnreadableInput, decode_reporting
from sco_etl.ingest.readers import (
    MAX_ARTICLE_BYTES,
    Document,
    Input,
    UnreadableRecord,
    record_source,
)
from sco_etl.ingest.readers.records import field_names, read_numbered_record, text_fields

DELIMITERS = (",", ";", "\t", "|")
OVERSIZED_CELL = f"a cell over {MAX_ARTICLE_BYTES // 2**20} MiB (the limit for one article)"


class DelimitedReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        content, encoding, warning = decode_reporting(raw)
        content = content.lstrip("\ufeff")
        # No cell is longer than the file, which is in memory already. At its own limit the csv module
        # would stop inside a cell and read the rest of it as new rows: an oversized cell is failed
        # below, its row alone, once parsed whole.
        csv.field_size_limit(max(len(content), MAX_ARTICLE_BYTES))
        rows = csv.DictReader(io.StringIO(content, newline=""), delimiter=header_delimiter(content.split("\n", 1)[0]))
        if not _names_text_column(rows.fieldnames or ()):
            wanted = field_names()["text"] + field_names()["html"]
            raise UnreadableInput(f"no column of article text in the header row (looked for: {', '.join(wanted)})")
        documents: list[Document] = []
        number = 0
        while True:
            number += 1
            try:
                row = next(rows)
            except StopIteration:
                break
            except csv.Error as error:  # the reader goes on with the next row
                documents.append(UnreadableRecord(record_source(source, number).path, str(error)))
                continue
            # cells past the header's columns (a row with a stray delimiter) are kept under None: dropped
            record = {name.strip(): value for name, value in row.items() if name and value not in (None, "")}
            if any(len(value) > MAX_ARTICLE_BYTES for value in record.values()):
                documents.append(UnreadableRecord(record_source(source, number).path, OVERSIZED_CELL))
                continue
            documents.append(read_numbered_record(source, number, record, encoding, warning))
        if not documents:
            raise UnreadableInput("a header row and no rows under it")
        return documents


def header_delimiter(header: str) -> str:
    """The delimiter a header row uses most."""
    return max(DELIMITERS, key=header.count)


def is_header_row(line: str) -> bool:
    """A spreadsheet's header row, as standard input is sniffed: delimited names of at most
    three words, one of them an article's text column ("url,title,date,text"). A headline or
    a sentence names no such column alone."""
    delimiter = header_delimiter(line)
    columns = [name.strip().strip('"') for name in line.strip().split(delimiter)]
    return len(columns) > 1 and all(column and len(column.split()) <= 3 for column in columns) \
        and _names_text_column(columns)


def _names_text_column(columns) -> bool:
    return not {column.strip().casefold() for column in columns if column}.isdisjoint(text_fields())
