"""Spreadsheet exports (.csv, .tsv): a header row, then one article per row, as scrapers
(Scrapy's ``-o items.csv``), crawling services and media-monitoring tools write them.

Each row is a record under the header's names and is read as a JSON record is
(``records.read_record``: the same field names, from ``data/record_fields.toml``), so a
``text`` or ``content`` column is the article and ``title``, ``date``, ``author``,
``source`` and ``url`` columns win over what the parser would infer. The delimiter is
the header's: a comma, a semicolon (as Excel writes where the comma is the decimal
mark), a tab or a bar. Python's ``csv`` module reads the quoting, the doubled quotation
marks and the line breaks inside a cell. Rows are named ``file.csv#N``, N counting the
rows under the header; a row without text fails alone.
"""
from __future__ import annotations

import csv
import io
import json

from sco_etl.decode import UnreadableInput, decode
from sco_etl.readers import Document, Input, record_source
from sco_etl.readers.records import field_names, read_record

DELIMITERS = (",", ";", "\t", "|")


class DelimitedReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        content, encoding = decode(raw)
        content = content.lstrip("\ufeff")
        header = content.split("\n", 1)[0]
        delimiter = max(DELIMITERS, key=header.count)
        rows = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
        columns = {name.strip().casefold() for name in rows.fieldnames or () if name}
        wanted = field_names()["text"] + field_names()["html"]
        if not columns & {name.casefold() for name in wanted}:
            raise UnreadableInput(f"no column of article text in the header row (looked for: {', '.join(wanted)})")
        documents: list[Document] = []
        for number, row in enumerate(rows, start=1):
            # cells past the header's columns (a row with a stray delimiter) are kept under None: dropped
            record = {name.strip(): value for name, value in row.items() if name and value not in (None, "")}
            documents.append(read_record(record_source(source, number), record,
                                         json.dumps(record, sort_keys=True, ensure_ascii=False).encode("utf-8"),
                                         encoding))
        if not documents:
            raise UnreadableInput("a header row and no rows under it")
        return documents
