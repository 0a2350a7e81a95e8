"""Plain dataclasses passed between the pure stages (read → parse → extract).

Nothing here knows about the database: the loader maps these to rows. Every
offset is a character offset into ``ParsedArticle.text``, the normalised text
that is stored with the article, so each fact can be traced back to its words.
"""
from __future__ import annotations

from dataclasses import dataclass, field

# The kinds of part an article's text is divided into. Body, captions and notes
# are extracted from; metadata and furniture are kept for provenance only.
PART_KINDS = (
    "title", "standfirst", "kicker", "byline", "date", "dateline", "metadata",
    "body", "caption", "note", "furniture",
)
EXTRACTABLE_PARTS = frozenset({"title", "standfirst", "body", "caption", "note"})


class ParseError(ValueError):
    """The text has no article in it (for example no running text at all)."""


@dataclass(frozen=True)
class Part:
    """A classified stretch of the article text, ``text[start:end]``."""

    kind: str
    start: int
    end: int


@dataclass(frozen=True)
class DateValue:
    """A date as precise as the text gives it: ``2024-07-04``, ``2024-07`` or ``2024``."""

    iso: str

    @property
    def precision(self) -> str:
        return {10: "day", 7: "month", 4: "year"}[len(self.iso)]


@dataclass(frozen=True)
class DocumentMetadata:
    """What a structured source says about its article (HTML meta tags, a scraper's record).

    It wins over what the text parser infers; a field left None is inferred as usual.
    """

    title: str | None = None
    published_on: DateValue | None = None
    authors: tuple[str, ...] = ()
    publisher: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class RawDocument:
    """One document as a reader found it: decoded, normalised text plus provenance.

    ``source_path`` identifies it among everything ever loaded (a path, or
    ``path#N`` for the N-th record of a file); ``raw_sha256`` hashes its bytes.
    """

    source_path: str
    file_name: str
    raw_sha256: str
    encoding: str
    text: str
    metadata: DocumentMetadata | None = None
    warning: str | None = None  # loaded, but not quite as written (bytes that were not UTF-8, replaced)


@dataclass
class ParsedArticle:
    """An article split into metadata and parts; the input of every extractor."""

    text: str
    parts: list[Part]
    title: str | None = None
    standfirst: str | None = None
    publisher: str | None = None
    published_on: DateValue | None = None
    authors: list[str] = field(default_factory=list)
    dateline: str | None = None
    url: str | None = None

    def texts_of(self, kind: str) -> list[str]:
        return [self.text[p.start:p.end] for p in self.parts if p.kind == kind]

    @property
    def body(self) -> str:
        """The editorial text: body paragraphs joined by blank lines."""
        return "\n\n".join(self.texts_of("body"))

    @property
    def captions(self) -> list[str]:
        return self.texts_of("caption")

    def extractable_parts(self) -> list[Part]:
        return [p for p in self.parts if p.kind in EXTRACTABLE_PARTS]


# --- what extractors produce (filled by the entity, quote and event extractors) ---

@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass
class StateMention:
    iso3: str
    spans: list[Span]


@dataclass
class OrganisationRef:
    """An organisation as the text names it; the loader resolves it to one row."""

    name: str
    acronym: str | None = None
    kind: str | None = None
    aliases: list[str] = field(default_factory=list)
    parent: str | None = None
    country_iso3: str | None = None


@dataclass
class OrganisationMention:
    organisation: OrganisationRef
    spans: list[Span]


@dataclass
class PersonRef:
    full_name: str
    role: str | None = None
    affiliation: OrganisationRef | None = None
    nationality_iso3: str | None = None


@dataclass
class QuoteFact:
    kind: str  # "direct" | "indirect"
    text: str
    span: Span
    cue: str | None = None
    speaker_person: PersonRef | None = None
    speaker_organisation: OrganisationRef | None = None


@dataclass
class MembershipEventFact:
    iso3: str
    organisation: OrganisationRef
    event_type: str
    certainty: str
    date: DateValue | None
    evidence: str
    span: Span


@dataclass
class Extraction:
    """Everything the extractors found in one article."""

    states: list[StateMention] = field(default_factory=list)
    organisations: list[OrganisationMention] = field(default_factory=list)
    people: list[PersonRef] = field(default_factory=list)
    quotes: list[QuoteFact] = field(default_factory=list)
    events: list[MembershipEventFact] = field(default_factory=list)

    def merge(self, other: Extraction) -> Extraction:
        return Extraction(
            states=self.states + other.states,
            organisations=self.organisations + other.organisations,
            people=self.people + other.people,
            quotes=self.quotes + other.quotes,
            events=self.events + other.events,
        )
