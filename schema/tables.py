"""The one definition of the schema: SQLAlchemy Core tables in one ``MetaData``.

Alembic migrations are generated from ``metadata`` and ``alembic check`` must find
no drift. Fact tables (mentions, quotes, events) carry their article and character
offsets into ``articles.text`` for provenance. Each table's ``info["about"]`` says
what a row is (``sco-etl schema`` prints it).

Core, not ORM classes: nothing in the tool needs objects for rows (every read and
write is a statement over tables), and the ORM's import and class set-up was a
third of every command's start-up (``--help``, a reload of unchanged files).
"""
from __future__ import annotations

from sco_etl import vocab
from sco_etl.model import PART_KINDS
from sqlalchemy import (
    JSON,
    BigInteger,
    CheckConstraint,
    Column,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
    and_,
    column,
    or_,
)

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}

metadata = MetaData(naming_convention=NAMING_CONVENTION)


def one_of(name: str, values: tuple[str, ...]) -> CheckConstraint:
    """A CHECK that column ``name`` holds one of ``values`` (NULL allowed)."""
    return CheckConstraint(column(name).in_(values), name=name)


def span() -> tuple[Column, Column, CheckConstraint]:
    """Where in ``articles.text`` a row was found: its start and end offsets, in order."""
    start, end = column("start_offset"), column("end_offset")
    return (required("start_offset", Integer), required("end_offset", Integer),
            CheckConstraint(and_(start >= 0, end >= start), name="span_ordered"))


def mentions_positive() -> CheckConstraint:
    return CheckConstraint(column("mentions") >= 1, name="mentions_positive")


def identity() -> Column:
    return Column("id", Integer, primary_key=True)


def required(name: str, *args, **kwargs) -> Column:
    return Column(name, *args, nullable=False, **kwargs)


def optional(name: str, *args, **kwargs) -> Column:
    return Column(name, *args, nullable=True, **kwargs)


def about(text: str) -> dict[str, str]:
    return {"about": " ".join(text.split())}


# --- loading bookkeeping ---------------------------------------------------

load_runs = Table(
    "load_runs", metadata,
    identity(),
    required("started_at", DateTime(timezone=True)),
    optional("finished_at", DateTime(timezone=True)),
    required("status", String(16), default="running"),
    required("tool_version", String(32)),
    required("inputs", JSON),
    required("files_seen", Integer, default=0),
    required("files_loaded", Integer, default=0),
    required("files_unchanged", Integer, default=0),
    required("files_duplicate", Integer, default=0),
    required("files_failed", Integer, default=0),
    # the hash of the shipped reference data this run synchronised; a later run with the
    # same hash skips synchronising (states and the catalogue are already in the database)
    optional("reference_fingerprint", String(64)),
    # the process that runs the load: a later load on the same host marks the run
    # "interrupted" when it is still "running" and its process is gone (killed)
    optional("host", String(255)),
    optional("pid", Integer),
    one_of("status", vocab.LOAD_RUN_STATUSES),
    info=about("One invocation of ``sco-etl load``: when, what, and how it went."),
)

load_failures = Table(
    "load_failures", metadata,
    identity(),
    required("run_id", ForeignKey("load_runs.id", ondelete="CASCADE"), index=True),
    required("path", Text),
    required("reason", Text),
    info=about("A file a run could not read or parse, with a one-line reason."),
)

# --- reference data: states and organisations --------------------------------

states = Table(
    "states", metadata,
    Column("iso3", String(3), primary_key=True),
    required("iso2", String(2), unique=True),
    required("numeric", String(3)),
    required("name", String(200)),
    optional("official_name", String(200)),
    info=about("A state of ISO 3166-1, identified by its alpha-3 code."),
)

state_names = Table(
    "state_names", metadata,
    identity(),
    required("iso3", ForeignKey("states.iso3", ondelete="CASCADE"), index=True),
    required("name", String(200)),
    required("kind", String(16)),
    UniqueConstraint("iso3", "name", "kind"),
    one_of("kind", vocab.STATE_NAME_KINDS),
    info=about("Every name a state goes by in the news: short, official, adjective, demonym, ..."),
)

