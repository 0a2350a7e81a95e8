"""Quotes with their speakers: direct (in quotation marks) and indirect (a reporting cue).

Everything works on a copy of the text whose curly marks are made straight; the
copy has the same length, so every offset found in it is an offset in the article.
Double marks and single ones ('...', British style) both quote; a stretch nested in
another is part of it. A quoted stretch counts as a quote only when a speech cue is
attached to it: marks around a term or a slogan ("Shanghai Spirit") have none. Unbalanced marks in a
paragraph drop that paragraph's direct quotes, never the article.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from sco_etl.extract.entities import LEADING
from sco_etl.extract.matcher import NameMatcher
from sco_etl.extract.sentences import split_sentences
from sco_etl.extract.spans import SpanIndex
from sco_etl.extract.speakers import (
    NAME_OF_AFFILIATION,
    ArticleContext,
    Speaker,
    looks_like_apposition,
    resolve_speaker,
    stands_for_someone_named_before,
    state_of,
    title_words,
)
from sco_etl.model import Extraction, ParsedArticle, QuoteFact, Span
from sco_etl.parse.people import NAME_PARTICLES, PERSON_NAME, looks_like_person, organisation_words, place_names
from sco_etl.patterns import guarded
from sco_etl.rules import data_lines

STRAIGHT = {"“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "‘": "'", "’": "'", "‚": "'", "‛": "'"}


def straightened(text: str) -> str:
    """``text`` with its curly marks made straight (the same length: offsets carry over).
    One ``replace`` per mark the text holds, not ``translate``: on a text that is not ASCII
    that looks every character up in a table (0.1 ms per KB), and most texts hold no mark."""
    if "''" in text:  # two apostrophes for a double mark (some papers print ''At this time,'' he said)
        text = text.replace("''", '" ')
    if text.isascii():
        return text
    for mark, straight in STRAIGHT.items():
        if mark in text:
            text = text.replace(mark, straight)
    return text


OPENING_MARKS = frozenset("“„‟«")
CLOSING_MARKS = frozenset("”»")
QUOTED_PARTS = frozenset({"body", "standfirst"})
# where a person is named for a pronoun or surname later to stand for, though nobody is quoted
# there: a photo's caption ("Prime Minister Shehbaz Sharif welcomes delegates ..." above "...,"
# Sharif said)
NAMING_PARTS = QUOTED_PARTS | {"caption"}
_TRIMMED = ",;: \n\t"


@dataclass(frozen=True)
class SpeechVerb:
    form: str
    needs_that: bool
    lemma: str = ""
    after_document: bool = False  # reports only after a document's name ("the statement read")


@lru_cache(maxsize=1)
def speech_verbs() -> dict[str, SpeechVerb]:
    """Every form of every reporting verb in the data file, keyed by form."""
    verbs = {}
    for line in data_lines("speech_verbs.txt"):
        entry, _, flag = line.partition("|")
        lemma, _, forms = entry.partition(":")
        for form in (form.strip() for form in forms.split(",")):
            verbs[form] = SpeechVerb(form, flag.strip() == "that-only", lemma.strip(), flag.strip() == "document-only")
    return verbs


# the documents a "document-only" verb reports for, as the word right before it
_DOCUMENT_WORDS = ("statement", "communique", "communiqué", "declaration", "release", "letter", "text", "message")


@lru_cache(maxsize=1)
def _verb_alternation() -> str:
    # (a "document-only" form is looked back from, "read(?<=statement read)": the verb still leads, so
    # the pattern's guard on first letters holds)
    return "|".join("|".join(f"{re.escape(form)}(?<={word} {re.escape(form)})" for word in _DOCUMENT_WORDS)
                    if speech_verbs()[form].after_document else re.escape(form)
                    for form in sorted(speech_verbs(), key=len, reverse=True))


@lru_cache(maxsize=1)
def _verb_pattern() -> re.Pattern[str]:
    return guarded(re.compile(rf"\b(?:{_verb_alternation()})\b"))


_SELDOM_SPEECH = frozenset({"continue", "believe", "maintain", "recall", "report", "observe", "write", "read"})


@lru_cache(maxsize=1)
def _next_attribution() -> re.Pattern[str]:
    """Where an indirect quote stops early: ", and his counterpart X pledged ..."."""
    # a commitment is not reported speech of its own, but it does start another subject's clause
    # (a speech verb another subject's clause opens with: not one that mostly means something
    # else, "while the dispute continued")
    verbs = "|".join(re.escape(form) for form in sorted(speech_verbs(), key=len, reverse=True)
                     if speech_verbs()[form].lemma not in _SELDOM_SPEECH) \
        + r"|pledged|vowed|promised|urged|called\s+(?:for|on|upon)|appealed|proposed" \
        r"|thanked|praised|congratulated|pointed\s+to"
    # (and where the report's own source follows: "..., according to media reports")
    # (and where the speaker goes on with a clause of their own: ", and he has raised ...", or the
    # writer describes the words: ", a reference to ...", ", an apparent swipe at ...")
    return re.compile(rf"{_continuation().pattern}|{ELIDED_VERB.pattern}|,[\"”’]?\s+according\s+to\s+|,\s+and\s+(?:he|she)\s+"
                      r"|,\s+(?:an?\s+)?(?:apparent\s+|(?:thinly|barely)[- ]veiled\s+|veiled\s+|clear\s+|oblique\s+)?"
                      r"(?:reference|allusion|swipe|jab|dig|nod|signal|message)\s+(?:to|at|widely|that|seen|read)\b"
                      r"|,\s+without\s+(?:saying|giving|specifying|elaborating|naming)\b"
                      # (a second report in a participle, without "that": ", saying the members needed ...")
                      rf"|{_PARTICIPLE_REPORT.pattern}"
                      # (the source of the whole report closing the sentence: "..., palace aide Mele Vake told reporters")
                      r"|,\s+(?:[\w'’.-]+\s+){0,3}?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){1,3}\s+(?:told\s+(?:reporters|journalists|the\s+press"
                      r"|(?-i:[A-Z])[\w.-]*)|said)\s*[.!]?\s*$"
                      # (another person's act the writer tells: ", and the premier flew to Suva two days later")
                      r"|,\s+and\s+(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3}\s+(?:came|went|arrived|flew|travell?ed|attended|visited)\b"
                      # (a consequence or the writer's gloss: ", prompting Trump to ...", ", a line he has
                      # repeated", ", describing it as ...", ", though he did not say when")
                      r"|,\s+(?:prompting|sparking|drawing|triggering|provoking|fuelling|fueling)\b"
                      r"|(?:,|(?<=,[\"”’']))\s+an?\s+(?:line|phrase|remark|slogan|refrain|formula|mantra|comment)\s+(?:he|she|they|that|which|first|often|used|repeated"
                      r"|widely|seen|read|interpreted|taken|understood)\b"
                      r"|,\s+(?:describing|calling|terming|dubbing)\s+(?:it|them|the\s+\w+)\s"
                      # (the writer's word on what was said: ", a proposal that was welcomed by ...")
                      r"|,\s+an?\s+(?:proposal|move|decision|step|plan|offer|idea|announcement|claim|position|stance"
                      r"|pledge|commitment|view)\s+(?:that|which)\b"
                      r"|,\s+(?:though|although|but)\s+(?:he|she|they|it)\s+(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|has\s+not|hasn['’]t)\s+(?:say|said|specify|elaborate)\b"
                      # (the speaker's next act, no subject of its own: ", but did not answer a question on ...")
                      r"|,\s+but\s+(?:did\s+not|didn['’]t|would\s+not|wouldn['’]t|declined\s+to|refused\s+to|gave\s+no|stopped\s+short)\b"
                      # ("... had raised the issue and had called for ...": the reported clause's own second verb)
                      rf"|,?\s+(?:and|while|whereas|but)\s+(?!(?:had|has|have|would|will|was|were|is|are)\s)"
                      # (another subject's relative clause perhaps between: ", while X, who will host
                      # the next summit, said ...")
                      # (not a verb after a modal, in the reported clause: "..., and that membership would add little")
                      rf"(?=(?:\S+\s+){{0,6}}?(?:[^,\s]+,\s+(?:who|which)\s+[^,;]{{1,80}},\s+)?"
                      # (nor a noun after a possessive: "..., while guarding its fishing rights")
                      rf"(?<!would\s)(?<!will\s)(?<!could\s)(?<!should\s)(?<!might\s)(?<!to\s)"
                      rf"(?<!its\s)(?<!his\s)(?<!her\s)(?<!their\s)(?<!our\s)(?:{verbs})\b)")


# "..., adding that ...", "..., but cautioned that ...": the same speaker goes on with a report of its own
@lru_cache(maxsize=1)
def _continuation() -> re.Pattern[str]:
    """", adding that ...", ", but cautioned that ...": any reporting verb of the data file."""
    # (after a comma or "and": "said, in remarks that were ..." is no second report)
    # ("..., telling the ceremony that ...": whom it was told, between the verb and "that")
    # ("..., and he noted that ...": the speaker named again by a pronoun)
    return re.compile(rf"(?:,\"?\s+(?:(?:and|but|while)\s+(?:(?:he|she|they)\s+(?:also\s+)?)?)?|\s+(?:and|but)\s+)(?:{_verb_alternation()}"
                      r"|telling\s+(?:the\s+|a\s+)?(?:[\w'-]+\s+){0,2}?[\w'-]+)\s+that\s+")
# ", and thanked member states ...": a verb of its own for the same subject ends the reported clause
# (or after the marks that close the quoted words: '... "has not given up" and accused ...', '"..., " but made clear')
# (or the speaker's next act after the marks that close the quoted words: '... "has not given up"
# and accused ...', '"..., " but made clear'; not a second thing said: '... "a bridge" and hoped ...')
ELIDED_VERB = re.compile(r"(?:(?<=[\"”’])|,[\"”’])\s+(?:and|but)\s+(?:(?-i:[a-z]+ly)\s+)?(?:accused|pushed|called|urged|critici[sz]ed"
                         r"|condemned|thanked|praised|rejected|dismissed|demanded|threatened|made\s+clear|took|gave"
                         r"|invited|welcomed|signed|met|visited)\b"
                         r"|,\s+and\s+(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]+ed)\b(?!\s+that\b)")


# ", saying the members needed space", ", adding the talks would resume": a report in a participle, no "that"
_PARTICIPLE_REPORT = re.compile(r",\s+(?P<verb>saying|adding|arguing|noting|stressing|insisting)\s+(?!that\b)")


def _continuations(text: str, plain: str, sentence: Span, after: int) -> list[Candidate]:
    """The reports that go on after a quote in its sentence, each taking the speaker before it."""
    found: list[Candidate] = []
    if (said := _AND_SAID.search(plain, after, sentence.end)) is not None and _BARE_CLAUSE.match(plain, said.end(), sentence.end) \
            and not _NEW_CLAUSE_SUBJECT.search(plain, after, said.start()):
        # "X pointed out that ..., and said the bloc would grow": the same speaker's second report, no "that"
        stop = _next_attribution().search(plain, said.end(), sentence.end)
        span = _trim(text, Span(said.end(), stop.start() if stop else sentence.end))
        # (not one with words in marks: 'and said the region faced "a decade of thirst"' quotes them directly)
        if span.end - span.start > 10 and '"' not in plain[span.start:span.end]:
            found.append(Candidate("indirect", span, text[span.start:span.end], said["verb"], None, inherits=True))
    if (saying := _PARTICIPLE_REPORT.search(plain, after, sentence.end)) is not None and \
            _BARE_CLAUSE.match(plain, saying.end() - 1, sentence.end) and not _NEW_CLAUSE_SUBJECT.search(plain, after, saying.start()) \
            and not (found and saying.start() < found[-1].span.end):
        # "X said no guests would come, saying the leaders wanted time alone": a second report
        stop = _next_attribution().search(plain, saying.end(), sentence.end)
        span = _trim(text, Span(saying.end(), stop.start() if stop else sentence.end))
        if span.end - span.start > 10:
            found.append(Candidate("indirect", span, text[span.start:span.end], saying["verb"], None, inherits=True))
    if " that " not in plain[after:sentence.end]:  # every other continuation reports a clause with "that"
        return found
    for match in _continuation().finditer(plain, after, sentence.end):
        if found and match.start() < found[-1].span.end:
            continue
        if _NEW_CLAUSE_SUBJECT.search(plain, after, match.start()):
            break  # "X disclosed that ..., and the Foreign Office confirmed it, saying that ...": not X's
        stop = _next_attribution().search(plain, match.end(), sentence.end)  # (another report, or its source)
        span = _trim(text, Span(match.end(), stop.start() if stop else sentence.end))
        if span.end - span.start > 10:
            cue = match.group().strip(" ,")
            # ("..., and he noted that ...": the pronoun names the speaker, whoever spoke before)
            pronoun = _PRONOUN_IN_CUE.search(plain, match.start(), match.end())
            speaker = Span(pronoun.start(), pronoun.end()) if pronoun else None
            found.append(Candidate("indirect", span, text[span.start:span.end], cue, speaker, inherits=pronoun is None))
    return found


_PRONOUN_IN_CUE = re.compile(r"\b(?:he|she|they)\b")


_AND_SAID = re.compile(r",?\s+and\s+(?:also\s+)?(?P<verb>said|added|noted|stressed|argued|insisted)(?=\s+(?!that\b))")
# a clause with a subject of its own after a report: "..., and the Foreign Office confirmed ..."
_NEW_CLAUSE_SUBJECT = re.compile(r",?\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,5}"
                              r"\s+(?:(?:also|later|then|had|has|have)\s+)?(?-i:[a-z]+(?:ed|ok|id))\b")


# --- direct quotes -------------------------------------------------------------------

@dataclass
class Segment:
    """Words inside one pair of marks: ``inner`` excludes the marks themselves."""

    open_at: int
    close_at: int  # offset of the closing mark

    @property
    def inner(self) -> Span:
        return Span(self.open_at + 1, self.close_at)


def _is_opening(text: str, plain: str, at: int) -> bool | None:
    """True for an opening mark, False for a closing one, None when it cannot tell."""
    if text[at] in OPENING_MARKS:
        return True
    if text[at] in CLOSING_MARKS:
        return False
    before = plain[at - 1] if at > 0 else " "
    after = plain[at + 1] if at + 1 < len(plain) else " "
    if (before.isspace() or before in "([{—–-/") and not after.isspace():
        return True
    if not before.isspace() and (after.isspace() or after in ".,;:!?)—–-"):
        return False
    return None


def quoted_segments(text: str, plain: str, span: Span) -> tuple[list[Segment], int | None]:
    """Balanced quoted stretches of one paragraph, and where an unclosed one opens (or None)."""
    segments, open_at = [], None
    at = plain.find('"', span.start, span.end)
    while at >= 0:
        opening = _is_opening(text, plain, at)
        if opening is None:
            opening = open_at is None
        if opening:
            open_at = at  # a second opener drops the first: unbalanced, fail softly
        elif open_at is not None:
            segments.append(Segment(open_at, at))
            open_at = None
        at = plain.find('"', at + 1, span.end)
    return segments, open_at


# Single marks ('...' or ‘...’, British style) are also the apostrophe ("Iran's", "don't",
# "the members' decision"): a single mark opens a quote only after a space or a bracket and
# before a letter, and closes one only beside clause punctuation ('...,' or '...', or '...').
_SINGLE_MARK = re.compile("'")
_SINGLE_OPENS_AFTER = "([{—–-\""
_SINGLE_CLOSES_AFTER = ",.!?…"  # the character before a closing mark
_SINGLE_CLOSES_BEFORE = ",.;:!?)—–"  # the character after it


def single_quoted_segments(text: str, plain: str, span: Span) -> list[Segment]:
    """Stretches of one paragraph inside single marks; an opener left unclosed is dropped."""
    segments, open_at = [], None
    for mark in _SINGLE_MARK.finditer(plain, span.start, span.end):
        at = mark.start()
        before = plain[at - 1] if at > span.start else " "
        after = plain[at + 1] if at + 1 < span.end else " "
        if text[at] != "’" and (before.isspace() or before in _SINGLE_OPENS_AFTER) and after.isalpha():
            open_at = at  # a second opener drops the first, as with double marks
        elif open_at is not None and not before.isspace() and (
                before in _SINGLE_CLOSES_AFTER or after in _SINGLE_CLOSES_BEFORE or at + 1 == span.end):
            segments.append(Segment(open_at, at))
            open_at = None
    return segments


def _outermost(segments: list[Segment]) -> list[Segment]:
    """The segments not nested in another ('He called it "historic",' she said), in text order."""
    kept: list[Segment] = []
    for segment in sorted(segments, key=lambda segment: (segment.open_at, -segment.close_at)):
        if not kept or segment.close_at > kept[-1].close_at:
            kept.append(segment)
    return kept


@dataclass
class Candidate:
    kind: str
    span: Span
    text: str
    cue: str | None
    speaker_span: Span | None
    apposition: Span | None = None
    inherits: bool = False  # takes the speaker of the quote before it


def _trim(text: str, span: Span) -> Span:
    """``span`` without surrounding whitespace, clause punctuation and a final full stop."""
    start, end = span.start, span.end
    if text.startswith("'", start) and text.startswith("''", start - 1):
        start += 1  # the second of two apostrophes printed for one double mark
    while start < end and text[start] in _TRIMMED:
        start += 1
    while end > start and text[end - 1] in _TRIMMED + ".":
        end -= 1
    if end > start and text[end - 1] in _DIGITS_AND_BRACKET and (
            marker := _FOOTNOTE_MARKER.search(text, max(start, end - 5), end)) is not None:
        return _trim(text, Span(start, marker.start()))  # "... claim.2": the note's number
    return Span(start, end)


_DIGITS_AND_BRACKET = frozenset("0123456789]")
_FOOTNOTE_MARKER = re.compile(r"(?<=[.!?\"”])\[?\d{1,2}\]?$")


_LEAD = re.compile(r"\s*,?\s*")
_COMMA = re.compile(",")
# (not the full stop of a title: "said Dr. Emre Kaya, a researcher at ...")
_NAME_END = re.compile(r",|(?<!\bDr)(?<!\bMr)(?<!\bMs)(?<!\bMrs)(?<!\bProf)(?<!\bGen)(?<!\bSen)(?<!\bAmb)\.|;"
                       r"|\s+(?:in|at|on|during|after|before|when|while|as)\s|$")
_APPOSITION_END = re.compile(r"[.;]?\s*$|,")
_REOPENING = re.compile(r"\s*\n\s*[\"“„«]")  # a quote's reopening mark in a new paragraph
# the commas of a title that lists its fields: '," Minister of Fisheries, Forests and Trade X said'
_LIST_IN_TITLE = re.compile(r"\bof\s+(?:(?-i:[A-Z])[\w'’-]*\s*,\s+)+(?-i:[A-Z])[\w'’-]*\s+(?:and|&)\s+(?-i:[A-Z])")
_AFTER_SPEAKER_LIMIT = 12  # words between the closing mark and the verb ("Kazakh President ... said")


def _cue_after(plain: str, close_at: int, sentence_end: int) -> tuple[str, Span, Span | None] | None:
    """``," said X`` / ``," X told Y.`` right after a closing mark: (cue, speaker, apposition)."""
    tail_start = close_at + 1
    tail = plain[tail_start:sentence_end]
    lead = _LEAD.match(tail)
    body_start = tail_start + lead.end()
    rest = plain[body_start:sentence_end]
    if not rest or rest[0] in "\"'":  # another quote opens
        return None
    verb = _verb_pattern().search(rest)
    if not verb:
        return None
    lead = rest[:verb.start()]
    if lead.strip().casefold() in _CONJUNCTIONS or lead.split() and lead.split()[-1].casefold() in _CONJUNCTIONS:
        # '... "in due course," but added that ...', '... an "open door" in Apia but said nothing
        # else': the sentence's subject goes on, no attribution
        return None
    if "," in lead and not _LIST_IN_TITLE.search(lead):  # '," Dr Nilufar Saidova, a senior fellow at ..., told me.'
        # (or '," the outgoing chair, Fiame Naomi Mata'afa, said': the name a description introduces)
        speaker, apposition = _subject(plain, body_start, lead)
        chunks = lead.strip().rstrip(",").split(", ")
        introduced = len(chunks) == 2 and _DESCRIPTION.match(chunks[0]) is not None and \
            PERSON_NAME.fullmatch(chunks[1].strip()) is not None
        # ('," Dr Jane Doe, who teaches at the university, said': the name a relative clause follows)
        described = introduced or len(chunks) >= 2 and _RELATIVE.match(chunks[-1]) is not None
        return (verb.group(), speaker, apposition) if apposition is not None or speaker is not None and described else None
    if len(lead.split()) > _AFTER_SPEAKER_LIMIT:
        return None
    if verb.start() == 0 and verb.group().endswith("ing"):
        # '... its "persistent advocacy", saying the AU had ...': a participle goes on from the
        # sentence's subject; the marks before it wrap a term, and no speaker follows
        return None
    if verb.start() == 0:  # "said Evgenia Makhmutova, an associate professor at ..."
        after = body_start + verb.end()
        clause = plain[after:sentence_end]
        name_end = _NAME_END.search(clause)
        speaker = Span(after, after + name_end.start())
        apposition = None
        if name_end.group().startswith(","):
            appos_start = after + name_end.end()
            appos_end = _APPOSITION_END.search(plain[appos_start:sentence_end])
            candidate = Span(appos_start, appos_start + appos_end.start())
            if looks_like_apposition(plain[candidate.start:candidate.end]):
                apposition = candidate
            elif (named := _NAME_AFTER_DESCRIPTION.match(plain, candidate.start, candidate.end)) and \
                    _DESCRIPTION.fullmatch(plain, (described := _trim(plain, speaker)).start, described.end):
                # '," said a senior diplomat, Somchai Prasert': the name the description introduces
                return verb.group(), Span(named.start("name"), named.end("name")), described
        return verb.group(), _trim(plain, speaker), apposition
    if (quoted := _QUOTED_OTHER_AS.search(f"{lead}{verb.group()} ")) is not None:
        # '," Reuters quoted Ushakov as saying': the one quoted speaks, not who quotes him
        return verb.group(), _trim(plain, Span(body_start + quoted.start("speaker"), body_start + quoted.end("speaker"))), None
    speaker = Span(body_start, body_start + verb.start())
    return verb.group(), _trim(plain, speaker), None


SENTENCE_INSIDE = re.compile(r"[.!?]\s+[A-Z\"“]")


def _cue_before(plain: str, open_at: int, sentence_start: int, whole: bool = False,
                that_closes: bool = True) -> tuple[str, Span] | None:
    """``X said: "`` / ``X told Xinhua, "`` / ``X said "`` right before an opening mark."""
    head = plain[sentence_start:open_at]
    if (put := _AS_PUT_BEFORE.search(head)) is not None:
        # 'The new line, as he put it, "will connect ...': the words of the one "as" names
        return "as put it", Span(sentence_start + put.start("speaker"), sentence_start + put.end("speaker"))
    if (characterised := _CHARACTERISED.search(head)) is not None:
        # 'X welcomed the return, describing it as "...': the words of the clause's subject
        clause = head[:characterised.start()]
        if (reported := _verb_pattern().search(clause)) is not None:
            # ('..., European Council President X said in Brussels, calling the decision "...': X)
            speaker, _ = _subject(plain, sentence_start, clause[:reported.start()])
            return (characterised["verb"], speaker) if speaker is not None else None
        first = _NAME_OPENS_CLAUSE.match(clause, _opening_end(clause))
        return (characterised["verb"], _trim(plain, Span(sentence_start + first.start(), sentence_start + first.end()))) \
            if first is not None else None
    # the object is whom it was told ("told Xinhua:"); "noted that the tier "...": marks inside
    # a reported clause, which the indirect quote takes whole
    # ("put it more bluntly:": a way of saying, before the words themselves)
    match = re.search(rf"\b(?P<verb>{_verb_alternation()}|put\s+it(?=(?:\s+[a-z]+){{0,3}}\s*:\s*$))\b"
                      r"(?P<object>(?:\s+(?!that\b)[\w'-]+(?:\.(?-i:[a-z]{2,4})\b)?){0,5}?)(?P<that>\s+that)?\s*[:,]?\s*$", head)
    if not match:
        return None
    if match.group("that") and not (whole or that_closes):
        return None
    if match.group("verb").endswith("ing"):
        # 'X hailed the return, saying in a statement: "..."': the clause's subject speaks
        return _participle_cue(plain, match, sentence_start, head)
        # (else '..., adding that "...": the speaker of the report before goes on, ``_continuations``)
    if match.group("object").strip() and match.group("verb") not in _TELLING and not whole and \
            not match.group("that") and not head.rstrip().endswith((":", ",")):
        # 'said the admission completed "the family"': the first words of a reported clause, which
        # the indirect quote takes whole with its marks; only "told Xinhua:" has an object here
        return None
    before = head[:match.start()]
    if not before.strip():
        return None
    if before.rstrip().endswith(","):  # "X, who follows the bloc for ..., said:": the name before the apposition
        speaker, _ = _subject(plain, sentence_start, before)
        return (match.group("verb"), speaker) if speaker is not None else None
    chunk_start = before.rfind(", ") + 2 if ", " in before else 0
    if (subordinator := _SUBORDINATOR.match(before, chunk_start)) is not None:
        chunk_start = subordinator.end()  # "X was blunter when he told me:": the subordinate clause's subject
    speaker = Span(sentence_start + chunk_start, sentence_start + match.start())
    return match.group("verb"), _trim(plain, speaker)


