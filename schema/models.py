"""SQLAlchemy 2 declarative models: the one definition of the schema.

Alembic migrations are generated from these models and ``alembic check`` must
find no drift. Fact tables (mentions, quotes, events) carry their article and
character offsets into ``articles.text`` for provenance.
"""
from __future__ import annotations

from datetime import datetime
from typing import Any

from sco_etl import vocab
from sco_etl.model import PART_KINDS
from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
    and_,
    column,
    or_,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


def one_of(name: str, values: tuple[str, ...]) -> CheckConstraint:
    """A CHECK that column ``name`` holds one of ``values`` (NULL allowed)."""
    return CheckConstraint(column(name).in_(values), name=name)


def span_is_ordered() -> CheckConstraint:
    start, end = column("start_offset"), column("end_offset")
    return CheckConstraint(and_(start >= 0, end >= start), name="span_ordered")


# --- loading bookkeeping ---------------------------------------------------

class LoadRun(Base):
    """One invocation of ``sco-etl load``: when, what, and how it went."""

    __tablename__ = "load_runs"
    __table_args__ = (one_of("status", vocab.LOAD_RUN_STATUSES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    started_at: Mapped[datetime] = mapped_column(DateTime(timezone=True))
    finished_at: Mapped[datetime | None] = mapped_column(DateTime(timezone=True))
    status: Mapped[str] = mapped_column(String(16), default="running")
    tool_version: Mapped[str] = mapped_column(String(32))
    inputs: Mapped[list[str]] = mapped_column(JSON)
    files_seen: Mapped[int] = mapped_column(default=0)
    files_loaded: Mapped[int] = mapped_column(default=0)
    files_unchanged: Mapped[int] = mapped_column(default=0)
    files_duplicate: Mapped[int] = mapped_column(default=0)
    files_failed: Mapped[int] = mapped_column(default=0)
    # the hash of the shipped reference data this run synchronised; a later run with the
    # same hash skips synchronising (states and the catalogue are already in the database)
    reference_fingerprint: Mapped[str | None] = mapped_column(String(64))

    failures: Mapped[list[LoadFailure]] = relationship(back_populates="run", cascade="all, delete-orphan")


class LoadFailure(Base):
    """A file a run could not read or parse, with a one-line reason."""

    __tablename__ = "load_failures"

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("load_runs.id", ondelete="CASCADE"), index=True)
    path: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)

    run: Mapped[LoadRun] = relationship(back_populates="failures")


# --- reference data: states and organisations --------------------------------

class State(Base):
    """A state of ISO 3166-1, identified by its alpha-3 code."""

    __tablename__ = "states"

    iso3: Mapped[str] = mapped_column(String(3), primary_key=True)
    iso2: Mapped[str] = mapped_column(String(2), unique=True)
    numeric: Mapped[str] = mapped_column(String(3))
    name: Mapped[str] = mapped_column(String(200))
    official_name: Mapped[str | None] = mapped_column(String(200))

    names: Mapped[list[StateName]] = relationship(back_populates="state", cascade="all, delete-orphan")


