"""Writing processed documents: many per transaction, rows inserted in bulk.

A batch is one transaction: either every document in it is stored or none is,
so a load killed at any moment leaves a consistent database and the next load
finds the committed documents unchanged. Rows derived from articles are
gathered per table and sent with one ``executemany`` each. If a batch fails for
a reason other than a lost race, its documents are written again one per
transaction, so only the document at fault fails.
"""
from __future__ import annotations

import hashlib
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sco_etl.bulk import insert_many
from sco_etl.model import Extraction, OrganisationRef, PersonRef
from sco_etl.pipeline import PIPELINE_VERSION, ProcessedDocument
from sco_etl.resolve import Resolver
from sco_etl.schema.models import (
    Article,
    ArticleAuthor,
    ArticleOrganisation,
    ArticlePart,
    ArticleState,
    Base,
    MembershipEvent,
    Quote,
    SourceFile,
)
from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

# the tables whose rows derive from one article, cleared when it is replaced (children first)
DERIVED = (ArticlePart, ArticleAuthor, ArticleState, ArticleOrganisation, Quote, MembershipEvent)
# rows are written through Core tables on the session's connection: the ORM's
# statement handling costs several times more per row, and no objects are needed
ARTICLES, SOURCES = Article.__table__, SourceFile.__table__


@dataclass
class Pending:
    """A processed document waiting for its batch, with its file's size."""

    processed: ProcessedDocument
    size: int
    modified_ns: int | None = None


@dataclass
class _StoredArticle:
    id: int
    pipeline_version: str
    load_run_id: int | None  # the load that last wrote its rows