organisations = Table(
    "organisations", metadata,
    identity(),
    required("name", String(300)),
    optional("acronym", String(32)),
    required("kind", String(24), default="other"),
    optional("catalogue_key", String(64), unique=True),
    optional("parent_id", ForeignKey("organisations.id", ondelete="SET NULL")),
    optional("country_iso3", ForeignKey("states.iso3")),
    one_of("kind", vocab.ORGANISATION_KINDS),
    info=about("One organisation, one row, however articles spell it."),
)

organisation_names = Table(
    "organisation_names", metadata,
    identity(),
    required("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), index=True),
    required("name", String(300)),
    # one key, one organisation: a new spelling becomes an alias, never a second row
    required("name_key", String(300), unique=True),
    required("kind", String(16)),
    one_of("kind", vocab.ORGANISATION_NAME_KINDS),
    info=about("A name an organisation is known by; ``name_key`` is its spelling-insensitive form."),
)

people = Table(
    "people", metadata,
    identity(),
    required("full_name", String(200)),
    required("name_key", String(200), unique=True),
    optional("role", String(300)),
    optional("affiliation_id", ForeignKey("organisations.id", ondelete="SET NULL")),
    optional("nationality_iso3", ForeignKey("states.iso3")),
    info=about("An author or a speaker; one person is one row across articles."),
)

# --- articles and where they came from ---------------------------------------

articles = Table(
    "articles", metadata,
    identity(),
    required("file_name", String(255), index=True),
    # the same content under two names is stored once
    required("text_sha256", String(64), unique=True),
    required("text", Text),
    required("encoding", String(32)),
    optional("title", Text),
    optional("standfirst", Text),
    optional("dateline", String(200)),
    optional("publisher_id", ForeignKey("organisations.id", ondelete="SET NULL"), index=True),
    optional("published_on", String(10), index=True),
    optional("published_precision", String(8)),
    required("body", Text),
    # where the article was published online, when its source says (a page's canonical URL, a record's url)
    optional("url", Text),
    # the story the article is a copy of: the id of the story's first-loaded copy, its own id
    # when it is the first (set by the writer in the article's own transaction; see
    # load/stories.py). No foreign key: the writer moves a story to its next copy before
    # deleting the first, and a self-reference would make SQLite check every delete
    optional("story_id", Integer, index=True),
    required("pipeline_version", String(32)),
    optional("load_run_id", ForeignKey("load_runs.id", ondelete="SET NULL")),
    one_of("published_precision", vocab.DATE_PRECISIONS),
    # a reload asks each stored file's article which pipeline wrote it: answered from
    # this index instead of the article's long row (the lookups take half the time)
    Index(None, "id", "pipeline_version"),
    info=about("A parsed article. ``text`` is the normalised full text every offset points into."),
)

source_files = Table(
    "source_files", metadata,
    identity(),
    required("path", Text, unique=True),
    required("file_name", String(255)),
    required("raw_sha256", String(64)),
    required("size_bytes", Integer),
    # the file's modification time when read: same size and time on the next load means
    # unchanged without reading it (as make and rsync decide); NULL for records and stdin
    optional("modified_ns", BigInteger),
    required("outcome", String(16)),
    required("article_id", ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    optional("load_run_id", ForeignKey("load_runs.id", ondelete="SET NULL")),
    one_of("outcome", vocab.SOURCE_FILE_OUTCOMES),
    info=about("A file an article was loaded from; several files may share one article."),
)

article_parts = Table(
    "article_parts", metadata,
    identity(),
    required("article_id", ForeignKey("articles.id", ondelete="CASCADE")),
    required("ordinal", Integer),
    required("kind", String(16)),
    *span(),
    UniqueConstraint("article_id", "ordinal"),
    one_of("kind", PART_KINDS),
    info=about("How the text divides into title, body paragraphs, captions, notes and furniture."),
)

article_authors = Table(
    "article_authors", metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("person_id", ForeignKey("people.id", ondelete="CASCADE"), primary_key=True, index=True),
    required("position", Integer),
    info=about("An article's authors, in byline order."),
)

# --- facts extracted from articles --------------------------------------------

article_states = Table(
    "article_states", metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("iso3", ForeignKey("states.iso3"), primary_key=True),
    required("mentions", Integer),
    required("spans", JSON),
    mentions_positive(),
    # covers the counts per state: reports read the index alone, not the rows with their spans
    Index(None, "iso3", "mentions"),
    info=about("An article mentions a state ``mentions`` times, at ``spans`` ([[start, end], ...])."),
)

article_organisations = Table(
    "article_organisations", metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    Column("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE"), primary_key=True),
    required("mentions", Integer),
    required("spans", JSON),
    mentions_positive(),
    # covers the counts per organisation and the articles it shares with states
    Index(None, "organisation_id", "article_id", "mentions"),
    info=about("An article mentions an organisation ``mentions`` times, at ``spans``."),
)

quotes = Table(
    "quotes", metadata,
    identity(),
    required("article_id", ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    required("kind", String(8)),
    required("text", Text),
    optional("cue", String(64)),
    optional("speaker_person_id", ForeignKey("people.id", ondelete="SET NULL")),
    optional("speaker_organisation_id", ForeignKey("organisations.id", ondelete="SET NULL"), index=True),
    *span(),
    one_of("kind", vocab.QUOTE_KINDS),
    CheckConstraint(or_(column("speaker_person_id").is_(None), column("speaker_organisation_id").is_(None)),
                    name="one_speaker"),
    # a speaker is a (person, organisation) pair: counted and looked up by both at once
    Index(None, "speaker_person_id", "speaker_organisation_id"),
    info=about("Words attributed to a speaker (a person or an organisation), direct or indirect."),
)

membership_events = Table(
    "membership_events", metadata,
    identity(),
    required("article_id", ForeignKey("articles.id", ondelete="CASCADE"), index=True),
    required("iso3", ForeignKey("states.iso3"), index=True),
    required("organisation_id", ForeignKey("organisations.id", ondelete="CASCADE")),
    required("event_type", String(24)),
    required("certainty", String(16)),
    optional("event_date", String(10)),
    optional("date_precision", String(8)),
    required("evidence", Text),
    *span(),
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
    # an event's identity, in the order the timeline groups by: one pass, no sort
    Index(None, "organisation_id", "iso3", "event_type", "certainty", "event_date"),
    # the same in date order: the timeline's earliest events without grouping them all
    Index(None, "event_date", "organisation_id", "iso3", "event_type", "certainty"),
    info=about("A change (or planned change, or reported status) of a state's standing in an organisation."),
)

story_signatures = Table(
    "story_signatures", metadata,
    Column("article_id", ForeignKey("articles.id", ondelete="CASCADE"), primary_key=True),
    required("signature", LargeBinary),
    info=about("An article body's MinHash signature (the low 16 bits of ``fingerprint.SLOTS`` minima), to compare it "
               "with the copies its band keys find."),
)

story_bands = Table(
    "story_bands", metadata,
    Column("band_key", BigInteger, primary_key=True),
    # no foreign key and no index by article: either would cost as much again as the table
    # (a delete of an article would look its rows up by article_id); an article's rows are
    # deleted by the keys its signature gives (load/stories.py, clear_fingerprint)
    Column("article_id", Integer, primary_key=True),
    # SQLite keeps the rows in the primary key's b-tree itself, with no rowid table beside it
    sqlite_with_rowid=False,
    info=about("The locality-sensitive index of article bodies: one key per band of a signature, stored "
               "for at most ``load.stories.HOLDERS`` articles; two bodies that share a key are compared "
               "as candidate copies of one story."),
)

# the tables whose rows derive from one article, cleared when it is replaced (children first);
# story_bands too, cleared by its keys (it has no index by article)
DERIVED_FROM_ARTICLE = (article_parts, article_authors, article_states, article_organisations, quotes,
                        membership_events, story_signatures)