_AS_PUT_BEFORE = re.compile(r",\s+as\s+(?P<speaker>he|she|they|(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})"
                            r"\s+(?:put\s+it|said|noted|stressed|explained|remarked|described\s+it)\s*,\s*$")
_CHARACTERISED = re.compile(r",\s+(?P<verb>describing|calling|terming|dubbing)\s+(?:it|this|that|them|the\s+[\w-]+(?:\s+[\w-]+)?)"
                            r"\s+(?:as\s+)?$")


def _participle_cue(plain: str, match: re.Match[str], sentence_start: int, head: str) -> tuple[str, Span] | None:
    """``X hailed it, saying: "`` — a colon after "saying" opens the words of the clause's subject."""
    if not head.rstrip().endswith(":") or match.group("verb") not in ("saying", "adding"):
        return None
    clause = head[:match.start()].rstrip().rstrip(",")
    first = _NAME_OPENS_CLAUSE.match(clause, _opening_end(clause))
    if first is None:
        return None
    return match.group("verb"), _trim(plain, Span(sentence_start + first.start(), sentence_start + first.end()))


_CONJUNCTIONS = frozenset({"and", "but", "while", "though", "although", "and then", "but also"})
_TELLING = frozenset({"told", "tells", "tell"})  # verbs whose object is who was told ("told Xinhua:")


class _Sentences:
    """An article's sentences in text order, found by offset with ``bisect``."""

    def __init__(self, spans: list[Span]) -> None:
        self.spans = spans
        self.starts = [span.start for span in spans]
        self.ends = [span.end for span in spans]

    def containing(self, offset: int) -> Span:
        index = bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.spans[index].end:
            return self.spans[index]
        return self.spans[-1]

    def end_after(self, offset: int) -> int:
        """The end of the sentence the text after ``offset`` belongs to (a quote may end mid-sentence)."""
        index = bisect_right(self.ends, offset + 1)
        return self.spans[min(index, len(self.spans) - 1)].end