class StateName(Base):
    """Every name a state goes by in the news: short, official, adjective, demonym, ..."""

    __tablename__ = "state_names"
    __table_args__ = (
        UniqueConstraint("iso3", "name", "kind"),
        one_of("kind", vocab.STATE_NAME_KINDS),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3", ondelete="CASCADE"), index=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str] = mapped_column(String(16))

    state: Mapped[State] = relationship(back_populates="names")


class Organisation(Base):
    """One organisation, one row, however articles spell it."""

    __tablename__ = "organisations"
    __table_args__ = (one_of("kind", vocab.ORGANISATION_KINDS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(300))
    acronym: Mapped[str | None] = mapped_column(String(32))
    kind: Mapped[str] = mapped_column(String(24), default="other")
    catalogue_key: Mapped[str | None] = mapped_column(String(64), unique=True)
    parent_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    country_iso3: Mapped[str | None] = mapped_column(ForeignKey("states.iso3"))

    names: Mapped[list[OrganisationName]] = relationship(
        back_populates="organisation", cascade="all, delete-orphan"
    )


class OrganisationName(Base):
    """A name an organisation is known by; ``name_key`` is its spelling-insensitive form."""

    __tablename__ = "organisation_names"
    __table_args__ = (one_of("kind", vocab.ORGANISATION_NAME_KINDS),)

    id: Mapped[int] = mapped_column(primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), index=True
    )
    name: Mapped[str] = mapped_column(String(300))
    # one key, one organisation: a new spelling becomes an alias, never a second row
    name_key: Mapped[str] = mapped_column(String(300), unique=True)
    kind: Mapped[str] = mapped_column(String(16))

    organisation: Mapped[Organisation] = relationship(back_populates="names")


class Person(Base):
    """An author or a speaker; one person is one row across articles."""

    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    full_name: Mapped[str] = mapped_column(String(200))
    name_key: Mapped[str] = mapped_column(String(200), unique=True)
    role: Mapped[str | None] = mapped_column(String(300))
    affiliation_id: Mapped[int | None] = mapped_column(ForeignKey("organisations.id", ondelete="SET NULL"))
    nationality_iso3: Mapped[str | None] = mapped_column(ForeignKey("states.iso3"))


# --- articles and where they came from ---------------------------------------

class Article(Base):
    """A parsed article. ``text`` is the normalised full text every offset points into."""

    __tablename__ = "articles"
    __table_args__ = (
        one_of("published_precision", vocab.DATE_PRECISIONS),
        # a reload asks each stored file's article which pipeline wrote it: answered from
        # this index instead of the article's long row (the lookups take half the time)
        Index(None, "id", "pipeline_version"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(255), index=True)
    # the same content under two names is stored once
    text_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    text: Mapped[str] = mapped_column(Text)
    encoding: Mapped[str] = mapped_column(String(32))
    title: Mapped[str | None] = mapped_column(Text)
    standfirst: Mapped[str | None] = mapped_column(Text)
    dateline: Mapped[str | None] = mapped_column(String(200))
    publisher_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    published_on: Mapped[str | None] = mapped_column(String(10), index=True)
    published_precision: Mapped[str | None] = mapped_column(String(8))
    body: Mapped[str] = mapped_column(Text)
    # where the article was published online, when its source says (a page's canonical URL, a record's url)
    url: Mapped[str | None] = mapped_column(Text)
    pipeline_version: Mapped[str] = mapped_column(String(32))
    load_run_id: Mapped[int | None] = mapped_column(ForeignKey("load_runs.id", ondelete="SET NULL"))

    parts: Mapped[list[ArticlePart]] = relationship(
        back_populates="article", cascade="all, delete-orphan", passive_deletes=True,
        order_by="ArticlePart.ordinal",
    )


class SourceFile(Base):
    """A file an article was loaded from; several files may share one article."""

    __tablename__ = "source_files"
    __table_args__ = (one_of("outcome", vocab.SOURCE_FILE_OUTCOMES),)

    id: Mapped[int] = mapped_column(primary_key=True)
    path: Mapped[str] = mapped_column(Text, unique=True)
    file_name: Mapped[str] = mapped_column(String(255))
    raw_sha256: Mapped[str] = mapped_column(String(64))
    size_bytes: Mapped[int] = mapped_column(Integer)
    # the file's modification time when read: same size and time on the next load means
    # unchanged without reading it (as make and rsync decide); NULL for records and stdin
    modified_ns: Mapped[int | None] = mapped_column(BigInteger)
    outcome: Mapped[str] = mapped_column(String(16))
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    load_run_id: Mapped[int | None] = mapped_column(ForeignKey("load_runs.id", ondelete="SET NULL"))


class ArticlePart(Base):
    """How the text divides into title, body paragraphs, captions, notes and furniture."""

    __tablename__ = "article_parts"
    __table_args__ = (
        UniqueConstraint("article_id", "ordinal"),
        one_of("kind", PART_KINDS),
        span_is_ordered(),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"))
    ordinal: Mapped[int] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(16))
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)

    article: Mapped[Article] = relationship(back_populates="parts")


class ArticleAuthor(Base):
    __tablename__ = "article_authors"

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    person_id: Mapped[int] = mapped_column(
        ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True
    )
    position: Mapped[int] = mapped_column(Integer)


# --- facts extracted from articles --------------------------------------------

class ArticleState(Base):
    """An article mentions a state ``mentions`` times, at ``spans`` ([[start, end], ...])."""

    __tablename__ = "article_states"
    __table_args__ = (
        CheckConstraint(column("mentions") >= 1, name="mentions_positive"),
        # covers the counts per state: reports read the index alone, not the rows with their spans
        Index(None, "iso3", "mentions"),
    )

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), primary_key=True)
    mentions: Mapped[int] = mapped_column(Integer)
    spans: Mapped[list[Any]] = mapped_column(JSON)


