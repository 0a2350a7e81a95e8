"""Plain-text articles: one article per file, as saved by most scrapers."""
from __future__ import annotations

from sco_etl.decode import decode_article
from sco_etl.model import RawDocument
from sco_etl.readers import Document, Input, sha256


class TextReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        text, encoding = decode_article(raw)
        return [RawDocument(source_path=source.path, file_name=source.file_name, raw_sha256=sha256(raw),
                            encoding=encoding, text=text)]
