"""Articles saved as Markdown: by a reader service ("Title:", "URL Source:", "Published
Time:", "Markdown Content:"), a clipper or a scraper that writes ``.md`` files.

The layout parser reads a Markdown page line by line as it reads any text: a heading's
or a quotation's mark, a rule, a headline's underline and a line of nothing but links
or images (a menu, a link list) it knows already. What it cannot read is the markup
inside a line: ``**ISLAMABAD:** Pakistan hosted the [Shanghai Cooperation
Organisation](https://...)``. Here each other line loses it, as CommonMark's inline
rules say (markdown-it-py: the maintained CommonMark implementation in Python; we chose
it over regular expressions because emphasis, escapes and nested brackets have many
rules): a link becomes its text, emphasis and inline HTML their words, an inline image
nothing. The stored text is the text so read, as for a web page; offsets point into it.
"""
from __future__ import annotations

import re
from functools import cache

from sco_etl.ingest.decode import decode_article
from sco_etl.ingest.readers import Document, Input, sha256
from sco_etl.model import RawDocument
from sco_etl.parse.cues import MARKDOWN_LINKS

# the header a reader service writes above the page ("Markdown Content:"), in a .txt file too
READER_SERVICE_HEADER = re.compile(r"^Markdown Content:[ \t]*$", re.MULTILINE)
# what can only be inline markup: brackets, emphasis, code, a tag, an entity, an escape
_INLINE_MARKUP = re.compile(r"[\[*_`<&\\]")
_TEXT_TOKENS = frozenset({"text", "code_inline"})
_BREAKS = frozenset({"softbreak", "hardbreak"})


class MarkdownReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        text, encoding, warning = decode_article(raw)
        return [RawDocument(source_path=source.path, file_name=source.file_name, raw_sha256=sha256(raw),
                            encoding=encoding, text=markdown_text(text), warning=warning)]


def is_markdown_page(text: str) -> bool:
    """Does a text file hold a reader service's Markdown (its "Markdown Content:" line)?"""
    return "Markdown Content:" in text[:4000] and READER_SERVICE_HEADER.search(text, 0, 4000) is not None


def markdown_text(text: str) -> str:
    """``text`` with the inline markup of each line read away (links, images and rules alone on
    their line are kept for the layout parser, which knows them for furniture)."""
    return "\n".join(_plain_line(line) for line in text.split("\n"))


def _plain_line(line: str) -> str:
    stripped = line.strip()
    if not _INLINE_MARKUP.search(line) or (stripped[:1] in "[!*+-" and MARKDOWN_LINKS.match(stripped)):
        return line
    tokens = _markdown().parseInline(line)[0].children or []
    return "".join(token.content if token.type in _TEXT_TOKENS else " " if token.type in _BREAKS else ""
                   for token in tokens)


@cache
def _markdown():
    # imported at the first Markdown file: other loads need not import it
    from markdown_it import MarkdownIt

    return MarkdownIt("commonmark")