def direct_quotes(text: str, plain: str, paragraphs: list[Span]) -> list[Candidate]:
    sentences = _Sentences([sentence for paragraph in paragraphs
                            for sentence in (split_sentences(plain, paragraph.start, paragraph.end) or [paragraph])])
    found: list[Candidate] = []
    carried: int | None = None  # where a quote still open at the end of the paragraph before opened
    carried_from: int | None = None  # where the paragraph it opened in starts
    previous_attributed = False
    previous_paragraph: Span | None = None
    for paragraph in paragraphs:
        introduced_before, previous_paragraph = previous_paragraph, paragraph
        segments, unclosed = quoted_segments(text, plain, paragraph)
        opened_in = paragraph
        if carried is not None and carried_from is not None:
            # ('"Q1," X told the paper. "Q2 ... ¶ "Q3."': a quote run over paragraphs is read in the
            # one it opened in, where its attribution is)
            opened_in = Span(carried_from, paragraph.end)
            if segments and segments[0].open_at == paragraph.start:  # reopened here and closed
                segments[0] = Segment(carried, segments[0].close_at)
            elif not segments and unclosed == paragraph.start:  # reopened, runs on further
                unclosed = carried
        carried_from = (opened_in.start if carried is not None and unclosed == carried else paragraph.start) \
            if unclosed is not None else None
        carried = unclosed
        segments = _outermost(segments + single_quoted_segments(text, plain, paragraph))
        attributed_here = False
        for index, segment in enumerate(segments):
            candidate = _attribute(text, plain, segment, sentences)
            if candidate is None and index == 0 and introduced_before is not None and segment.open_at == paragraph.start:
                candidate = _introduced_by_paragraph_before(text, plain, segment, introduced_before, sentences)
            if candidate is None and index == 0 and len(segments) == 1 and previous_attributed and (
                    segment.open_at == paragraph.start and plain[segment.close_at + 1:paragraph.end].strip() == ""):
                inner = _trim(text, segment.inner)
                if found and found[-1].kind == "direct":
                    last = found[-1]
                    last.text = last.text + " " + _quoted_text(text, inner)
                    last.span = Span(last.span.start, inner.end)
                    attributed_here = True
                    continue
                candidate = Candidate("direct", inner, _quoted_text(text, inner), None, None, inherits=True)
            if candidate is None or found and _splits_a_sentence(plain, found[-1], segment, paragraph, sentences):
                # "Q1," X said. "Q2." — the second half joins the first
                second = _trim(text, segment.inner)
                if second.end > second.start and found and found[-1].speaker_span and \
                        _follows_attribution(plain, found[-1], segment, opened_in, sentences):
                    last = found[-1]
                    last.text = last.text + " " + _quoted_text(text, second)
                    last.span = Span(last.span.start, second.end)
                    attributed_here = True
                continue
            found.append(candidate)
            attributed_here = True
        previous_attributed = attributed_here
    return found


def _introduced_by_paragraph_before(text: str, plain: str, segment: Segment, before: Span,
                                    sentences: _Sentences) -> Candidate | None:
    """'Addressing the leaders, he said: ¶ "Twenty years ago ..."': a paragraph that opens with
    the words, after one that closes on the speaker, the verb and a colon."""
    head_end = len(plain[:before.end].rstrip())
    if head_end <= before.start or plain[head_end - 1] != ":":
        return None
    cue = _cue_before(plain, head_end, sentences.containing(head_end - 1).start)
    inner = _trim(text, segment.inner)
    if cue is None or inner.end <= inner.start:
        return None
    return Candidate("direct", inner, _quoted_text(text, inner), cue[0], cue[1])


_INDEFINITE = re.compile(r"(?:an?|one|some|several)\s", re.IGNORECASE)  # someone not named before


def _quoted_text(text: str, span: Span) -> str:
    """The words of a quote; one running over paragraphs loses the reopening marks between them."""
    return _REOPENING.sub(" ", text[span.start:span.end])


def _splits_a_sentence(plain: str, last: Candidate, segment: Segment, paragraph: Span,
                       sentences: _Sentences) -> bool:
    """'"There is goodwill in the room," she said, "but goodwill builds no railways."': one
    sentence, its attribution between commas, the second half opening in lower case."""
    between = plain[last.span.end:segment.open_at]
    opening = plain[segment.open_at + 1:segment.open_at + 2]
    return between.lstrip(" \"'").startswith(",") and between.rstrip().endswith(",") and opening.islower() and \
        _follows_attribution(plain, last, segment, paragraph, sentences)


ATTRIBUTION_WORDS = 24
# a quote split by its attribution breaks at a comma or a stop: '"...," he said, "..."'
_PUNCTUATED_BREAK = re.compile(r"[\s\"”’']*[,.;:?!–—(]")
_BARE_BREAK_WORDS = 3  # '"We will not join" he said, "unless ..."': an attribution unmarked before it, a few words


def _follows_attribution(plain: str, last: Candidate, segment: Segment, paragraph: Span,
                         sentences: _Sentences) -> bool:
    """Is ``segment`` the second half of a quote split by its attribution in the same paragraph?"""
    if not (paragraph.start <= last.span.start < paragraph.end) or segment.open_at < last.span.end:
        return False
    own = sentences.containing(segment.open_at)
    if own.start > last.span.end and plain[own.start:segment.open_at].strip(" \"“'‘"):
        return False  # words of a sentence of its own lead to it: 'He added that X wanted "..."'

    between = plain[last.span.end:segment.open_at]
    if not _PUNCTUATED_BREAK.match(between) and len(between.split()) > _BARE_BREAK_WORDS:
        return False  # 'had "noted with care" the ruling and stressed "a fair hearing"': two phrases, no split
    if _continuation().search(between):
        return False  # '"...," he said, adding that it had been "a presidency ..."': marks inside a report of its own
    # (an attribution with the speaker's post and institution runs to about two dozen words)
    return len(between.split()) <= ATTRIBUTION_WORDS and _verb_pattern().search(between) is not None and (
        plain[segment.close_at + 1:paragraph.end].strip(" .") == "" or between.rstrip().endswith((".", ",")))


# a name in marks, a few words in title case and nothing else: 'the think tank "Pacific Prism"'
_NAME_IN_MARKS = re.compile(r"(?:[A-Z][\w'’&.-]*\s+){0,3}[A-Z][\w'’&-]*")
_QUOTED_NAME = re.compile(r'"(?:[A-Z][\w\'’&.-]*\s+){0,3}[A-Z][\w\'’&-]*"')


def _attribute(text: str, plain: str, segment: Segment, sentences: _Sentences) -> Candidate | None:
    inner = _trim(text, segment.inner)
    if inner.end <= inner.start or _NAME_IN_MARKS.fullmatch(plain, inner.start, inner.end):
        return None
    closing_sentence = sentences.containing(segment.close_at)
    sentence_end = (closing_sentence.end if segment.close_at + 1 >= closing_sentence.end
                    else sentences.end_after(segment.close_at))
    after = _cue_after(plain, segment.close_at, sentence_end)
    if after:
        cue, speaker, apposition = after
        return Candidate("direct", inner, _quoted_text(text, inner), cue, speaker, apposition)
    opening_sentence = sentences.containing(segment.open_at)
    # (marks that run past their sentence quote whole sentences, whatever words stand before them)
    whole = segment.close_at > opening_sentence.end or SENTENCE_INSIDE.search(plain, segment.inner.start, segment.inner.end) is not None
    # ('said that "..."' quotes directly only when the marks close the sentence: 'said that "a few" can ...'
    # is a report with marks inside)
    closes = not plain[segment.close_at + 1:closing_sentence.end].strip(" .,;!?\"'”’")
    before = _cue_before(plain, segment.open_at, opening_sentence.start, whole=whole, that_closes=closes)
    if before:
        cue, speaker = before
        return Candidate("direct", inner, _quoted_text(text, inner), cue, speaker)
    label = _speaker_label(plain, segment, opening_sentence.start, sentence_end)
    if label:
        return Candidate("direct", inner, _quoted_text(text, inner), None, *label)
    return None


# a speaker's label before the words, as a video script or a transcript prints them:
# '3. SOUNDBITE (Russian) Sergei Lavrov, Russian Foreign Minister: "The SCO ..."'
# (a number, a tag in capitals with a language, then a name and perhaps an apposition)
_SPEAKER_LABEL = re.compile(
    r"(?:\d{1,3}[.)]\s+)?(?:[A-Z]{2,}(?:[ /-][A-Z]{2,})*(?:\s*\([A-Za-z ,/-]{1,30}\))?\s*:?\s+)?"
    r"(?P<name>[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){1,5})(?:,\s+(?P<apposition>[^:\n]{2,120}?))?\s*:\s*")
_LABEL_APPOSITION_LIMIT = 12  # words


def _speaker_label(plain: str, segment: Segment, sentence_start: int, sentence_end: int) -> tuple[Span, Span | None] | None:
    """``Name, role: "..."`` with the quotation running to the end of its sentence: a label,
    not a clause, says who speaks (speaker, apposition)."""
    if plain[segment.close_at + 1:sentence_end].strip(" .") or ":" not in plain[sentence_start:segment.open_at]:
        return None
    label = _SPEAKER_LABEL.fullmatch(plain, sentence_start, segment.open_at)
    if label is None:
        return None
    apposition = Span(label.start("apposition"), label.end("apposition")) if label.group("apposition") else None
    if apposition is not None and len(label.group("apposition").split()) > _LABEL_APPOSITION_LIMIT:
        return None
    return Span(label.start("name"), label.end("name")), apposition


# --- indirect quotes -----------------------------------------------------------------

# (or a decision, which speaks for no one: "..., according to a decision the council took")
_UNNAMED_SOURCE = re.compile(r"(?:(?:local|media|news|press|several|some|other)\s+)*(?:reports?|sources?|media)\b"
                             r"|(?:an?|the)\s+(?:[\w-]+\s+)?(?:decisions?|resolutions?|decrees?)\b")
_ACCORDING = guarded(re.compile(r"\baccording to\s+", re.IGNORECASE))
# ("As the institute noted in a recent paper, ...": where it said so after the verb)
# (the speaker perhaps with an apposition: "As Ana Lima, a fellow at the institute, put it, ...")
# (or inside the sentence after a clause of the writer's: "..., and, as X said earlier this month, ...")
# (the speaker's titles perhaps in two parts: "as Vice-Chairman of the Government, Minister of Trade X said")
_AS_PUT = re.compile(r"(?:^As|(?:,\s+(?:and|but),?|;)\s+as)\s+(?P<speaker>[^,]{2,140}?(?:,\s+(?-i:[A-Z])[^,]{2,100}?(?=\s+(?:has\s+|had\s+)?"
                     r"(?:said|noted|stressed|explained|remarked|put\s+it|pointed\s+out)\b))?)"
                     r"(?:,\s+(?P<apposition>(?:an?|the|one)\s[^,]{2,100}),)?"
                     r"\s+(?:has\s+|had\s+)?(?P<verb>put it|[a-z]+(?: out)?)"
                     # (where or when: "in an interview", "in Kazan", "on Monday", "earlier this month")
                     r"(?:\s+(?:in|on|at|during)\s+(?:(?:a|an|the|its|his|her|their)\s+[^,]{2,40}"
                     r"|(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)"
                     r"|\s+(?:earlier|later|last)\s+(?:this|that|in\s+the)?\s*(?:week|month|year|day)"
                     r"|\s+(?:last|this)\s+(?:week|month|year|(?-i:[A-Z][a-z]+)))?,\s+")
_QUOTED_AS = re.compile(r"\bwas quoted as saying\s+(?:that\s+)?")
_QUOTED_OTHER_AS = re.compile(r"\bquoted\s+(?P<speaker>(?!as\b)[^,;]{2,80}?)\s+as\s+saying\s+(?:that\s+)?")
_IN_WORDS = re.compile(r"^In\s+(?P<speaker>his|her|their|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})(?:['’]s?)?\s+(?:own\s+)?words,\s+")
# where an indirect quote stops early: ", and his counterpart X pledged ..."
# (the object of "told": "reporters", "me", "Xinhua", "a news conference that", "the state broadcaster that",
# a plural of up to three words before where or when: "foreign investors in Tashkent on Monday that")
_SAID_OBJECT = re.compile(r"^(?:\s+(?:(?:a|an|the)\s+(?:[\w'’()-]+\s+){0,8}?[\w'’()-]+(?=\s+that\b|\s+(?:on|in|at|during|after|last|this|earlier|later)\s"
                          r"|,\s+(?:among\s+them|including)\s)"
                          r"|(?:[\w'’-]+\s+){0,2}[\w'’-]+(?=\s+that\b)|me|us|him|her|them"
                          # ("told Russian state news agency RIA Novosti that": the outlet described, then named)
                          r"|(?:[\w'’-]+\s+){0,3}?(?:news\s+agency|agency|newspaper|broadcaster|channel|outlet|website|daily)"
                          r"\s+(?:[A-Z][\w.-]*\s+){0,3}[A-Z][\w.-]*(?=\s+that\b|,)"
                          # ("told his Tongan counterpart Aisake Eke that": the hearer described, then named)
                          r"|(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:counterpart|host|guest|colleague|opposite\s+number|successor|predecessor)"
                          r"\s+(?:[A-Z][\w'’.-]*\s+){0,3}[A-Z][\w'’.-]*(?=\s+that\b)"
                          # ("told fellow leaders", "told Gulf leaders during a visit ...")
                          r"|(?:his|her|their|fellow|[A-Z][\w-]*)\s+(?:[\w-]+\s+)?(?:leaders|counterparts|colleagues|ministers|members|lawmakers"
                          r"|hosts|guests|officials|diplomats|reporters|journalists)\b"
                          r"|(?:the\s+)?(?:reporters|"
                          r"journalists|delegates|lawmakers|legislators|parliament|diplomats|students|supporters|officials"
                          r"|investors|participants|audience|gathering|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}|a\s+[\w\s]{1,30}?)"
                          r"|(?:[a-z][\w'’-]*\s+){0,2}[a-z][\w'’-]*s(?=\s+(?:in|on|at|during|after|before|last|this)\b)))"
                          r"(?=\s+that\b|,|\s)")
