"""Load articles into the database: discover files, process them, write rows.

Each file is read, parsed and extracted outside any transaction (pure code),
then written in one transaction of its own: a file that fails leaves nothing
behind and the others still load. An unchanged file is skipped by the hash of
its bytes; a changed one replaces its article and every row derived from it.
"""
from __future__ import annotations

import glob
import hashlib
import random
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timezone
from pathlib import Path
from typing import TypeVar

from sco_etl import __version__, db
from sco_etl.decode import UnreadableInput
from sco_etl.model import Extraction, OrganisationRef, PersonRef
from sco_etl.parse.layout import ParseError
from sco_etl.pipeline import PIPELINE_VERSION, ProcessedDocument, process
from sco_etl.readers import reader_for, supported_suffixes
from sco_etl.reference import sync_reference_data
from sco_etl.resolve import Resolver
from sco_etl.schema.models import (
    Article,
    ArticleAuthor,
    ArticleOrganisation,
    ArticlePart,
    ArticleState,
    Base,
    LoadFailure,
    LoadRun,
    MembershipEvent,
    Quote,
    SourceFile,
)
from sqlalchemy import Engine, delete, func, select
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError
from sqlalchemy.orm import Session

# the tables whose rows derive from one article, cleared when it is replaced
DERIVED = (ArticlePart, ArticleAuthor, ArticleState, ArticleOrganisation, Quote, MembershipEvent)


class LoadError(Exception):
    """A file that cannot be loaded; the message is its one-line reason."""


@dataclass
class FileResult:
    path: str
    outcome: str  # loaded | unchanged | duplicate | failed
    reason: str | None = None


@dataclass
class LoadSummary:
    run_id: int
    results: list[FileResult] = field(default_factory=list)
    row_counts: dict[str, int] = field(default_factory=dict)
    seconds: float = 0.0

    def count(self, outcome: str) -> int:
        return sum(1 for result in self.results if result.outcome == outcome)

    @property
    def failures(self) -> list[FileResult]:
        return [result for result in self.results if result.outcome == "failed"]


# --- finding files -------------------------------------------------------------

def discover(inputs: list[str]) -> tuple[list[Path], list[FileResult]]:
    """Files named by ``inputs`` (files, folders searched recursively, globs), each once."""
    found: dict[Path, None] = {}
    missing: list[FileResult] = []
    for item in inputs:
        path = Path(item).expanduser()
        if path.is_dir():
            matches = sorted(p for p in path.rglob("*") if p.is_file() and p.suffix.lower() in supported_suffixes())
        elif path.is_file():
            matches = [path]
        elif glob.has_magic(item):
            matches = sorted(Path(p) for p in glob.glob(str(path), recursive=True) if Path(p).is_file())
        else:
            missing.append(FileResult(item, "failed", "no such file or folder"))
            continue
        if not matches and path.is_dir():
            missing.append(FileResult(item, "failed",
                                      f"no {'/'.join(supported_suffixes())} files in this folder"))
        elif not matches:
            missing.append(FileResult(item, "failed", "pattern matched no files"))
        for match in matches:
            found.setdefault(match.resolve(), None)
    return list(found), missing


# --- concurrent loads ------------------------------------------------------------

RACE_SIGNS = ("unique constraint", "duplicate key", "database is locked", "deadlock detected",
              "could not serialize")
T = TypeVar("T")


def is_race(error: Exception) -> bool:
    """Did this fail only because another process wrote the same rows at the same time?"""
    return isinstance(error, (IntegrityError, OperationalError)) and any(
        sign in _reason(error).lower() for sign in RACE_SIGNS)


def _reason(error: Exception) -> str:
    return str(getattr(error, "orig", None) or error).splitlines()[0]


def retrying(action: Callable[[], T], attempts: int = 8,
             on_give_up: Callable[[Exception], T] | None = None) -> T:
    """Run ``action``, again after a short random pause when it lost a race to another load."""
    for attempt in range(attempts):
        try:
            return action()
        except SQLAlchemyError as error:
            if not is_race(error):
                raise
            if attempt == attempts - 1:
                if on_give_up is None:
                    raise
                return on_give_up(error)
            time.sleep(random.uniform(0.02, 0.1) * (attempt + 1))
    raise AssertionError("unreachable")


# --- the load --------------------------------------------------------------------

