"""Plain-text articles: one article per file, as saved by most scrapers, or many in a news
database's export, each closed by a line of its own ("End of Document", "Document
ABC0000020250704ek7400001"); those are named ``export.txt#N``, as records are, and the
export's cover page (the job, the search terms, the list of titles) is no article."""
from __future__ import annotations

import re

from sco_etl.ingest.decode import UnreadableInput, decode_article
from sco_etl.ingest.readers import Document, Input, record_source, sha256
from sco_etl.ingest.readers.markdown import is_markdown_page, markdown_text
from sco_etl.model import RawDocument

# the line that closes each document of an export (Nexis: "End of Document"; Factiva: "Document" and its id)
DOCUMENT_END = re.compile(r"^[ \t]*(?:End of Document|Document [A-Za-z0-9]{20,})[ \t]*$", re.MULTILINE)
# the fields of an export's cover page, above its first document
COVER_FIELD = re.compile(r"^[ \t]*(?:Date and time:|Job Number:|Documents \(\d+\)|Client/Matter:|Search Terms:"
                         r"|Search Type:|Narrowed by:|Content Type\b|\d{1,4}\.[ \t]+\S).*$", re.MULTILINE)


class TextReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        text, encoding, warning = decode_article(raw)
        if is_markdown_page(text):  # a reader service's page, saved as .txt
            text = markdown_text(text)
        # (the search only where the word stands: most files are one article, and it ran for each)
        ends = [match.start() for match in DOCUMENT_END.finditer(text)] if "Document" in text else []
        if not ends:
            return [RawDocument(source_path=source.path, file_name=source.file_name, raw_sha256=sha256(raw),
                                encoding=encoding, text=text, warning=warning)]
        chunks = _documents(text, ends)
        if not chunks:
            raise UnreadableInput("an export's closing lines ('End of Document') and no document")
        documents: list[Document] = []
        for number, chunk in enumerate(chunks, start=1):
            named = record_source(source, number)
            documents.append(RawDocument(source_path=named.path, file_name=named.file_name,
                                         raw_sha256=sha256(chunk.encode("utf-8")), encoding=encoding, text=chunk,
                                         warning=warning))
        return documents


def _documents(text: str, ends: list[int]) -> list[str]:
    """The export's documents, without their closing lines and the cover page before the first."""
    chunks, start = [], 0
    for end in ends:
        chunks.append(text[start:end])
        start = text.find("\n", end) + 1 or len(text)
    chunks[0] = _without_cover(chunks[0])
    return [chunk.strip("\n") for chunk in chunks if chunk.strip()]


def _without_cover(chunk: str) -> str:
    """The first document without the cover page's fields above it (its last field line
    stands just above the document's headline)."""
    head = chunk[:4000]
    fields = list(COVER_FIELD.finditer(head))
    if not any(match.group().lstrip().startswith(("Job Number:", "Search Terms:", "Documents (")) for match in fields):
        return chunk
    return chunk[fields[-1].end():]