# ("said in July, after the meeting in Tianjin, that ...": two such phrases, a comma after each)
_ADVERBIAL = re.compile(r"^(?:,?\s+(?:back\s+in|as\s+early\s+as|as\s+long\s+ago\s+as|in|on|at|during|after|before|ahead\s+of|following|when|while|last|this|on\s+\w+|yesterday|today"
                        r"|(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?:years?|months?|weeks?|days?)\s+ago"
                        r"|(?:earlier|later)\s+(?:this|last|that|in\s+the)|recently|earlier|previously"
                        r"|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b[^,\"]{0,60}?){0,2}"
                        r"(?:\s+(?-i:[a-z]+ly)|\s+more\s+than\s+once|\s+(?:time\s+and\s+)?again|\s+on\s+several\s+occasions)?"
                        r"(?:,\s+(?:however|though|too|in\s+turn|for\s+(?:his|her|their|its)\s+part),)?"
                        # ("told the leaders, among them A and B, that ...": who the hearers were)
                        r"(?:,\s+(?:among\s+them|including)\s+[^,;\"]{3,150}?,)?"
                        # (not a relative clause inside the adverbial: "ahead of the summit that agreed the expansion")
                        r",?\s+that\s+(?!(?-i:[a-z]+ed)\s+(?:the|a|an|its|their)\b)")  # ("has said repeatedly that", "cautioned, however, that")


def indirect_quotes(text: str, plain: str, paragraphs: list[Span], taken: list[Span]) -> list[Candidate]:
    found = []
    taken_index = SpanIndex(taken, lambda span: span)
    for paragraph in paragraphs:
        for sentence in split_sentences(plain, paragraph.start, paragraph.end):
            if (quoted := taken_index.overlapping(sentence.start, sentence.end)):
                # '"...," X said, adding that ...': the speaker's report after the direct quote
                found += _continuations(text, plain, sentence, max(span.end for span in quoted))
                found += _report_before_marks(text, plain, sentence, min(span.start for span in quoted))
                continue
            candidate = _indirect_in(text, plain, sentence)
            if candidate is not None:
                found.append(candidate)
                found += _continuations(text, plain, sentence, candidate.span.end)
                found += _second_subjects_report(text, plain, sentence, candidate)
    return found


_PREFIX_WORDS = 6  # words before a quote's marks that can hold a report of their own


def _report_before_marks(text: str, plain: str, sentence: Span, quoted_at: int) -> list[Candidate]:
    """'X had warned that the split could disrupt trade, and said the bloc risked "collapse"':
    a report told in full before the marks of a partial quote later in the sentence."""
    opening = plain.rfind('"', sentence.start, quoted_at)
    prefix = Span(sentence.start, opening if opening >= 0 else quoted_at)
    if len(plain[prefix.start:prefix.end].split()) < _PREFIX_WORDS:
        return []
    candidate = _indirect_in(text, plain, prefix)
    # (the report must end before the marks: one that runs into them was cut there, not told whole)
    if candidate is None or _trim(plain, Span(candidate.span.end, prefix.end)).start >= prefix.end:
        return []
    # ('In remarks on Tuesday, he said the observers were "...": an attribution after the report
    # found is the one that introduces the marks, and what stands before its subject is a setting;
    # it is a report's own only when the speaker goes on after it: "..., he said, adding that ...")
    trailing = candidate.speaker_span is not None and candidate.speaker_span.start >= candidate.span.end
    if trailing and not _continuation().search(plain, candidate.speaker_span.end, prefix.end):
        return []
    return [candidate]


_ANOTHER_SUBJECT = re.compile(r",?\s+(?:and|while|whereas|but)\s+")


def _second_subjects_report(text: str, plain: str, sentence: Span, first: Candidate) -> list[Candidate]:
    """"X said the bloc would grow, and his deputy Y said it would take years": the clause after
    the first report, with a subject and a reporting verb of its own, is a report of its own."""
    joint = _ANOTHER_SUBJECT.match(plain, first.span.end)
    if joint is None or first.inherits:
        return []
    rest = Span(joint.end(), sentence.end)
    second = _indirect_in(text, plain, rest)
    # (its subject before its verb: a trailing ", X reported" after a list's "and" is the source of
    # the whole sentence, not a second report)
    if second is None or second.speaker_span is None or second.speaker_span.end > second.span.start:
        return []
    return [second]


def _indirect_in(text: str, plain: str, sentence: Span) -> Candidate | None:
    s = plain[sentence.start:sentence.end]
    # most sentences have no speech verb: one search says so for every finder that needs one
    # (a verb in a stretch of the sentence is a verb of the sentence)
    finders = _FINDERS + _VERB_FINDERS if _verb_pattern().search(s) else _FINDERS
    for finder in finders:
        candidate = finder(text, plain, sentence, s)
        if candidate is not None and candidate.span.end - candidate.span.start > 10:
            return candidate
    return None


def _quote(text: str, start: int, end: int, cue: str, speaker: Span, apposition: Span | None = None) -> Candidate:
    stop = _next_attribution().search(text, start, end)
    # (never inside the reported words' own quotation marks: '"a stable, progressive and inclusive ..."')
    # (nor between two names joined as one subject: "the bids from Apia and Suva showed ...")
    while stop is not None and (straightened(text[start:stop.end()]).count('"') % 2 == 1 or _joins_names(text, stop)):
        stop = _next_attribution().search(text, stop.end(), end)
    end = stop.start() if stop else end
    if (comment := _WRITERS_COMMENT.search(text, start, end)) is not None:
        end = comment.start()  # "..., a pointed reference to X": the writer's word on the report, not the report
    if (narrative := _NARRATIVE_AFTER.search(text, start, end)) is not None:
        end = narrative.start()  # "..., and the meeting ended without a statement": the story goes on
    span = _trim(text, Span(start, end))
    return Candidate("indirect", span, text[span.start:span.end], cue, speaker, apposition)


def _joins_names(text: str, stop: re.Match[str]) -> bool:
    """A stop at "and" with no comma, between a name and a name ("Apia and Suva showed")."""
    return _BARE_AND.fullmatch(stop.group()) is not None \
        and _NAME_BEFORE.search(text, max(0, stop.start() - 30), stop.start()) is not None \
        and _NAME_AFTER.match(text, stop.end()) is not None


_BARE_AND = re.compile(r"\s+and\s+")
_NAME_BEFORE = re.compile(r"(?-i:[A-Z])[\w'’.-]+$")
_NAME_AFTER = re.compile(r"(?-i:[A-Z])[\w'’.-]+\s+(?-i:[a-z])")


_WRITERS_COMMENT = re.compile(r",\s+(?:in\s+)?(?:a|an)\s+(?:[\w'’-]+\s+){0,3}?(?:reference|observation|nod|swipe|jab|dig|allusion"
                              r"|remark|comment|rebuke|hint|thinly\s+veiled)\b(?:\s+(?:to|at|that|which)\b|[,.;]|$)"
                              # ("..., an allegation Suva has never answered": what the writer calls the report)
                              r"|,\s+(?:a|an)\s+(?:[\w'’-]+\s+){0,2}?(?:allegation|claim|charge|accusation|assertion|contention)\b"
                              # (or where and how it was said: "..., speaking at the summit", "..., without naming X")
                              r"|,\s+(?:speaking|writing)\s+(?:at|to|in|on|during|after|before|from)\b|,\s+without\s+(?:naming|mentioning|citing)\b"
                              r"|(?<=[\"”]),\s+while\s+(?-i:[a-z]+ing)\b|,\s+(?:pointing|referring)\s+to\b",
                              re.IGNORECASE)
# the writer's story going on after the report: a new subject and a verb in the past ("..., and the
# summit endorsed the idea", "..., but the administration has made clear ..."), another act of the
# speaker's ("..., while insisting that ..."), a source in brackets ("(Armenpress, June 12)")
_NARRATIVE_AFTER = re.compile(r",\s+(?:and|but)\s+(?:the|nothing|no\s+one|none)\s+"
                              r"(?:(?!(?:is|are|remains?|stays?|will|would|can|could|should|must|may|might|has|have|had)\b)[\w'’-]+\s+){0,4}?"
                              r"(?:(?:also|then|later|quickly|duly)\s+)?(?:(?-i:[a-z]+ed)|took|made|gave|came|went|saw|met|held|won"
                              r"|began|kept|(?:has|have)\s+(?:(?-i:[a-z]+ly)\s+)?(?:(?-i:[a-z]+ed)|made|taken|given))\b"
                              # (the speaker's own next act, not an act of the report's subject: "that the alliance
                              # failed its members, while rushing troops elsewhere" is still the report)
                              r"|,\s+while\s+(?:insisting|saying|adding|noting|stressing|arguing|acknowledging|conceding|admitting"
                              r"|warning|declining|refusing|calling|urging|pledging|promising|welcoming|praising|rejecting|dismissing"
                              r"|expressing|voicing|offering|reiterating|emphasi[sz]ing|underlining|making|giving|leaving)\b"
                              # ("..., though he declined to name them": the writer's word on the speaker)
                              r"|,\s+(?:though|although)\s+(?:he|she|they)\s+(?:(?-i:[a-z]+ed)|would\s+not|did\s+not)\b"
                              r"|\s*\((?-i:[A-Z])[^()]{1,40},\s+(?-i:[A-Z][a-z]+)\.?\s+\d{1,2}\)", re.IGNORECASE)
_APPOSITION_WORDS = 24  # ("chief research fellow at the Kazakhstan Institute for Strategic Studies under ...")
# ("X said that ...", "X said India would ...": a report of its own before "according to")
# the verbs a report plainly opens with ("X said ...", "X told reporters that ...")
_PLAIN_REPORTING = r"said|says|told|added|stressed|noted|warned|insisted|argued"
_REPORT_WITH_THAT = re.compile(rf"\s*(?-i:[A-Z])[^,;]{{0,80}}?\b(?:{_PLAIN_REPORTING})\b[^,;]{{0,60}}?\bthat\s")
_REPORTED_BEFORE = re.compile(rf"\b(?:{_PLAIN_REPORTING})\b(?:[^,]{{0,60}}?\bthat\b"
                              r"|\s+(?=(?:the|a|an|it|they|he|she|we|his|her|its|their)\b|(?-i:[A-Z])))")
# a clause has a verb of its own ("the programme will focus on transport"); an apposition has none
# "..., the session adopted resolutions on ...": a clause of its own, not an apposition (a noun, a
# verb in the past and its object; not "the Tehran-based analyst", "a respected economist")
# ("the two leaders also reviewed progress": a clause, its verb in the past and an object after it; not
# a participle's phrase, which a preposition follows: "a think tank based in Moscow")
_CLAUSE_OPENS = re.compile(r"\s*(?:the|an?)\s+(?:[\w-]+\s+){0,3}?(?-i:[a-z]+ed)\s+(?:the|an?|its|their|his|her"
                           r"|(?!(?:in|at|by|with|on|for|to|from|of|as|under|near|into|over|across|through)\b)(?-i:[a-z]+))\b",
                           re.IGNORECASE)
# (or a verb in the past with no "-ed": "According to X, the union's output grew by 4 percent in 2024, driven by ...")
_FINITE_VERB = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might"
                          r"|grew|rose|fell|became|came|made|took|gave|went|saw|met|held|won|began|kept|stood|led|brought"
                          r"|sought|sold|bought|left|ran|spent|hit|reached|doubled|tripled|topped|exceeded)\b")
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "it"})
# (or a verb in the present: "According to X, the bill requires the cabinet to ...")
# (not a plural noun in a phrase: "the head of trade talks for the forum")
_PRESENT_CLAUSE_OPENS = re.compile(r"\s*(?:the|a|an|its|this|that|these|those)\s+(?:(?!(?:of|for|in|on|at)\b)[\w'’-]+\s+){0,3}?(?-i:[a-z]{3,}s)\s+"
                                   r"(?:the|a|an|its|their|his|her|to|that|on|for|with)\b", re.IGNORECASE)


_SUBORDINATE_NEXT = re.compile(r"\s*(?:when|while|whereas|after|because|although|though|until|even\s+as)\b")


