"""The pure part of the ETL: a document's text to a parsed article and its facts."""
from __future__ import annotations

from dataclasses import dataclass

from sco_etl import __version__
from sco_etl.extract import extract
from sco_etl.model import Extraction, ParsedArticle, RawDocument
from sco_etl.parse.layout import parse_article

# Bump when parsing or extraction changes: stored articles from an older
# pipeline are processed again by the next load, even if their files did not change.
PIPELINE_REVISION = 4
PIPELINE_VERSION = f"{__version__}+p{PIPELINE_REVISION}"


@dataclass
class ProcessedDocument:
    document: RawDocument
    article: ParsedArticle
    extraction: Extraction


def process(document: RawDocument) -> ProcessedDocument:
    article = parse_article(document.text)
    return ProcessedDocument(document, article, extract(article))
