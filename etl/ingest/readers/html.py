"""Saved web pages: the article's text and metadata, without the page's furniture.

trafilatura finds the main text (dropping navigation, cookie banners, related
links, footers) and reads the metadata pages carry: ``<meta property=
"article:published_time">``, ``<time datetime>``, JSON-LD ``NewsArticle``,
author and site name. We chose it because it is maintained, benchmarked on
news pages and reads all of those sources of metadata in one call. When it
finds no main text, the page's visible block text goes to the text parser,
whose own rules then separate article from furniture.
"""
from __future__ import annotations

import calendar
import json
import re
from functools import lru_cache

from sco_etl.ingest.decode import UnreadableInput, decode_reporting, normalise
from sco_etl.ingest.readers import Document, Input, one_line, sha256
from sco_etl.model import DocumentMetadata, RawDocument
from sco_etl.parse.dates import read_iso_date

# elements that never hold the article, removed before the fallback reads block text
NOT_ARTICLE = ("script", "style", "noscript", "template", "nav", "header", "footer", "aside", "form",
               "button", "svg", "iframe")
BLOCKS = ("p", "div", "section", "article", "main", "li", "h1", "h2", "h3", "h4", "h5", "h6",
          "blockquote", "figcaption", "td", "br", "pre", "address", "time")


@lru_cache(maxsize=1)
def _trafilatura():
    """Imported on the first page: it takes a third of a second, which a load of text
    files, and every command that reads no HTML, need not pay."""
    import trafilatura
    import trafilatura.settings
    return trafilatura


@lru_cache(maxsize=1)
def _config():
    config = _trafilatura().settings.use_config()
    # no signal-based timeout: it only works in a main thread, and workers are not
    config.set("DEFAULT", "EXTRACTION_TIMEOUT", "0")
    # a wire brief can be two short paragraphs: below the default 250 characters trafilatura
    # falls back to a baseline that runs the paragraphs into one line
    config.set("DEFAULT", "MIN_EXTRACTED_SIZE", "20")
    return config


class HtmlReader:
    def read(self, source: Input, raw: bytes) -> list[Document]:
        markup, encoding, warning = decode_reporting(raw)
        text, metadata = read_page(markup)
        return [RawDocument(source_path=source.path, file_name=source.file_name, raw_sha256=sha256(raw),
                            encoding=encoding, text=text, metadata=metadata, warning=warning)]


def read_page(markup: str) -> tuple[str, DocumentMetadata]:
    """The article text of a page (title first, one paragraph per block) and its metadata."""
    extracted = _trafilatura().bare_extraction(
        markup, with_metadata=True, include_comments=False, include_tables=False, config=_config(),
        date_extraction_params={"extensive_search": False, "original_date": True},
    )
    metadata = _metadata(extracted) if extracted is not None else DocumentMetadata()
    paragraphs = (extracted.text or "").split("\n") if extracted is not None else []
    if not any(line.strip() for line in paragraphs):
        paragraphs = visible_blocks(markup)
    if sum(len(line) for line in paragraphs) < SCRIPTED_PAGE_TEXT and (embedded := embedded_article(markup)):
        return embedded  # a page its scripts render: the article is in its data
    title = metadata.title
    if title and (not paragraphs or paragraphs[0].strip() != title):
        paragraphs.insert(0, title)
    extracted_text = "\n".join(paragraphs)
    paragraphs += [caption for caption in figure_captions(markup) if caption not in extracted_text]
    text = normalise("\n\n".join(line.strip() for line in paragraphs if line.strip()))
    if not text:
        raise UnreadableInput("no text in the page")
    return text, metadata


# Below this many characters of text a page may be one its scripts render (a single-page
# app shows "Loading..."): its data may hold the article.
SCRIPTED_PAGE_TEXT = 500
# how deep into a page's data an article is looked for (Next.js: props.pageProps.article)
DATA_DEPTH = 8
MIN_EMBEDDED_TEXT = 200  # characters: a teaser or a description is not the article


