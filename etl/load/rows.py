"""Transform: a processed document as the rows it becomes, before the database gives ids.

This runs in the worker process, beside parsing and extraction, so the writer
(one process for the whole load) only adds ids and inserts. Rows are plain
tuples in the order of their ``*_COLUMNS``: a result crosses from a worker to
the writer as a pickle, and pickle rebuilds a dataclass attribute by attribute
(loading the facts of an article as dataclasses took ten times as long as
loading them as tuples). The people and organisations named stay references:
only the writer can resolve them to ids.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass

from sco_etl.model import (
    DateValue,
    Extraction,
    OrganisationRef,
    ParsedArticle,
    PersonRef,
    RawDocument,
    Span,
)
from sco_etl.pipeline import ProcessedDocument

# an article's own columns, from the document and its parse (ids and provenance added by the writer)
ARTICLE_COLUMNS = ("file_name", "text", "encoding", "title", "standfirst", "dateline", "body", "url",
                   "published_on", "published_precision")
BODY = ARTICLE_COLUMNS.index("body")
# each derived table's columns after its leading article_id
PART_COLUMNS = ("ordinal", "kind", "start_offset", "end_offset")
STATE_COLUMNS = ("iso3", "mentions", "spans")
QUOTE_COLUMNS = ("kind", "text", "cue", "start_offset", "end_offset")
EVENT_COLUMNS = ("iso3", "event_type", "certainty", "event_date", "date_precision", "evidence",
                 "start_offset", "end_offset")

SpanPairs = list[tuple[int, int]]


@dataclass(frozen=True)
class DocumentRows:
    source_path: str
    file_name: str
    raw_sha256: str
    text_sha256: str  # an article is one text, whatever files and encodings it came in
    article: tuple  # values of ARTICLE_COLUMNS
    publisher: str | None
    authors: list[str]
    parts: list[tuple]  # PART_COLUMNS
    states: list[tuple]  # STATE_COLUMNS, one per state
    organisations: list[tuple[OrganisationRef, SpanPairs]]  # by reference: two may be one row
    people: list[PersonRef]
    quotes: list[tuple[tuple, PersonRef | None, OrganisationRef | None]]  # QUOTE_COLUMNS, speaker
    events: list[tuple[tuple, OrganisationRef]]  # EVENT_COLUMNS, the body
    # the body's MinHash signature (None: too short to compare), computed in the worker for
    # a chunk of documents at once (work.run_tasks); the writer derives the batch's band keys
    # from the signatures in one computation
    signature: bytes | None = None

    @property
    def body(self) -> str:
        return self.article[BODY]

    def people_named(self) -> list[PersonRef]:
        """Everyone the rows refer to, in the order the writer meets them (a quote's speaker
        is among the extraction's people)."""
        return [PersonRef(full_name=name) for name in self.authors] + self.people


def document_rows(processed: ProcessedDocument) -> DocumentRows:
    document, article, extraction = processed.document, processed.article, processed.extraction
    return DocumentRows(
        source_path=document.source_path, file_name=document.file_name, raw_sha256=document.raw_sha256,
        text_sha256=hashlib.sha256(document.text.encode("utf-8")).hexdigest(),
        article=_article(document, article), publisher=article.publisher, authors=list(article.authors),
        parts=[(ordinal, part.kind, part.start, part.end) for ordinal, part in enumerate(article.parts)],
        states=_states(extraction),
        organisations=[(mention.organisation, _pairs(mention.spans)) for mention in extraction.organisations],
        people=list(extraction.people),
        quotes=[((quote.kind, quote.text, quote.cue, quote.span.start, quote.span.end),
                 quote.speaker_person, None if quote.speaker_person else quote.speaker_organisation)
                for quote in extraction.quotes],
        events=[((event.iso3, event.event_type, event.certainty, *_date(event.date), event.evidence,
                  event.span.start, event.span.end), event.organisation)
                for event in extraction.events],
    )


def _article(document: RawDocument, article: ParsedArticle) -> tuple:
    return (document.file_name, document.text, document.encoding, article.title, article.standfirst,
            article.dateline, article.body, article.url, *_date(article.published_on))


def _states(extraction: Extraction) -> list[tuple]:
    """One row per state: a state found under several names is one row with every span."""
    spans: dict[str, set[tuple[int, int]]] = {}
    for mention in extraction.states:
        spans.setdefault(mention.iso3, set()).update(_pairs(mention.spans))
    return [(iso3, len(pairs), sorted(pairs)) for iso3, pairs in spans.items()]


def _pairs(spans: list[Span]) -> SpanPairs:
    return [(span.start, span.end) for span in spans]


def _date(date: DateValue | None) -> tuple[str | None, str | None]:
    return (date.iso, date.precision) if date else (None, None)