class Loader:
    def __init__(self, engine: Engine, force: bool = False) -> None:
        self.engine = engine
        self.force = force

    def run(self, inputs: list[str], progress: Callable[[Path], None] | None = None,
            on_discovered: Callable[[int], None] | None = None) -> LoadSummary:
        """Load every file ``inputs`` name; ``on_discovered(n)`` is told how many before the work starts."""
        started = time.perf_counter()
        db.ensure_current(self.engine)
        files, missing = discover(inputs)
        if on_discovered:
            on_discovered(len(files))
        def start_run() -> LoadSummary:
            with Session(self.engine) as session, session.begin():
                sync_reference_data(session)
                run = LoadRun(started_at=datetime.now(timezone.utc), tool_version=__version__,
                              inputs=list(inputs), status="running")
                session.add(run)
                session.flush()
                return LoadSummary(run_id=run.id, results=list(missing))

        summary = retrying(start_run)
        for path in files:
            summary.results.append(self.load_file(path, summary.run_id))
            if progress:
                progress(path)
        self._finish(summary)
        summary.seconds = time.perf_counter() - started
        return summary

    def load_file(self, path: Path, run_id: int) -> FileResult:
        # another load writing the same article at the same moment wins the race; the
        # retry then finds its rows and reports the file unchanged or a duplicate
        return retrying(lambda: self._load_file(path, run_id), on_give_up=lambda error: FileResult(
            str(path), "failed", f"database refused the article: {_reason(error)}"))

    def _load_file(self, path: Path, run_id: int) -> FileResult:
        try:
            raw = path.read_bytes()
        except OSError as error:
            return FileResult(str(path), "failed", f"cannot read: {error.strerror or error}")
        raw_sha256 = hashlib.sha256(raw).hexdigest()
        if not self.force and self._unchanged(str(path), raw_sha256):
            return FileResult(str(path), "unchanged")
        try:
            processed = self._process(path, raw, raw_sha256)
            with Session(self.engine) as session, session.begin():
                outcome = write_document(session, processed, len(raw), run_id, force=self.force)
        except LoadError as error:
            return FileResult(str(path), "failed", str(error))
        except SQLAlchemyError as error:
            if is_race(error):
                raise
            return FileResult(str(path), "failed", f"database refused the article: {_reason(error)}")
        return FileResult(str(path), outcome)

    def _unchanged(self, path: str, raw_sha256: str) -> bool:
        with Session(self.engine) as session:
            stored = session.execute(
                select(SourceFile.raw_sha256, Article.pipeline_version)
                .join(Article, Article.id == SourceFile.article_id)
                .where(SourceFile.path == path)
            ).first()
        return stored is not None and tuple(stored) == (raw_sha256, PIPELINE_VERSION)

    @staticmethod
    def _process(path: Path, raw: bytes, raw_sha256: str) -> ProcessedDocument:
        reader = reader_for(path)
        if reader is None:
            raise LoadError(f"unsupported file type '{path.suffix or path.name}' "
                            f"(supported: {', '.join(supported_suffixes())})")
        try:
            documents = reader.read(path, raw, raw_sha256)
            return process(documents[0])
        except (UnreadableInput, ParseError) as error:
            raise LoadError(str(error)) from error
        except Exception as error:  # an extractor bug must not stop the other files
            raise LoadError(f"internal error while processing ({type(error).__name__}: {error})") from error

    def _finish(self, summary: LoadSummary) -> None:
        with Session(self.engine) as session, session.begin():
            run = session.get(LoadRun, summary.run_id)
            run.finished_at = datetime.now(timezone.utc)
            run.files_seen = len(summary.results)
            run.files_loaded = summary.count("loaded")
            run.files_unchanged = summary.count("unchanged")
            run.files_duplicate = summary.count("duplicate")
            run.files_failed = summary.count("failed")
            run.status = "succeeded" if not run.files_failed else (
                "partial" if run.files_failed < run.files_seen else "failed")
            for failure in summary.failures:
                session.add(LoadFailure(run_id=run.id, path=failure.path, reason=failure.reason or ""))
            summary.row_counts = row_counts(session)


def row_counts(session: Session) -> dict[str, int]:
    return {
        table.name: session.scalar(select(func.count()).select_from(table))
        for table in Base.metadata.sorted_tables
    }


# --- writing one document ------------------------------------------------------------