def embedded_article(markup: str) -> tuple[str, DocumentMetadata] | None:
    """The article a script-rendered page carries as data: in JSON-LD (``articleBody``) or
    a framework's page data (Next.js's ``__NEXT_DATA__``), the first object with a text or
    HTML field of the record names (``data/record_fields.toml``), read as a record is."""
    # imported here: the records module imports this one
    from sco_etl.ingest.readers.records import fill_metadata, read_record, text_fields

    root = _html_root(markup)
    if root is None:
        return None
    for script in root.xpath('//script[@type="application/ld+json" or @type="application/json"]'):
        try:
            data = json.loads(script.text_content())
        except ValueError:
            continue
        for record in _objects(data):
            if any(isinstance(value := record.get(name), str) and len(value) >= MIN_EMBEDDED_TEXT
                   for name in text_fields()):
                document = read_record(Input("page", "page"), record, b"", "utf-8")
                if isinstance(document, RawDocument):
                    page = _metadata_of_page(markup)
                    return document.text, fill_metadata(document.metadata or DocumentMetadata(), page)
    return None


def _objects(data: object) -> list[dict]:
    """Every object in ``data``, shallowest first, to ``DATA_DEPTH`` levels; keys casefolded."""
    found, level = [], [data]
    for _ in range(DATA_DEPTH):
        deeper = []
        for item in level:
            if isinstance(item, dict):
                found.append({key.casefold(): value for key, value in item.items() if isinstance(key, str)})
                deeper += list(item.values())
            elif isinstance(item, list):
                deeper += item
        level = deeper
    return found


def _metadata_of_page(markup: str) -> DocumentMetadata:
    """What the page's own tags say (its <title>, og:site_name), for fields its data leaves empty."""
    extracted = _trafilatura().extract_metadata(markup)
    return _metadata(extracted) if extracted is not None else DocumentMetadata()


def _metadata(extracted) -> DocumentMetadata:
    authors = tuple(name for part in re.split(r";|\|", extracted.author or "") if (name := _author_name(part)))
    return DocumentMetadata(
        title=one_line(extracted.title), published_on=read_iso_date(extracted.date or ""),
        authors=authors, publisher=_site_name(extracted.sitename, extracted.title), url=one_line(extracted.url),
    )


def _author_name(found: str) -> str:
    """A name from the author field the page's markup gave, without the date line that ran into it
    ("Bai Yunfei Published Mar", "Sunday"): trafilatura reads a byline's whole element."""
    name = DATE_WORDS_AFTER.sub("", found).strip(" ,")
    return "" if name.casefold() in _CALENDAR_WORDS else name


DATE_WORDS_AFTER = re.compile(r"\s+(?:Published|Updated|Posted|Last\s+updated)\b.*$", re.IGNORECASE)
_CALENDAR_WORDS = frozenset(word.casefold() for word in (*calendar.day_name, *calendar.month_name, *calendar.month_abbr) if word)


def _html_root(markup: str):
    """The page's element tree, or None when lxml cannot read it."""
    import lxml.html  # with trafilatura, at the first page: a load of text files never needs it
    from lxml.etree import ParserError

    try:
        return lxml.html.fromstring(markup)
    except (ParserError, ValueError):
        return None


def figure_captions(markup: str) -> list[str]:
    """The article's photo captions: trafilatura drops ``<figcaption>``, but captions count
    for mentions (the layout parser keeps them apart from the body)."""
    root = _html_root(markup)
    if root is None:
        return []
    figures = root.xpath("//article//figcaption") or root.xpath("//main//figcaption") or root.xpath("//figcaption")
    return [text for text in (" ".join(figure.text_content().split()) for figure in figures) if text]


def visible_blocks(markup: str) -> list[str]:
    """Block-level text of the page outside navigation, scripts and forms, one string per block."""
    root = _html_root(markup)
    if root is None:
        return []
    for element in list(root.iter(*NOT_ARTICLE)):
        if element.getparent() is not None:  # the root itself cannot be dropped
            element.drop_tree()
    for element in root.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
        if element.text:
            element.text = "\n" + element.text
    return [line.strip() for line in root.text_content().split("\n") if line.strip()]


_TITLE_SEPARATOR = re.compile(r"\s+[-–—|·:]\s+")


def _site_name(sitename: str | None, title: str | None) -> str | None:
    """The site's name, not the page's title ("Headline - Silk Road Monitor" gives "Silk Road
    Monitor": a page whose JSON-LD names no site lends its <title> instead)."""
    sitename = one_line(sitename)
    if sitename and title and sitename.startswith(title) and sitename != title:
        tail = _TITLE_SEPARATOR.split(sitename[len(title):], maxsplit=1)
        return one_line(tail[-1]) if len(tail) > 1 else None
    return sitename if sitename != one_line(title) else None