class BatchWriter:
    def __init__(self, run_id: int, force: bool = False) -> None:
        self.run_id = run_id
        self.force = force
        self.resolver = Resolver()

    def forget(self) -> None:
        """After a rollback: cached ids may belong to rows that are gone."""
        self.resolver.forget()

    def write(self, session: Session, batch: list[Pending]) -> list[str]:
        """Store ``batch`` in ``session``'s transaction; the outcome of each document, in order."""
        connection = session.connection()
        text_hashes = [_text_sha256(pending) for pending in batch]
        articles = self._stored_articles(session, text_hashes)
        sources = self._stored_sources(session, [pending.processed.document.source_path for pending in batch])
        self.resolver.prepare_people(session, (
            person for pending, text_sha256 in zip(batch, text_hashes)
            if self._needs_rows(articles.get(text_sha256)) for person in _people_named(pending.processed)))
        fresh = self._insert_new_articles(session, batch, text_hashes, articles)
        rows: dict[type[Base], list[dict[str, Any]]] = defaultdict(list)
        outcomes = [self._place(session, pending, text_sha256, articles, fresh, sources, rows)
                    for pending, text_sha256 in zip(batch, text_hashes)]
        for model in (SourceFile, *DERIVED):
            if rows[model]:
                insert_many(connection, model.__table__, rows[model])
        return outcomes

    def _insert_new_articles(self, session: Session, batch: list[Pending], text_hashes: list[str],
                             articles: dict[str, _StoredArticle]) -> dict[str, int]:
        """One multi-row insert for the batch's new texts; their ids by text hash."""
        first_of: dict[str, Pending] = {}
        for pending, text_sha256 in zip(batch, text_hashes):
            if text_sha256 not in articles:
                first_of.setdefault(text_sha256, pending)
        if not first_of:
            return {}
        values = [dict(text_sha256=text_sha256, **self._article_values(session, pending.processed))
                  for text_sha256, pending in first_of.items()]
        ids = session.connection().execute(
            insert(ARTICLES).returning(ARTICLES.c.id, sort_by_parameter_order=True), values).scalars().all()
        return dict(zip(first_of, ids))

    @staticmethod
    def _stored_articles(session: Session, text_hashes: list[str]) -> dict[str, _StoredArticle]:
        found = session.execute(select(Article.text_sha256, Article.id, Article.pipeline_version, Article.load_run_id)
                                .where(Article.text_sha256.in_(set(text_hashes))))
        return {sha: _StoredArticle(*stored) for sha, *stored in found}

    @staticmethod
    def _stored_sources(session: Session, paths: list[str]) -> dict[str, tuple[int, int]]:
        found = session.execute(select(SourceFile.path, SourceFile.id, SourceFile.article_id)
                                .where(SourceFile.path.in_(paths)))
        return {path: (source_id, article_id) for path, source_id, article_id in found}

    def _place(self, session: Session, pending: Pending, text_sha256: str, articles: dict[str, _StoredArticle],
               fresh: dict[str, int], sources: dict[str, tuple[int, int]],
               rows: dict[type[Base], list[dict[str, Any]]]) -> str:
        """Decide what one document is (new, a replacement, a copy) and queue its rows."""
        document = pending.processed.document
        article = articles.get(text_sha256)
        source_id, previous_article_id = sources.get(document.source_path, (None, None))
        if article is None:  # the first of its text in this batch: inserted above
            article = articles[text_sha256] = _StoredArticle(fresh[text_sha256], PIPELINE_VERSION, self.run_id)
            self._derived_rows(session, article.id, pending.processed, rows)
            outcome = "loaded"
        elif self._needs_rows(article):
            clear_derived_rows(session, article.id)
            session.connection().execute(update(ARTICLES).where(ARTICLES.c.id == article.id)
                                         .values(**self._article_values(session, pending.processed)))
            article.pipeline_version, article.load_run_id = PIPELINE_VERSION, self.run_id
            self._derived_rows(session, article.id, pending.processed, rows)
            outcome = "loaded"
        else:
            # the same text is already stored: under this name (bytes differ only in encoding) or another
            outcome = "unchanged" if previous_article_id == article.id else "duplicate"

        source_values = dict(file_name=document.file_name, raw_sha256=document.raw_sha256,
                             size_bytes=pending.size, modified_ns=pending.modified_ns,
                             article_id=article.id, load_run_id=self.run_id,
                             outcome="duplicate" if outcome == "duplicate" else "loaded")
        if source_id is None:
            rows[SourceFile].append(dict(path=document.source_path, **source_values))
        else:
            session.connection().execute(update(SOURCES).where(SOURCES.c.id == source_id).values(**source_values))
        if previous_article_id not in (None, article.id):
            delete_if_orphaned(session, previous_article_id)
        return outcome

    def _needs_rows(self, article: _StoredArticle | None) -> bool:
        """Is the text new, or stored by an older pipeline (or forced) and not yet rewritten by
        this load? (A second copy of a text this load wrote is a duplicate.) The article row
        says which load wrote it, so no set of every article written grows with the corpus."""
        return article is None or article.load_run_id != self.run_id and (
            self.force or article.pipeline_version != PIPELINE_VERSION)

    def _article_values(self, session: Session, processed: ProcessedDocument) -> dict[str, Any]:
        parsed = processed.article
        publisher = parsed.publisher
        return dict(
            file_name=processed.document.file_name, text=processed.document.text,
            encoding=processed.document.encoding, title=parsed.title, standfirst=parsed.standfirst,
            dateline=parsed.dateline, body=parsed.body, url=parsed.url,
            published_on=parsed.published_on.iso if parsed.published_on else None,
            published_precision=parsed.published_on.precision if parsed.published_on else None,
            publisher_id=(self.resolver.organisation_id(session, OrganisationRef(name=publisher, kind="news_outlet"))
                          if publisher else None),
            pipeline_version=PIPELINE_VERSION, load_run_id=self.run_id,
        )

    def _derived_rows(self, session: Session, article_id: int, processed: ProcessedDocument,
                      rows: dict[type[Base], list[dict[str, Any]]]) -> None:
        rows[ArticlePart] += [dict(article_id=article_id, ordinal=ordinal, kind=part.kind,
                                   start_offset=part.start, end_offset=part.end)
                              for ordinal, part in enumerate(processed.article.parts)]
        authors = dict.fromkeys(self.resolver.person_id(session, PersonRef(full_name=name))
                                for name in processed.article.authors)  # two spellings, one person
        rows[ArticleAuthor] += [dict(article_id=article_id, person_id=person_id, position=position)
                                for position, person_id in enumerate(authors)]
        self._fact_rows(session, article_id, processed.extraction, rows)

    def _fact_rows(self, session: Session, article_id: int, extraction: Extraction,
                   rows: dict[type[Base], list[dict[str, Any]]]) -> None:
        """Mention links, quotes and membership events of one article."""
        resolver = self.resolver
        state_spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
        for mention in extraction.states:
            state_spans[mention.iso3].update((span.start, span.end) for span in mention.spans)
        rows[ArticleState] += [dict(article_id=article_id, iso3=iso3, mentions=len(spans),
                                    spans=[list(span) for span in sorted(spans)])
                               for iso3, spans in state_spans.items()]

        organisation_spans: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for mention in extraction.organisations:
            organisation_id = resolver.organisation_id(session, mention.organisation)
            organisation_spans[organisation_id].update((span.start, span.end) for span in mention.spans)
        rows[ArticleOrganisation] += [dict(article_id=article_id, organisation_id=organisation_id,
                                           mentions=len(spans), spans=[list(span) for span in sorted(spans)])
                                      for organisation_id, spans in organisation_spans.items()]

        for person in extraction.people:
            resolver.person_id(session, person)
        rows[Quote] += [dict(
            article_id=article_id, kind=quote.kind, text=quote.text, cue=quote.cue,
            speaker_person_id=resolver.person_id(session, quote.speaker_person) if quote.speaker_person else None,
            speaker_organisation_id=(resolver.organisation_id(session, quote.speaker_organisation)
                                     if quote.speaker_organisation and not quote.speaker_person else None),
            start_offset=quote.span.start, end_offset=quote.span.end,
        ) for quote in extraction.quotes]
        rows[MembershipEvent] += [dict(
            article_id=article_id, iso3=event.iso3,
            organisation_id=resolver.organisation_id(session, event.organisation),
            event_type=event.event_type, certainty=event.certainty,
            event_date=event.date.iso if event.date else None,
            date_precision=event.date.precision if event.date else None,
            evidence=event.evidence, start_offset=event.span.start, end_offset=event.span.end,
        ) for event in extraction.events]


def _people_named(processed: ProcessedDocument) -> Iterator[PersonRef]:
    """Everyone a document's rows refer to, in the order ``_derived_rows`` meets them
    (a quote's speaker is among the extraction's people)."""
    yield from (PersonRef(full_name=name) for name in processed.article.authors)
    yield from processed.extraction.people


def _text_sha256(pending: Pending) -> str:
    return hashlib.sha256(pending.processed.document.text.encode("utf-8")).hexdigest()


def clear_derived_rows(session: Session, article_id: int) -> None:
    for model in DERIVED:
        session.execute(delete(model).where(model.article_id == article_id))


def delete_if_orphaned(session: Session, article_id: int) -> None:
    still_used = session.scalar(select(SourceFile.id).where(SourceFile.article_id == article_id).limit(1))
    if still_used is None:
        clear_derived_rows(session, article_id)
        session.execute(delete(Article).where(Article.id == article_id))
