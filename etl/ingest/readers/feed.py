"""News feeds (RSS and Atom): each entry is an article, as each record of a JSON file is.

feedparser reads the feed, whatever its version (RSS 0.9x, 1.0 and 2.0, Atom 0.3 and
1.0) and however loosely it is written; we chose it because it is the maintained
reader that has handled the web's real feeds for twenty years. An entry becomes a
record of the fields ``records.read_record`` knows: its title, link, the publication
date as printed (not feedparser's reading of it in UTC, which can fall on another
day), its authors, the feed's title as the publisher, and the entry's full content
(``content:encoded``, Atom's ``content``) or else its summary, as HTML. Entries are
named ``feed.xml#N`` by their place in the feed.
"""
from __future__ import annotations

from typing import Any

from sco_etl.ingest.decode import UnreadableInput
from sco_etl.ingest.readers import Document, Input
from sco_etl.ingest.readers.records import read_numbered_record


class FeedReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        import feedparser  # at the first feed: text and HTML loads need not import it

        parsed = feedparser.parse(raw)
        if not parsed.entries:
            reason = f": {parsed.bozo_exception}" if parsed.get("bozo") else ""
            raise UnreadableInput(f"no entries in this feed{reason}")
        encoding = parsed.get("encoding") or "utf-8"
        outlet = parsed.feed.get("title")
        documents = []
        for number, entry in enumerate(parsed.entries, start=1):
            record = entry_record(entry, outlet)
            documents.append(read_numbered_record(source, number, record, encoding))
        return documents


def entry_record(entry: Any, outlet: str | None) -> dict[str, Any]:
    """A feed entry as a record: the fields ``read_record`` reads, under their plain names."""
    contents = [content.get("value") for content in entry.get("content", []) if content.get("value")]
    return {
        "title": entry.get("title"),
        "url": entry.get("link"),
        "published": entry.get("published") or entry.get("updated"),
        "author": [author.get("name") for author in entry.get("authors", []) if author.get("name")]
        or entry.get("author"),
        "source": outlet,
        "html": max(contents, key=len) if contents else entry.get("summary"),
    }
