"""Extractors: pure functions from a parsed article to plain dataclasses.

Each extractor takes a ``ParsedArticle`` and what the extractors before it found,
and returns an ``Extraction`` of its own (states, organisations, people, quotes,
membership events), with offsets into ``article.text``. Order matters: quotes and
events read the states and organisations found first. The loader never changes
when one is added: append it to ``EXTRACTORS``.
"""
from __future__ import annotations

from collections.abc import Callable

from sco_etl.extract.authors import extract_author_notes
from sco_etl.extract.entities import extract_entities
from sco_etl.extract.events import extract_events
from sco_etl.extract.quotes import extract_quotes
from sco_etl.model import Extraction, ParsedArticle

Extractor = Callable[[ParsedArticle, Extraction], Extraction]

EXTRACTORS: tuple[Extractor, ...] = (extract_entities, extract_author_notes, extract_quotes, extract_events)


def extract(article: ParsedArticle, extractors: tuple[Extractor, ...] | None = None) -> Extraction:
    """Run every extractor over ``article``, each seeing what the earlier ones found."""
    result = Extraction()
    for extractor in EXTRACTORS if extractors is None else extractors:
        result = result.merge(extractor(article, result))
    return result
