"""Writing documents' rows (see ``rows``): many documents per transaction, rows inserted in bulk.

A batch is one transaction: either every document in it is stored or none is,
so a load killed at any moment leaves a consistent database and the next load
finds the committed documents unchanged. Rows derived from articles are
gathered per table and sent with one ``executemany`` each. If a batch fails for
a reason other than a lost race, its documents are written again one per
transaction, so only the document at fault fails.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sco_etl.load.bulk import insert_many, insert_with_ids
from sco_etl.load.resolve import Resolver
from sco_etl.load.rows import (
    ARTICLE_COLUMNS,
    EVENT_COLUMNS,
    PART_COLUMNS,
    QUOTE_COLUMNS,
    STATE_COLUMNS,
    DocumentRows,
)
from sco_etl.load.stories import Placed, assign_stories, clear_fingerprint, move_story
from sco_etl.model import OrganisationRef, PersonRef
from sco_etl.pipeline import PIPELINE_VERSION
from sco_etl.schema import tables
from sco_etl.schema.tables import DERIVED_FROM_ARTICLE
from sqlalchemy import Connection, Table, delete, select, update

ARTICLES, SOURCES, BANDS = tables.articles, tables.source_files, tables.story_bands
PARTS, AUTHORS, STATES, ORGANISATIONS, QUOTES, EVENTS, SIGNATURES = DERIVED_FROM_ARTICLE
# the columns of the rows queued for each table, in their order
COLUMNS = {
    SOURCES: ("path", "file_name", "raw_sha256", "size_bytes", "modified_ns", "article_id", "load_run_id",
              "outcome"),
    PARTS: ("article_id", *PART_COLUMNS),
    AUTHORS: ("article_id", "person_id", "position"),
    STATES: ("article_id", *STATE_COLUMNS),
    ORGANISATIONS: ("article_id", "organisation_id", "mentions", "spans"),
    QUOTES: ("article_id", *QUOTE_COLUMNS, "speaker_person_id", "speaker_organisation_id"),
    EVENTS: ("article_id", *EVENT_COLUMNS, "organisation_id"),
    SIGNATURES: ("article_id", "signature"),
    BANDS: ("band_key", "article_id"),
}


@dataclass
class Pending:
    """A document's rows waiting for their batch, with its file's size."""

    rows: DocumentRows
    size: int
    modified_ns: int | None = None


@dataclass
class _StoredArticle:
    id: int
    pipeline_version: str
    load_run_id: int | None  # the load that last wrote its rows


# rows queued for a batch's inserts: by table, tuples in the order of its columns
Queued = dict[Table, list[tuple]]


class BatchWriter:
    def __init__(self, run_id: int, force: bool = False) -> None:
        self.run_id = run_id
        self.force = force
        self.resolver = Resolver()

    def forget(self) -> None:
        """After a rollback: cached ids may belong to rows that are gone."""
        self.resolver.forget()

    def write(self, connection: Connection, batch: list[Pending]) -> list[str]:
        """Store ``batch`` in ``connection``'s transaction; the outcome of each document, in order."""
        articles = self._stored_articles(connection, [pending.rows.text_sha256 for pending in batch])
        sources = self._stored_sources(connection, [pending.rows.source_path for pending in batch])
        self.resolver.prepare_people(connection, (
            person for pending in batch
            if self._needs_rows(articles.get(pending.rows.text_sha256)) for person in pending.rows.people_named()))
        fresh = self._insert_new_articles(connection, batch, articles)
        queued: Queued = defaultdict(list)
        placed: list[Placed] = []
        outcomes = [self._place(connection, pending, articles, fresh, sources, queued, placed) for pending in batch]
        # against the keys stored before this batch (its own are compared in memory), before they join them
        queued[BANDS] = assign_stories(connection, placed)
        for table in (SOURCES, *DERIVED_FROM_ARTICLE, BANDS):
            if queued[table]:
                insert_many(connection, table, COLUMNS[table], queued[table])
        return outcomes

    def _insert_new_articles(self, connection: Connection, batch: list[Pending],
                             articles: dict[str, _StoredArticle]) -> dict[str, int]:
        """The batch's new texts, inserted in one executemany; their ids by text hash."""
        first_of: dict[str, DocumentRows] = {}
        for pending in batch:
            if pending.rows.text_sha256 not in articles:
                first_of.setdefault(pending.rows.text_sha256, pending.rows)
        if not first_of:
            return {}
        values = [dict(text_sha256=text_sha256, **self._article_values(connection, rows))
                  for text_sha256, rows in first_of.items()]
        return insert_with_ids(connection, ARTICLES, values, "text_sha256")

    @staticmethod
    def _stored_articles(connection: Connection, text_hashes: list[str]) -> dict[str, _StoredArticle]:
        found = connection.execute(select(ARTICLES.c.text_sha256, ARTICLES.c.id, ARTICLES.c.pipeline_version,
                                          ARTICLES.c.load_run_id).where(ARTICLES.c.text_sha256.in_(set(text_hashes))))
        return {sha: _StoredArticle(*stored) for sha, *stored in found}

    @staticmethod
    def _stored_sources(connection: Connection, paths: list[str]) -> dict[str, tuple[int, int]]:
        found = connection.execute(select(SOURCES.c.path, SOURCES.c.id, SOURCES.c.article_id)
                                   .where(SOURCES.c.path.in_(paths)))
        return {path: (source_id, article_id) for path, source_id, article_id in found}

    def _place(self, connection: Connection, pending: Pending, articles: dict[str, _StoredArticle],
               fresh: dict[str, int], sources: dict[str, tuple[int, int]], queued: Queued,
               placed: list[Placed]) -> str:
        """Decide what one document is (new, a replacement, a copy) and queue its rows."""
        rows = pending.rows
        article = articles.get(rows.text_sha256)
        source_id, previous_article_id = sources.get(rows.source_path, (None, None))
        if article is None:  # the first of its text in this batch: inserted above
            article = articles[rows.text_sha256] = _StoredArticle(fresh[rows.text_sha256], PIPELINE_VERSION,
                                                                  self.run_id)
            self._derived_rows(connection, article.id, rows, queued)
            placed.append(Placed(article.id, rows.signature, reprocessed=False, body=rows.body))
            outcome = "loaded"
        elif self._needs_rows(article):
            clear_derived_rows(connection, article.id)
            connection.execute(update(ARTICLES).where(ARTICLES.c.id == article.id)
                                         .values(**self._article_values(connection, rows)))
            article.pipeline_version, article.load_run_id = PIPELINE_VERSION, self.run_id
            self._derived_rows(connection, article.id, rows, queued)
            placed.append(Placed(article.id, rows.signature, reprocessed=True, body=rows.body))
            outcome = "loaded"
        else:
            # the same text is already stored: under this name (bytes differ only in encoding) or another
            outcome = "unchanged" if previous_article_id == article.id else "duplicate"

        source_values = dict(file_name=rows.file_name, raw_sha256=rows.raw_sha256,
                             size_bytes=pending.size, modified_ns=pending.modified_ns,
                             article_id=article.id, load_run_id=self.run_id,
                             outcome="duplicate" if outcome == "duplicate" else "loaded")
        if source_id is None:
            row = {"path": rows.source_path, **source_values}
            queued[SOURCES].append(tuple(row[column] for column in COLUMNS[SOURCES]))
        else:
            connection.execute(update(SOURCES).where(SOURCES.c.id == source_id).values(**source_values))
        if previous_article_id not in (None, article.id):
            delete_if_orphaned(connection, previous_article_id)
        return outcome

    def _needs_rows(self, article: _StoredArticle | None) -> bool:
        """Is the text new, or stored by an older pipeline (or forced) and not yet rewritten by
        this load? (A second copy of a text this load wrote is a duplicate.) The article row
        says which load wrote it, so no set of every article written grows with the corpus."""
        return article is None or article.load_run_id != self.run_id and (
            self.force or article.pipeline_version != PIPELINE_VERSION)

    def _article_values(self, connection: Connection, rows: DocumentRows) -> dict[str, Any]:
        publisher_id = (self.resolver.organisation_id(connection, OrganisationRef(name=rows.publisher, kind="news_outlet"))
                        if rows.publisher else None)
        return dict(zip(ARTICLE_COLUMNS, rows.article), publisher_id=publisher_id,
                    pipeline_version=PIPELINE_VERSION, load_run_id=self.run_id)

    def _derived_rows(self, connection: Connection, article_id: int, rows: DocumentRows, queued: Queued) -> None:
        resolver = self.resolver
        queued[PARTS] += [(article_id, *part) for part in rows.parts]
        authors = dict.fromkeys(resolver.person_id(connection, PersonRef(full_name=name))
                                for name in rows.authors)  # two spellings, one person
        queued[AUTHORS] += [(article_id, person_id, position) for position, person_id in enumerate(authors)]
        if rows.signature:  # its band keys are chosen with its story (assign_stories)
            queued[SIGNATURES].append((article_id, rows.signature))
        self._fact_rows(connection, article_id, rows, queued)

    def _fact_rows(self, connection: Connection, article_id: int, rows: DocumentRows, queued: Queued) -> None:
        """Mention links, quotes and membership events of one article."""
        resolver = self.resolver
        queued[STATES] += [(article_id, *state) for state in rows.states]
        organisation_spans: dict[int, set[tuple[int, int]]] = defaultdict(set)
        for organisation, spans in rows.organisations:  # two names may be one organisation
            organisation_spans[resolver.organisation_id(connection, organisation)].update(spans)
        queued[ORGANISATIONS] += [(article_id, organisation_id, len(spans), sorted(spans))
                                  for organisation_id, spans in organisation_spans.items()]
        for person in rows.people:
            resolver.person_id(connection, person)
        queued[QUOTES] += [(
            article_id, *quote,
            resolver.person_id(connection, person) if person else None,
            resolver.organisation_id(connection, organisation) if organisation else None,
        ) for quote, person, organisation in rows.quotes]
        queued[EVENTS] += [(article_id, *event, resolver.organisation_id(connection, organisation))
                           for event, organisation in rows.events]


def clear_derived_rows(connection: Connection, article_id: int) -> None:
    clear_fingerprint(connection, article_id)  # first: its band keys are read from its signature
    for table in DERIVED_FROM_ARTICLE:
        connection.execute(delete(table).where(table.c.article_id == article_id))


def delete_if_orphaned(connection: Connection, article_id: int) -> None:
    still_used = connection.scalar(select(SOURCES.c.id).where(SOURCES.c.article_id == article_id).limit(1))
    if still_used is None:
        move_story(connection, article_id)
        clear_derived_rows(connection, article_id)
        connection.execute(delete(ARTICLES).where(ARTICLES.c.id == article_id))
