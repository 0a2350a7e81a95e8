"""Extractors: pure functions from a parsed article to plain dataclasses.

Each extractor takes a ``ParsedArticle`` and returns an ``Extraction`` holding
what it found (states, organisations, people, quotes, membership events), with
offsets into ``article.text``. The loader never changes when one is added:
append it to ``EXTRACTORS``.
"""
from __future__ import annotations

from typing import Callable

from sco_etl.extract.entities import extract_entities
from sco_etl.model import Extraction, ParsedArticle

Extractor = Callable[[ParsedArticle], Extraction]

# Quote and event extractors join here as they land.
EXTRACTORS: tuple[Extractor, ...] = (extract_entities,)


def extract(article: ParsedArticle, extractors: tuple[Extractor, ...] | None = None) -> Extraction:
    """Run every extractor over ``article`` and merge what they found."""
    result = Extraction()
    for extractor in EXTRACTORS if extractors is None else extractors:
        result = result.merge(extractor(article))
    return result