def _according_to(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    match = _ACCORDING.search(s)
    if not match:
        return None
    at = sentence.start + match.end()
    # ("..., and according to the ministry, its review goes on": the clause after it)
    opens_clause = match.start() > 0 and _AND_BEFORE.search(s, 0, match.start()) is not None
    if match.start() == 0 or opens_clause or s[:match.start()].rstrip().endswith(","):
        if match.start() > 0 and not opens_clause:  # "..., according to X."
            if _UNNAMED_SOURCE.match(plain, at):
                return None  # "X said ..., according to media reports": the report names its speaker
            if _SAYING.search(s, 0, match.start()) or _REPORTED_BEFORE.search(s, 0, match.start()):
                # "X thanked them, saying that ..., according to Xinhua", "X said last week that ..., according
                # to a statement": X speaks, the source after "according to" reports it
                return None
            speaker = _trim(plain, Span(at, sentence.end))
            return _quote(text, sentence.start, sentence.start + match.start(), "according to", speaker)
        comma = plain.find(",", at, sentence.end)
        if comma < 0:
            return None
        if _REPORT_WITH_THAT.match(plain, comma + 1, sentence.end):
            return None  # "According to Kabar, the premier told his guests that ...": he speaks, the agency reports it
        speaker = Span(at, comma)
        apposition = None
        second = plain.find(",", comma + 1, sentence.end)
        # ("According to him, the total trade ... exceeded $900 billion, while ...": a clause, not
        # an apposition, opens with "the" too; an apposition is short and follows a name)
        if second > 0 and _DESCRIPTION.match(plain[speaker.start:speaker.end].strip()) and \
                _NAME_AT_END.search(plain[comma + 1:second].strip()) and \
                len(plain[comma + 1:second].split()) <= 5:
            # "According to Tonga's foreign minister, Lena Petrova, ...": the name the description introduces
            return _quote(text, second + 1, sentence.end, "according to", _trim(plain, Span(comma + 1, second)))
        if second > 0 and looks_like_apposition(plain[comma + 1:second]) and \
                len(plain[comma + 1:second].split()) <= _APPOSITION_WORDS and \
                not _FINITE_VERB.search(plain, comma + 1, second) and not _CLAUSE_OPENS.match(plain, comma + 1, second) and \
                not _PRESENT_CLAUSE_OPENS.match(plain, comma + 1, second) and \
                plain[speaker.start:speaker.end].strip().casefold() not in _OBJECT_PRONOUNS and \
                not _SUBORDINATE_NEXT.match(plain, second + 1, sentence.end):
            # (not the report itself, a clause of its own after it: "According to X, the bloc's standing
            # collapsed in 2022, when it refused ...")
            apposition, comma = Span(comma + 1, second), second
        return _quote(text, comma + 1, sentence.end, "according to", _trim(plain, speaker), apposition)
    return None


_AND_BEFORE = re.compile(r"(?:,\s+|;\s+)(?:and|but|while)\s+$")


def _as_x_put_it(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    # (the first "as" whose verb reports: not "..., and as the summit ended, ...")
    found = (match for match in (_AS_PUT.finditer(s) if " as " in s or s.startswith("As") else ())
             if match.group("verb") == "put it" or match.group("verb") in speech_verbs())
    match = next(found, None)
    if match is None:
        return None
    speaker = Span(sentence.start + match.start("speaker"), sentence.start + match.end("speaker"))
    apposition = Span(sentence.start + match.start("apposition"), sentence.start + match.end("apposition")) \
        if match.group("apposition") else None
    return _quote(text, sentence.start + match.end(), sentence.end, "as " + match.group("verb"), speaker, apposition)


def _quoted_as_saying(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    if "quoted" not in s:  # most sentences: one test instead of two searches
        return None
    if (match := _QUOTED_OTHER_AS.search(s)):  # "The agency quoted President X as saying ...": X speaks
        speaker = Span(sentence.start + match.start("speaker"), sentence.start + match.end("speaker"))
        return _quote(text, sentence.start + match.end(), sentence.end, "quoted as saying", speaker)
    match = _QUOTED_AS.search(s)
    if not match:
        return None
    speaker = _trim(plain, Span(sentence.start, sentence.start + match.start()))
    return _quote(text, sentence.start + match.end(), sentence.end, "was quoted as saying", speaker)


# "Membership, she said, would bring results only if ...": the attribution set in the middle
@lru_cache(maxsize=1)
def _parenthetical() -> re.Pattern[str]:
    # (the first part may hold a list: "If trade were held back by A, B and C, he told the meeting, ...";
    # whom it was told and when may stand after the verb: ", he told reporters on Thursday,")
    return re.compile(r"(?P<first>[^\"]{3,160}?),\s+(?P<speaker>he|she|they|(?-i:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}))"
                      rf"\s+(?P<verb>{_verb_alternation()})(?:\s+(?:the\s+)?{_AUDIENCE})?"
                      r"(?:\s+(?:on\s+(?-i:[A-Z])[a-z]+|last\s+(?:week|month|year)|this\s+week|today|yesterday))?"
                      r",\s+(?P<rest>[^\"]{10,})")



# a clause of time: "a day after ...", "hours before ...", "when ..."
_TIME_CLAUSE_OPENS = r"(?:(?:a|an|one|two|three|few|hours?|days?|weeks?|shortly|soon|just|only)\s+){0,3}(?:after|before|when|since|until|once)"
# what follows a middle attribution that is no more of the report: what the speaker did, or when
# ("citing the country's neutrality", "hours after Fiji confirmed ...")
_NOT_MORE_OF_THE_REPORT = re.compile(rf"(?!(?:no|some|any|every)thing\b)(?-i:[a-z]+ing)\b|{_TIME_CLAUSE_OPENS}\b", re.IGNORECASE)


def _parenthetical_attribution(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    match = _parenthetical().fullmatch(s)
    if not match or _NOT_MORE_OF_THE_REPORT.match(match.group("rest")) or _ADVERBIAL.match(" " + match.group("rest")):
        # ("Fiji's trade minister, Ana Lima, said in Suva that ...": the speaker's title and name, then the report)
        # ("..., he said, adding that ...": the attribution closes the first report; a second follows)
        # (", citing the country's neutrality": what the speaker did, not more of the report)
        return None
    speaker = Span(sentence.start + match.start("speaker"), sentence.start + match.end("speaker"))
    span = _trim(text, Span(sentence.start, sentence.end))
    words = f"{match.group('first')} {match.group('rest')}".rstrip(" .")
    return Candidate("indirect", span, words, match.group("verb"), speaker)


def _in_their_words(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    """"In his words, the bloc has ...", "In Lavrov's words, ...": the words are the speaker's."""
    match = _IN_WORDS.match(s)
    if not match:
        return None
    speaker = Span(sentence.start + match.start("speaker"), sentence.start + match.end("speaker"))
    return _quote(text, sentence.start + match.end(), sentence.end, "in the words of", speaker)


# "said the talks were useful": a clause of its own, not an object ("told the broadcaster")
_BARE_CLAUSE = re.compile(r"\s+(?:the|a|an"
                          # (a list of names for its subject: "said Fiji, Samoa and Nauru would join ...")
                          r"|[A-Z][\w'’-]*(?:,\s+[A-Z][\w'’-]*)*,?\s+and\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3}"
                          r"|[A-Z][\w'’-]*|it|they|he|she|we|there|this|these|those"
                          r"|his|her|its|their|our|my|[a-z]+ing"
                          # ("said some countries used terrorism as an instrument")
                          r"|some|many|several|most|all|both|few|other|no"
                          # ("said around 1,500 meetings were planned")
                          r"|(?:(?:around|about|some|nearly|almost|over|more\s+than|at\s+least)\s+)?\d[\d,.]*"
                          # a bare noun and its verb: "said membership would open ...", "said membership opened ...",
                          # "said other countries could ...", "said intra-bloc trade had ..."
                          r"|(?!(?:as|when|while|after|before|since|because|if|though|although|once|until|unless)\b)"
                          # (a noun with a phrase of its own: "said consultations with the member countries were ...")
                          r"(?-i:[a-z]+(?:-[\w]+)?)(?:\s+(?-i:[a-z]+)|\s+(?:in|of|with|for|from|to|among)\s+(?-i:[A-Z][\w-]*)){0,4}?(?=\s+(?:would|will|could|should|must|might|was|were|is|are|had|has|have"
                          r"|(?-i:[a-z]{2,}ed)|gave|gives|brought|brings|made|makes|meant|means|remains|offers|opens)\b))"
                          # (four words, or fewer with an auxiliary after the noun: "said the talks were continuing")
                          r"\b(?:(?:\s+\S+){4,}|(?=(?:\s+\S+)?\s+(?:would|will|could|should|must|might|was|were|is|are|had|has|have)\s+\S))")  # "said Mongolia's policy ...",
# "said hosting the meeting had given ..." (a clause opening with a gerund)


def _subject_verb_that(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    """``X said (that) ...``, ``X, an expert at Y, stressed that ...``, ``X told Y that ...``."""
    for verb in _verb_pattern().finditer(s):
        if verb.group().endswith("ing"):
            continue  # a participle ("..., adding that ...") goes on from a report before it: ``_continuations``
        before = s[:verb.start()]
        # (words quoted before the verb belong to a report of their own, unless a whole quote stands
        # in the first of two coordinated verbs: 'X welcomed Y "as a brother" and said that ...'; a
        # name in marks quotes no one: 'X, an analyst at the think tank "Pacific Prism", said ...')
        if '"' in before:
            before_marks = _QUOTED_NAME.sub(lambda name: " " * len(name.group()), before)
        else:
            before_marks = before
        if not before.strip() or '"' in before_marks and not (before.count('"') % 2 == 0 and before.rstrip().endswith(" and")):
            continue
        rest = s[verb.end():]
        if verb.group().lower() in {"adds", "add", "added"} and rest.startswith((" to ", " up ")):
            continue  # "The chairmanship adds to a crowded agenda": a sum, not a report
        obj = _SAID_OBJECT.match(rest) if verb.group() in {"told", "tells", "tell"} else None
        rest_after_object = rest[obj.end():] if obj else rest
        if not obj and (when := _WHEN_AFTER_VERB.match(rest_after_object)) and \
                not _ADVERBIAL.match(rest_after_object):
            obj = when  # "said on Tuesday Beijing congratulated ...": the clause follows the day
            rest_after_object = rest[obj.end():]
        that = _ADVERBIAL.match(rest_after_object)
        if that:
            quote_start = verb.end() + (obj.end() if obj else 0) + that.end()
        elif not speech_verbs()[verb.group()].needs_that and _BARE_CLAUSE.match(rest_after_object) and (
                '"' not in s or _words_before_marks(rest_after_object) >= _CLAUSE_BEFORE_MARKS) and not (
                verb.group() in _ALSO_TRANSITIVE and not _CLAUSE_VERB.search(" ".join(rest_after_object.split()[:12]))):
            # ("adds a fresh layer to its ambitions": an object, no clause with a verb of its own)
            quote_start = verb.end() + (obj.end() if obj else 0) + 1
        else:  # marks after "said that" quote words of the reported clause; without "that", not surely
            continue
        if (clause := _TIME_CLAUSE_BEFORE.search(before)) is not None and _verb_pattern().search(before, 0, clause.start()):
            continue  # "..., X said on Friday, hours after Fiji confirmed that ...": the time of X's report
        speaker, apposition = _subject(plain, sentence.start, before)
        if speaker is None:
            continue
        return _quote(text, sentence.start + quote_start, sentence.end, verb.group(), speaker, apposition)
    return None


# a clause of time set off after a report: ", a day after Brazil announced", ", hours before X told"
_TIME_CLAUSE_BEFORE = re.compile(rf",\s+{_TIME_CLAUSE_OPENS}\s+[^,;\"]{{1,60}}$", re.IGNORECASE)
# reporting verbs that also take a plain object ("the membership adds a layer", "the bloc added two members")
_ALSO_TRANSITIVE = frozenset({"add", "adds", "added"})
_CLAUSE_VERB = re.compile(r"\b(?:will|would|is|are|was|were|has|have|had|can|could|should|must|may|might|did|does|do"
                          r"|(?-i:[a-z]{2,}(?:ed|es))|went|took|made|gave|came|saw|won|met|held|began|grew|kept|left)\b")
_WHEN_AFTER_VERB = re.compile(r"^\s+(?:on|last|this)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
                              r"|week|month|year)(?=\s+(?:[A-Z]|(?:the|its|it|they|he|she|his|her|their)\s))")
# 'said the tier would give Phnom Penh "a voice ..."': marks after a clause's first words quote
# part of the reported clause; right after the verb they would open a direct quote
_CLAUSE_BEFORE_MARKS = 1


def _words_before_marks(clause: str) -> int:
    return len(clause[:clause.find('"')].split())


def _subject(plain: str, offset: int, before: str) -> tuple[Span | None, Span | None]:
    """The speaker phrase before a verb: the last clause, or the name before an apposition."""
    stripped = before.rstrip()
    if not stripped.endswith(",") and (auxiliary := _BEFORE_THE_VERB.search(stripped)) and \
            stripped[:auxiliary.start()].endswith(","):
        stripped = stripped[:auxiliary.start()]  # "X, who attended the summit, has said that ..."
    if stripped.endswith(",") and (opening := _opening_end(stripped)) and stripped.count(", ") >= 2:
        # "Speaking after the vote, Tonga's President, Lena Petrova, said": past the opening phrase
        offset, stripped = offset + opening, stripped[opening:]
    if stripped.endswith(","):
        chunks = stripped[:-1].split(", ")
        if len(chunks) >= 3 and _RELATIVE.match(chunks[-1]) and looks_like_apposition(chunks[-2]) and \
                _NAME_AT_END.search(chunks[-3]) and _ARTICLE_OPENS.match(chunks[-2]):
            # "Prince X, the Minister of Foreign Affairs, who led the delegation, told": the name before both
            name_start = offset + len(", ".join(chunks[:-3])) + (2 if len(chunks) > 3 else 0)
            return (_trim(plain, Span(name_start, name_start + len(chunks[-3]))),
                    Span(name_start + len(chunks[-3]) + 2, name_start + len(chunks[-3]) + 2 + len(chunks[-2])))
        if len(chunks) >= 2 and (_RELATIVE.match(chunks[-1]) or _INSERT.fullmatch(chunks[-1])) and \
                (_NAME_AT_END.search(chunks[-2]) or _INSERT.fullmatch(chunks[-1]) and (
                    _SURNAME_ALONE.fullmatch(chunks[-2]) or _NAMED_BODY.fullmatch(chunks[-2]))):
            # ("The Ministry of Defence, in a separate statement, said": the body before the insert)
            # "In Suva, Sione Vake, who trucks onions to Fiji, said": the name the relative clause follows
            name_start = offset + len(", ".join(chunks[:-2])) + (2 if len(chunks) > 2 else 0)
            return _trim(plain, Span(name_start, name_start + len(chunks[-2]))), None
        if len(chunks) == 2 and (_DESCRIPTION.match(chunks[0]) and _NAME_AT_END.search(chunks[1]) or
                                 _opens_with_a_role(chunks[0]) and PERSON_NAME.fullmatch(chunks[1].strip())):
            # "The host, Foreign Minister Lena Petrova, said": the name in apposition speaks
            return _trim(plain, Span(offset + len(chunks[0]) + 2, offset + len(stripped) - 1)), None
        if len(chunks) == 3 and (_DESCRIPTION.match(chunks[0]) or _ONE_OF.match(chunks[0])) and \
                _NAME_AT_END.search(chunks[1]) and looks_like_apposition(chunks[2]):
            # "One of its delegates, Omar Haddad, a liaison officer, said": the name, then its apposition
            name_start = offset + len(chunks[0]) + 2
            appos_start = name_start + len(chunks[1]) + 2
            return (_trim(plain, Span(name_start, name_start + len(chunks[1]))),
                    Span(appos_start, offset + len(stripped) - 1))
        if len(chunks) >= 2 and looks_like_apposition(", ".join(chunks[1:])):
            name_end = len(chunks[0])
            appos_start = name_end + 2
            return (_trim(plain, Span(offset, offset + name_end)),
                    Span(offset + appos_start, offset + len(stripped) - 1))
        return None, None
    if (who := _WHO_AT_END.search(stripped)) and (name := _NAME_AT_END.search(stripped, 0, who.start())):
        # "... overshadowed by US President Donald Trump, who wrote on Sunday that": the name before "who"
        if (owner := _APPOSITION_TO_NAME.search(stripped, 0, name.start() + 1)) is not None and \
                (head := _NAME_AT_END.search(stripped, 0, owner.start())) is not None:
            # ("by X, an aide to President Y, who told reporters": the apposition's head, not Y)
            name = head
        return _trim(plain, Span(offset + name.start(), offset + name.end())), None
    stripped = _BEFORE_THE_VERB.sub("", stripped)  # "He also noted", "Turkey has repeatedly said"
    # (the last clause: after a comma, or a colon or semicolon: "His line has been careful: he has said")
    start = max(stripped.rfind(", "), stripped.rfind(": "), stripped.rfind("; ")) + 2 if re.search(r"[,:;] ", stripped) else 0
    if (subordinator := _SUBORDINATOR.match(stripped, start)) is not None:
        start = subordinator.end()  # "..., though Petrova has said", "... when she said that"
    if stripped[start:].strip() in _BARE_CONJUNCTIONS and (opening := _OPENING_SUBJECT.match(stripped, _opening_end(stripped))):
        # "He declined to name them, but said the list ...": the subject the sentence opened with
        return _trim(plain, Span(offset + opening.start("subject"), offset + opening.end("subject"))), None
    if stripped.endswith(" and"):
        # "The Belarusian leader, for his part, thanked them and said that": the one described before the first verb
        for opening in (start, 0):
            if (described := _described_opening(stripped, opening)) is not None:
                return _trim(plain, Span(offset + opening, offset + described)), None
    if stripped.endswith(" and") and (first := _NAME_OPENS_CLAUSE.match(stripped, start)):
        # "Prime Minister Tevita Lolo called for ... and said that": the subject of the first verb
        return _trim(plain, Span(offset + start, offset + first.end())), None
    if stripped.endswith(" and") and (first := _NAME_OPENS_CLAUSE.match(stripped, _opening_end(stripped))):
        # "Addressing the summit, al-Sisi welcomed Y ... and said that", "He called on Z to act in
        # Gaza and Lebanon, and said": the subject the sentence opened with
        return _trim(plain, Span(offset + first.start(), offset + first.end())), None
    words = len(stripped[start:].split())
    if words > _UNTITLED_SUBJECT_WORDS and (link := NAME_OF_AFFILIATION.search(stripped, start)) and \
            _ends_with_a_person(stripped[start:link.start()]):
        # "Professor Ana Lima of the Centre for Pacific Studies at the University of X said": the name, then
        # where the speaker works
        return (_trim(plain, Span(offset + start, offset + link.start())),
                Span(offset + link.start() + 1, offset + len(stripped)))
    if words > _SUBJECT_WORDS or words > _UNTITLED_SUBJECT_WORDS and not _ends_with_a_person(stripped[start:]):
        return None, None
    return _trim(plain, Span(offset + start, offset + len(stripped))), None


_ARTICLE_OPENS = re.compile(r"(?:the|an?|his|her|its|their)\s", re.IGNORECASE)
_HONORIFICS = frozenset({"dr", "dr.", "mr", "mr.", "mrs", "mrs.", "ms", "ms.", "prof", "prof."})


def _opens_with_a_role(phrase: str) -> bool:
    """"The director of multilateral cooperation at the foreign ministry", "Researcher at the
    Centre for Strategic Studies Jakarta", "A spokesman for the Tongan Foreign Ministry": a role
    (``person_titles.txt``) and where it is held."""
    words = re.sub(r"^(?:the|an?)\s+", "", phrase, flags=re.IGNORECASE).casefold()
    # (after a word or two that say which: "A senior lecturer at ...", "The former deputy head of ...")
    tails = [words] + [words.split(None, skipped)[-1] for skipped in (1, 2) if len(words.split()) > skipped + 1
                       and all(word.islower() and word.isalpha() for word in words.split()[:skipped])]
    return len(phrase.split()) <= 14 and any(tail.startswith(title + " ") for tail in tails for title in title_words()
                                             if title not in _HONORIFICS)


def _opening_end(clause: str) -> int:
    """Where a clause's subject starts, past an opening phrase ("Addressing the summit, ")."""
    opening = _OPENING_PHRASE.match(clause)
    return opening.end() if opening else 0


def _ends_with_a_person(phrase: str) -> bool:
    """"... Chairman of the Board of the Commission Bakytzhan Sagintayev": a person's name (its
    last two words) closes the phrase, and not the end of a place's ("... the United Arab Emirates")."""
    name = _NAME_AT_END.search(phrase)
    if name is None:
        return False
    last_two = " ".join(name.group().split()[-2:])
    return looks_like_person(last_two) and not any(place.endswith(last_two.casefold()) for place in place_names())


_RELATIVE = re.compile(r"(?:who|which)\s")
_SUBORDINATOR = re.compile(r"(?:[^,]*?\s)?(?:though|although|while|whereas|because|since|when|where|after|before|once|as|but|yet)\s+"
                           r"(?=(?:he|she|they|it|we|I|(?-i:[A-Z]))\S*\s*$|(?:(?-i:[A-Z])\S*\s+){1,6}$)")
_BARE_CONJUNCTIONS = frozenset({"but", "and", "yet", "but also", "and also"})
# the subject a sentence opens with, before its first verb: a pronoun or a name
_OPENING_SUBJECT = re.compile(r"\s*(?P<subject>(?:He|She|They|It|We)\b|(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,5}[A-Z][\w'’.-]*)"
                              r"(?=\s+(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]+(?:ed|s))\b)")
# ", an aide to [title words]" before a name: the name belongs to the apposition of the one before it
_APPOSITION_TO_NAME = re.compile(r",\s+(?:a|an|the)\s+[^,]{0,60}?\b(?:to|of|for)\s+(?:[\w'’-]+\s+){0,3}\s?$")
_WHO_AT_END = re.compile(r",\s+who(?:\s+(?:also|later|then|had|has))?$")
# words of a speaker phrase with its title ("Chairman of the Board of the Eurasian Economic
# Commission Bakytzhan Sagintayev" is 11)
_SUBJECT_WORDS = 14
_UNTITLED_SUBJECT_WORDS = 10  # without a person's name at its end
# a phrase between a speaker and the verb: "X, opening the meeting, said", "X, for his part, told"
# ("X, on his first trip abroad since 2020, told ...": the speaker's circumstance)
_INSERT = re.compile(r"(?-i:[a-z]+ing)\b[^,]{0,90}|for\s+(?:his|her|their|its)\s+part|in\s+turn|however|meanwhile|too"
                     r"|(?:asked|questioned|pressed|quizzed)\s+(?:about|on|over|whether|if)\b[^,]{0,90}"  # ("X, asked about it, said")
                     r"|(?:on|during|in)\s+(?:his|her|their)\s+(?:first|last|latest|maiden|second|third|own)\s+[^,]{2,100}"
                     r"|in\s+(?:a|an|its|his|her|their)\s+(?:[a-z]+\s+)?(?:statement|communiqu[eé]|interview|letter|post|speech|address"
                     r"|message|note|remarks|comments|briefing|article|op-ed|report)\b[^,]{0,80}")
# a name (with its title) opening a clause, a verb in lower case after it
# "The Belarusian leader thanked ...": a definite description opening the clause, before its verb
_DESCRIPTION_OPENS = re.compile(r"\s*(?P<phrase>(?:The|the)\s+(?:[\w'’-]+\s+){0,2}?[a-z][\w'’-]*)"
                                r"(?=\s+(?-i:[a-z]+ed)\b|,\s+(?:for\s+(?:his|her|their|its)\s+part|in\s+turn|however),)")


def _described_opening(clause: str, start: int) -> int | None:
    """Where "the <title>" opening ``clause`` at ``start`` ends, when its last words are a role title."""
    match = _DESCRIPTION_OPENS.match(clause, start)
    if match is None:
        return None
    return match.end("phrase") if stands_for_someone_named_before(match["phrase"]) else None


_NAME_OPENS_CLAUSE = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’.-]*\s+(?:of\s+)?){0,6}(?:al-|el-)?[A-Z][\w'’.-]*(?=\s+(?-i:[a-z])|,)")
# adverbs and auxiliaries between a speaker and the verb (lower case: "Italy said" keeps Italy)
_BEFORE_THE_VERB = re.compile(r"(?:\s+(?:also|later|earlier|further|again|then|once|now|too|often|always|already|still|long|since|has|have|had|would|will"
                              r"|(?-i:[a-z]+ly)"
                              # ("X on Thursday said", "X in his speech said": when and where, between the name and the verb)
                              r"|(?:on|last|this|earlier)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|week|month)"
                              r"|in\s+(?:his|her|their|a|an|its)\s+(?:[a-z]+\s+)?(?:speech|statement|address|remarks|interview"
                              r"|letter|message|post)))+$")
# "The host", "His spokesman", "The ministry's spokeswoman", "outgoing forum chair": who a name
# in apposition is (ending in a common noun, in lower case: "The Kremlin, ..." is no description)
_DESCRIPTION = re.compile(r"(?:(?:the|an?|another|one|his|her|its|their|[A-Z][\w-]*['’]s)\s+|(?-i:[a-z])[\w-]*\s+)"
                          r"(?:[\w'’-]+\s+){0,4}(?-i:[a-z])[\w-]*$"
                          # ("Tonga's President": a state's title, capitalised)
                          # ("Fiji's Minister of Mines and Energy")
                          r"|(?-i:[A-Z])[\w-]*['’]s\s+(?:[\w'’-]+\s+){0,5}[\w-]+$", re.IGNORECASE)
_NAME_AT_END = re.compile(rf"(?:^|\s){PERSON_NAME.pattern}$")
_SURNAME_ALONE = re.compile(r"[A-Z][\w'’-]+")  # "Lula, speaking after him, said ..."
_NAMED_BODY = re.compile(r"(?:[Tt]he\s+)?[A-Z][\w'’.-]*(?:\s+(?:of|for|and|on|the|[A-Z][\w'’.-]*)){1,8}")  # "The Ministry of Defence"
_ONE_OF = re.compile(r"(?:One|one)\s+of\s+(?:the|its|his|her|their|[A-Z][\w-]*['’]s)\s+(?:[\w'’-]+\s+){0,3}[a-z][\w-]*$")
_INVERTED_SPEAKER_LIMIT = 6  # words in "said Kazakh President Kassym-Jomart Tokayev"
# words in "..., the Ministry of Energy and Water Resources of Tajikistan said" (an indirect
# quote keeps only a speaker that resolves to a person or an organisation)
_TRAILING_SPEAKER_LIMIT = 12
# "..., X said on Wednesday following talks with ...", "..., X said, adding that ...": what
# follows the verb of a trailing attribution tells when or what next, not what was said
# (after whom it was told: "..., X told reporters at her weekly briefing on Friday")
_PRESS = r"reporters|journalists|the\s+press|the\s+media"  # whom a statement is told
# (whom words were told in a meeting: ", he told the summit,")
_AUDIENCE = (rf"(?:{_PRESS}|delegates|meeting|summit|conference|parliament|lawmakers|audience|forum|assembly"
             r"|gathering|session|briefing|crowd)")
_CIRCUMSTANCE = re.compile(rf"(?:\s+(?:(?-i:[A-Z])[\w.-]*\s+){{1,4}}?|\s+(?:{_PRESS}|delegates)\s+)?"
                           r",?\s*(?:adding\b|(?:on|in|at|during|after|following|before|while|when|as|"
                           r"late|earlier|later|last|this|today|yesterday|tonight)\b)", re.IGNORECASE)


_ADDING_AFTER = re.compile(r",\s+adding\b")  # ('..., he said, adding that it would "help"': marks in the next report)
_SUBORDINATE_LEAD = re.compile(r"\s*(?:[\w'’-]+\s+){0,2}?(?:before|after|when|while|since|until|once|because)\s", re.IGNORECASE)


def _trailing_attribution(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    """``..., Makhmutova told Xinhua.`` / ``..., he said.`` / ``..., said X, a professor at Y.``"""
    # ("Addressing the leaders, he said:" opens the words that follow; marks around the words are a
    # direct quote's, but marks inside around a term are the report's: '... the "three evils", he said.')
    if s.lstrip().startswith('"') or s.rstrip().endswith(":"):
        return None
    body = s.rstrip(" .")
    for comma in reversed([m.start() for m in _COMMA.finditer(body)]):
        tail = body[comma + 1:]
        if len(tail.split()) > 25:
            break
        verb = _verb_pattern().search(tail)
        if not verb or verb.group().endswith("ing"):  # ", adding that ...": a continuation, not the attribution
            continue
        lead = tail[:verb.start()]
        words_after = tail[verb.end():].split()
        if words_after and words_after[0].lower() in _WHAT_WAS_TOLD:
            continue  # "..., and the council later confirmed it": an act on what the clause told, not its source
        if lead.strip() and words_after and words_after[0].lower() in _DETERMINERS and \
                not verb.group().lower().startswith(("told", "tell")) and not _CIRCUMSTANCE.match(tail, verb.end()):
            continue  # "At the briefing, the spokesperson confirmed the move.": the verb's object, no report before it
        if (joined := _JOINED_REPORT.match(lead)) and len(words_after) >= 2 and \
                _CLAUSE_VERB.search(" ".join(words_after[:12])) and not _CIRCUMSTANCE.match(tail, verb.end()):
            # "..., and President X said both memberships were compatible": a report of its own, after
            # the clause the writer told (not the attribution of that clause)
            at = sentence.start + comma + 1
            speaker = _trim(plain, Span(at + joined.end(), at + len(_BEFORE_THE_VERB.sub("", lead.rstrip()))))
            return _quote(text, at + verb.end(), sentence.end, verb.group(), speaker)
        if lead.strip() and len(lead.split()) <= _TRAILING_SPEAKER_LIMIT and (
                len(words_after) <= 6 or _CIRCUMSTANCE.match(tail, verb.end())) and \
                ('"' not in tail[verb.end():] or _ADDING_AFTER.match(tail, verb.end())) and not _SUBORDINATE_LEAD.match(lead):
            # (not '..., he said, were "united"': the report goes on after; nor ", hours before X warned
            # the members": a clause of time, not an attribution)
            # (without the auxiliary: "..., President of the Council Sione Vake has announced")
            lead_end = len(_BEFORE_THE_VERB.sub("", lead.rstrip()))
            speaker = _trim(plain, Span(sentence.start + comma + 1, sentence.start + comma + 1 + lead_end))
            return _quote(text, sentence.start, sentence.start + comma, verb.group(), speaker)
        if not lead.strip() and (named := _named_in_apposition_before(plain, sentence, body, comma, verb, tail)):
            # "..., Ali Khan, the council's chairman, told reporters."
            quote_end, speaker, apposition = named
            return _quote(text, sentence.start, quote_end, verb.group(), speaker, apposition)
        if not lead.strip():  # ", said X" possibly with an apposition after
            after = sentence.start + comma + 1 + verb.end()
            name_end = plain.find(",", after, sentence.start + len(body))
            speaker_end = name_end if name_end > 0 else sentence.start + len(body)
            if len(plain[after:speaker_end].split()) > _INVERTED_SPEAKER_LIMIT:
                continue  # "..., highlighted the importance of ...": not an attribution
            apposition = Span(name_end + 1, sentence.start + len(body)) if name_end > 0 else None
            speaker = _trim(plain, Span(after, speaker_end))
            if apposition is not None and (named := _NAME_AFTER_DESCRIPTION.match(plain, apposition.start, apposition.end)) \
                    and _INDEFINITE.match(plain, speaker.start):
                # "..., said a senior diplomat, Somchai Prasert(, yesterday)": the name the description introduces
                speaker, apposition = Span(named.start("name"), named.end("name")), speaker
            return _quote(text, sentence.start, sentence.start + comma, verb.group(), speaker, apposition)
    return None


# (not "them": "..., he told them" names the hearers; "..., while Apia has said little about it":
# how much was said, not an attribution)
_WHAT_WAS_TOLD = frozenset({"it", "this", "little", "nothing", "much"})
_DETERMINERS = frozenset({"the", "a", "an", "his", "her", "its", "their", "that", "these", "those"})
_JOINED_REPORT = re.compile(r"\s*(?:and|but|while)\s+(?=\S)")
_NAME_AFTER_DESCRIPTION = re.compile(rf"\s*(?P<name>{PERSON_NAME.pattern})\s*(?:,\s*(?:yesterday|today|on\s+\w+|last\s+\w+|this\s+\w+)\s*)?$")
_TOLD_WHOM = re.compile(rf"\s*(?:(?:the\s+)?(?:{_PRESS})|[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){{0,3}})?"
                       r"(?:\s+(?:on|last|this)\s+\w+)?\s*$")


def _named_in_apposition_before(plain: str, sentence: Span, body: str, comma: int, verb: re.Match[str],
                                tail: str) -> tuple[int, Span, Span] | None:
    """``..., Ali Khan, the council's chairman, told reporters``: a verb with no subject of its own
    after the comma, and before it a name and its apposition, each between commas. Returns where
    the quote ends, the name and the apposition."""
    if not _TOLD_WHOM.fullmatch(tail, verb.end()):
        return None
    apposition_start = body.rfind(",", 0, comma)
    name_start = body.rfind(",", 0, apposition_start) if apposition_start > 0 else -1
    if name_start <= 0:
        return None
    name, apposition = body[name_start + 1:apposition_start], body[apposition_start + 1:comma]
    if _RELATIVE_OPENS.match(apposition) and _NAMED_SOURCE.fullmatch(name.strip()):
        # "..., the Foreign Ministry, which represents the chair, announced on Friday": the source before
        # its relative clause
        return (sentence.start + name_start, _trim(plain, Span(sentence.start + name_start + 1, sentence.start + apposition_start)),
                None)
    if len(name.split()) > _INVERTED_SPEAKER_LIMIT or not PERSON_NAME.fullmatch(name.strip()) \
            or not looks_like_apposition(apposition):
        return None
    return (sentence.start + name_start, _trim(plain, Span(sentence.start + name_start + 1, sentence.start + apposition_start)),
            _trim(plain, Span(sentence.start + apposition_start + 1, sentence.start + comma)))


_RELATIVE_OPENS = re.compile(r"\s*(?:who|which)\s")
# a person or a body by name: "Sione Vake", "the Brazilian Foreign Ministry" (capitalised words, "the" perhaps)
_NAMED_SOURCE = re.compile(r"(?:the\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){0,6}(?-i:[A-Z])[\w'’.-]*")


# the indirect-quote finders, in the order they are tried: those that need a speech verb last
def _with_saying(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    """``..., with Foreign Minister Lena Petrova saying the forum had ...``: the named speaker
    of an absolute clause."""
    found = _WITH_SAYING.search(s)
    if found is None or not found.group().rstrip().endswith(" that") and not _BARE_CLAUSE.match(s, found.end() - 1):
        return None
    speaker = _trim(plain, Span(sentence.start + found.start("speaker"), sentence.start + found.end("speaker")))
    return _quote(text, sentence.start + found.end(), sentence.end, found.group("verb"), speaker)


_WITH_SAYING = re.compile(r"\bwith\s+(?P<speaker>(?:(?-i:[A-Z])[\w'’.-]*\s+){1,7}?)(?P<verb>saying|adding|arguing|insisting|warning)"
                          r"\s+(?:that\s+)?")


def _saying(text: str, plain: str, sentence: Span, s: str) -> Candidate | None:
    """``X withdrew from the process last week, saying the moment was not right``: a report in a
    participle after a clause of its subject's own, the subject a name opening the sentence (or
    its main clause, after an opening phrase: "In a letter on Monday, the Foreign Office ...")."""
    saying = _SAYING.search(s)
    # (after "that" any clause; without it, one that opens as a clause does)
    if saying is None or not saying.group().rstrip().endswith(" that") and not _BARE_CLAUSE.match(s, saying.end() - 1):
        return None
    time = None if _OPENING_PHRASE.match(s) else _TIME_OPENING.match(s)
    opening = s.find(", ") + 2 if _OPENING_PHRASE.match(s) else (time.end() if time else 0)
    subject = (_body_opening().match(s, opening) or _NAME_OPENS_CLAUSE.match(s, opening)) if time is None \
        else _PRONOUN_OPENS.match(s, opening)
    if subject is None or subject.end() > saying.start():
        return None
    speaker = _trim(plain, Span(sentence.start + subject.start(), sentence.start + subject.end()))
    return _quote(text, sentence.start + saying.end(), sentence.end, saying.group("verb"), speaker)


@lru_cache(maxsize=1)
def _body_opening() -> re.Pattern[str]:
    """"Indonesia's foreign ministry welcomed ...", "The defence ministry ...": a body named by the
    word that heads it (organisation_words.txt)."""
    heads = "|".join(sorted(organisation_words(), key=len, reverse=True))
    return re.compile(rf"(?:[Tt]he|[A-Z][\w'’.-]*['’]s)\s+(?:(?-i:[a-z])[\w-]*\s+){{0,2}}?(?:{heads})(?=\s+(?-i:[a-z]))")


# (or "telling supporters that ...", "telling the leader at a summit of the forum that ...": the
# participle's hearers, and where, before "that")
_SAYING = re.compile(r",\s+(?P<verb>saying|arguing|insisting|warning|explaining|noting|stressing|adding|emphasi[sz]ing|underlining"
                     r"|recalling|stating|observing|pointing\s+out(?=\s+that\b)"
                     r"|telling(?=\s+(?:[\w'’()-]+\s+){1,14}?that\b))\s+(?:(?:[\w'’()-]+\s+){1,14}?(?=that\b))?(?:that\s+)?")
# "Last May he went a step further, saying ...": a time before a pronoun subject, with no comma
_TIME_OPENING = re.compile(r"(?:Last|This|Next|Earlier|Later)\s+(?:[A-Z][a-z]+|week|month|year|spring|summer|autumn|fall|winter)"
                           r"\s+(?=(?:he|she|they)\s)")
_PRONOUN_OPENS = re.compile(r"(?:he|she|they)(?=\s+(?-i:[a-z]))")
# ("Reacting on Saturday, ...", "Commenting on the vote, ...": any participle opening the sentence)
_OPENING_PHRASE = re.compile(r"(?:In|On|At|During|After|Before|Asked|(?-i:[A-Z][a-z]+ing))\b[^,]{0,60},\s")


_FINDERS = (_according_to, _as_x_put_it, _quoted_as_saying, _in_their_words)
_VERB_FINDERS = (_parenthetical_attribution, _subject_verb_that, _trailing_attribution, _saying, _with_saying)


# --- the extractor -------------------------------------------------------------------

def extract_quotes(article: ParsedArticle, found: Extraction) -> Extraction:
    text = article.text
    plain = straightened(text)
    paragraphs = [Span(part.start, part.end) for part in article.parts if part.kind in QUOTED_PARTS]
    naming = [Span(part.start, part.end) for part in article.parts if part.kind in NAMING_PARTS]
    context = ArticleContext(text, found.organisations)
    direct = direct_quotes(text, plain, paragraphs)
    # words in marks with no cue of their own may be part of a report ('X said the text was "very
    # different" from ...'): that report is the quote, the marks only its wording
    wording = {id(c) for c in direct if _wording_of_a_report(plain, paragraphs, c)}
    indirect = indirect_quotes(text, plain, paragraphs, [c.span for c in direct if id(c) not in wording])
    reports = SpanIndex([c.span for c in indirect], lambda span: span)
    direct = [c for c in direct if id(c) not in wording or not any(
        span.start <= c.span.start and c.span.end <= span.end for span in reports.overlapping(c.span.start, c.span.end))]
    candidates = sorted(direct + indirect, key=lambda c: c.span.start)
    resolved = _index_people(context, plain, naming, candidates)
    quotes, people = [], {}
    previous: Speaker = Speaker()
    for index, candidate in enumerate(candidates):
        if candidate.inherits:
            speaker = previous
        elif index in resolved:
            speaker = resolved[index]
        else:  # pronouns and bare surnames: now that everyone named is indexed
            speaker = resolve_speaker(candidate.speaker_span, context, candidate.apposition, candidate.span) \
                if candidate.speaker_span else Speaker()
            if speaker.person is not None and candidate.speaker_span:
                # ('"...," the top Russian diplomat stressed. He noted that ...': "he" is who spoke last)
                context.remember(candidate.speaker_span.start, speaker.person)
        if candidate.kind == "indirect" and _the_outlet_itself(speaker, article.publisher, candidate.cue):
            continue  # "..., a Suva Wire correspondent reports", "..., writes suvawire.fj": the article's own voice
        if candidate.kind == "indirect" and speaker.person is None and speaker.organisation is None:
            if candidate.speaker_span and _INDEFINITE.match(plain, candidate.speaker_span.start):
                previous = speaker  # (nor does what goes on from "A senior official said ..., noting that ...")
            continue  # an indirect quote needs a source ("It has been noted that ..." has none)
        if speaker.person is not None:
            people.setdefault(speaker.person.full_name, speaker.person)
        quotes.append(QuoteFact(kind=candidate.kind, text=candidate.text, span=candidate.span,
                                cue=candidate.cue or None, speaker_person=speaker.person,
                                speaker_organisation=speaker.organisation))
        previous = speaker
    return Extraction(quotes=quotes, people=list(people.values()))


def _the_outlet_itself(speaker: Speaker, publisher: str | None, cue: str | None) -> bool:
    """The article's publisher reporting or writing what the article tells (not its statement)."""
    return publisher is not None and speaker.person is None and speaker.organisation is not None \
        and (cue or "").lower() in _OUTLET_VERBS and _outlet_key(speaker.organisation.name) == _outlet_key(publisher)


_OUTLET_VERBS = frozenset({"reports", "reported", "writes", "wrote", "learnt", "learned", "has learned", "has learnt"})


def _outlet_key(name: str) -> str:
    return name.casefold().split(".")[0].removeprefix("the ").strip()


_WORDING_WORDS = 4  # a quoted phrase this short, inside a reported clause, is its wording
_REPORT_OPENS = re.compile(rf"\b(?:{_PLAIN_REPORTING})\s+(?:that\s+)?\S")


def _wording_of_a_report(plain: str, paragraphs: list[Span], candidate: Candidate) -> bool:
    """'X said the text was "very different" from ...': a few quoted words after a speech verb and
    the reported clause's first words, in the clause the report is."""
    words = len(candidate.text.split())
    if words > _LONG_WORDING_WORDS:
        return False
    paragraph = next((p for p in paragraphs if p.start <= candidate.span.start < p.end), None)
    if paragraph is None:
        return False
    start = max(paragraph.start, plain.rfind(". ", paragraph.start, candidate.span.start) + 1)
    before = plain[start:candidate.span.start]
    verb = next(reversed(list(_REPORT_OPENS.finditer(before))), None)  # the last speech verb before the marks
    # (a longer one, 'X said that the Kingdom "prizes its ties with the bloc" and would ...', when the
    # clause's own words stand between "that" and the marks)
    return verb is not None and '"' not in before[:verb.start()] and len(before[verb.end() - 1:].split()) >= 2 and (
        words <= _WORDING_WORDS or not _THAT_AT_END.search(before))


_LONG_WORDING_WORDS = 12
_THAT_AT_END = re.compile(r"\bthat\s*$")


def _index_people(context: ArticleContext, plain: str, paragraphs: list[Span],
                  candidates: list[Candidate]) -> dict[int, Speaker]:
    """Index everyone the article names in full (with a title, an apposition, or as a
    speaker), then every later bare surname, for pronouns and surnames to resolve to.

    Returns the speakers already resolved, by candidate index: those named in full, or
    organisations, need no second look.
    """
    def remember_full(offset: int, speaker: Speaker) -> bool:
        if speaker.person is not None and " " in speaker.person.full_name:
            context.remember(offset, speaker.person)
            return True
        return False

    # A titled name is often a quote's speaker too ('..., said Foreign Minister Jane Doe.'): a
    # full name resolves the same whoever is named before it, so the speaker reuses it (and the
    # person is remembered once). Without an apposition only: one adds a role to the person.
    titled: dict[Span, Speaker] = {}
    for paragraph in paragraphs:
        for match in _titled_names(plain, paragraph.start, paragraph.end):
            start = _nationality_before(plain, paragraph.start, match.start())
            span = Span(start, match.end())
            speaker = resolve_speaker(span, context)
            if remember_full(match.start("name"), speaker):
                titled[span] = speaker
        for match in _NAME_WHO_OPENS.finditer(plain, paragraph.start, paragraph.end):
            # "Sione Vake, who has led Tonga since 2014, thanked ...": a bare name a relative clause
            # describes, opening its sentence, is someone "he" may stand for next
            name = Span(match.start("name"), match.end("name"))
            opens = match.start() == paragraph.start or plain[match.start() - 2:match.start()].strip() in (".", "!", "?")
            if opens and not context.organisations_within(name.start, name.end):
                remember_full(name.start, resolve_speaker(name, context))
        if not _apposition_opens().search(plain, paragraph.start, paragraph.end):
            continue  # no ", a|an|the|former ": no name introduced by an apposition (found faster)
        for match in _apposed_name().finditer(plain, paragraph.start, paragraph.end):
            apposition_end = plain.find(",", match.end(), paragraph.end)
            apposition = Span(match.end("name") + 1, apposition_end if apposition_end > 0 else match.end())
            name = Span(match.start("name"), match.end("name"))
            if looks_like_apposition(plain[apposition.start:apposition.end]) and not any(
                    span.start < name.end and name.start < span.end
                    for span, _ in context.organisations_within(max(0, name.start - 80), name.end)):
                # (not the end of an organisation's name: "the Centre for Eurasian Studies, a think-tank")
                remember_full(name.start, resolve_speaker(name, context, apposition))
    resolved = {}
    for index, candidate in enumerate(candidates):
        if candidate.speaker_span and not candidate.inherits:
            if stands_for_someone_named_before(plain[candidate.speaker_span.start:candidate.speaker_span.end]):
                continue  # (a pronoun is resolved after every later surname is indexed too)
            if candidate.apposition is None and (known := titled.get(candidate.speaker_span)) is not None:
                resolved[index] = known
                continue
            speaker = resolve_speaker(candidate.speaker_span, context, candidate.apposition, candidate.span)
            if remember_full(candidate.speaker_span.start, speaker) or (
                    speaker.person is None and speaker.organisation is not None):
                resolved[index] = speaker
    _remember_untitled_names(context, plain, paragraphs)
    _remember_topics(context, plain, paragraphs)
    names = {word: person for _, person in context.people for word in person.full_name.split() if len(word) > 1}
    if names:
        mentions = NameMatcher(names.items())
        # (not a name inside a quote's marks: '"The fact that Vake came matters," he said' is not Vake's)
        quoted = sorted((c.span.start, c.span.end) for c in candidates if c.kind == "direct")
        quoted_starts = [start for start, _ in quoted]
        for paragraph in paragraphs:
            for match in mentions.find(plain, paragraph.start, paragraph.end):
                inside = bisect_right(quoted_starts, match.start) - 1
                if inside >= 0 and match.start < quoted[inside][1]:
                    continue
                context.remember(match.start, match.value)
        _remember_described_subjects(context, plain, paragraphs)
    return resolved


POSSESSIVE_END = re.compile(r"['’]s?$")
# capitalised only because they open a sentence: "Under Shavkat Mirziyoyev, ..."
_OPENING_WORDS = frozenset(word.casefold() for word in LEADING)


def _remember_topics(context: ArticleContext, plain: str, paragraphs: list[Span]) -> None:
    """"For Oketch, the challenge will be ... He said ...": a sentence that opens on someone named
    before makes them the one its pronouns stand for (remembered where the sentence starts, not
    inside the phrase, where a name is no subject)."""
    for paragraph in paragraphs:
        for topic in _TOPIC.finditer(plain, paragraph.start, paragraph.end):
            opens = topic.start() == paragraph.start or plain[topic.start() - 2:topic.start()] in _SENTENCE_ENDS
            if not opens:
                continue
            person = context.person_named(topic["name"], topic.start())
            if person is None and (full := PERSON_NAME.match(plain, topic.start("name"))) is not None:
                # ("But for Ana Lima, Tonga's premier, ...": named in full here for the first time)
                person = resolve_speaker(Span(full.start(), full.end()), context).person
                person = person if person is not None and " " in person.full_name else None
            if person is not None:
                context.remember(topic.start(), person)


# (where a sentence opens: the paragraph's start, or after a full stop and a space)
# ("Yet for X, ...": after a word that links it to the sentence before)
_TOPIC = re.compile(r"\b(?:(?:Yet|But|And|So)\s+for|For|To|In|According\s+to)\s+(?P<name>[A-Z][\w'’-]+?)(?:['’]s)?(?=[\s,])")
_SENTENCE_ENDS = frozenset({". ", "! ", "? ", '" ', "” ", ".\n"})


def _remember_untitled_names(context: ArticleContext, plain: str, paragraphs: list[Span]) -> None:
    """"... hosting Vladimir Putin and Xi Jinping ... Putin, in his first appearance, ...": a name
    given in full with no title or apposition is a person when its surname later stands alone as
    someone's (the surname, not the first word of another name), so a pronoun after it is theirs."""
    known = {word for _, person in context.people for word in person.full_name.split()}
    alone = _words_alone(plain, paragraphs)
    for paragraph in paragraphs:
        for match in PERSON_NAME.finditer(plain, paragraph.start, paragraph.end):
            name = POSSESSIVE_END.sub("", match.group())  # ("Narendra Modi's state visit")
            words = name.split()
            if words[0].casefold() in _OPENING_WORDS:  # ("Under Shavkat Mirziyoyev, Uzbekistan has ...")
                words = words[1:]
                name = " ".join(words)
                if len(words) < 2:
                    continue
            # (the family name may come first: "Xi Jinping", then "Xi"; or stand inside: "Lula" of
            # "Luiz Inácio Lula da Silva")
            unknown = [word for word in words if len(word) > 1 and word[:1].isupper() and word not in known]
            later = [word for word in unknown if alone.get(word, -1) > match.end()]
            # (or a name with its office in apposition: "When X, Chairman of the Board of ..., visited Suva, he said")
            titled = (office := _OFFICE_AFTER_NAME.match(plain, match.end())) is not None and \
                any(word.casefold() in title_words() for word in office["words"].split())
            if len(unknown) < 2 or not (later or titled) or not looks_like_person(name) or _names_a_thing(name) or \
                    any(span.start < match.end() and match.start() < span.end
                        for span, _ in context.organisations_within(max(0, match.start() - 80), match.end() + 80)):
                continue
            start = match.start() + match.group().find(words[0])
            person = resolve_speaker(Span(start, start + len(name)), context).person
            if person is not None and " " in person.full_name:
                context.remember(start, person)
                known.update(person.full_name.split())


_OFFICE_AFTER_NAME = re.compile(r",\s+(?:the\s+)?(?P<words>(?:[\w'’-]+\s+){0,2}[\w'’-]+)\s+of\s")


@lru_cache(maxsize=1)
def _not_name_words() -> frozenset[str]:
    return frozenset(data_lines("not_name_words.txt"))


def _names_a_thing(name: str) -> bool:
    return any(word.casefold() in _not_name_words() for word in name.split())


# a capitalised word alone as a clause's subject: "Putin, in his ...", "..., Putin said"
# (the word first, then what stands before it: a pattern that starts with a lookbehind is tried at every position)
_WORD_ALONE = re.compile(r"(?<![\w'’-])[A-Z\u00C0-\u00DE][\w'’-]+(?=,|\s+(?-i:[a-z]))")
_CLAUSE_OPENERS = frozenset('.!?”",\n')


def _words_alone(plain: str, paragraphs: list[Span]) -> dict[str, int]:
    """Each word that stands alone as a clause's subject, with the last place it does (one pass)."""
    found: dict[str, int] = {}
    for paragraph in paragraphs:
        for match in _WORD_ALONE.finditer(plain, paragraph.start, paragraph.end):
            at = match.start()
            if at == paragraph.start or plain[at - 1] == "\n" or plain[at - 1] == " " and plain[at - 2] in _CLAUSE_OPENERS:
                found[match.group()] = at
    return found


_DESCRIBED_SUBJECT = re.compile(r"(?P<phrase>The\s+(?:[\w-]+\s+){0,2}?[\w-]+)(?=,|\s+(?-i:[a-z]+(?:ed|s))\b)")


def _remember_described_subjects(context: ArticleContext, plain: str, paragraphs: list[Span]) -> None:
    """"The premier, in his address, called for ... '...,' he said": a sentence whose subject
    describes someone named before ("the premier", "the minister") mentions that person, so a
    pronoun after it stands for them, not for someone named earlier."""
    for paragraph in paragraphs:
        for sentence in split_sentences(plain, paragraph.start, paragraph.end):
            subject = _DESCRIBED_SUBJECT.match(plain, sentence.start, sentence.end)
            if subject is None:
                continue
            person = resolve_speaker(Span(subject.start(), subject.end()), context).person
            if person is not None and stands_for_someone_named_before(subject.group("phrase")):
                context.remember(subject.start(), person)


_WORD_BEFORE = re.compile(r"([\w’'-]+)\s+$")


def _nationality_before(plain: str, floor: int, start: int) -> int:
    """Where a titled name starts with the state adjective before its title: "his Kyrgyz
    counterpart Zheenbek Kulubaev" gives the person a nationality ("the Kyrgyz minister")."""
    word = _WORD_BEFORE.search(plain, max(floor, start - 40), start)
    return word.start(1) if word and state_of(word.group(1)) else start


# "Amina Masood, a professor at ...": a name introduced by an apposition
# ("Irakli Kobakhidze, Georgia's prime minister, said": a state's possessive opens one too)
# (or a bare role and where it is held: ", professor of international relations at ...")
_APPOSITION_ARTICLE = r"(?:a|an|the|former|[A-Z][\w-]*['’]s)\s"


@lru_cache(maxsize=1)
def _bare_role() -> str:
    """A role title (``person_titles.txt``) and where it is held, with no article before it."""
    titles = "|".join(re.escape(title) for title in title_words() if not title.endswith("."))
    return rf"(?:{titles})\s+(?:of|at)\s"


@lru_cache(maxsize=1)
def _apposition_opens() -> re.Pattern[str]:
    return re.compile(rf",\s+(?:{_APPOSITION_ARTICLE}|{_bare_role()})")


_NAME_WHO_OPENS = re.compile(r"(?P<name>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}),\s+who\s")


@lru_cache(maxsize=1)
def _apposed_name() -> re.Pattern[str]:
    # (with a particle inside: "Ana de Souza, a research economist at ...")
    particles = "|".join(sorted(NAME_PARTICLES))
    return re.compile(rf"(?P<name>[A-Z][\w'-]+(?:\s+(?:(?:{particles})\s+)?[A-Z][\w'-]+){{1,3}}),"
                      rf"\s+(?={_APPOSITION_ARTICLE}|{_bare_role()})")


def _titled_names(plain: str, start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``_titled_name_pattern`` in ``plain[start:end]``, left to right.

    The pattern is tried only where a word that opens a title stands (found in one
    Aho–Corasick pass): Python's ``re`` tries every title of the alternation at every
    position, which is slow.
    """
    pattern, resume = _titled_name_pattern(), start
    for head in _title_heads().find(plain, start, end):
        if head.start >= resume:
            match = pattern.match(plain, head.start, end)
            if match:
                resume = match.end()
                yield match


_WORD_AT = re.compile(r"\b\w+")


@lru_cache(maxsize=1)
def _title_heads() -> NameMatcher[bool]:
    """The first words of the titles, as written in lower case, capitalised or in capitals."""
    heads = {first.group() for title in title_words() if (first := _WORD_AT.match(title))}
    return NameMatcher((form, True) for head in heads for form in {head, head.capitalize(), head.upper()})


@lru_cache(maxsize=1)
def _titled_name_pattern() -> re.Pattern[str]:
    titles = "|".join(re.escape(title) for title in title_words() if not title.endswith("."))
    # two to four words, the last a full one; the others may be initials ("S. Jaishankar", "S Jaishankar")
    # (an apostrophe inside a name, "O'Neill", but not a possessive's: "Nikol Pashinyan's party")
    # (a capital with an accent too: "Ömer Çelik")
    word, word_or_initial = r"[A-Z\u00C0-\u00DE](?:[\w-]|'(?!s\b))+", r"[A-Z\u00C0-\u00DE](?:(?:[\w-]|'(?!s\b))+|\.|(?=\s))"
    # (with the lower-case words inside a name: "Luiz Inácio Lula da Silva", "Thani bin Ahmed Al Zeyoudi")
    particle = rf"(?:(?:{'|'.join(sorted(NAME_PARTICLES))})\s+|(?:al|el)-)?"  # ("Abdel Fattah al-Sisi")
    name = rf"{word_or_initial}(?:\s+{particle}{word_or_initial}){{0,2}}\s+{particle}{word}"
    # "Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor Saidov"
    # (or "for" the portfolio: "Deputy Prime Minister for European Integration Jane Doe")
    of_tail = r"(?:\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w'-]+(?:\s+(?:of\s+(?:the\s+)?|and\s+)?[A-Z][\w'-]+){0,5})?"
    # "Myanmar's deputy foreign minister, Than Htike Aung, ...": a comma may stand before the name
    # ("Dr. Nguyen Thi Lan Huong": an abbreviated title's full stop)
    # ("Ambassador (retd) Jane Doe": a note on the title in brackets)
    return re.compile(rf"\b(?i:{titles})\.?{of_tail}(?:\s+\((?i:retd|retired|ret)\.?\))?,?\s+(?P<name>{name})")