class ArticleOrganisation(Base):
    """An article mentions an organisation ``mentions`` times, at ``spans``."""

    __tablename__ = "article_organisations"
    __table_args__ = (
        CheckConstraint(column("mentions") >= 1, name="mentions_positive"),
        # covers the counts per organisation and the articles it shares with states
        Index(None, "organisation_id", "article_id", "mentions"),
    )

    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True)
    organisation_id: Mapped[int] = mapped_column(
        ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True
    )
    mentions: Mapped[int] = mapped_column(Integer)
    spans: Mapped[list[Any]] = mapped_column(JSON)


class Quote(Base):
    """Words attributed to a speaker (a person or an organisation), direct or indirect."""

    __tablename__ = "quotes"
    __table_args__ = (
        one_of("kind", vocab.QUOTE_KINDS),
        CheckConstraint(
            or_(column("speaker_person_id").is_(None), column("speaker_organisation_id").is_(None)),
            name="one_speaker",
        ),
        span_is_ordered(),
        # a speaker is a (person, organisation) pair: counted and looked up by both at once
        Index(None, "speaker_person_id", "speaker_organisation_id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    kind: Mapped[str] = mapped_column(String(8))
    text: Mapped[str] = mapped_column(Text)
    cue: Mapped[str | None] = mapped_column(String(64))
    speaker_person_id: Mapped[int | None] = mapped_column(
        ForeignKey("people.id", ondelete="SET NULL")
    )
    speaker_organisation_id: Mapped[int | None] = mapped_column(
        ForeignKey("organisations.id", ondelete="SET NULL"), index=True
    )
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)


class MembershipEvent(Base):
    """A change (or planned change, or reported status) of a state's standing in an organisation."""

    __tablename__ = "membership_events"
    __table_args__ = (
        one_of("event_type", vocab.EVENT_TYPES),
        one_of("certainty", vocab.CERTAINTIES),
        one_of("date_precision", vocab.DATE_PRECISIONS),
        CheckConstraint(
            or_(
                and_(column("event_date").is_(None), column("date_precision").is_(None)),
                and_(column("event_date").is_not(None), column("date_precision").is_not(None)),
            ),
            name="date_has_precision",
        ),
        span_is_ordered(),
        # an event's identity, in the order the timeline groups by: one pass, no sort
        Index(None, "organisation_id", "iso3", "event_type", "certainty", "event_date"),
        # the same in date order: the timeline's earliest events without grouping them all
        Index(None, "event_date", "organisation_id", "iso3", "event_type", "certainty"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    article_id: Mapped[int] = mapped_column(ForeignKey("articles.id", ondelete="CASCADE"), index=True)
    iso3: Mapped[str] = mapped_column(ForeignKey("states.iso3"), index=True)
    organisation_id: Mapped[int] = mapped_column(ForeignKey("organisations.id", ondelete="CASCADE"))
    event_type: Mapped[str] = mapped_column(String(24))
    certainty: Mapped[str] = mapped_column(String(16))
    event_date: Mapped[str | None] = mapped_column(String(10))
    date_precision: Mapped[str | None] = mapped_column(String(8))
    evidence: Mapped[str] = mapped_column(Text)
    start_offset: Mapped[int] = mapped_column(Integer)
    end_offset: Mapped[int] = mapped_column(Integer)
