"""The pure part of the ETL: a document's text to a parsed article and its facts."""
from __future__ import annotations

import dataclasses
from dataclasses import dataclass

from sco_etl import __version__
from sco_etl.model import DocumentMetadata, Extraction, ParsedArticle, RawDocument
from sco_etl.rules.catalogue import catalogue

# Bump when parsing or extraction changes: stored articles from an older
# pipeline are processed again by the next load, even if their files did not change.
PIPELINE_REVISION = 119
PIPELINE_VERSION = f"{__version__}+p{PIPELINE_REVISION}"


@dataclass
class ProcessedDocument:
    document: RawDocument
    article: ParsedArticle
    extraction: Extraction


def process(document: RawDocument) -> ProcessedDocument:
    # imported at the first document, not with the loader: a reload of unchanged files
    # parses nothing, and is mostly the start-up of the command
    from sco_etl.extract import extract
    from sco_etl.parse.layout import parse_article

    article = parse_article(document.text)
    if document.metadata:
        # before extraction: events' relative dates are read against the publication date
        article = with_metadata(article, document.metadata)
    return ProcessedDocument(document, article, extract(article))


def with_metadata(article: ParsedArticle, metadata: DocumentMetadata) -> ParsedArticle:
    """``article`` with what a structured source says in place of what the parser inferred."""
    publisher = metadata.publisher
    if publisher:
        entry = catalogue().lookup(publisher)
        publisher = entry.name if entry else publisher
    return dataclasses.replace(
        article,
        title=metadata.title or article.title,
        published_on=metadata.published_on or article.published_on,
        authors=list(metadata.authors) or article.authors,
        publisher=publisher or article.publisher,
        url=metadata.url or article.url,
    )


WARM_UP_TEXT = """Leaders meet in Astana

ASTANA, July 4 (Wire) -- India joined the Shanghai Cooperation Organisation in June 2017, \
Foreign Minister Jane Doe said on Monday. "We welcome it," she said."""


def warm_up() -> None:
    """Load every list, automaton and pattern the pipeline uses, by processing a short
    article: forked workers then share them with the parent instead of each building its own."""
    process(RawDocument("warm-up", "warm-up", "", "utf-8", WARM_UP_TEXT))