def write_document(session: Session, processed: ProcessedDocument, size: int, run_id: int,
                   force: bool = False) -> str:
    """Store one processed document; return ``loaded``, ``unchanged`` or ``duplicate``."""
    document = processed.document
    text_sha256 = hashlib.sha256(document.text.encode("utf-8")).hexdigest()
    article = session.scalar(select(Article).where(Article.text_sha256 == text_sha256))
    source = session.scalar(select(SourceFile).where(SourceFile.path == document.source_path))
    previous_article_id = source.article_id if source else None

    if article is None:
        article = Article(text_sha256=text_sha256, file_name=document.file_name)
        session.add(article)
        populate_article(session, article, processed, run_id)
        outcome = "loaded"
    elif force or article.pipeline_version != PIPELINE_VERSION:
        clear_derived_rows(session, article.id)
        populate_article(session, article, processed, run_id)
        outcome = "loaded"
    else:
        # the same text is already stored: under this name (bytes differ only in encoding) or another
        outcome = "unchanged" if previous_article_id == article.id else "duplicate"

    if source is None:
        source = SourceFile(path=document.source_path)
        session.add(source)
    source.file_name, source.raw_sha256, source.size_bytes = document.file_name, document.raw_sha256, size
    source.article_id, source.load_run_id = article.id, run_id
    source.outcome = "duplicate" if outcome == "duplicate" else "loaded"
    session.flush()
    if previous_article_id not in (None, article.id):
        delete_if_orphaned(session, previous_article_id)
    return outcome


def clear_derived_rows(session: Session, article_id: int) -> None:
    for model in DERIVED:
        session.execute(delete(model).where(model.article_id == article_id))


def delete_if_orphaned(session: Session, article_id: int) -> None:
    still_used = session.scalar(select(SourceFile.id).where(SourceFile.article_id == article_id).limit(1))
    if still_used is None:
        clear_derived_rows(session, article_id)
        session.execute(delete(Article).where(Article.id == article_id))


def populate_article(session: Session, article: Article, processed: ProcessedDocument, run_id: int) -> None:
    parsed, extraction = processed.article, processed.extraction
    resolver = Resolver(session)
    # every NOT NULL column is set before anything can autoflush the new row
    article.text, article.encoding = processed.document.text, processed.document.encoding
    article.title, article.standfirst, article.dateline = parsed.title, parsed.standfirst, parsed.dateline
    article.body = parsed.body
    article.published_on = parsed.published_on.iso if parsed.published_on else None
    article.published_precision = parsed.published_on.precision if parsed.published_on else None
    article.pipeline_version, article.load_run_id = PIPELINE_VERSION, run_id
    article.publisher_id = (
        resolver.organisation_id(_publisher_ref(parsed.publisher)) if parsed.publisher else None
    )
    session.flush()
    session.add_all(
        ArticlePart(article_id=article.id, ordinal=ordinal, kind=part.kind,
                    start_offset=part.start, end_offset=part.end)
        for ordinal, part in enumerate(parsed.parts)
    )
    for position, name in enumerate(parsed.authors):
        person_id = resolver.person_id(PersonRef(full_name=name))
        session.add(ArticleAuthor(article_id=article.id, person_id=person_id, position=position))
    write_facts(session, resolver, article.id, extraction)
    session.flush()


def _publisher_ref(name: str) -> OrganisationRef:
    return OrganisationRef(name=name, kind="news_outlet")


def write_facts(session: Session, resolver: Resolver, article_id: int, extraction: Extraction) -> None:
    """Map an extraction to rows: mention links, quotes and membership events."""
    state_spans: dict[str, set[tuple[int, int]]] = defaultdict(set)
    for mention in extraction.states:
        state_spans[mention.iso3].update((span.start, span.end) for span in mention.spans)
    for iso3, spans in state_spans.items():
        session.add(ArticleState(article_id=article_id, iso3=iso3, mentions=len(spans),
                                 spans=[list(span) for span in sorted(spans)]))

    organisation_spans: dict[int, set[tuple[int, int]]] = defaultdict(set)
    for mention in extraction.organisations:
        organisation_id = resolver.organisation_id(mention.organisation)
        organisation_spans[organisation_id].update((span.start, span.end) for span in mention.spans)
    for organisation_id, spans in organisation_spans.items():
        session.add(ArticleOrganisation(article_id=article_id, organisation_id=organisation_id,
                                        mentions=len(spans), spans=[list(span) for span in sorted(spans)]))

    for person in extraction.people:
        resolver.person_id(person)
    for quote in extraction.quotes:
        session.add(Quote(
            article_id=article_id, kind=quote.kind, text=quote.text, cue=quote.cue,
            speaker_person_id=resolver.person_id(quote.speaker_person) if quote.speaker_person else None,
            speaker_organisation_id=(resolver.organisation_id(quote.speaker_organisation)
                                     if quote.speaker_organisation and not quote.speaker_person else None),
            start_offset=quote.span.start, end_offset=quote.span.end,
        ))
    for event in extraction.events:
        session.add(MembershipEvent(
            article_id=article_id, iso3=event.iso3,
            organisation_id=resolver.organisation_id(event.organisation),
            event_type=event.event_type, certainty=event.certainty,
            event_date=event.date.iso if event.date else None,
            date_precision=event.date.precision if event.date else None,
            evidence=event.evidence, start_offset=event.span.start, end_offset=event.span.end,
        ))
