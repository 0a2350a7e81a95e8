"""Plain-text articles: one article per file, as saved by most scrapers."""
from __future__ import annotations

from pathlib import Path

from sco_etl.decode import decode_article
from sco_etl.model import RawDocument


class TextReader:
    suffixes = (".txt", ".text")

    def read(self, path: Path, raw: bytes, raw_sha256: str) -> list[RawDocument]:
        text, encoding = decode_article(raw)
        return [RawDocument(
            source_path=str(path), file_name=path.name, raw_sha256=raw_sha256,
            encoding=encoding, text=text,
        )]
