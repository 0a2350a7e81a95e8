"""Membership events: a state's standing in an organisation changing, with its date.

Per sentence: a trigger phrase (rules/membership_triggers.toml) says what kind of
change; the organisation is the membership body named nearest to it; the states are
the nearest group of coordinated state names ("India and Pakistan joined"); the
certainty comes from a modal before the trigger ("will be joining"); the date is the
nearest date expression, resolved against the publication date when relative.
A roster ("currently includes A, B, ... and J") gives status reports, not events.
"""
from __future__ import annotations

import dataclasses
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from functools import lru_cache
from itertools import chain

from sco_etl.extract.entities import state_names_by_key
from sco_etl.extract.matcher import NameMatcher
from sco_etl.extract.sentences import split_sentences
from sco_etl.extract.spans import SpanIndex
from sco_etl.model import (
    DateValue,
    Extraction,
    MembershipEventFact,
    OrganisationRef,
    ParsedArticle,
    Span,
)
from sco_etl.parse.dates import (
    COUNT,
    MONTH,
    TEXT_DATE,
    count_of,
    month_number,
    months_moved,
    resolve_range_start,
    resolve_text_date,
)
from sco_etl.parse.people import title_words
from sco_etl.patterns import (
    PatternStarts,
    guarded,
)
from sco_etl.rules import alternation, data_text, lexicon
from sco_etl.rules.catalogue import catalogue
from sco_etl.rules.states import state_records

EVENT_PARTS = frozenset({"title", "standfirst", "body"})
MEMBERSHIP_HEADS = re.compile(r"\b(?:Organi[sz]ation|Union|Alliance|Community|Bloc|Association|Pact|Treaty)\b")
# "will join", "is expected to join" (lexicon.toml: the same modal phrases wherever they are read)
MODAL = rf"(?:{alternation(lexicon('planned_auxiliaries'))}|is\s+(?:(?:also|now|still|widely|formally)\s+)?(?:{alternation(lexicon('planned_predicates'))}\s+)?to)"
PLANNED = re.compile(
    rf"\b(?:{MODAL}|would|are\s+(?:{alternation(lexicon('planned_predicates'))}\s+)?to"
    # "had also been due to join": a plan (that may have fallen through), not a change
    rf"|(?:was|were|been)\s+(?:also\s+|originally\s+|initially\s+)?(?:{alternation(lexicon('planned_predicates'))})\s+to"
    # "two of the states expected to become partners": a reduced relative clause
    rf"|(?:countries|states|nations|members|applicants|candidates|those)\s+(?:(?:also|now)\s+)?(?:{alternation(lexicon('planned_predicates'))})\s+to"
    r"|plans?\s+to|planning\s+to|intends?\s+to|intending\s+to|intentions?(?:\s+to)?|aims?\s+to|aiming\s+to|prepares?\s+to|preparing\s+to"
    # "the stated goal is to welcome Tonga as a member": an aim, not yet done
    r"|(?:goal|target|objective|ambition)\s+(?:\w+\s+){0,2}?to"
    # a headline's infinitive: "China to take over SCO presidency"
    r"|to\s+(?:take\s+over|assume|join|become|chair|host|hand\s+over))\b"
    # (not across a subordinate clause's opening: "fought to join after submitting an application";
    # nor into a relative clause: "the 10th country to join the group, which was set up in 2001 by";
    # nor into the next clause, its subject right before the trigger: "A applied to join in August, B submitted its bid")
    r"(?:(?!\b(?:after|before|since|when|once|which|who)\b|,\s+(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+$)[^.;]){0,30}$",
    re.IGNORECASE)
# ("has spoken out against joining BRICS", "opposed admitting Pakistan": opposed, not joined)
NEGATED = re.compile(r"\b(?:not|never|neither|nor|n't|no\s+longer|yet\s+to|(?:no|any)\s+(?:plans?|intentions?|desire|wish|reason|need|interest)\s+(?:to|of|in)"
                     rf"|against|{alternation(lexicon('opposition_words'))})\b[^.;,]{{0,20}}$"
                     r"|\bnot\s+yet\b[^.;,]{0,24}$"  # ("has not yet been invited to join")
                     # "was not among the six countries invited to join"
                     r"|\bnot\s+(?:among|one\s+of|part\s+of)\b[^.;,]{0,60}$"
                     r"|\bwithout\b[^.;,]{0,30}$", re.IGNORECASE)  # ("without Kathmandu having to apply")
# "applied to join", "wish to join": the join is not (yet) an accession
WISH = alternation(lexicon("wish_words"))
ASPIRATION = re.compile(r"\b(?:applied|applies|apply|applying)(?:\s+(?:together|jointly|formally|officially|again))?"
                        r"\s+(?:(?:in|on)\s+|(?=(?:this|last|earlier)\s))[\w ,]{1,24}?\s+to\s+$|"  # "applied together in May 2022 to join", "applied this month to become"
                        rf"\b(?:(?:applied|apply|applies|applying)(?:\s+(?:together|jointly|formally|officially|again))?"
                        r"|applications?|bids?|desire|requests?|requested|asked|sought|interest|intent"
                        r"|invitation|talks|negotiations|discussions"
                        r"|negotiating|negotiate|negotiates|negotiated"
                        rf"|interested|ready|{WISH})"
                        r"\s+(?:in\s+)?to\s+(?:[a-z]+ly\s+)?$|\binterest\s+in\s*$"
                        # "toyed with the idea of joining": a thought, not a change
                        r"|\b(?:idea|prospect|possibility|notion|thought)\s+of\s*$",
                        re.IGNORECASE)
# "joined the SCO as a dialogue partner": the status trigger after it says what was gained
# (in the same clause: "was admitted in 2024, after two years as an observer" is a full member)
# (in its own clause: not "became a full member and Laos was admitted as a partner")
JOINED_AS_STATUS = re.compile(r"(?:(?!\band\s+(?-i:[A-Z])|\b(?:was|were|is|are)\s)[^.;,]){0,80}?\bas\s+(?:an?\s+|the\s+|its\s+|(?:the\s+)?[\w-]+['’]s\s+)?[\"“‘']?"
                              r"(?:(?:first|new|newest|latest)\s+)?(?:[A-Z]{2,8}\s+)?"
                              r"(?:observers?|dialog(?:ue)?[\s-]+partners?|partners?)\b", re.IGNORECASE)
STATUS_WISH = re.compile(r"\b(?:wants?|wanted|seeks?|seeking|sought|hopes?\s+for|hoping\s+for|eyes|eyeing|covets?"
                         r"|(?:interest|interested)\s+in)"  # ("has indicated interest in observer status")
                         r"\s+(?:the\s+|an?\s+)?(?:\w+\s+)?$"
                         # "would like to become an observer", "hopes to be granted partner status"
                         rf"|\b(?:would\s+like|{WISH})\s+to\s+"
                         r"(?:(?:be(?:come)?|be\s+granted|gain|obtain|get|receive)\s+)?$",
                         re.IGNORECASE)
HOLDERS_FOR_EXAMPLE = re.compile(r"(?<=s)\s+(?:such\s+as|like)\s", re.IGNORECASE)
# "Afghanistan and Mongolia have observer status", "Nepal and Egypt are dialogue partners": a status
# held at the time of writing (with a date, "has been an observer since 2005", a change is told)
# ("was an observer state", "enjoy Sectoral Dialogue Partner status", "are “Sectoral Dialogue Partners”")
# "are also full members of": membership held, told in the present, not its start ("is now a member": a change)
MEMBERSHIP_HELD = re.compile(r"\b(?:is|are)\s+(?:(?:also|already|both|all|still|each)\s+)*(?:an?\s+)?$", re.IGNORECASE)
STATUS_HELD = re.compile(r"\b(?:has|have|had|holds?|held|enjoys?|retains?|is|are|was|were)\s+(?:an?\s+|the\s+)?[\"“]?"
                         r"(?:(?-i:[A-Z]{2,8}|[A-Z][a-z]+)\s+)?"
                         r"(?:(?:observer|dialog(?:ue)?[- ]partner|partner)\s+(?:or|and)\s+)?$", re.IGNORECASE)  # ("had held observer or ")
TIER_SUBJECT = re.compile(r"(?:The|A|Its|The\s+\w+['’]s)\s+(?:new\s+)?(?P<status>dialog(?:ue)?[- ]partner|observer|partner)"
                          r"[- ](?:tier|status|category|class)\b")
HAD_HELD = re.compile(r"\bhad\s+(?:long\s+|already\s+)?held\s+(?:an?\s+|the\s+)?"
                      r"(?:(?:observer|dialog(?:ue)?[- ]partner|partner)\s+(?:or|and)\s+)?$", re.IGNORECASE)
# "its application for observer status": the status asked for, not granted (the application
# is an event of its own)
STATUS_SOUGHT = re.compile(r"\b(?:application|applied|apply|applies|bid|request|requested|candidacy)\s+for\s+"
                           r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?$", re.IGNORECASE)
# "declined an invitation to become a BRICS partner": a change refused
# (not past a second verb of the same subject: "declined to extend it and left the arrangement")
# ("has since avoided joining military alliances", "refrained from applying")
DECLINED = re.compile(r"\b(?:declined|declines|refused|refuses|rejected|rejects|turned\s+down|avoided|avoids|avoiding|avoid"
                      r"|refrained\s+from|refrains\s+from|shunned|shuns)\b(?:(?!\band\s)[^.;,]){0,40}$",
                      re.IGNORECASE)
# "would keep its observer role", "retains its dialogue-partner status": a status kept, not granted
# "attended the summit as an observer": a seat at a meeting, not a status granted
ATTENDED_AS = re.compile(r"\b(?:attended|attends|attending|took\s+part|takes\s+part|taking\s+part|participated|participates"
                         r"|participating)\b[^.;,]{0,60}?\bas\s+(?:an?\s+)?$", re.IGNORECASE)
STATUS_KEPT = re.compile(r"\b(?:keeps?|kept|keeping|retains?|retained|retaining|maintains?|maintained|maintaining"
                         r"|preserves?|preserved|preserving)\s+(?:its\s+|their\s+|the\s+)?(?:[\w-]+\s+)?$",
                         re.IGNORECASE)
# "has kept its observer status since 2004": kept since a date, so granted then
HELD_SINCE = re.compile(r"(?:\s+(?:in|of|at|with)\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?)?\s*since\b", re.IGNORECASE)
SINCE_AFTER = re.compile(r"[^.;]{0,30}?\bsince\b", re.IGNORECASE)
# "may join", "could apply", "is considering whether to apply": a possibility, not an event.
# Case-sensitive: "in May joined" names a month.
HYPOTHETICAL = re.compile(r"\b(?:(?:may|might|could|consider|considers|considering|mulls|mulling|weighs|weighing"
                          r"|merits?|merited|deserves?|deserved)(?:\s+\S+){0,2}|(?i:if|unless|whether)(?:\s+[^\s,]+){1,4}"
                          # ("if Samoa was admitted": a condition; "closest to being admitted": a prospect)
                          r"|(?i:close|closest|closer|near|nearer|nearest)\s+to\s+being|(?i:verge)\s+of\s+being"
                          # ("applied as a would-be founding member": what the application aimed at, not a change)
                          r"|(?i:prospective|would-be|aspiring))\s+$")
# kinds of status, not a grant: "the status that replaced the old tiers of observer and
# dialogue partner" (before the trigger), "the old observer and dialogue-partner categories" (after)
KIND_NOUNS = r"tiers?|categor(?:y|ies)|classes|statuses"
STATUS_KINDS = re.compile(rf"\b(?:replac(?:e|es|ed|ing)|merg(?:e|es|ed|ing)|abolish(?:es|ed|ing)?|fold(?:s|ed|ing)?|{KIND_NOUNS})"
                          r"\b[^.;]{0,40}$", re.IGNORECASE)
KIND_AFTER = re.compile(rf"\s+(?:{KIND_NOUNS})\b", re.IGNORECASE)
# ("the 14 former dialogue partners": a status held before, not granted)
COUNTED = re.compile(r"(?:\b\d+|\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|many|other"
                     r"|former|erstwhile|previous))\s+$", re.IGNORECASE)
# "as observers gather", "as observers watch": plural observers as the subject of a verb
AS_CLAUSE = re.compile(r"as\s+observers\s+(?!(?:of|in|on|at|to|for|from|since|until|and|or|with|but|after|"
                       r"before|during|while|when|alongside|together|too|as|the|a|an)\b)[a-z]+\b", re.IGNORECASE)
# "agreed to recommend that the Council grant Cambodia the status of partner": not granted yet
RECOMMENDED = re.compile(r"\b(?:recommend(?:s|ed|ing)?|propos(?:e|es|ed|ing)|urg(?:e|es|ed|ing))\s+"
                         r"(?:that\b|granting\b|giving\b|admitting\b)(?:(?!,\s+(?:and|but|while)\b)[^.;]){0,120}$",
                         re.IGNORECASE)
# "during Kazakhstan's chairmanship": a status, not a change (when no date says when it began)
# "took over the organisation's rotating chairmanship": the body's chair, taken by the subject
BODY_POSSESSIVE = re.compile(r"\b(?:took|take|takes|taking|assumed|assumes|assume|assuming)\s+(?:over\s+)?(?:the\s+)?"
                             r"(?:organi[sz]ation|bloc|group|grouping|alliance|union|body|forum|(?-i:[A-Z]{2,8}))['’]s\s+"
                             r"(?:rotating\s+)?$", re.IGNORECASE)
# a trigger that is itself the grant ("admitted as a partner"), never a status held
VERB_OPENS = re.compile(r"(?:admitted|admitting|accepted|granted|given|joined|joins|joining|became|becomes|becoming|become|named|designated)\b",
                        re.IGNORECASE)
# ("under Brazil's presidency of the bloc, which began on January 1": when it was taken over)
TENURE_BEGAN = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w-]+(?:\s+[\w-]+)?)?,?\s+which\s+(?:began|started|begins|starts)\b", re.IGNORECASE)
UNDER_THE_CHAIR_OF = re.compile(r"\bunder\s+(?:the\s+)?(?=[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:['’]s)?\s+(?:rotating\s+)?$)")
POSSESSIVE_CHAIR = re.compile(r"(?:['’]s|\bits|\btheir)\s+(?:rotating\s+)?"
                              r"(?:chairmanship|chairpersonship|presidency)\b", re.IGNORECASE)
# "China holds the rotating presidency (until ...)": a status, never a change, whatever date
# follows; "will hold the presidency (of the bloc) until the summit": a tenure's end ("will hold
# the rotating presidency in 2026" is still a planned chairmanship)
HOLDING_BEFORE = re.compile(r"\b(?P<verb>holds|holding|hold)\s+(?:the|its)\s+(?:[\w-]+['’]s\s+|(?-i:[A-Z][\w-]*)\s+)?"
                            r"(?:rotating\s+)?$",
                            re.IGNORECASE)
# the tenure's own year right after it ("of the bloc in 2023", "of BRICS for 2025", "this year",
# "from January to June 2026")
# (the body's name perhaps long, its acronym in brackets: "of the Pacific Islands Forum (PIF) this year")
# ("holds the rotating chair of the union's organs this year")
TENURE_YEAR = re.compile(r"(?:\s+of\s+(?:the\s+)?[\w()'’-]+(?:\s+[\w()'’-]+){0,7}?)?,?\s+(?:in|for|during)\s+(?:19|20)\d{2}\b|"
                         r"(?:\s+of\s+(?:the\s+)?[\w()'’-]+(?:\s+[\w()'’-]+){0,7}?)?\s+(?:this\s+year|from\s+[^.;]{0,30}?\b(?:19|20)\d{2})\b",
                         re.IGNORECASE)
# "the main events of the chairmanship": the chair in view (not a change's own noun: "the handover of the chairmanship to A")
OF_THE_CHAIR_BEFORE = re.compile(r"\b(?!(?:handover|transfer|passing|assumption|takeover|rotation|start|beginning)\b)[a-z]+\s+of\s+the\s+$")
BARE_CHAIR = re.compile(r"(?:rotating\s+)?(?:chairmanship|presidency|chairship)", re.IGNORECASE)
# "the states that had been observers or partners": a status a group held, told of a change to another
HAD_BEEN_OF_GROUP = re.compile(r"\b(?:countries|states|nations|members|governments)\s+(?:that|which|who)\s+(?:had|have)\s+been\s+"
                               r"(?:(?:[\w-]+\s+){1,2}or\s+)?$", re.IGNORECASE)
HELD_UNTIL = re.compile(r"(?:\s+of\s+the\s+\w+)?\s+(?:until|till)\b", re.IGNORECASE)
# "use the Kyrgyz chairmanship to ...", "under the Kazakh presidency": the state's adjective
# between "the" and the chairmanship names the holder, not a change (unless it begins there)
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
BEGINS = re.compile(r"\s+(?:began|begins|started|starts|opened|opens)\b", re.IGNORECASE)
# (?=\w), and guarded() by the letters the cues begin with: rejected at once where no cue can
# start, before the alternatives are tried
ROSTER = guarded(re.compile(r"\b(?=\w)(?:includes?|included|including|comprises?|comprising|consists?\s+of|members\s+(?:are|include)|member\s+states\s+(?:are|include)|brings?\s+together)\s*:?\s+",
                            re.IGNORECASE))
FOUNDERS_NAMED = re.compile(r"\b(?:founding|original)\s+$", re.IGNORECASE)
# "its ten members, including ...", "member states including ...": a roster of the members
MEMBERS_BEFORE = re.compile(r"\b(?:members?|member\s+(?:states|countries|nations)|founders|founding\s+members)\b"
                            r"[^.;]{0,30}$", re.IGNORECASE)
# "handed the chairmanship (of the Shanghai Cooperation Organization (SCO)) to China"
TO_STATE = re.compile(r"\s+(?:of\s+(?:the\s+)?[^,.;]{1,60}?\s+|over\s+)?to\s+", re.IGNORECASE)
# "the bank", "the fund", "the court": only a body of that kind (see ``_InView.body``)
NAMED_ONLY_BY_HEAD = frozenset({"bank", "fund", "court"})
# the nouns a body is referred to by, after the words that may describe it ("the Eurasian bloc")
_CLUB_NOUNS = r"organi[sz]ation|group|grouping|bloc|alliance|association|club|forum"
# "the bloc", "its newest member", "the tenth full member", "was admitted at the summit"
# (searched along sentences: led by a test of its first character)
REFERS_TO_BODY = guarded(re.compile(r"\b(?:the|its|that|this)\s+"
                            # (described first: "the Eurasian bloc", "the China-led grouping", "the security club";
                            # not another body: "the old pact", "a rival bloc")
                            r"(?:(?!(?:old|former|previous|defunct|earlier|original|rival|other|another)\b)"
                            r"(?-i:[a-z][\w-]*|[A-Z][\w-]*(?:an|ese|led|based|backed|ic))\s+){0,2}?"
                            rf"(?:{_CLUB_NOUNS}|union|community|council|league|treaty|pact|arrangement)\b"
                            # ("joined the bank in 2021": the bank named before, see ``_InView.body``)
                            rf"|\bthe\s+(?-i:{'|'.join(sorted(NAMED_ONLY_BY_HEAD))})\b"
                            # ("returned to the continental body", "the Jakarta-based body": a body described
                            # as one; not "the governing body" of something else)
                            r"|\bthe\s+(?:continental|regional|intergovernmental|multilateral|[\w-]+-(?:member|nation|based|led))\s+body\b"
                            r"|\b(?:joined|joins|join|joining|left|leaves|leave|leaving|quit|quits)\s+it\b"
                            r"|\bits\s+\w+\s+member|\bthe\s+\w+\s+(?:full\s+)?member\b|\b(?:was|were)\s+admitted\b"
                            # "joined as full members": only a membership body has full members
                            r"|\bas\s+(?:an?\s+)?full(?:[\s-]+fledged)?\s+members?\b",
                            re.IGNORECASE))
OF_AFTER = re.compile(r"\s+of\b")
STATUS_TYPES = frozenset({"observer", "dialogue_partner", "partner", "chairmanship", "application"})
GRANTED_STATUSES = frozenset({"observer", "dialogue_partner", "partner"})  # what a body grants a state
# "the following year", "two years later": a year counted from the last one the text gave
# ("a decade later", "two decades on")
YEARS_LATER = (rf"(?:the\s+(?:following|next)\s+year|(?P<count>{COUNT}|\d+)"
               r"\s+(?P<unit>years?|decades?)\s+(?:later|after\s+that|on|(?P<earlier>earlier|before)))")
# "two weeks later", "a month later": counted from the dated day or month before
SHORT_LATER = (rf"(?:{COUNT}\s+(?:days?|weeks?|months?)\s+(?:later|earlier)"
               r"|the\s+(?:next|following)\s+(?:day|week|month))")  # ("Armenia joined the next day")
WINDOW = 120  # characters around a trigger in which its date, state and organisation are looked for


@dataclass(frozen=True)
class Trigger:
    event_type: str
    pattern: re.Pattern[str]
    states_after: bool = False  # the states are named after the phrase ("was joined by Egypt")
    states_inside: bool = False  # only states inside the phrase ("a grouping that A and B formed in 1996")
    before: re.Pattern[str] | None = None  # what must stand right before the phrase ("a NATO " before "member since")
    whole: re.Pattern[str] | None = None  # the phrase with what stands before it, as one match
    earlier: re.Pattern[str] | None = None  # what the sentence must say before the phrase ("chair" before "which held it")

    @classmethod
    def of(cls, event_type: str, pattern: re.Pattern[str], slot: str | None = None, before: str | None = None,
           earlier: str | None = None) -> Trigger:
        return cls(event_type, pattern, slot == "states_after", slot == "states_inside",
                   re.compile(rf"(?:{before})$") if before else None,
                   re.compile(rf"(?-i:{before})(?:{pattern.pattern})", pattern.flags) if before else None,
                   re.compile(earlier, re.IGNORECASE) if earlier else None)


@lru_cache(maxsize=1)
def rank_pattern() -> str:
    """Any ordinal after "first", as trigger rows write it ({RANK}): "tenth", "thirty-first", "31st"."""
    units, words, tens = (alternation(lexicon(name)) for name in ("ordinal_units", "ordinal_words", "ordinal_tens"))
    later_units = alternation(lexicon("ordinal_units")[1:])
    return rf"(?:\d{{1,3}}(?:st|nd|rd|th)|{tens}[- ]{units}|{words}|{later_units})"


def _expanded(pattern: str) -> str:
    return pattern.replace("{RANK}", rank_pattern())


@lru_cache(maxsize=1)
def triggers() -> tuple[Trigger, ...]:
    """The rows of ``membership_triggers.toml``, in order (its header says what a row holds)."""
    found = []
    for row in trigger_rows():
        pattern = row["pattern"]
        if not pattern.startswith(r"\b"):
            raise ValueError(f"membership_triggers.toml: a pattern must start at a word (with \\b): {pattern}")
        if row.get("states") not in (None, "after", "inside"):
            raise ValueError(f"membership_triggers.toml: states may only be after or inside: {pattern}")
        slot = {"after": "states_after", "inside": "states_inside"}.get(row.get("states", ""))
        # (what must stand before the phrase is checked apart, so that the phrase starts at a rare word:
        # a pattern that may start at any capitalised word would be tried at every one of them)
        before = row.get("before")
        found.append(Trigger.of(row["type"], re.compile(_expanded(pattern), re.IGNORECASE), slot,
                                _expanded(before) if before else None, row.get("earlier")))
    return tuple(found)


@lru_cache(maxsize=1)
def trigger_rows() -> tuple[dict, ...]:
    """The trigger rows as written, with their examples (read by the tests too)."""
    return tuple(tomllib.loads(data_text("membership_triggers.toml"))["trigger"])


@dataclass(frozen=True)
class Located:
    span: Span
    value: object


def _is_membership_body(ref: OrganisationRef) -> bool:
    return ref.kind == "intergovernmental" or (ref.kind is None and bool(MEMBERSHIP_HEADS.search(ref.name))
                                               and ref.name not in _former_unions())


@lru_cache(maxsize=1)
def _former_unions() -> frozenset[str]:
    return frozenset(lexicon("former_unions"))


# "Benin (then still Dahomey)", "Sri Lanka (formerly Ceylon)": the same state's other name in brackets
BRACKET_OPENS = re.compile(r"\s*\([^()]{0,24}$")


def _without_names_in_brackets(text: str, located: list[Located]) -> list[Located]:
    """One mention of a name and its other name or acronym in brackets after it ("the Association of
    Southeast Asian Nations (ASEAN)"): the first, which is where the phrase around it starts."""
    located.sort(key=lambda item: item.span.start)
    return [item for index, item in enumerate(located)
            if not (index and located[index - 1].value == item.value and
                    BRACKET_OPENS.fullmatch(text, located[index - 1].span.end, item.span.start))]


def _states_named(text: str, located: list[Located]) -> list[Located]:
    # (not a state that leads or backs a body: "quit the Russian-led CSTO", "a US-backed plan")
    return [item for item in _without_names_in_brackets(text, located) if not LEADER_OF.match(text, item.span.end)]


LEADER_OF = re.compile(r"-(?:led|backed|dominated|sponsored|brokered|driven|centred|centered|based)\b")


def _body_or_parent(ref: OrganisationRef) -> OrganisationRef:
    """An organ's changes are its body's ("the SCO Council of Heads of State admitted ..."); a body
    with members of its own (the East Asia Summit, the New Development Bank) keeps them."""
    if ref.parent is None or ref.kind == "intergovernmental" or (entry := catalogue().lookup(ref.parent)) is None:
        return ref
    return OrganisationRef(name=entry.name, acronym=entry.acronym, kind=entry.kind)


def extract_events(article: ParsedArticle, found: Extraction) -> Extraction:
    _dates_in.cache_clear()  # (caches of this article's sentences only: they hold the text they were asked about)
    _refers_in.cache_clear()
    text = article.text
    states = SpanIndex(_states_named(text, [Located(span, mention.iso3) for mention in found.states
                                            for span in mention.spans]), _span_of)
    # (a body's governing organ stands for the body: "the OECD Council opened accession talks")
    bodies = SpanIndex(_without_names_in_brackets(text, [
        Located(span, body) for body, mention in ((_body_or_parent(m.organisation), m) for m in found.organisations)
        if _is_membership_body(body) for span in mention.spans]), _span_of)
    main_body = _main_body(found)
    main_state = _main_state(found)
    # a body's organs and councils are chaired in turn too ("the chairmanship of the SCO Council of
    # Heads of Government", "of the RATS Council"): any organisation named right after it
    # (by position: a long article has thousands of mentions, and its triggers look near them)
    mentions = SpanIndex((Located(span, mention.organisation) for mention in found.organisations
                          for span in mention.spans), _span_of)
    events: list[MembershipEventFact] = []
    paragraph_before: list[tuple[Span, list[Located]]] = []
    capitals = SpanIndex(_capital_subjects(text, article.parts, states), _span_of)
    for part in article.parts:
        if part.kind not in EVENT_PARTS:
            continue
        named_before: list[Located] = []
        # (a counted group looks back into this paragraph and the one before)
        paragraph_start = paragraph_before[0][0].start if paragraph_before else part.start
        # the paragraph's sentences so far, with their bodies, after the paragraph before's
        told: list[tuple[Span, list[Located]]] = []
        in_view = _InView(text, told, main_body, paragraph_before)
        paragraph_before = told
        for sentence in split_sentences(text, part.start, part.end):
            named = states.within(sentence.start, sentence.end)
            if capitals.within(sentence.start, sentence.end):
                named = sorted(named + capitals.within(sentence.start, sentence.end), key=lambda item: item.span.start)
            if (counted := _group_anaphors(text, sentence, states, paragraph_start, events[-12:]) or
                    _counted_before_a_list(text, sentence, named)):
                named = sorted(named + counted, key=lambda item: item.span.start)
            # ("The country" opening a sentence is its subject beside any state it names later)
            # (or after an opening phrase, before any state: "At the summit in Suva, the country was welcomed")
            # (with no state the article is about, the one state the sentence before named: "... the
            # first attended by Timor-Leste. The country was admitted to ASEAN a day earlier")
            # (a sentence opening with it right after one that named a single state is about that state:
            # "Tonga took a short path in. The country was made a dialogue partner in 2009")
            country = (_the_one_state(named_before) if THE_COUNTRY_OPENS.match(text, sentence.start) else None) \
                or main_state or _the_one_state(named_before)
            country_opens = country is not None and (THE_COUNTRY_OPENS.match(text, sentence.start) is not None or (
                bool(named) and (opening := THE_COUNTRY.search(text, sentence.start, named[0].span.start)) is not None
                and OPENING_BEFORE_SUBJECT.fullmatch(text, sentence.start, opening.start()) is not None))
            taken_up = _named_by_its(text, sentence, named_before, told[-1][0] if told else None) or (
                _the_country(text, sentence, country) if not named or country_opens else []) or \
                _it_that_changed(text, sentence, events, told[-1][0] if told else None) or \
                (_it_the_state_before(text, sentence, named_before, told[-1] if told else None) if named_before else []) or \
                (_it_the_subject_before(text, sentence, named_before, told[-1][0], bodies) if named_before and told else []) or \
                (_they_the_states_before(text, sentence, named_before) if not named else [])
            # ("It" is the subject beside any state the sentence names; "Its" only when it names none)
            in_sentence = taken_up + named if taken_up and (text[taken_up[0].span.start:taken_up[0].span.end] in ("It", "it")
                                                            or country_opens) \
                else named or taken_up
            if named and not taken_up and (again := _the_country_again(text, sentence, named)):
                in_sentence = sorted(in_sentence + again, key=lambda item: item.span.start)
            named_before = named
            in_bodies = bodies.within(sentence.start, sentence.end)
            told_before = len(events)
            if in_sentence:  # every event and roster entry names a state
                triggered = _trigger_matches(text, sentence)
                events += _without_status_ranks(text, sentence, _events_in(
                    text, sentence, in_sentence, triggered, in_bodies, main_body, article.published_on, in_view,
                    mentions))
                back = _pointing_back(text, sentence, in_sentence, triggered, in_bodies, main_body, events,
                                      article.published_on, in_view)
                # ("Nigeria joined them on Jan. 17", after the partner countries were named: the status, not an accession;
                # but "got that status in 2006, and both have since become members": both)
                # (only this sentence's own events, the list's tail: a long article has thousands)
                if back:
                    events[told_before:] = [event for event in events[told_before:] if not (
                        event.span == sentence and event.event_type == "accession" and any(
                            granted.iso3 == event.iso3 and granted.organisation == event.organisation
                            and granted.event_type in GRANTED_STATUSES and granted.date == event.date for granted in back))]
                events += back
            # (a body that describes a state, "Türkiye – a NATO member –", is not what the paragraph is about;
            # a sentence that names none but told of a change is about that change's body: "The union's
            # founding treaty was signed in 2014 by A, B and C. The union has since added observers: ...")
            # (a sentence that told changes is about their bodies, not one named in passing: "..., but
            # its bid was parked under the weight of UN sanctions")
            # (nor a body another grew out of: "It grew out of the Shanghai Five, a grouping that ...")
            # or one named in a participle's phrase: "..., building on the Turkic Investment Fund")
            replaced = {body.value.name for body in in_bodies if _named_in_passing(text, sentence, body)}
            about = [Located(sentence, event.organisation) for event in events[told_before:]
                     if event.span == sentence and _is_membership_body(event.organisation)
                     and event.organisation.name not in replaced] or \
                [body for body in in_bodies if not _describes_a_state(text, body, Span(sentence.end, sentence.end))
                 and not _ranks_a_state(text, body)
                 and body.value.name not in replaced and not _named_as_a_venue(text, body)] or \
                _referred_to(text, sentence, in_view)
            told.append((sentence, about))
    events = _dated_by_the_next_sentence(text, article, events)
    events = _within_lifetimes(_founding_dated(text, article, events, bodies, main_body), main_body)
    return Extraction(events=_dated_as_the_news(text, article, _deduplicated(events, article.published_on)))


# a change the lead tells as news: "has become", "joins", "takes over" (not "had joined")
NEWS_TENSE = re.compile(r"\b(?:has|have)\s+(?:now\s+|formally\s+|officially\s+|finally\s+)?(?:become|joined|been\s+"
                        r"(?:admitted|granted|made|given|accepted|welcomed)|taken\s+over|assumed|gained|received|secured)\b"
                        r"|\b(?:becomes|joins|takes\s+over|assumes|gains|receives|secures)\b", re.IGNORECASE)
IMMEDIATE_EFFECT = re.compile(r"\bwith\s+immediate\s+effect\b|\beffective\s+immediately\b", re.IGNORECASE)
_NEWS_DAYS = 7  # days before publication within which the lead's first day is the news's day
_LEAD_PARAGRAPHS = 2  # body paragraphs that make the lead


def _dated_as_the_news(text: str, article: ParsedArticle, events: list[MembershipEventFact]) -> list[MembershipEventFact]:
    """A change that happened, told without a date in the headline or as news in the lead ("Belarus
    joins SCO"; "Laos has become a partner ..."), happened on the news's day: the first day the
    lead gives in the week before publication, else the day of publication."""
    published = article.published_on
    if published is None or len(published.iso) < 10 or all(event.date is not None for event in events):
        return events
    heads = [part for part in article.parts if part.kind in ("title", "standfirst")]
    lead = [part for part in article.parts if part.kind == "body"][:_LEAD_PARAGRAPHS]
    if not lead:
        return events
    news_day = next((value for match in TEXT_DATE.finditer(text, lead[0].start, lead[-1].end)
                     if (value := resolve_text_date(match, published)) is not None
                     and _a_day_before(value, published, _NEWS_DAYS)), published)

    def as_news(event: MembershipEventFact) -> bool:
        if event.date is not None or event.certainty != "occurred" or event.event_type == "founding_member":
            return False
        if any(part.start <= event.span.start < part.end for part in heads):
            return True
        # ("..., turn into partners with immediate effect": on the day the news told of, wherever it is told)
        return event.span.start < lead[0].end and NEWS_TENSE.search(text, event.span.start, event.span.end) is not None \
            or IMMEDIATE_EFFECT.search(text, event.span.start, event.span.end) is not None

    return [dataclasses.replace(event, date=news_day) if as_news(event) else event for event in events]


# "met on the sidelines of the UN General Assembly": a body's meeting as the place where others met
VENUE_BEFORE = re.compile(r"\b(?:sidelines|side-lines|margins|fringes)\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,2}$",
                          re.IGNORECASE)


def _named_as_a_venue(text: str, body: Located) -> bool:
    return VENUE_BEFORE.search(text, max(0, body.span.start - 40), body.span.start) is not None


def _ended(body: OrganisationRef) -> int | None:
    entry = catalogue().lookup(body.name)
    return entry.ended if entry is not None else None


def _within_lifetimes(events: list[MembershipEventFact], main_body: OrganisationRef | None) -> list[MembershipEventFact]:
    """A change dated after its body ended is not that body's ("Uzbekistan chaired it in 2021",
    the Shanghai Five named last): the article's own body's, if that one was alive, else none."""
    kept = []
    for event in events:
        ended = _ended(event.organisation)
        if ended is None or event.date is None or int(event.date.iso[:4]) <= ended:
            kept.append(event)
        elif main_body is not None and main_body != event.organisation and not (
                (main_ended := _ended(main_body)) is not None and int(event.date.iso[:4]) > main_ended):
            kept.append(dataclasses.replace(event, organisation=main_body))
    return kept


@dataclass
class _InView:
    """The body a paragraph has been talking about: the last one its earlier sentences named
    or referred to ("the organisation"), else the last the paragraph before named ("What is
    NATO? ... a military alliance. ¶ It was created in 1949 by ..."). Looked up only for a
    change that names none."""

    text: str
    told: list[tuple[Span, list[Located]]]
    main_body: OrganisationRef | None
    paragraph_before: list[tuple[Span, list[Located]]]
    _memo: dict = dataclasses.field(default_factory=dict)

    def body(self, head: str | None = None) -> OrganisationRef | None:
        # (asked for by every trigger of a sentence: the answer changes only as sentences are told)
        key = (len(self.told), head)
        if key not in self._memo:
            self._memo[key] = self._body(head)
        return self._memo[key]

    def _body(self, head: str | None = None) -> OrganisationRef | None:
        """``head``: the kind of body a sentence refers to ("the union"): the last in view whose
        name has that word ("South Sudan became the union's 54th member", after a sentence on the
        OAU: the African Union), else the article's own body if its name has it."""
        if head is not None:
            named = [body.value for _, bodies in chain(reversed(self.told), reversed(self.paragraph_before))
                     for body in reversed(bodies) if _has_head(body.value, head)]
            if named:
                return named[0]
            if self.main_body is not None and _has_head(self.main_body, head):
                return self.main_body
            if head in NAMED_ONLY_BY_HEAD:
                return None  # ("the bank" with no bank in view: none of the clubs named before)
        referred = False
        for sentence, bodies in chain(reversed(self.told), reversed(self.paragraph_before)):
            if head in COLLECTIVE_HEADS:
                bodies = [body for body in bodies if not NOT_A_CLUB.search(body.value.name)]
            if bodies:
                # (the article's own body when the sentence named it too: "India took over the SCO's
                # chair ... a year dominated by India's G20 presidency. ... the grouping": the SCO)
                if self.main_body is not None and any(body.value == self.main_body for body in bodies):
                    return self.main_body
                return bodies[-1].value
            # ("Tonga applied to join BRICS in 2023. ... At Johannesburg, the bloc invited A and B instead.
            # Fiji became a member in January": "the bloc" was BRICS, named before it; the article's own
            # body only when nothing before it in view names one)
            referred = referred or _refers_to_body(self.text, sentence)
        return self.main_body if referred else None


# "the union", "the alliance": a body referred to by the head word of its name
# (described by a lower-case compound: "the 120-nation movement"; not the head of a name: "the Association of
# Southeast Asian Nations", "the Union State", "the Non-Aligned Movement")
REFERRED_HEAD = re.compile(r"\b(?:the|its|that|this)\s+(?:(?-i:[a-z0-9])\w*-[\w-]+\s+)?(?P<head>union|alliance|forum|community|council"
                           r"|association|league|pact|agreement|treaty|bank|court|fund|grouping|bloc|club|movement)\b(?!\s+(?:of\s+(?:the\s+)?)?(?-i:[A-Z]))",
                           re.IGNORECASE)
# the head word as the sentence's subject ("The union has since ...", "Since then, the bloc has ...")
REFERRED_HEAD_OPENS = re.compile(r"(?:[A-Z][\w-]*(?:\s+[\w-]+){0,3},\s+)?" + REFERRED_HEAD.pattern.removeprefix(r"\b"),
                                 re.IGNORECASE)
# "the grouping", "the bloc", "the club": a club of states, never a bank, a fund or a court named in passing
COLLECTIVE_HEADS = frozenset({"grouping", "bloc", "club"})
NOT_A_CLUB = re.compile(r"\b(?:Bank|Fund|Court|Tribunal|Agency|Programme|Program|Commission|Secretariat)\b")
# ("the pact's founding signatories": a trade agreement, whatever its name calls it)
HEAD_WORDS = {"pact": {"pact", "agreement", "treaty", "partnership"}, "agreement": {"agreement", "partnership", "pact"},
              "treaty": {"treaty", "pact", "agreement"}}


def _has_head(body: OrganisationRef, head: str) -> bool:
    head = head.lower()
    return not HEAD_WORDS.get(head, {head}).isdisjoint(body.name.lower().split())


def _referred_to(text: str, sentence: Span, in_view: _InView) -> list[Located]:
    """"The EAEU was set up in 2014 ... All of them also sit in the CIS. The union has since added
    observers": a sentence that names no body but one by its head word is about that body, for the
    sentences after it."""
    opening = REFERRED_HEAD_OPENS.match(text, sentence.start, sentence.end)
    body = in_view.body(opening["head"].lower()) if opening is not None else None
    return [Located(sentence, body)] if body is not None else []


def _referred_head(text: str, sentence: Span) -> str | None:
    found = REFERRED_HEAD.search(text, sentence.start, sentence.end)
    return found["head"].lower() if found else None


def _body_described(text: str, sentence: Span, mentions: SpanIndex[Located] | None) -> OrganisationRef | None:
    """"Uzbekistan joined the Turkic grouping": the last body named shortly before whose name
    holds the word that describes it (the Organization of Turkic States)."""
    described = DESCRIBED_BODY_REFERENCE.search(text, sentence.start, sentence.end) if mentions is not None else None
    if described is None:
        return None
    word = described["adjective"].lower()
    named = [mention.value for mention in mentions.within(max(0, sentence.start - _DESCRIBED_REACH), sentence.start)
             if word in mention.value.name.lower().split()]
    return named[-1] if named else None


_DESCRIBED_REACH = 600  # characters: the paragraph or two before
DESCRIBED_BODY_REFERENCE = re.compile(rf"\b(?:the|its)\s+(?P<adjective>(?-i:[A-Z][a-z]+))\s+(?:{_CLUB_NOUNS})\b", re.IGNORECASE)


# a capital standing for its state as the subject of a clause ("Minsk has been a partner since 2010",
# "New Delhi took over the presidency"): at a clause's start, before a verb; never a place ("in Astana")
CLAUSE_START = re.compile(r"(?:[.!?\"”]\s+|[,;:–—]\s+|\b(?:and|while|but|whereas|as|when|after|before|that)\s+)$")
# words between a subject and its verb ("has formally", "was then")
BETWEEN_SUBJECT_AND_VERB = (r"has|have|had|was|were|is|are|will|would|be|been|being|also|then|later|now|formally|first|again"
                            r"|thus|eventually|officially|finally|itself")
# (or its relative clause's: "Budapest, which joined NATO in 1999")
# (or the capital coordinated with it: "New Delhi and Islamabad entered as full members")
SUBJECT_VERB = re.compile(rf"(?:,\s+(?:which|who)|,\s+(?:an?|the|its)\s+[^,;.()]{{1,100}},"
                          # ("Suva, whose bid was launched in 2021, signed ...": a relative clause of its own)
                          r"|,\s+whose\s+[^,;.()]{1,100},"
                          r"|\s+and\s+(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+)?)?"
                          rf"\s+(?:(?:{BETWEEN_SUBJECT_AND_VERB})\s+)*(?:has|had|was|is|will|became|becomes|joined|joins|took|takes|won"
                          r"|applied|applies|assumed|assumes|received|receives|gained|gains|signed|hosted|handed|obtained"
                          r"|acceded|entered|followed|submitted|submits|lodged|lodges|filed|files|sought|seeks|requested"
                          r"|walked|left|quit|withdrew|suspended|froze|returned|rejoined|chaired|chairs|held|holds|co-founded"
                          # ("Tehran launched its accession procedure in 2021")
                          r"|launched|launches|started|starts|began|begins|completed|completes|ratified|ratifies|deposited"
                          # ("Suva confirmed that it had applied")
                          r"|confirmed|confirms|announced|announces|expressed|expresses|conveyed|conveys"
                          # ("as Minsk prepares to join", "Baku plans to apply")
                          r"|prepares|prepared|plans|planned"
                          # ("Hanoi secured observer status in 2005")
                          r"|secured|secures|earned|earns|attained|attains|achieved|achieves)\b")


@lru_cache(maxsize=1)
def capital_matcher() -> NameMatcher[str]:
    return NameMatcher(_capitals().items())


def _capital_subjects(text: str, parts: list, states: SpanIndex) -> list[Located]:
    spans = [(part.start, part.end) for part in parts if part.kind in EVENT_PARTS]
    found = []
    for in_part, (start, _) in zip(capital_matcher().find_in_each(text, spans), spans):
        for match in in_part:
            # (the verb first: most capitals are places, "in Astana on Thursday")
            # (or a capital's possessive before the change itself: "Minsk's accession", "Helsinki's bid")
            if match.value and (SUBJECT_VERB.match(text, match.end) and
                                (not text[start:match.start].strip()
                                 or CLAUSE_START.search(text, max(start, match.start - 12), match.start))
                                or CAPITAL_POSSESSIVE.match(text, match.end)
                                or CAPITAL_RECEIVER.search(text, max(start, match.start - 60), match.start)
                                and not NAME_GOES_ON.match(text, match.end)) and \
                    not states.within(match.start, match.end):
                found.append(Located(Span(match.start, match.end), match.value))
    return found


# ("handed its chair to Beijing": the capital the chair went to, standing for its state)
CAPITAL_RECEIVER = re.compile(r"\b(?:handed|hands|hand|handing|passed|passes|passing|gave|gives)\s+(?:over\s+)?(?:the|its)\s+"
                              r"(?:[\w-]+\s+){0,2}(?:chair|chairmanship|presidency|gavel|baton)\s+(?:over\s+)?to\s+$", re.IGNORECASE)
NAME_GOES_ON = re.compile(r"\s+(?-i:[A-Z])")  # ("to Santiago Peña": a person's first name, not Chile's capital)
CAPITAL_POSSESSIVE = re.compile(r"['’]s\s+(?:(?-i:[A-Z][A-Z0-9-]{1,7})\s+)?(?:accession|entry|bid|application|membership|admission|request"
                                r"|presidency|chairmanship)\b", re.IGNORECASE)  # ("Bishkek's presidency")
ITS = re.compile(r"Its\b")
IT = re.compile(r"It\s+(?:(?:also|then|later|formally|finally|eventually|officially)\s+)?(?:was|has|had|is|will|became|joined"
                r"|rejoined|left|quit|withdrew|acceded|applied|took|won|received|gained|submitted|signed|sought|requested"
                r"|assumed|chaired|held|holds|came|returned|walked|resumed|hosted|co-founded|suspended)\b")


def _named_by_its(text: str, sentence: Span, named_before: list[Located], before: Span | None) -> list[Located]:
    """"Belarus was admitted in 2024. Its accession procedure had been launched in 2022.":
    a sentence that opens with "Its" and names no state is about the one state the
    sentence before it named (several would leave "its" unresolved); so is one that opens
    with "It" and a verb when the sentence before opened with that state ("India's bond with
    the bloc goes back decades. It was granted observer status in 2005")."""
    if len({item.value for item in named_before}) != 1:
        return []
    opening = ITS.match(text, sentence.start)
    if opening is None and before is not None and named_before[0].span.start - before.start <= 4 \
            and IT.match(text, sentence.start):
        return [Located(Span(sentence.start, sentence.start + 2), named_before[0].value)]
    return [Located(Span(opening.start(), opening.end()), named_before[0].value)] if opening else []


def _it_that_changed(text: str, sentence: Span, events: list[MembershipEventFact], before: Span | None) -> list[Located]:
    """"..., but Kiribati withdrew in 2022. It rejoined in 2023": "It" and a verb of
    change after a sentence that told one state's change stand for that state."""
    if before is None or not IT.match(text, sentence.start):
        return []
    changed = {event.iso3 for event in reversed(events[-6:]) if event.span == before}
    return [Located(Span(sentence.start, sentence.start + 2), changed.pop())] if len(changed) == 1 else []


def _it_the_state_before(text: str, sentence: Span, named_before: list[Located],
                         told_before: tuple[Span, list[Located]] | None) -> list[Located]:
    """"Neighbouring Samoa took the same road. It co-founded ...": "It" and a verb of change after
    a sentence that opened with one state and named no body stand for that state (after "NATO
    grew with Fiji. It admitted ...", "It" is the body)."""
    if told_before is None or told_before[1] or (it_at := _it_opening(text, sentence)) is None:
        return []
    state = _the_one_state(named_before)
    if state is None or named_before[0].span.start - told_before[0].start > SUBJECT_REACH:
        return []
    return [Located(Span(it_at, it_at + 2), state)]


def _it_opening(text: str, sentence: Span) -> int | None:
    """Where "It" and a verb of change open the sentence, perhaps after a time ("Next year it will
    take the helm of ...")."""
    opening = TIME_OPENING.match(text, sentence.start)
    it_at = opening.end() if opening else sentence.start
    return it_at if IT.match(text[it_at].upper() + text[it_at + 1:it_at + 60]) else None


def _it_the_subject_before(text: str, sentence: Span, named_before: list[Located], before: Span,
                           bodies: SpanIndex) -> list[Located]:
    """"Samoa is a founding member of the forum and of the bank, which it chaired in 2023. It joined the
    WTO in 2012": "It" and a verb of change after a sentence whose subject, its first name, was a
    state stand for that state, whatever else that sentence named."""
    first = named_before[0]
    if (it_at := _it_opening(text, sentence)) is None or first.span.start - before.start > SUBJECT_REACH \
            or not SUBJECT_VERB_AFTER.match(text, first.span.end) \
            or any(body.span.start < first.span.start for body in bodies.within(before.start, first.span.start)):
        return []
    return [Located(Span(it_at, it_at + 2), first.value)]


SUBJECT_VERB_AFTER = re.compile(r"\s+(?:(?-i:[a-z]+ly)\s+)?(?:is|was|has|had|became|joined|remains|remained|(?-i:[a-z]+ed))\b")


TIME_OPENING = re.compile(r"(?:(?:Next|Last|This|Later\s+that|Earlier\s+this)\s+(?:year|month|week)|In\s+(?:19|20)\d{2}),?\s+(?=it\s)")


SUBJECT_REACH = 30  # characters from a sentence's start within which a state opening it is its subject


def _they_the_states_before(text: str, sentence: Span, named_before: list[Located]) -> list[Located]:
    """"... the withdrawal of Mali, Burkina Faso and Niger became effective. In September 2023 they
    signed the charter creating the alliance": "they" opening a clause, with a verb of change, stands
    for the states the sentence before named (two to six of them)."""
    opening = OPENING_BEFORE_SUBJECT.match(text, sentence.start)
    they = THEY_CHANGED.match(text, opening.end() if opening else sentence.start)
    states = list(dict.fromkeys(item.value for item in named_before))
    if they is None or not 2 <= len(states) <= 6:
        return []
    return [Located(Span(they.start(), they.start() + 4), iso3) for iso3 in states]


THEY_CHANGED = re.compile(r"(?:They|they)\s+(?:(?:also|then|later|formally|jointly|together)\s+)?(?:signed|joined|left|quit"
                          r"|withdrew|applied|became|founded|co-founded|created|set\s+up|established|formed|launched)\b")


# "the first two", "the three governments", "both countries": a group counted, standing for the
# states of the list told just before it (its first or last N, or a list of exactly N)
_COUNTS = r"two|three|four|five|six"
GROUP_ANAPHOR = re.compile(
    rf"\b(?:(?:[Tt]he\s+(?P<end>first|last)\s+(?P<some>{_COUNTS}))(?!\s+(?:years?|months?|weeks?|days?|decades?)\b)"
    # ("the two Nordic countries": a word or two that describe them)
    rf"|(?:[Tt]he|[Aa]ll)\s+(?P<all>{_COUNTS})\s+(?:[\w-]+\s+){{0,2}}?(?:countries|states|nations|governments|republics|neighbou?rs)"
    # ("Both South Asian rivals were admitted": up to two words before the noun)
    r"|(?P<both>[Bb]oth)\s+(?:(?-i:[A-Z][\w-]*|[a-z-]+)\s+){0,2}?(?:countries|states|nations|governments|rivals"
    r"|neighbou?rs|republics|applicants|candidates|newcomers)"
    # "the exit of the three became formal": the count alone, before a verb, "of" or a stop
    # ("All four were among the founding members": "all" and the count alone, before a verb)
    rf"|(?:[Tt]he|[Aa]ll)\s+(?P<bare>{_COUNTS})(?=\s+(?:have|has|had|were|are|will|would|became|become|joined|left|signed|of|to)\b"
    r"|\s*[,.;]))\b")
_GROUP_REACH = 700  # characters back in which the list a counted group stands for is told


def _group_anaphors(text: str, sentence: Span, states: SpanIndex[Located], floor: int,
                    told: Sequence[MembershipEventFact] = ()) -> list[Located]:
    """The states a counted group in the sentence stands for, each at the group's own span
    (``told``: the last events told before it)."""
    found: list[Located] = []
    for anaphor in GROUP_ANAPHOR.finditer(text, sentence.start, sentence.end):
        count = 2 if anaphor.group("both") else \
            count_of(anaphor.group("some") or anaphor.group("all") or anaphor.group("bare"))
        earlier = states.within(max(floor, anaphor.start() - _GROUP_REACH), anaphor.start())
        lists = _lists_in(text, earlier)
        here = Span(anaphor.start(), anaphor.end())
        if anaphor.group("end"):
            chosen = next((group for group in reversed(lists) if len(group) > count), None)
            states_meant = (chosen[:count] if anaphor.group("end") == "first" else chosen[-count:]) if chosen else []
        else:
            # (a list that was a clause's subject or object before one in a phrase of its own: "A and B
            # were admitted to the bloc led by C and D. Both countries ..." are A and B)
            counted = [group for group in lists if len(group) == count]
            states_meant = next((group for group in reversed(counted) if not PREPOSITION_BEFORE.search(
                text, max(0, group[0].span.start - 16), group[0].span.start)), counted[-1] if counted else [])
            if not states_meant and len(named := {item.value: item for item in reversed(earlier)}) == count:
                # ("A applied in March. B, C and D followed within days. All four became founders":
                # no list of four, but exactly four states named since the paragraph before)
                states_meant = list(named.values())
            if not states_meant and len(changed := list(dict.fromkeys(
                    event.iso3 for event in told if max(floor, anaphor.start() - _GROUP_REACH) <= event.span.start))) == count:
                # ("A joined in 2023, and B followed, once C had ratified. Both Nordic states had applied in
                # 2022": the states whose changes were told, not one named in passing)
                states_meant = [Located(here, iso3) for iso3 in changed]
        found += [Located(here, item.value) for item in states_meant]
    return found


# "Eight countries took up the status on 1 January: A, B, ...": a counted subject, its states
# listed after a colon
COUNTED_SUBJECT = re.compile(r"(?:[^,.;:]{0,40},\s+)?(?P<count>two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2})"
                             r"\s+(?:[a-z-]+\s+)?(?:countries|states|nations|governments|economies|members)\b", re.IGNORECASE)
LIST_OPENS = re.compile(r"\s*(?:the\s+)?", re.IGNORECASE)


def _counted_before_a_list(text: str, sentence: Span, named: list[Located]) -> list[Located]:
    """The states a counted subject opening the sentence stands for, each at the subject's span,
    when a colon after it opens a list of that many."""
    if text.find(":", sentence.start, sentence.end) < 0:  # (most sentences: no list after a colon)
        return []
    subject = COUNTED_SUBJECT.match(text, sentence.start, sentence.end)
    colon = text.find(":", subject.end(), sentence.end) if subject else -1
    if colon < 0:
        return []
    word = subject["count"].lower()
    count = count_of(word)
    after = [item for item in named if item.span.start > colon]
    if not after or not LIST_OPENS.fullmatch(text, colon + 1, after[0].span.start):
        return []
    listed = _group(text, after, forward=True)
    here = Span(subject.start("count"), subject.end())
    return [Located(here, item.value) for item in listed] if len(listed) == count else []


def _lists_in(text: str, states: list[Located]) -> list[list[Located]]:
    """The coordinated lists of distinct states among ``states`` (in text order), one state alone a list too."""
    lists, at = [], 0
    while at < len(states):
        group = _group(text, states[at:], forward=True)
        lists.append(list({item.value: item for item in group}.values()))
        at += len(group)
    return lists


# ("the kingdom", "the republic", "the island nation": the state the article is about)
# ("the Southeast Asian country", "the oil-rich kingdom", "the landlocked nation": described, never
# "the member state" or "the host country")
_DESCRIBED_COUNTRY = (r"(?:(?:(?-i:[A-Z])[\w-]*|island|landlocked|tiny|small|young|mountainous|[a-z]+-rich|[a-z]+-speaking"
                      r"|[a-z]+-majority)\s+){0,3}?")
_COUNTRY_HEAD = (rf"(?:{_DESCRIBED_COUNTRY}(?:country|kingdom|republic|archipelago|emirate|sultanate)"
                 r"|(?:(?:(?-i:[A-Z])[\w-]*|island|landlocked|tiny|small|young|mountainous|[a-z]+-[a-z]+)\s+){1,3}?(?:nation|state))")
THE_COUNTRY = re.compile(rf"(?:^|(?<=[,;]\s))(?:The|the)\s+{_COUNTRY_HEAD}\b(?!['’])")
THE_COUNTRY_OPENS = re.compile(rf"The\s+{_COUNTRY_HEAD}\b(?!['’])")
OPENING_BEFORE_SUBJECT = re.compile(r"(?:On|In|At|During|After|Before)\b[^;.]{0,120},\s+")


def _the_country(text: str, sentence: Span, main_state: str | None) -> list[Located]:
    """"The country applied to join BRICS in 2023": a sentence naming no state whose subject is
    "the country" is about the state the article is about."""
    if main_state is None:
        return []
    subject = THE_COUNTRY.search(text[sentence.start:sentence.end]) or \
        THE_COUNTRYS_CHANGE.search(text[sentence.start:sentence.end])
    return [Located(Span(sentence.start + subject.start(), sentence.start + subject.end()), main_state)] \
        if subject else []


def _the_country_again(text: str, sentence: Span, named: list[Located]) -> list[Located]:
    """"Tonga ... on Monday, when leaders granted the island nation the status": "the country"
    inside a sentence is the one state named before it there, or, opening a clause of its own
    ("...; the country had entered the group in 2009"), the state the sentence opened with."""
    found = []
    for again in THE_COUNTRY_INSIDE.finditer(text, named[0].span.end, sentence.end):
        before = [item for item in named if item.span.end <= again.start()]
        state = _the_one_state(before)
        if state is None and CLAUSE_OPENER_BEFORE.search(text, max(sentence.start, again.start() - 6), again.start()) \
                and named[0].span.start - sentence.start <= SUBJECT_REACH:
            state = named[0].value
        if state is not None:
            found.append(Located(Span(again.start(), again.end()), state))
    return found


THE_COUNTRY_INSIDE = guarded(re.compile(rf"(?<=\s)the\s+{_COUNTRY_HEAD}\b(?!['’])"))  # (searched along sentences)
CLAUSE_OPENER_BEFORE = re.compile(r"(?:;|,\s+(?:and|but|while))\s+$")


# ("The cabinet endorsed the Kingdom's status as a partner": its change, named by the possessive)
THE_COUNTRYS_CHANGE = re.compile(rf"\b(?:The|the)\s+{_COUNTRY_HEAD}['’]s(?=\s+(?:(?:new|full|formal)\s+)?(?:status|accession|membership"
                                 r"|bid|application|entry|admission|presidency|chairmanship)\b)", re.IGNORECASE)


def _the_one_state(named: list[Located]) -> str | None:
    return named[0].value if named and all(item.value == named[0].value for item in named) else None


def _main_state(found: Extraction) -> str | None:
    """The state an article is about: mentioned at least twice as often as any other."""
    counts = sorted(((len(mention.spans), mention.iso3) for mention in found.states), reverse=True)
    if not counts or (len(counts) > 1 and counts[0][0] < 2 * counts[1][0]):
        return None
    return counts[0][1]


def _main_body(found: Extraction) -> OrganisationRef | None:
    """The membership body the article is about ("the organisation", "the group"): the most mentioned."""
    bodies = [m for m in found.organisations if _is_membership_body(m.organisation)]
    return max(bodies, key=lambda m: len(m.spans)).organisation if bodies else None


def _span_of(item: Located) -> Span:
    return item.span


RELATIVE_AFTER_STATE = re.compile(r",\s+(?:which|who)\s")


def _events_in(text: str, sentence: Span, states: list[Located], triggered: list[tuple[Trigger, re.Match[str]]],
               bodies: list[Located], main_body: OrganisationRef | None,
               published: DateValue | None, in_view: _InView | None = None,
               mentions: SpanIndex[Located] | None = None) -> list[MembershipEventFact]:
    events = []
    roster = _roster(text, sentence, states)
    listed = {item.span for item in roster}
    if roster:
        nearest = _nearest(bodies, roster[0].span)
        organisation = nearest.value if nearest else main_body
        if organisation is not None:
            evidence = text[sentence.start:sentence.end]
            events += [MembershipEventFact(str(item.value), organisation, "member", "reported", None, evidence, sentence)
                       for item in roster]
    # (a roster's last state stays free for the clause told of it: "..., and Belarus, the last of which joined in 2024")
    # (and one a relative clause follows: "..., Niue and Belarus, which became the tenth member last year")
    free_states = [item for item in states if item.span not in listed or LAST_OF_WHICH_AFTER.match(text, item.span.end)
                   or (item is roster[-1] and RELATIVE_AFTER_STATE.match(text, item.span.end))]
    for trigger, match in triggered:
        found = _event_for(text, sentence, trigger, match, free_states, bodies, main_body, published, in_view,
                           mentions)
        if trigger.event_type == "accession" and _is_bare_verb(match):
            found = [event for event in found if not _repeats_a_grant(event, events)]
            found = _granted_in_turn(text, match, found, events)
        events += found
    return events


def _granted_in_turn(text: str, match: re.Match[str], found: list[MembershipEventFact],
                     told: list[MembershipEventFact]) -> list[MembershipEventFact]:
    """"A and B became the first dialogue partners in 2009, C was admitted in 2012, and ...": a bare
    "admitted" in the clause after a status granted to other states, in the same sentence, is that status."""
    granted = next((event for event in reversed(told) if event.event_type in GRANTED_STATUSES
                    and found and event.span == found[0].span), None)
    if granted is None or any(event.iso3 == granted.iso3 for event in found) or \
            not IN_TURN_BEFORE.search(text, max(granted.span.start, match.start() - 60), match.start()):
        return found
    return [dataclasses.replace(event, event_type=granted.event_type) for event in found]


# the clause of a state in a series: ", C was admitted", ", and C was added"
IN_TURN_BEFORE = re.compile(r",\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*)?\s+(?:was|were)\s+(?:(?:then|later|also)\s+)?$")


MEETING_WHICH = re.compile(r"\b(?:meeting|summit|session|talks|gathering|format|dialogue|conference)[\"”’']?,?\s+(?:which|that)\s+$",
                           re.IGNORECASE)
ONE_OF_THAT = re.compile(r"\b(?:one|among)\s+(?:of\s+)?the\s+(?:\w+\s+){0,2}(?:countries|states|nations|members|governments)\s+(?:that|which|who)\s+$",
                         re.IGNORECASE)
LEFT_AS = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?as\s+(?:the|a|an|its)\b", re.IGNORECASE)
# ("the protocol on Fiji's accession", "the procedure for Fiji's NATO accession")
PROCEDURE_FOR = re.compile(r"\b(?:procedure|process|talks|negotiations|roadmap|criteria|protocols?)\s+(?:for|of|on|towards?|to)\s+(?:the\s+|its\s+)?"
                           r"(?:(?-i:[A-Z])[\w-]*['’]s\s+(?:(?-i:[A-Z]{2,8})\s+)?)?"
                           r"(?:(?:admission|admitting|admit|accession|granting|grant)\b[^.;]{0,40})?$"
                           # ("the procedure for Fiji and Tonga to become full members": the procedure's goal)
                           r"|\b(?:procedure|process)\s+for\s+(?:the\s+)?(?-i:[A-Z])[^.;]{0,60}?\bto\s+$", re.IGNORECASE)
FOUNDERS_NOUN = re.compile(r"(?:co-)?founders\b|founding\s+(?:members?|states?|countries|nations)\b", re.IGNORECASE)
JOINED_BEFORE = re.compile(r"\bjoin(?:s|ed|ing)?\s+(?:the\s+|its\s+)?(?:\w+\s+)?$", re.IGNORECASE)


def _joined_a_state(text: str, match: re.Match[str], states: list[Located]) -> bool:
    """"has joined China in energy projects", "Iran now joins Uzbekistan and Cuba, which became
    observers": a state joined, in an act or in a status, not a body."""
    if not match.group().lower().startswith("join"):
        return False  # ("admit Fiji": the state admitted)
    after = OBJECT_ARTICLE.match(text, match.end()).end()
    joined = [state for state in states if state.span.start >= after]
    if not joined or joined[0].span.start != after:
        return False
    # (not "joining Egypt and Ethiopia in the bloc's latest wave": they joined too)
    group = _group(text, joined, forward=True)
    return STATE_JOINED_IN.match(text, group[-1].span.end) is not None


# "joined China in a number of projects", "joins Uzbekistan and Cuba, which became observers"
STATE_JOINED_IN = re.compile(r",\s+(?:which|who)\b|\s+in\s+(?:the\s+)?(?:[\w-]+\s+)?(?:category|tier|ranks|status)\b"
                             r"|\s+in\s+(?:a|an|several|many|some|its|their|joint)\s+"
                             r"(?!(?:[\w-]+\s+)?(?:bloc|club|group|grouping|union|alliance|organi[sz]ation|forum)\b)")


OBJECT_ARTICLE = re.compile(r"\s*(?:the\s+)?")


def _repeats_a_grant(joined: MembershipEventFact, told: list[MembershipEventFact]) -> bool:
    """"Laos was admitted as an SCO partner on Monday, the first state to join under the new
    status": a bare "join" after a status granted to the same state, in the same sentence and
    on the same day (or undated), is that grant told again, not an accession."""
    return any(event.iso3 == joined.iso3 and event.organisation == joined.organisation
               and event.event_type in GRANTED_STATUSES and joined.date in (None, event.date) for event in told)


def _trigger_matches(text: str, sentence: Span) -> list[tuple[Trigger, re.Match[str]]]:
    """Trigger phrases in a sentence; one phrase, one trigger (the first listed wins).

    Each trigger is tried only where one of its own literal prefixes stands (one scan finds
    those of all of them) instead of scanning the sentence once per trigger; it finds the
    same matches as the trigger's own ``finditer``, which resumes after each match."""
    matches: list[tuple[Trigger, re.Match[str]]] = []
    starts_of = _trigger_starts_finder()(text, sentence.start, sentence.end)
    if not starts_of:  # most sentences
        return matches
    all_triggers = triggers()
    for number in sorted(starts_of):
        trigger, resume = all_triggers[number], sentence.start
        for start in starts_of[number]:
            match = trigger.pattern.match(text, start, sentence.end) if start >= resume else None
            if match is not None and trigger.before is not None:
                # the phrase is the words before it too ("a NATO member since"): one match of both
                before = trigger.before.search(text, max(sentence.start, start - _BEFORE_REACH), start)
                match = trigger.whole.match(text, before.start(), sentence.end) if before else None
            if match is None or trigger.earlier is not None and not trigger.earlier.search(text, sentence.start, match.start()):
                continue
            resume = match.end()
            if not any(m.start() < match.end() and match.start() < m.end() for _, m in matches):
                matches.append((trigger, match))
    return sorted(matches, key=lambda item: item[1].start()) if len(matches) > 1 else matches


_BEFORE_REACH = 60  # characters before a phrase in which its row's "before" is looked for


@lru_cache(maxsize=1)
def _trigger_starts_finder() -> PatternStarts:
    """Where each trigger may start: most words of a sentence begin none of their prefixes."""
    return PatternStarts(trigger.pattern for trigger in triggers())


JOINED_GATHERING = re.compile(r"\s+(?:(?:some|the|its|their|a|an|many|several|most|all|other)\s+)?(?:of\s+(?:the|its)\s+)?"
                              r"(?:[\w-]+\s+)?(?:meetings?|talks|sessions?|summits?|gatherings?|exercises?|drills?|events?"
                              r"|discussions?|negotiations?|calls?|protests?|campaigns?|efforts?|celebrations?)\b", re.IGNORECASE)
# "will join the alliance's joint planning staff": a body's organ or programme, not the body
JOINED_ORGAN = re.compile(r"\s+(?:the\s+)?(?:alliance|bloc|union|organi[sz]ation|group|grouping|forum|community|association"
                          r"|(?-i:[A-Z]{2,8}|[A-Z][a-z]{2,8}))['’]s?\s+", re.IGNORECASE)  # ("join Asean's economic agreements")
JOINED_IN_DOING = re.compile(r"\s+(?:[\w'’-]+\s+){1,5}?in\s+(?-i:[a-z]+ing)\b"
                             # ("joined his Pacific counterparts in Suva": people, not a body)
                             r"|\s+(?:his|her|their|its|the)\s+(?:[\w-]+\s+)?(?:counterparts|colleagues|peers|fellow\s+leaders"
                             r"|neighbours|neighbors|delegations)\b", re.IGNORECASE)
PART_OF_IT = re.compile(r"\s+(?:to\s+|into\s+)?(?:several|some|many|most|a\s+few|a\s+number|two|three|four|five)\s+of\b",
                        re.IGNORECASE)
AS_GUESTS = re.compile(r"\s+(?:the\s+[\w-]+\s+)?as\s+(?:an?\s+)?(?:special\s+|honou?red\s+|invited\s+)?guests?\b", re.IGNORECASE)
WON_OFFICE = re.compile(r"\b(?:won|wins|win|winning|elected\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
OF_AFTER = re.compile(r"\s+of\b")
ORIGINAL_PLAN = re.compile(r"\b(?:originally|initially)\s+(?:been\s+)?(?:scheduled|due|set|planned|expected|slated)\s+(?:to\s+)?$",
                           re.IGNORECASE)
TERM_RUNS = re.compile(r"(?:\s+(?:of\s+)?(?:the\s+)?(?:[A-Z][\w-]*\s+){0,4})?\s+(?:will\s+(?:last|run|end)|is\s+due\s+to\s+(?:run|end)|runs|ran|lasts|lasted"
                       r"|end|ends|ended|expire|expires|expired|conclude|concludes|concluded)\b")
# (not a passive after the tier: "memorandums granting A the status of SCO dialogue partners were signed")
TIER_LISTED = re.compile(r"\s+(?:states\s+|countries\s+|nations\s+)?(?:include|includes|included|are|were|comprise|comprises)\b"
                         r"(?!\s+(?:(?-i:[a-z]+ly)\s+)?(?-i:[a-z]+ed)\b)", re.IGNORECASE)
NAMED_BY_ITS_HEAD = re.compile(r"\bthe\s+(?P<head>Forum|Union|Alliance|Organi[sz]ation|Community|Bloc|Group)\b")
GERUND_WITH_MODAL = re.compile(r"\s+(?:the\s+)?[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?(?:\s+and\s+(?:the\s+)?[A-Z][\w'’-]+)?"
                               r"\s+(?:would|could|might|may|will|should)\b")


# "applied to join in June and became a partner in January": a past verb of its own after the plan's words
# (or a relative clause's: "applied to join the D-8, the club that had grown in May to take in ...")
PAST_VERB_AFTER_PLAN = re.compile(r"\s+and\s+(?:(?:then|later|finally|formally)\s+)?(?:became|was|were|joined|took|gained|won|got|received|signed"
                                  r"|(?-i:[a-z]{3,}ed))\s"
                                  r"|,\s+(?:(?:the|an?)\s+[\w-]+\s+)?(?:that|which)\s+(?:had\s+|has\s+)?(?-i:[a-z]{3,}ed)\b"
                                  # (or the main clause's, after a relative clause: "A, which had asked to join, took up")
                                  r"|,\s+(?:took|became|joined|gained|won|got|received|signed|(?-i:[a-z]{3,}ed))\s", re.IGNORECASE)


def _plan_before(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """Words of a plan just before the trigger ("is set to join", "plans to take over"), in its own clause."""
    start = max(sentence.start, match.start() - 40)
    plan = PLANNED.search(text[start:match.start()])
    if plan is None and (infinitive := AND_TO_BEFORE.search(text, start, match.start())) is not None:
        # "is expected to approve a strategy ... and to hand the chairmanship to Tonga": the plan
        # before the first infinitive governs the second
        start = max(sentence.start, infinitive.start() - WINDOW)
        plan = FIRST_INFINITIVE_PLANNED.search(text, start, infinitive.start())
        return plan is not None
    return plan is not None and not PAST_VERB_AFTER_PLAN.search(text, start + plan.start(), match.end())


AND_TO_BEFORE = re.compile(r"\band\s+to\s+(?:[a-z]+\s+)?(?:the\s+)?$")
FIRST_INFINITIVE_PLANNED = re.compile(rf"\b(?:is|are|was|were)\s+(?:also\s+)?(?:{alternation(lexicon('planned_predicates'))})\s+to"
                                      r"\s+[a-z]+\b[^.;,]*$", re.IGNORECASE)


def _event_for(text: str, sentence: Span, trigger: Trigger, match: re.Match[str], states: list[Located],
               bodies: list[Located], main_body: OrganisationRef | None,
               published: DateValue | None, in_view: _InView | None = None,
               mentions: SpanIndex[Located] | None = None) -> list[MembershipEventFact]:
    before = text[max(sentence.start, match.start() - 60):match.start()]
    if trigger.event_type in GRANTED_STATUSES and (handed := HANDED_TO.match(text, match.end(), sentence.end)):
        return _handed_to_each(text, sentence, trigger, handed.end(), states, bodies, main_body, in_view, published)
    if NEGATED.search(before) or DECLINED.search(before) or HYPOTHETICAL.search(before[-40:]) or \
            trigger.event_type in GRANTED_STATUSES and (
                COUNTED.search(before) or STATUS_KINDS.search(before) or KIND_AFTER.match(text, match.end())):
        return []
    if trigger.event_type in GRANTED_STATUSES and HAD_BEEN_OF_GROUP.search(before):
        return []  # "the states that had been observers or partners, among them A and B": held, not granted
    if trigger.event_type in GRANTED_STATUSES and DURATION_BEFORE.search(before):
        return []  # "after twelve years as an observer": how long a status was held, not its grant
    if ORIGINAL_PLAN.search(before):
        return []  # "had originally been scheduled to chair the bloc in 2027": a plan since changed
    if trigger.event_type == "chairmanship" and WON_OFFICE.search(before) and not OF_AFTER.match(text, match.end()):
        return []  # "after X won the presidency": a national election, not a body's chair
    if trigger.event_type == "chairmanship" and OF_THE_CHAIR_BEFORE.search(before) and BARE_CHAIR.fullmatch(match.group()):
        return []  # "the main events of the chairmanship", "a guest of the chairmanship": the chair in view, no change
    if trigger.event_type == "chairmanship" and TERM_RUNS.match(text, match.end()):
        return []  # "The Philippine chairmanship will run until Dec. 31": when a term ends, not a change
    if trigger.event_type in GRANTED_STATUSES and TIER_LISTED.match(text, match.end()):
        return []  # "Dialogue partners include Nepal, ...": who holds a status, not a grant
    if trigger.event_type == "withdrawal" and match.group()[:7].lower() == "leaving" and LEFT_AS.match(text, match.end()):
        return []  # "the bid stalled, leaving the SCO as the main forum": what remained, not a state that left
    if trigger.event_type == "accession" and PROCEDURE_FOR.search(before):
        return []  # "approved the start of the procedure for the admission of Iran": the procedure, an application
    if trigger.event_type == "accession" and MEETING_WHICH.search(before):
        return []  # "an outreach session, which brought in Tonga": the meeting's guests, not new members
    if trigger.event_type == "accession" and (ASPIRATION.search(before) or JOINED_AS_STATUS.match(text, match.end())
                                              or AS_GUESTS.match(text, match.end())
                                              or (_is_bare_verb(match) and (JOINED_GATHERING.match(text, match.end())
                                                                            or JOINED_ORGAN.match(text, match.end())
                                                                            or JOINED_IN_DOING.match(text, match.end())
                                                                            or PART_OF_IT.match(text, match.end())
                                                                            or _joined_a_state(text, match, states)))):
        # ("will join as special guests", "join some meetings": at a meeting, not in the body;
        # "joined its neighbours in marking the day": in an act; "admitted to several of its bodies")
        return []
    if trigger.event_type in GRANTED_STATUSES and (STATUS_WISH.search(before) or STATUS_SOUGHT.search(before)
                                                   or ATTENDED_AS.search(before) or (
            STATUS_KEPT.search(before) and not SINCE_AFTER.match(text, match.end()))):
        return []  # "wants observer status", "keeps its observer role": a wish or a status kept, not a grant
    if trigger.event_type in GRANTED_STATUSES and HOLDERS_FOR_EXAMPLE.match(text, match.end()):
        return []  # "dialogue partners such as A and B": holders of the status named as examples, no grant
    if NEW_MEMBERS.match(match.group()) and OBJECT_OF_BEFORE.search(before) and not trigger.states_after:
        return []  # "the pace of admitting new members to ASEAN": members in general, no state's change
    if AS_CLAUSE.match(text, match.start()):
        return []  # "as observers gather in Tianjin": a clause with its own verb, not a status
    if match.group().endswith("ing") and GERUND_WITH_MODAL.match(text, match.end()):
        return []  # "admitting Ukraine would drag the war into the union": what a change would do, not one
    if (possessor := POSSESSOR_BEFORE.search(text, max(sentence.start, match.start() - 40), match.start())) and \
            POSSESSED_NOUN.match(match.group()) and not any(s.span.end == possessor.start() for s in states) and \
            not (ADMISSION_OF.match(text, match.start()) and any(b.span.end == possessor.start() for b in bodies)):
        # (but "the SCO's admission of Belarus": the body admits the state after "of")
        return []  # "the newcomer's entry", "the AU's accession": a possessor that is no state
    if trigger.event_type == "application" and match.group()[-3:].lower() == " to" and \
            (after := next((s for s in states if s.span.start >= match.end()), None)) is not None and \
            APPLIES_TO_GAP.fullmatch(text, match.end(), after.span.start):
        return []  # "the decision also applies to Armenia and Nepal": what a rule covers, not a bid to join
    predecessor_body = None
    if trigger.event_type == "founding_member" and (predecessor := PREDECESSOR.search(text, sentence.start, match.start())) \
            and not CLAUSE_BREAK.search(text, predecessor.end(), match.start()) and not (
                # (not in a relative clause closed before the trigger: "The SCO, which grew out of the
                # Shanghai Five, was founded in 2001 by ...": the SCO's founding)
                (closed := _relative_clause_before(text, sentence, Span(match.start(), match.end())))
                and closed.start <= predecessor.start() < closed.end):
        # "It grew out of the Shanghai Five, a grouping that A and B formed in 1996": that body's
        # founding, when it is one the catalogue knows; else no body to give it
        named = [b for b in bodies if predecessor.end() <= b.span.start and b.span.end <= match.start()]
        if not named:
            return []
        predecessor_body = named[0]
    if trigger.event_type == "founding_member" and FOUNDERS_NOUN.match(match.group()) and not trigger.states_after and \
            JOINED_BEFORE.search(text, max(sentence.start, match.start() - 30), match.start()):
        return []  # "the first countries to join the six founders": an accession, told by its own trigger
    if trigger.event_type == "founding_member" and PRESENT_FOUND.match(match.group()) and \
            not TIMELINE_ENTRY.match(text, sentence.start):
        return []  # "found the SCO" outside a timeline's entry is "find"'s past, not "found"
    here = Span(match.start(), match.end())
    # (a body named in a relative clause between the subject and the trigger is the clause's: "Timor-
    # Leste, which broke away after a United Nations-run vote, lodged its application")
    clause = _relative_clause_before(text, sentence, here)
    # (nor one named past a clause break after the trigger: "became an observer in 2005, but its bid
    # was parked under the weight of UN sanctions", or past a participle when a body is in view:
    # "It was founded in 2001 by A and B, building on the Shanghai Five's talks")
    own = [b for b in bodies if not _describes_a_state(text, b, here)
           and not (clause and clause.start <= b.span.start and b.span.end <= clause.end)
           and not (b.span.start >= here.end and CLAUSE_BREAK.search(text, here.end, b.span.start))
           # (nor one in what the change is said to mean: "Iran's entry means that the ECO's members sit together")
           and not (b.span.start >= here.end and COMPLEMENT_CLAUSE.search(text, here.end, b.span.start))
           # (nor the subject of a clause of its own after it: "joins the Shanghai bloc as NATO prepares ...")
           and not (b.span.start >= here.end and CLAUSE_SUBJECT_BEFORE.search(text, max(here.end, b.span.start - 12), b.span.start)
                    and FINITE_AFTER_SUBJECT.match(text, b.span.end))
           and not _replaced(text, sentence, b) and not _listed_with_states(text, b, states)
           and not _named_as_a_venue(text, b)
           and not ATTRIBUTE_AFTER.match(text, b.span.end)]  # ("the BRICS-run New Development Bank": the bank)
    past_participle = [b for b in own if b.span.start >= here.end and PARTICIPLE_BREAK.search(text, here.end, b.span.start)]
    if past_participle and (body_in_view := (in_view.body() if in_view else None) or main_body) is not None:
        own = [b for b in own if b not in past_participle] or [Located(here, body_in_view)]
    body = predecessor_body or (mentions and trigger.event_type == "chairmanship" and _body_chaired(text, match, mentions)) \
        or _nearest(own, here, text) or (own[0] if len({b.value.name for b in own}) == 1 else None)
    # "the bloc", "its 10th member", a status that only a body grants ("observer status",
    # "the rotating chairmanship"): the body the article is about
    refers = _refers_to_body(text, sentence) or trigger.event_type in STATUS_TYPES or (
        trigger.event_type == "accession" and match.group()[:9].lower() == "accession")  # "Belarus's accession": to a body
    # "The SCO has grown more slowly. Belarus became its tenth member": the body the paragraph
    # was about, before the one the whole article names most
    head = _referred_head(text, sentence) if refers and body is None else None
    # ("A, which joined the Non-Aligned Movement in 2011, chaired the movement": named before in the
    # sentence, even in a clause of its own, by the head word the change refers to it by)
    named_before = next((b.value for b in reversed(bodies) if b.span.end <= here.start and _has_head(b.value, head)), None) \
        if head is not None else None
    organisation = body.value if body else (
        (named_before or _body_described(text, sentence, mentions) or (in_view.body(head) if in_view else None)
         or (main_body if head not in NAMED_ONLY_BY_HEAD else None)) if refers else None)
    if body is None and refers and main_body is not None and organisation != main_body and \
            any(b.value == main_body and not _describes_a_state(text, b, here) for b in bodies):
        # "Tonga, which joined NATO in 1999 and the EU in 2004, last held the presidency in 2011": the
        # article's own body, named in the sentence, not one the paragraph before was about
        organisation = main_body
    if body is None and main_body is not None and (named := NAMED_BY_ITS_HEAD.search(text, sentence.start, sentence.end)) \
            and named["head"] in main_body.name.split():
        organisation = main_body  # "the Forum", "the Union" with a capital: the article's own body of that name
    if body is not None and KIND_OBJECT.match(text, here.end):
        # "joined a club that China promotes as a counterweight to the G7": the body joined is the one
        # told before, not one named in the clause describing it
        before_it = [b for b in bodies if b.span.end <= here.start and not _describes_a_state(text, b, here)]
        organisation = before_it[-1].value if before_it else ((in_view.body() if in_view else None) or main_body)
    if organisation is None and in_view is not None and not _has_object(text, match):
        # "The organisation was founded in 2001 ... India and Pakistan became full members in
        # 2017": a sentence that names no body is about the one its paragraph was about
        organisation = in_view.body() or (main_body if JOINED_ALONE.match(text, match.end()) else None)
    if organisation is None:
        return []
    if trigger.event_type == "chairmanship" and (_held_by_adjective(text, here, states)
                                                 or _held_as_status(text, sentence, match)):
        return []
    invited = _invited(text, sentence, here, states)
    chosen = _states_for(text, sentence, here, states, trigger, invited)
    if chosen and trigger.states_after and trigger.event_type == "founding_member" and FOUNDING_VERB.match(text, here.start):
        # "Fiji founded the Forum with Tonga and Samoa": the subject of the active verb founded it too
        chosen = _active_subject(text, here, states) + chosen
    if trigger.event_type == "founding_member" and ONE_OF_THAT.search(before) and \
            (subject := next((s for s in states if s.span.end <= here.start), None)) is not None and \
            all(s.value != subject.value for s in chosen):
        # "Kyrgyzstan, which ..., was one of the six countries that founded the SCO, together with A and B"
        chosen = [subject] + chosen
    if not chosen or (mentions and VERB_TRIGGER.match(match.group()) and _body_is_the_subject(text, here, mentions, chosen)):
        return []
    # an invitation is not yet a change ("invited Egypt to join", "has been invited to join")
    invited = invited is not None or \
        INVITED_TO.search(text, max(sentence.start, here.start - 20), here.start) is not None
    certainty = "planned" if invited or (HEADLINE_PLAN.match(text, max(state.span.end for state in chosen), here.start)
                                         and not RAISED_BEFORE.search(text, max(sentence.start, chosen[0].span.start - 16),
                                                                      chosen[0].span.start)) \
        or (_plan_before(text, sentence, match)
            and not RANKED_INFINITIVE.search(text, max(sentence.start, match.start() - 60), match.start())) or \
        STEP_TOWARDS.search(text, max(sentence.start, match.start() - 30), match.start()) or \
        (trigger.event_type == "accession" and AGREED_TO.search(text, max(sentence.start, match.start() - 40), match.start())) or \
        RECOMMENDED.search(text, sentence.start, match.start()) or _modal_after_subject(text, chosen, here) \
        or (chosen[0].span.start > here.end and FUTURE_BEFORE_SUBJECT.search(text, here.end, chosen[0].span.start)) \
        or NEXT_IN_LINE.match(text, chosen[-1].span.end) \
        or (trigger.event_type in GRANTED_STATUSES and PROCEDURE_FOR.search(text, sentence.start, match.start())) \
        or (trigger.event_type == "chairmanship" and UPCOMING.search(match.group())) \
        or (trigger.event_type == "chairmanship" and _handed_as_planned(text, sentence, here)) \
        else "occurred"
    if certainty == "planned" and not invited and AFTER_GERUND.search(text, max(sentence.start, match.start() - 24), match.start()):
        certainty = "occurred"  # "will become a partner after formally applying in July": the application is done
    # ("takes over the chairmanship in January", said in October: next January, a plan)
    # (a list right after the trigger is its object: the date is looked for from the list's end, "the five
    # founders – A, B, C, D and E – signed the declaration in August 1967")
    dated_from = Span(here.start, chosen[-1].span.end) if trigger.states_after and chosen[0].span.start >= here.end \
        and OBJECT_ARTICLE.fullmatch(text, here.end, chosen[0].span.start) else here
    date = _date_for(text, sentence, dated_from, published, certainty == "planned" or _in_present(text, sentence, match),
                     [state for state in states if state not in chosen])
    if (effect := _takes_effect(text, here, chosen)) is not None:
        # "Mali, whose withdrawal becomes effective on January 29": when the change takes effect
        planned, anchor = effect
        certainty = "planned" if planned else certainty
        date = _date_for(text, sentence, anchor, published, planned) or date
    if invited and date is not None and published is not None and not _after(date, published):
        date = None  # "invited on Thursday": the invitation's date, not the accession's
    if date is not None and published is not None and _after(date, published):
        certainty = "planned"  # dated after the article was published: it cannot have happened yet
    if trigger.event_type == "chairmanship" and date is None and POSSESSIVE_CHAIR.search(
            text, max(sentence.start, match.start() - 16), match.end()) and not BODY_POSSESSIVE.search(
            text, max(sentence.start, match.start() - 50), match.start()):
        return []  # "during Kazakhstan's chairmanship": a status in passing, not a dated change
    if trigger.event_type == "chairmanship" and CHAIR_NOUN.match(text, match.start()) and (held := UNDER_THE_CHAIR_OF.search(
            text, max(sentence.start, match.start() - 40), match.start())) is not None and \
            any(held.end() <= state.span.start < match.start() for state in states) and \
            not TENURE_BEGAN.match(text, match.end(), sentence.end):
        return []  # "a summit held under India's chairmanship" (on a day): the chair held then, taken over before
    if trigger.event_type in GRANTED_STATUSES and date is None and not VERB_OPENS.match(match.group()) and (
            STATUS_HELD.search(before) or _in_apposition(before, match)):
        # "Mongolia has observer status", "Mongolia, an observer state,": a status held, reported
        # as a roster's membership is, not a change
        certainty = "reported"
    if trigger.event_type in GRANTED_STATUSES and HAD_HELD.search(before) and not (
            date is not None and HELD_SINCE.match(text, match.end(), sentence.end)):
        # "the countries that had held observer status": held before, not granted then (but held
        # "since 2015": granted then)
        certainty, date = "reported", None
    evidence = text[sentence.start:sentence.end]
    event_type = _status_admitted_to(text, sentence, match) or (
        _status_of_those_offered(text, sentence, match) if trigger.event_type == "accession" else None) or trigger.event_type
    if event_type == "accession" and date is None and certainty == "occurred" and match.group()[:5].lower() in ("full ", "full-") \
            and MEMBERSHIP_HELD.search(before):
        # "A and B are also full members of the SCO": who belongs, reported as a roster is, not a change
        event_type, certainty = "member", "reported"
    if event_type == "founding_member" and (tier := TIER_SUBJECT.match(text, sentence.start, match.start())):
        # "The dialogue-partner tier began with Fiji and Tonga in 2010": the first to hold the status
        event_type = "dialogue_partner" if tier["status"].lower().startswith("dialog") else tier["status"].lower()
    dates = _respective_dates(text, sentence, here, chosen, published) or [date] * len(chosen)
    events = [MembershipEventFact(str(state.value), organisation, event_type, certainty, each, evidence, sentence)
              for state, each in zip(chosen, dates)]
    if date is not None:  # "Iran joined (the SCO) in July 2023 and Belarus in July 2024": the verb left out
        position = _first_date_end(text, match.end(), sentence.end)
        events += [_like(events[0], state, later, text, sentence)
                   for state, later in _gapped(text, position, states, sentence, published, date)]
        # "Cambodia joined in 1999, two years after Laos and Myanmar": the verb left out before a span of years
        events += [_like(events[0], state, earlier, text, sentence)
                   for state, earlier in _years_apart(text, position, states, sentence, date)]
        # "Hungary, which joined NATO in 1999 and the EU in 2004": the verb left out before another body
        events += [dataclasses.replace(event, organisation=body, date=later)
                   for body, later in _gapped_bodies(text, position, bodies, sentence, published, date)
                   for event in events[:len(chosen)]]
    # "a founding member of the union and of the SCO": the same change in each body named after "and of"
    events += [dataclasses.replace(event, organisation=body)
               for body in _bodies_and_of(text, match.end(), bodies, organisation) for event in events[:len(chosen)]]
    if text.find(", as ", match.end(), sentence.end) >= 0 and (did := AS_DID.search(text, match.end(), sentence.end)) is not None \
            and "," not in text[match.end():did.start()] and \
            not COORDINATED_PREDICATE.search(text, match.end(), did.start()) and \
            (after := [s for s in states if s.span.start >= did.end()]) and after[0].span.start == did.end():
        # "A and B took up the status in January, as did C": the same change for the states after "as did"
        events += [_like(events[0], state, events[0].date, text, sentence) for state in _group(text, after, forward=True)]
    return events


def _bodies_and_of(text: str, end: int, bodies: list[Located], organisation: OrganisationRef) -> list[OrganisationRef]:
    """The bodies coordinated with "and of" after the trigger's own ("member of A and of B")."""
    named = next((body for body in bodies if body.span.start >= end), None)
    if named is None or named.value != organisation or not OF_THE.fullmatch(text, end, named.span.start):
        return []
    found = []
    while (gap := AND_OF.match(text, named.span.end)) is not None and \
            (named := next((body for body in bodies if body.span.start == gap.end()), None)) is not None:
        found.append(named.value)
    return found


AND_OF = re.compile(r"(?:\s*,\s*|\s+)(?:and|as\s+well\s+as)\s+of\s+(?:the\s+)?")
AS_DID = re.compile(r",\s+as\s+(?:did|had|has|have|will|would)\s+(?:(?:neighbou?ring|fellow)\s+)?(?:the\s+)?")
AND_BODY = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:the\s+)?")  # ("of the SCO in 2001 and of the CSTO in 2002")
IN_OR_ON_AFTER = re.compile(r"\s+(?:in|on)\s+")


def _gapped_bodies(text: str, position: int, bodies: list[Located], sentence: Span, published: DateValue | None,
                   before: DateValue) -> list[tuple[OrganisationRef, DateValue]]:
    """Bodies coordinated after a dated change, each with its own date: "... NATO in 1999 and the EU
    in 2004" (``position``: where the first date ends)."""
    found: list[tuple[OrganisationRef, DateValue]] = []
    while (gap := AND_BODY.match(text, position, sentence.end)) is not None:
        body = next((b for b in bodies if b.span.start == gap.end()), None)
        preposition = IN_OR_ON_AFTER.match(text, body.span.end, sentence.end) if body else None
        when = TEXT_DATE.match(text, preposition.end(), sentence.end) if preposition else None
        date = resolve_text_date(when, published) if when else None
        if body is not None and date is None and (when := YEARS_LATER_AFTER.match(text, body.span.end, sentence.end)):
            date = DateValue(f"{int(before.iso[:4]) + _years_later(when):04d}")  # "NATO in 1999 and the EU five years later"
        if date is None:
            break
        found.append((body.value, date))
        before = date
        position = when.end()
    return found


RESPECTIVELY = re.compile(r"\b(?:in|on)\s+(?P<first>[^,;]{3,30}?)\s+and\s+(?:in\s+|on\s+)?(?P<second>[^,;]{3,30}?),?\s+respectively\b")


def _respective_dates(text: str, sentence: Span, here: Span, chosen: list[Located],
                      published: DateValue | None) -> list[DateValue | None] | None:
    """"Thailand and Malaysia applied in June and July respectively": each state its own date, in order;
    "admitted Iran (July 2023) and Belarus (July 2024)": each its own, in brackets after it."""
    bracketed = [BRACKETED_DATE.match(text, state.span.end) for state in chosen] if len(chosen) >= 2 else []
    if bracketed and all(bracketed):
        dates = [resolve_text_date(TEXT_DATE.fullmatch(found["date"]), published) for found in bracketed]
        return dates if all(dates) else None
    if len(chosen) != 2 or (respectively := RESPECTIVELY.search(text, here.end, sentence.end)) is None:
        return None
    dates = []
    for part in ("first", "second"):
        # (read as a date of its own: "July" after "and" has no "in" of its own)
        when = TEXT_DATE.fullmatch(respectively[part]) or TEXT_DATE.fullmatch(f"in {respectively[part]}")
        dates.append(resolve_text_date(when, published) if when else None)
    ordered = sorted(chosen, key=lambda state: state.span.start)
    by_state = {id(state): day for state, day in zip(ordered, dates)}
    return [by_state[id(state)] for state in chosen] if all(dates) else None


BRACKETED_DATE = re.compile(r"\s*\((?:in\s+)?(?P<date>(?:[A-Z][a-z]+\.?\s+)?(?:19|20)\d\d)\)")


# (lower case: "joined the European Union" names its body)
KIND_OBJECT = re.compile(r"\s+(?:a|an|the|this|that)\s+(?:[a-z-]+\s+){0,2}?(?:club|bloc|group|grouping|alliance"
                         r"|organi[sz]ation|union|forum|body)\b(?!\s+(?:of|called|named|known)\b)")
DURATION_BEFORE = re.compile(r"\b(?:years?|decades?|months?)\s+(?:as\s+)?$", re.IGNORECASE)
# "the first South Asian country to become a dialogue partner in 2009": a rank among those it did, not a plan
RANKED_INFINITIVE = re.compile(r"\b(?:first|second|third|fourth|fifth|last|latest|newest|only|\d{1,2}(?:st|nd|rd|th))\s+"
                               r"(?:[\w'’-]+\s+){0,4}?to\s+(?:become|join|be\s+(?:admitted|granted|given))\s+"
                               r"(?:(?:an?|the|its)\s+)?(?:(?-i:[A-Z][A-Z0-9-]{1,7})\s+)?$", re.IGNORECASE)
# "signed a memorandum, a key step towards becoming the 10th member": the change is still ahead
# ("a step closer to becoming a member")
STEP_TOWARDS = re.compile(r"\b(?:(?:steps?|milestones?|moves?|path|road|way)\s+(?:closer\s+)?(?:towards?|to)|closer\s+to)\s+(?:becoming|joining|full\s+)?$",
                          re.IGNORECASE)
# "the group agreed to admit A, B and C" (who joined later, as the next sentence tells): a decision, the
# membership still ahead (an application's procedure "decided to begin" is begun: not read here)
AGREED_TO = re.compile(r"\b(?:agreed|agrees|decided|decides|voted|votes|resolved)(?:\s+in\s+principle)?\s+to\s+$", re.IGNORECASE)
# "Also joining them will be Argentina and Iran": the subject after an inverted future
FUTURE_BEFORE_SUBJECT = re.compile(r"\b(?:will|shall)\s+be\s+(?:the\s+)?$", re.IGNORECASE)
# "new members of" as the object of a verb or a preposition, not said of a state
NEW_MEMBERS = re.compile(r"(?:full|new)\b", re.IGNORECASE)
OBJECT_OF_BEFORE = re.compile(r"\b(?:admit|admits|admitted|admitting|accept|accepts|accepted|accepting|welcome"
                              r"|welcomes|welcomed|welcoming|take\s+in|takes\s+in|taking\s+in|of|for|on|about"
                              r"|with|to)\s+$", re.IGNORECASE)
def _without_status_ranks(text: str, sentence: Span, found: list[MembershipEventFact]) -> list[MembershipEventFact]:
    """"Laos was admitted to it (the partner status), becoming the 17th": a rank in a sentence
    that grants a status and never says "member" or "join" counts the status's holders, not members."""
    granted = {(event.iso3, event.organisation.name): event.date for event in found if event.event_type in GRANTED_STATUSES}
    if not granted or MEMBER_WORD.search(text, sentence.start, sentence.end):
        return found
    # (not a status told with a date of its own: "India, an observer since 2005, was admitted in 2017")
    return [event for event in found
            if event.event_type != "accession" or (event.iso3, event.organisation.name) not in granted
            or _other_dates(granted[(event.iso3, event.organisation.name)], event.date)]


def _other_dates(first: DateValue | None, second: DateValue | None) -> bool:
    return first is not None and second is not None and not (first.iso.startswith(second.iso) or second.iso.startswith(first.iso))


MEMBER_WORD = re.compile(r"\b(?:member|join|accession|acced)", re.IGNORECASE)


# "... folded into a single status called 'SCO partner'. Laos was admitted to it", "admitted Laos
# to it", "the first country admitted under the new arrangement": the status told before
ADMITTED_TO_IT = re.compile(r"(?:\s+[^\s.;,]+){0,3}?\s+(?:to|into|under)\s+(?:it|the\s+(?:new\s+)?(?:status|category"
                            r"|tier|rank|arrangement|format|label|name))\b", re.IGNORECASE)
_STATUS_REACH = 300  # characters back in which the status "it" stands for is named


def _status_admitted_to(text: str, sentence: Span, match: re.Match[str]) -> str | None:
    if not match.group().lower().startswith(("admit", "welcom", "accept")) or \
            not ADMITTED_TO_IT.match(text, match.end(), sentence.end):
        return None
    named = list(STATUS_NAMES.finditer(text, max(0, sentence.start - _STATUS_REACH), match.start()))
    return named[-1].lastgroup if named else None


OF_THEM = re.compile(r"\b[\w-]+\s+of\s+them\b", re.IGNORECASE)


def _status_of_those_offered(text: str, sentence: Span, match: re.Match[str]) -> str | None:
    """"Thirteen states were offered the new status of partner country, and eight of them ... came on
    board on 1 January": they took up the status the sentence named, not membership."""
    if text.find(" of them", sentence.start, match.start()) < 0:
        return None  # (a cheap test first: most sentences have none)
    of_them = list(OF_THEM.finditer(text, sentence.start, match.start()))
    named = list(STATUS_NAMES.finditer(text, sentence.start, of_them[-1].start()))
    return named[-1].lastgroup if named else None


# "The tier of dialogue partner was handed to Sri Lanka in 2009, to Turkey in 2012, and to Nepal
# in 2015": a status granted to each in turn, each with its date
HANDED_TO = re.compile(r"[^.;,]{0,30}?\s+(?:was|were|has\s+been|had\s+been)\s+(?:first\s+)?(?:handed|granted|given"
                       r"|awarded|extended|offered|accorded)\s+to\s+", re.IGNORECASE)
AND_TO = re.compile(r",?\s+(?:and\s+)?(?:then\s+|later\s+)?to\s+", re.IGNORECASE)


def _handed_to_each(text: str, sentence: Span, trigger: Trigger, start: int, states: list[Located],
                    bodies: list[Located], main_body: OrganisationRef | None, in_view: _InView | None,
                    published: DateValue | None) -> list[MembershipEventFact]:
    # (the body named before the grant; one named among the states describes one of them: "Turkey—a NATO member—")
    named = [body for body in bodies if body.span.end <= start]
    organisation = named[-1].value if named else ((in_view.body() if in_view else None) or main_body)
    if organisation is None:
        return []
    events = []
    cuts = [start] + [m.end() for m in AND_TO.finditer(text, start, sentence.end)] + [sentence.end]
    evidence = text[sentence.start:sentence.end]
    for begin, end in zip(cuts, cuts[1:]):
        group = [s for s in states if begin <= s.span.start and s.span.end <= end]
        if not group or group[0].span.start - begin > 4:
            break  # "to" no longer names a state: the list has ended
        when = TEXT_DATE.search(text, group[-1].span.end, end)
        date = resolve_text_date(when, published) if when else None
        events += [MembershipEventFact(str(state.value), organisation, trigger.event_type, "occurred", date, evidence,
                                       sentence) for state in _group(text, group, forward=True)]
    return events


# "It grew out of the 'Shanghai Five'", "the successor to the OAU": a body the one in view replaced,
# never the one the next sentences are about
PREDECESSOR_BEFORE = re.compile(r"(?:\b(?:grew|grown|grows|evolved|emerged)\s+(?:out\s+of|from)|\bsuccessor\s+(?:to|of)"
                                r"|\bpredecessor,?|\bforerunner,?|\breplaced|\bsucceeded|\bturned|\btransformed|\bconverted)"
                                r"\s+(?:the\s+)?[\"“‘']?$",
                                re.IGNORECASE)
LIST_JOINT = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?")


def _listed_with_states(text: str, body: Located, states: list[Located]) -> bool:
    """"observers, including China, Japan, the European Union and Iran": a body in a list of
    states holds what they hold; it does not grant it."""
    before = next((text[s.span.end:body.span.start] for s in states if 0 <= body.span.start - s.span.end <= 12
                   and LIST_JOINT.fullmatch(text, s.span.end, body.span.start)), None)
    after = next((text[body.span.end:s.span.start] for s in states if 0 <= s.span.start - body.span.end <= 12
                  and LIST_JOINT.fullmatch(text, body.span.end, s.span.start)), None)
    # (between two states, or joined to one by "and": not "after joining the SCO, Tehran decided")
    return (before is not None and after is not None) or any(joint is not None and " and " in f" {joint} "
                                                             for joint in (before, after))


def _replaced(text: str, sentence: Span, body: Located) -> bool:
    start = max(sentence.start, body.span.start - 40)
    return PREDECESSOR_STEMS.search(text, start, body.span.start) is not None and \
        PREDECESSOR_BEFORE.search(text, start, body.span.start) is not None


def _named_in_passing(text: str, sentence: Span, body: Located) -> bool:
    start = max(sentence.start, body.span.start - 40)
    # (or as the maker of a document: "recognised by a UN General Assembly resolution")
    return _replaced(text, sentence, body) or (text.find("ing ", start, body.span.start) >= 0 and
                                               IN_PASSING_BEFORE.search(text, start, body.span.start) is not None) \
        or DOCUMENT_AFTER.match(text, body.span.end) is not None \
        or ATTRIBUTE_AFTER.match(text, body.span.end) is not None \
        or SET_ASIDE_BEFORE.fullmatch(text, sentence.start, body.span.start) is not None
    # ("the BRICS-run New Development Bank": the bank; "Beyond BRICS, the SCO ...": the SCO)


# a body set aside by an opening phrase: "Beyond BRICS, ...", "Unlike the EU, ..."
SET_ASIDE_BEFORE = re.compile(r"\s*(?:Beyond|Besides|Apart\s+from|Aside\s+from|Unlike|Outside(?:\s+of)?)\s+(?:the\s+)?")


DOCUMENT_AFTER = re.compile(r"\s+(?:resolutions?|declarations?|decisions?|reports?|statements?|sanctions|mandates?|rulings?)\b")


# (the words PREDECESSOR_BEFORE needs one of: a cheap test first)
PREDECESSOR_STEMS = re.compile("grew|grow|evolved|emerged|uccessor|redecessor|orerunner|replaced|succeeded|turned|transformed"
                               "|converted")
IN_PASSING_BEFORE = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\s+(?:on|upon|from|with|to|in|at|through)?\s*(?:the\s+)?$")
PREDECESSOR = re.compile(r"\b(?:grew|grown|grows|evolved|emerged)\s+(?:out\s+of|from)\b|\b(?:successor\s+(?:to|of)"
                         r"|predecessor|forerunner)\b", re.IGNORECASE)
PRESENT_FOUND = re.compile(r"founds?\b", re.IGNORECASE)
# a timeline's entry: a line that opens with its date and a dash or a colon ("June 2001 - ...")
TIMELINE_ENTRY = re.compile(r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?(?:\d{1,2},?\s+)?(?:19|20)\d{2}\s*[-–—:]\s")
OF_THE = re.compile(r"\s+of\s+(?:the\s+)?")


def _body_chaired(text: str, match: re.Match[str], mentions: SpanIndex[Located]) -> Located | None:
    """"took over the chairmanship of the SCO Council of Heads of Government": the organisation
    named right after the chairmanship (an organ, a council), which its members chair in turn."""
    of = OF_THE.match(text, match.end())
    if of is None:
        return None
    chaired = mentions.starting_at(of.end())  # (the first given, where two start there)
    return chaired[0] if chaired else None


# a word that opens an object: "joined the talks", "joined Mercosur" (a body would be named)
# (or a noun in lower case, "joining global frameworks", not a preposition or an adverb: "joined in
# 2010", "joined formally")
OBJECT_AFTER = re.compile(r"\s+(?:(?i:the|an?|its|their|his|her|our|this|that)\b|[A-Z0-9]"
                          r"|(?!(?:in|on|at|as|with|alongside|along|together|after|before|during|when|from|since"
                          r"|under|last|next|too|also|later|then|earlier|only|and|or|but)\b)[a-z]+(?<!ly)\b)")


# "South Africa joined in 2010", "Belarus joined.": nothing joined but the body the article is about
JOINED_ALONE = re.compile(r"\s*(?:[,.;]|$)|\s+(?:in|on)\s+(?:\d|(?:[A-Z][a-z]+\.?\s+)\d)"
                          rf"|\s+(?:{YEARS_LATER}|the\s+same\s+year|last\s+year|this\s+year|next\s+year|later|earlier|{SHORT_LATER})\b"
                          # ("Cape Verde joined soon afterwards", "joined too")
                          r"|\s+(?:(?:soon|shortly)\s+(?:after(?:wards)?|thereafter)|afterwards|thereafter|subsequently|too|as\s+well)\b"
                          # ("is expected to become a full member at next year's summit": the body's own summit)
                          r"|\s+at\s+(?:the|its|next\s+year['’]s|this\s+year['’]s|the\s+next)\s+(?:[\w'’-]+\s+){0,2}?(?:summit|meeting)\b")


def _is_bare_verb(match: re.Match[str]) -> bool:
    """A trigger of one word ("joined", "admitted"), which says nothing of what was joined."""
    return " " not in match.group()


def _has_object(text: str, match: re.Match[str]) -> bool:
    """Does a one-word trigger take an object other than a body ("joined the talks")?"""
    return _is_bare_verb(match) and OBJECT_AFTER.match(text, match.end()) is not None and \
        not JOINED_ALONE.match(text, match.end())


ORDINALS = rf"first|{rank_pattern()}"
# what may stand between a gapped state and its date: an aside, its rank, a hedge ("and Belarus
# the 10th exactly a year later", "and Sweden, after a long wait, its 32nd on 7 March 2024",
# "and Laos and Myanmar together in 1997")
GAP_BEFORE_DATE = re.compile(r"(?:\s*[–—]\s[^–—.;]{1,100}?\s[–—]|\s*,\s+[^,.;]{1,80},)?"
                             rf"(?:\s+(?:the|its|their)\s+(?:{ORDINALS}))?(?:\s+(?:together|jointly|too|as\s+well))?"
                             r"(?:\s+(?:(?P<exactly>exactly)|just|only|barely|almost|nearly))?"
                             r"(?:(?<=[a-z]),(?=\s+(?:in|on)\s))?",  # ("and Tuvalu the tenth, in June")
                             re.IGNORECASE)


def _gapped(text: str, position: int, states: list[Located], sentence: Span,
            published: DateValue | None, before: DateValue | None = None) -> list[tuple[Located, DateValue]]:
    """States coordinated after a dated change, each group with its own date: "... in July 2023
    and Belarus in July 2024", "... in 2015, and Egypt and Qatar in 2022" (``position``: where
    the first date ends)."""
    found: list[tuple[Located, DateValue]] = []
    later = [state for state in states if state.span.start >= position]
    index = 0
    while index < len(later) and AND_STATE.fullmatch(text, position, later[index].span.start):
        group = [later[index]]
        while index + 1 < len(later) and _LIST_GAP.match(text[group[-1].span.end:later[index + 1].span.start]):
            index += 1
            group.append(later[index])
        gap = GAP_BEFORE_DATE.match(text, group[-1].span.end, sentence.end)
        position, date = _date_after(text, gap.end(), sentence.end, published, before)
        if gap["exactly"] and date and before and before.precision == "day":  # "exactly a year later"
            date = DateValue(date.iso[:4] + before.iso[4:])
        if date is None:
            break
        found += [(state, date) for state in group]
        before = date
        index += 1
    return found


def _held_as_status(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """"holds the chairmanship", "will hold the presidency until ...": a tenure, not a change
    (but a tenure dated by its own year is the chairmanship of that year: "which held the rotating
    presidency of the bloc in 2023", "holds the presidency for 2025")."""
    holding = HOLDING_BEFORE.search(text, max(sentence.start, match.start() - 24), match.start())
    if holding is None:
        return False
    if HELD_UNTIL.match(text, match.end()) is not None:
        return True
    return holding["verb"].lower() != "hold" and not TENURE_YEAR.match(text, match.end(), sentence.end)


# a chair named by its noun, which an adjective may stand before ("the Kazakh chairmanship")
CHAIR_NOUN = re.compile(r"(?:rotating\s+)?(?:chair|chairmanship|chairship|presidency|helm)\b", re.IGNORECASE)


def _held_by_adjective(text: str, here: Span, states: list[Located]) -> bool:
    """"the Kazakh chairmanship": a chair held, not a change (but "the Solomon Islands took over
    the chair" is the state's own verb)."""
    return not BEGINS.match(text, here.end) and CHAIR_NOUN.match(text, here.start) is not None and any(
        0 < here.start - state.span.end <= 1 and THE_BEFORE.search(text, max(0, state.span.start - 6), state.span.start)
        for state in states)


# "..., and Saudi Arabia was granted the same status in 2021": the status of the event before
# ("were brought into the same category in 2023": the status of the event before, in other words)
AMONG_OPENS = re.compile(r"\s*Among\s", re.IGNORECASE)
LISTED_AFTER = re.compile(r"\s(?:were|are|was|is|included|include)\s+(?:the\s+)?", re.IGNORECASE)
# ("are due to receive the same status", "will obtain that status")
SAME_STATUS = re.compile(r"\b(?=\w)(?:(?:granted|given|received?|receives|obtain(?:ed|s)?|gain(?:ed|s)?|accorded|awarded|took\s+up"
                         r"|taken\s+up|take\s+up|acquired?|acquires|secured?|secures)\s+(?:the|that|this)\s+(?:same\s+)?status\b"
                         # "and Nauru has held the status since 2018", "has held that status since 2018": held
                         # since then, so granted then
                         r"|(?:has|have|had)\s+held\s+(?:the|that|this)\s+(?:same\s+)?status\b(?=\s+since\b)"
                         # "Fiji completed the same procedure last year": the status the procedure led to
                         r"|(?:completed|finished|went\s+through|underwent|followed)\s+the\s+same\s+(?:procedure|process|path|route|steps?)\b"
                         r"|(?:brought|moved|put|placed|admitted|added)\s+(?:in|into|to)\s+the\s+same\s+(?:category|tier|status|class|group)\b)"
                         r"(?!\s+of\b)", re.IGNORECASE)  # ("the status of an SCO partner" names its own)
def _same_status(text: str, sentence: Span, states: list[Located], earlier: list[MembershipEventFact],
                 published: DateValue | None) -> list[MembershipEventFact]:
    """Events for "the same status": the status, body and certainty of the last status event
    the article reported, for the states that are the phrase's subject."""
    previous = next((event for event in reversed(earlier) if event.event_type in GRANTED_STATUSES), None)
    match = SAME_STATUS.search(text, sentence.start, sentence.end) if previous else None
    if match is None or previous is None:
        return []
    here = Span(match.start(), match.end())
    before = [s for s in states if s.span.end <= here.start and here.start - s.span.end <= WINDOW]
    if not before and AMONG_OPENS.match(text, sentence.start) and \
            (listed := LISTED_AFTER.search(text, here.end, sentence.end)) is not None:
        # "Among those given the same status on the same date, officials said, were A and B": the list
        after = [s for s in states if s.span.start >= listed.end()]
        before = _group(text, after, forward=True) if after and after[0].span.start == listed.end() else []
    if not before:
        return []
    named = list(STATUS_NAMES.finditer(text, sentence.start, here.start))
    if named and match.group().split()[-1].lower() == "status":
        # "observers such as Mongolia, which has held that status since 2004": the status this sentence named
        previous = dataclasses.replace(previous, event_type=named[-1].lastgroup)
    # ("Kuwait and Bahrain are set to be granted the same status": a plan, whatever the change before was)
    if PLANNED.search(text, max(sentence.start, here.start - 40), here.start):
        previous = dataclasses.replace(previous, certainty="planned")
    date = _date_for(text, sentence, here, published, previous.certainty == "planned")
    if date is None and SAME_DAY_AFTER.match(text, here.end, sentence.end):
        date = previous.date  # ("given the same status on the same date": the day of the grant told before)
    group = before if before[0].span.start > here.end else _group(text, before, forward=False)
    events = [_like(previous, state, date, text, sentence) for state in group if state.value != previous.iso3]
    if events and date is not None:  # "Nepal was granted the status in 2015 and the Maldives in 2023"
        position = _date_end(text, here.end, sentence.end)
        events += [_like(previous, state, later, text, sentence)
                   for state, later in _gapped(text, position, states, sentence, published, date)]
    return events


def _pointing_back(text: str, sentence: Span, states: list[Located], triggered: list[tuple[Trigger, re.Match[str]]],
                   bodies: list[Located], main_body: OrganisationRef | None, earlier: list[MembershipEventFact],
                   published: DateValue | None, in_view: _InView | None = None) -> list[MembershipEventFact]:
    """Events a sentence tells by pointing back at one told before it: "the same status",
    "Iran followed in 2023", "..., after which Kyrgyzstan takes over"."""
    body_in_view = (in_view.body() if in_view else None) or main_body
    # (cheap tests first, on the sentence folded once: every way of following holds one of these
    # words, "the same status" says "status", and most sentences hold none)
    lowered = text[sentence.start:sentence.end].lower()
    follows = "follow" in lowered or "came" in lowered or "same" in lowered or "added" in lowered or "signed" in lowered
    same = _same_status(text, sentence, states, earlier, published) if "status" in lowered or "same" in lowered else []
    if " so " in lowered:
        same += _did_so(text, sentence, states, body_in_view, published)
    # (a follower after "A went through the same procedure, and B is set to follow" follows A's)
    return (same + (_followed(text, sentence, states, earlier + same, published) if follows else [])
            + _handover(text, sentence, states, triggered, bodies, main_body, published)
            + (_first_to_hold_it(text, sentence, states, bodies, main_body, published)
               if HOLD_CUE.search(text, sentence.start, sentence.end) else [])
            + _took_the_status_named(text, sentence, states, bodies, body_in_view, published)
            + _handed_it_to(text, sentence, states, bodies, body_in_view, published)
            + (_so_was(text, sentence, states, earlier) if " so " in lowered or lowered.startswith("so ") else [])
            + _waves(text, sentence, states, bodies, body_in_view, published))


# "enlargement came in waves: A, B and C in 1999; D and E in 2004; F in 2009": groups of states,
# each dated, listed after a word for new members and a colon
WAVES_CUE = re.compile(r"\b(?:enlargements?|expansions?|newcomers|new\s+members|admissions|accessions)\b"
                       r"[^.:;]{0,60}:\s*(?:the\s+)?", re.IGNORECASE)
WAVE_DATE = re.compile(r"\s*(?:\(|\s(?:in|on)\s)")
WAVE_NEXT = re.compile(r"\)?\s*[;,]\s*(?:and\s+)?(?:then\s+)?(?:the\s+)?", re.IGNORECASE)


def _waves(text: str, sentence: Span, states: list[Located], bodies: list[Located],
           main_body: OrganisationRef | None, published: DateValue | None) -> list[MembershipEventFact]:
    cue = WAVES_CUE.search(text, sentence.start, sentence.end) if text.find(":", sentence.start, sentence.end) >= 0 else None
    if cue is None:
        return []
    before = [body for body in bodies if body.span.end <= cue.start()]
    organisation = before[-1].value if before else main_body
    dated: list[tuple[list[Located], DateValue]] = []
    position = cue.end()
    while True:
        after = [state for state in states if state.span.start >= position]
        if not after or after[0].span.start != position:
            break
        group = _group(text, after, forward=True)
        # (a list runs over a bracketed aside, but a bracketed date ends a wave: "A and B (1999), C (2004)")
        dated_gap = next((index for index in range(1, len(group)) if YEAR_IN_TEXT.search(
            text, group[index - 1].span.end, group[index].span.start)), len(group))
        group = group[:dated_gap]
        opens = WAVE_DATE.match(text, group[-1].span.end, sentence.end)
        found = TEXT_DATE.match(text, opens.end(), sentence.end) if opens else None
        if found is None or (date := resolve_text_date(found, published)) is None:
            break
        dated.append((group, date))
        following = WAVE_NEXT.match(text, found.end(), sentence.end)
        if following is None:
            break
        position = following.end()
    if organisation is None or len(dated) < 2:  # (one dated group is no list of waves)
        return []
    evidence = text[sentence.start:sentence.end]
    return [MembershipEventFact(str(state.value), organisation, "accession", "occurred", date, evidence, sentence)
            for group, date in dated for state in group]


# "merged the tiers into a single 'SCO partner' status and handed it to Laos", "took over the
# chairmanship from Uzbekistan and will hand it to Kazakhstan in July": "it" is the status or the
# chair named just before
# (or "it" passes by itself: "holds the presidency until mid-2025, when it is due to pass to Brazil")
HANDED_IT = re.compile(r"\b(?P<plan>(?:will|would|to|is\s+to|is\s+due\s+to)\s+)?(?:handed|hands|hand|handing|passed|passes"
                       r"|pass|gave|gives|give|granted|grants|grant|extended|awarded)\s+(?:it|the\s+(?:new\s+)?status"
                       r"|this\s+status|the\s+baton)\s+(?:over\s+|on\s+)?to\s+"
                       r"|\bit\s+(?P<passes_plan>(?:is\s+(?:due|set|expected|scheduled)\s+to|will)\s+)?(?:pass|passes|passed"
                       r"|go|goes|went|rotate|rotates|rotated)\s+(?:on\s+)?to\s+", re.IGNORECASE)
HANDED_IT_CUE = re.compile(r" (?:it|status|baton)(?: over| on)? to |\bit (?:is due to |is set to |will )?(?:pass|go|rotate)")
# the statuses a text may name before pointing back at one (the last named wins), and a chair
_STATUS_ALTERNATIVES = r"(?P<dialogue_partner>dialog(?:ue)?[- ]partners?)|(?P<observer>observers?)|(?P<partner>partners?)"
HANDED_WHAT = re.compile(rf"\b(?:{_STATUS_ALTERNATIVES}|(?P<chairmanship>chair(?:manship|ship)?|presidency))\b",
                         re.IGNORECASE)


def _handed_it_to(text: str, sentence: Span, states: list[Located], bodies: list[Located],
                  main_body: OrganisationRef | None, published: DateValue | None) -> list[MembershipEventFact]:
    events: list[MembershipEventFact] = []
    if text.find(" to", sentence.start, sentence.end) < 0 or HANDED_IT_CUE.search(text, sentence.start, sentence.end) is None:
        return events  # (most sentences: a literal's search, not the whole pattern's at every position)
    for handed in HANDED_IT.finditer(text, sentence.start, sentence.end):
        receivers = [state for state in states if state.span.start >= handed.end()]
        named = list(HANDED_WHAT.finditer(text, sentence.start, handed.start()))
        if not receivers or not THE_GAP.fullmatch(text, handed.end(), receivers[0].span.start) or not named:
            continue
        here = Span(handed.start(), handed.end())
        # (the body of the status or chair "it" stands for: "took the D-8 chair from Egypt, a
        # leading ECO member, and will hand it to Indonesia" hands on the D-8's)
        status = Span(named[-1].start(), named[-1].end())
        body = _nearest([b for b in bodies if b.span.end <= here.start], status)
        organisation = body.value if body else main_body
        if organisation is None:
            continue
        planned = handed.group("plan") is not None or handed.group("passes_plan") is not None
        date = _date_handed(text, sentence, handed.start(), receivers[-1].span.end, published, planned)
        if date is not None and published is not None and _after(date, published):
            planned = True
        events += [MembershipEventFact(str(state.value), organisation, named[-1].lastgroup,
                                       "planned" if planned else "occurred", date, text[sentence.start:sentence.end],
                                       sentence) for state in _group(text, receivers, forward=True)]
    return events


PHRASE_BEFORE_VERB = re.compile(r",\s*(?P<phrase>(?:at|on|during|after)\s[^,;]{3,60}),\s*$", re.IGNORECASE)


def _date_handed(text: str, sentence: Span, verb: int, start: int, published: DateValue | None,
                 planned: bool) -> DateValue | None:
    """The date after the receivers of a status or chair handed on ("... to Fiji on Tuesday",
    "at the end of the summit"), never one of the clause before ("which held it in 2023-24")
    nor of a clause after them ("to B, which is to host the next gathering"); else the
    sentence's opening phrase's ("At the end of the meeting, A handed it to B")."""
    end = clause.start() if (clause := CLAUSE_BREAK.search(text, start, sentence.end)) is not None else sentence.end
    if (found := TEXT_DATE.search(text, start, end)) is not None:
        return resolve_text_date(found, published, planned)
    refers = REFERS_BACK.search(text, start, end)
    if refers is None and (opening := REFERS_BACK.search(text, sentence.start, verb)) is not None and \
            OPENING_PHRASE.match(text[sentence.start:opening.start()]) and text.find(",", opening.end(), verb) >= 0:
        refers = opening
    if refers is None and (aside := PHRASE_BEFORE_VERB.search(text, sentence.start, verb)) is not None:
        # "... and, during the closing session on Wednesday, passed it on to B": the phrase set off before the verb
        if (found := TEXT_DATE.search(text, aside.start("phrase"), aside.end("phrase"))) is not None:
            return resolve_text_date(found, published, planned)
        refers = REFERS_BACK.search(text, aside.start("phrase"), aside.end("phrase"))
    if refers is not None:
        return _date_before(text, sentence, refers[refers.lastgroup].lower(), published, planned)
    # "holds it until mid-2026, when it is due to pass to Brazil": the holder's term ends then
    if (until := UNTIL_THEN.search(text, sentence.start, start)) is not None and \
            (found := TEXT_DATE.match(text, until.end(), start)) is not None:
        return resolve_text_date(found, published, planned)
    return None


UNTIL_THEN = re.compile(r"\buntil\s+(?:mid-|early\s+|late\s+|the\s+end\s+of\s+)?(?=[^,;]{1,30},\s+when\s+it\b)",
                        re.IGNORECASE)


# "The dialogue partners have multiplied. Sri Lanka was the first in 2009, Turkey was added three
# years later, with Armenia and Nepal joining the list in 2015": a status named as the topic, then
# the states that took it, each with a verb that names no status of its own
TOPIC_VERB = re.compile(
    r"\b(?:(?:was|were)\s+(?:the\s+)?(?:first|second|third|latest|last|next)\b(?=\s+(?:in|on)\s|\s*[,.;])"
    r"|(?:was|were|has\s+been|have\s+been)\s+added\b(?!\s+(?:to|as)\b)"
    # ("A and B were approved in 2021", not "Belarus's accession, which was approved")
    r"|(?<!which\s)(?<!that\s)(?:was|were)\s+(?:also\s+|later\s+|then\s+)?approved\b(?!\s+(?:to|as|for)\b)"
    r"|(?:join(?:ed|ing|s)?|swelled|swell(?:ing|s)?)\s+(?:(?:the\s+)?(?:list|ranks|category|tier)\b(?!\s+of\b)|them\b)"
    r"|(?:accepted|accepts|accept|took\s+up|taken\s+up|received|obtained|gained|got|(?:was|were)\s+(?:granted|given))"
    r"\s+(?:the|this|that)\s+(?:status|offer|designation)\b"
    # "... now hold the new unified status": the status that replaced the old ones
    r"|\b(?P<new_status>now\s+(?:hold|holds|have|has|enjoy|enjoys)\s+the\s+new\s+(?:unified\s+|single\s+|common\s+)?status)\b)",
    re.IGNORECASE)
# the status as a topic: named in the plural or as a tier ("the dialogue partners", "a new tier of
# partner countries", "observer status"), not a "partner" in passing ("an important economic partner")
TOPIC_NAMES = re.compile(r"(?:\b(?:(?P<dialogue_partner>dialog(?:ue)?[- ]partners|dialog(?:ue)?[- ]partner\s+(?:status|tier|category))"
                         r"|(?P<observer>observers|observer\s+(?:status|tier|states))"
                         # (not the end of "dialogue-partner status")
                         r"|(?<!dialogue[- ])(?<!dialog[- ])(?P<partner>partner\s+(?:country\s+)?(?:countries|states|status|tier|category)))\b"
                         r"|(?P<quoted>[\"“‘'](?:(?-i:[A-Z]{2,8})\s+)?partners?(?: countries)?[\"”’']))", re.IGNORECASE)
TOPIC_LATER = re.compile(rf"\s+{YEARS_LATER}\b", re.IGNORECASE)


def _took_the_status_named(text: str, sentence: Span, states: list[Located], bodies: list[Located],
                           main_body: OrganisationRef | None, published: DateValue | None) -> list[MembershipEventFact]:
    # (every status TOPIC_NAMES knows is a partner's or an observer's: a cheap test first)
    # (found in place, in either case: no slice of the text folded for each sentence)
    reach = max(0, sentence.start - _FOLLOW_REACH)
    if all(text.find(word, reach, sentence.end) < 0 for word in ("artner", "bserver", "ARTNER", "BSERVER")):
        return []
    verbs = list(TOPIC_VERB.finditer(text, sentence.start, sentence.end))
    if not verbs:
        return []
    named = list(TOPIC_NAMES.finditer(text, max(0, sentence.start - _FOLLOW_REACH), verbs[0].start()))
    if not named:
        return []
    status = "partner" if named[-1].lastgroup == "quoted" else named[-1].lastgroup  # ('a single "SCO partner" status')
    if verbs[0]["new_status"] and any(name.lastgroup in ("partner", "quoted") for name in named):
        status = "partner"  # "... now hold the new common status": the one that replaced the old tiers named after it
    events: list[MembershipEventFact] = []
    floor, date = sentence.start, None
    for verb in verbs:
        here = Span(verb.start(), verb.end())
        subjects = _within_reach([s for s in states if floor <= s.span.start and s.span.end <= here.start], here,
                                 forward=False)
        body = _nearest(bodies, here)
        organisation = body.value if body else main_body
        if subjects and organisation is not None:
            later = TOPIC_LATER.match(text, verb.end())
            same_period = LATER_THAT.match(text, verb.end())
            if later and date is not None:  # "added three years later": after the change before
                date = DateValue(f"{int(date.iso[:4]) + _years_later(later):04d}")
            elif same_period and (told := _dates_in(text, sentence.start, here.start)):
                # "Nauru joined them later that month": the month of the date told before
                before = resolve_text_date(told[-1], published)
                precision = 7 if same_period["unit"].lower() == "month" else 4
                date = DateValue(before.iso[:precision]) if before and len(before.iso) >= precision else None
            else:
                date = _date_for(text, Span(floor, sentence.end), here, published, future=False)
            first = MembershipEventFact(str(subjects[-1].value), organisation, status, "occurred", date,
                                        text[sentence.start:sentence.end], sentence)
            events += [dataclasses.replace(first, iso3=str(state.value)) for state in _group(text, subjects, forward=False)]
            if same_period and date is not None:  # "... and Tuvalu in June 2025": the verb left out
                events += [_like(first, state, when, text, sentence) for state, when in
                           _gapped(text, same_period.end(), [s for s in states if s.span.start >= same_period.end()],
                                   sentence, published, date)]
        floor = verb.end()
    return events


# "Laos became the first state to hold it": the status the text named just before ("a single
# 'SCO partner' status"), granted to the state before the phrase
FIRST_TO_HOLD = re.compile(r"\b(?:became|becomes|was|is)\s+the\s+(?:first|second|third|\d{1,2}(?:st|nd|rd|th))\s+"
                           r"(?:state|country|nation)\s+to\s+(?:hold|receive|get|gain|obtain|be\s+granted|be\s+given)"
                           r"\s+(?:it|this\s+status|that\s+status|the\s+(?:new\s+)?(?P<named>[\"“‘']?(?:[A-Z]{2,8}\s+)?"
                           r"(?:dialog(?:ue)?[- ]partner|observer|partner)[\"”’']?\s+)?status)\b", re.IGNORECASE)
# what FIRST_TO_HOLD cannot do without: searched first (FIRST_TO_HOLD itself, in every sentence
# that names a state, cost 1.5% of extraction; this, half a per cent)
NEW_STATUS = re.compile(r"\bnew\s+status\b", re.IGNORECASE)
HOLD_CUE = re.compile(r"(?:state|country|nation) to (?:hold|receive|get|gain|obtain|be)\b")
# the statuses a text may name before pointing back at one (the last named wins)
STATUS_NAMES = re.compile(rf"\b(?:{_STATUS_ALTERNATIVES})\b", re.IGNORECASE)


def _first_to_hold_it(text: str, sentence: Span, states: list[Located], bodies: list[Located],
                      main_body: OrganisationRef | None, published: DateValue | None) -> list[MembershipEventFact]:
    match = FIRST_TO_HOLD.search(text, sentence.start, sentence.end)
    holder = [state for state in states if state.span.end <= match.start()][-1:] if match else []
    if not holder:
        return []
    # ("Laos, which had been admitted as a dialogue partner last year, was the first country to be
    # granted the new status": a new status was named before the sentence, not the one it had)
    named_until = sentence.start if NEW_STATUS.search(match.group()) else match.start()
    if match["named"]:  # "the first country to receive the new 'SCO partner' status": named in the phrase
        named = list(STATUS_NAMES.finditer(text, match.start("named"), match.end("named")))
    else:
        named = list(STATUS_NAMES.finditer(text, max(0, sentence.start - _FOLLOW_REACH), named_until))
    body = _nearest(bodies, Span(match.start(), match.end()))
    organisation = body.value if body else main_body
    if not named or organisation is None:
        return []
    here = Span(match.start(), match.end())
    clause = _relative_clause_before(text, sentence, here)  # (not the date of "which had been admitted in 2024")
    date = _date_for(text, Span(clause.end, sentence.end) if clause else sentence, here, published, future=False)
    return [MembershipEventFact(str(holder[0].value), organisation, named[-1].lastgroup, "occurred", date,
                                text[sentence.start:sentence.end], sentence)]


# "Iran followed in 2023 and Belarus in 2024": the change the article just reported, for more states
# ("were added in 2015", "signed up in 2012": the same change, for more states)
# (the follower perhaps with a relative clause or an aside of its own: "Sweden, whose bid was held
# up for months, followed", "Sweden, after a long standoff, followed")
# "followed within days": no date of its own, the one followed
WITHIN_DAYS = re.compile(r"\s+within\s+(?:(?:a\s+few|a|two|three)\s+)?(?:days?|weeks?|hours)\b", re.IGNORECASE)
FOLLOWED = re.compile(r"(?:\s*,\s+(?:whose|which|who|after|despite|following|having|amid|like)\b[^,;]{0,100},|\s*[–—]\s[^–—.;]{1,80}\s[–—]"
                      # ("Vietnam, which followed in 1995,": the follower in a relative clause of its own)
                      r"|\s*,\s+(?:which|who)(?=\s+(?:soon\s+|later\s+|then\s+)?followed\b)"
                      # ("Samoa, a NATO member, signed up in 2012": an apposition between the follower and its verb)
                      r"|\s*,\s+an?\s+[^,;.]{1,40},)?"
                      r"\s+(?:soon\s+|later\s+|then\s+|quickly\s+)?(?:followed|did\s+the\s+same|came(?:\s+on\s+board"
                      # ("A, B and C are set to follow": a plan)
                      r"|\s+aboard|\s+in(?:\s+together)?)?|(?P<plan>(?:is|are)\s+(?:also\s+)?(?:set|expected|due|poised|likely|slated"
                      r"|scheduled)\s+to\s+follow|(?:will|would)\s+(?:also\s+|soon\s+|eventually\s+)?follow)"
                      # ("would follow them into that tier": the status told before)
                      rf"|(?:was|were)\s+added|signed\s+up|signing\s+up)(?:\s+suit|(?:\s+(?:them|it))?\s+into\s+(?:that|this|the\s+same)"
                      rf"\s+(?:tier|status|category|group)"
                      # ("A and B followed with their own applications in March")
                      r"|\s+with\s+(?:their|its)\s+own\s+(?:[\w-]+\s+)?(?:applications?|bids?|requests?)"
                      # ("Tonga followed as a full member": the status the change gave)
                      rf"|\s+as\s+(?P<members>(?:an?\s+)?(?:full(?:[\s-]fledged)?\s+)?members?))?(?=\s+(?:in|on)\s|\s+at\s+the\s+(?:start|beginning|end)\s+of\s|\s*[.,;]|\s+and\s|\s+{YEARS_LATER}\b|\s+{SHORT_LATER}\b"
                      r"|\s+later\s+(?:that|the\s+same)\s+(?:year|month)\b"
                      # ("B, C and D followed within days": the same month)
                      rf"|{WITHIN_DAYS.pattern}"
                      rf"|\s+(?:last|this)\s+(?:year|month|{MONTH})\b|\s+[\w-]+\s+(?:years?|months?)\s+ago\b)", re.IGNORECASE)
ENTERED_ITSELF = re.compile(r"\b(?:came|signed\s+up|signing\s+up)\b", re.IGNORECASE)
# "..., followed by India and Pakistan in 2005", "were followed by Iran in 2023": the states after "by"
FOLLOWED_BY = re.compile(r"\bfollowed\s+(?:(?:shortly|soon|closely|quickly|swiftly|later)\s+)?by\s+(?:the\s+)?", re.IGNORECASE)
# ("an observer since 2004 and Afghanistan since 2012"; "admitted A last July and B this July")
# ("and Egypt earlier this year")
FOLLOWING_DATE = re.compile(r"\s+(?:(?:in|on|since)\s+|(?:(?:earlier|later)\s+)?(?=(?:last|this|next)\s)"
                            r"|at\s+the\s+(?=(?:start|beginning|end)\s+of\s))")  # ("at the start of this year")
# "Laos and Myanmar two years later", "Belarus came a year later": a date counted from the one before
YEARS_LATER_AFTER = re.compile(rf"\s+{YEARS_LATER}\b", re.IGNORECASE)


def _years_later(match: re.Match[str]) -> int:
    count = (match.group("count") or "one").lower()
    years = count_of(count)
    years = years * 10 if (match.group("unit") or "").lower().startswith("decade") else years
    return -years if match.groupdict().get("earlier") else years  # ("a year earlier": counted back)
# between a dated change and a state coordinated after it ("in 2017, Iran in July 2023 and ..."):
# the state's own date must follow it, so a bare comma is enough
# (past an aside on the date before: "Iran on 4 July 2023, at a virtual summit hosted by India, and Belarus ...")
AND_STATE = re.compile(r"(?:,\s+(?:at|in|during|after|when|as|again)\b[^,;]{1,60})?(?:\s*,\s+(?:and\s+)?|\s+and\s+)(?:of\s+)?(?:the\s+)?")
FOLLOWABLE = frozenset({"accession", "observer", "dialogue_partner", "partner", "application", "founding_member", "withdrawal"})
_FOLLOW_REACH = 300  # characters back in which the change followed must have been told


SENTENCE_CLAUSES = re.compile(r",\s+and\s|;\s")


def _followed(text: str, sentence: Span, states: list[Located], earlier: list[MembershipEventFact],
              published: DateValue | None) -> list[MembershipEventFact]:
    # (not a change this sentence tells of the follower itself: "Samoa followed in 2023, long after it
    # had taken a seat as an observer" follows the change before, not its own seat)
    # (a state that "came on board" by a trigger of its own, with its own date, is a change to follow:
    # "A came on board in December that year, and B and C followed in 2004"; not "A came on board a
    # decade later", which follows the change before)
    entered = {state.value for state in states if (phrase := FOLLOWED.match(text, state.span.end, sentence.end))
               and ENTERED_ITSELF.search(phrase.group()) and any(
                   event.span == sentence and event.iso3 == state.value and event.event_type == "accession"
                   and event.date is not None for event in earlier)}
    own = {state.value for state in states if FOLLOWED.match(text, state.span.end, sentence.end)} - entered
    # (nor a change told later in the sentence: "Uzbekistan came on board in 2019, Hungary has been
    # an observer since 2018" follows no observer)
    follower_at = min((state.span.start for state in states if state.value in own), default=sentence.end)
    told_first = {state.value for state in states if state.span.start < follower_at}
    if told_first and SENTENCE_CLAUSES.search(text, sentence.start, follower_at) and not any(
            event.span == sentence and event.iso3 in told_first for event in earlier):
        # "A removed the group from its list of banned organisations, and B followed suit": the act
        # of the clause before, which changed no membership (unless a state is followed by name)
        return _followed_a_state(text, sentence, states, earlier, published)
    # ("Brazil takes over the presidency in December, to be followed by Ghana in 2025": a chair
    # followed in the sentence that told it is the chair's rotation)
    previous = next((event for event in reversed(earlier) if (event.event_type in FOLLOWABLE or (
        event.event_type == "chairmanship" and event.span == sentence and FOLLOWED_BY.search(text, sentence.start, sentence.end)))
                     and not (event.span == sentence and (event.iso3 in own or event.iso3 not in told_first))), None)
    if previous is None or sentence.start - previous.span.end > _FOLLOW_REACH:
        return _followed_a_state(text, sentence, states, earlier, published)
    if previous.event_type == "application" and previous.span != sentence:
        # "A became a full member in 2017, two years after the process for it was launched. B followed in
        # 2023": the change the sentence before was about, not the step told in its aside
        previous = next((event for event in reversed(earlier) if event.span == previous.span
                         and event.event_type in FOLLOWABLE and event.event_type != "application"), previous)
    if previous.event_type == "founding_member":  # "founded by A and B; C came on board a year later"
        previous = dataclasses.replace(previous, event_type="accession")
    events = []
    for by in FOLLOWED_BY.finditer(text, sentence.start, sentence.end):
        after = [state for state in states if state.span.start >= by.end()]
        if after and after[0].span.start == by.end():
            group = _group(text, after, forward=True)
            position, date = _date_after(text, group[-1].span.end, sentence.end, published, previous.date)
            events += [_like(previous, each, date, text, sentence) for each in group] + [
                _like(previous, later, later_date, text, sentence)
                for later, later_date in _gapped(text, position, after[len(group):], sentence, published, date)]
            previous = events[-1]  # "...; Belarus came a year later": after the last of them
            break
    for index, state in enumerate(states):
        followed = FOLLOWED.match(text, state.span.end, sentence.end)
        if followed is None or state.value in entered or any(event.iso3 == state.value for event in events):
            continue
        position, date = _date_after(text, followed.end(), sentence.end, published, previous.date)
        if date is None and WITHIN_DAYS.match(text, followed.end()):
            date = previous.date
        like = previous if not followed["members"] else dataclasses.replace(previous, event_type="accession")
        if followed["plan"]:  # "Nauru and Palau are set to follow": the same change, still ahead
            like = dataclasses.replace(like, certainty="planned")
            date = date if date is not None and published is not None and _after(date, published) else None
        # "India, Iran and Pakistan followed": every state of the group
        events += [_like(like, each, date, text, sentence)
                   for each in reversed(_group(text, states[:index + 1], forward=False))]
        # "... and Belarus in 2024": the same verb left out
        events += [_like(previous, later, later_date, text, sentence)
                   for later, later_date in _gapped(text, position, states[index + 1:], sentence, published, date)]
        # ("Brunei followed in 1984 and Vietnam in 1995, with Laos and Myanmar signing up two years
        # later": a second follower after the first's gapped ones, counted from the last date told)
        previous = events[-1]
    told = {event.iso3 for event in events}
    return events + [event for event in _followed_a_state(text, sentence, states, earlier, published)
                     if event.iso3 not in told]


# "Laos and Myanmar followed Vietnam in 1997": the change told of the state followed, for the followers
FOLLOWED_STATE = re.compile(r"\s+(?:soon\s+|later\s+|then\s+)?followed\s+(?:the\s+)?(?=\S)", re.IGNORECASE)


def _followed_a_state(text: str, sentence: Span, states: list[Located], earlier: list[MembershipEventFact],
                      published: DateValue | None) -> list[MembershipEventFact]:
    if text.find("followed", sentence.start, sentence.end) < 0:
        return []
    for index, state in enumerate(states[:-1]):
        verb = FOLLOWED_STATE.match(text, state.span.end, sentence.end)
        leader = states[index + 1]
        if verb is None or leader.span.start != verb.end():
            continue
        previous = next((event for event in reversed(earlier) if event.iso3 == leader.value
                         and event.event_type in FOLLOWABLE), None)
        if previous is None:
            return []
        if previous.event_type == "founding_member":  # the founders were followed by the first to join
            previous = dataclasses.replace(previous, event_type="accession")
        _, date = _date_after(text, leader.span.end, sentence.end, published, previous.date)
        return [_like(previous, each, date, text, sentence)
                for each in reversed(_group(text, states[:index + 1], forward=False))]
    return []


# "joined the organization in 2017", "admitted Fiji last July": the object between a trigger and its date
OBJECT_BEFORE_DATE = re.compile(rf"(?:\s+[^\s,.;]++){{0,8}}?(?=\s+(?:in|on|since)\s|\s+(?:last|this|next)\s+(?:year|{MONTH})\b)",
                                re.IGNORECASE)  # word by word: it runs per dated change


def _object_end(text: str, start: int, end: int) -> int:
    """Where a date after the trigger's object would start; ``start`` when none could."""
    found = OBJECT_BEFORE_DATE.match(text, start, end)
    return found.end() if found else start


IN_OR_ON = re.compile(r"\s+(?:in|on|since)\s")
_DATE_REACH = 80  # characters after a trigger in which its date is looked for past places ("at a summit in Dushanbe in 2021")


def _first_date_end(text: str, start: int, end: int) -> int:
    """Where the first date after the trigger's object ends, past a place named with "in"
    ("were cleared at a summit in Dushanbe in 2021"); ``start`` when none does."""
    position = _object_end(text, start, end)
    if (found := _date_end(text, position, end)) != position:
        return found
    reach = min(end, start + _DATE_REACH)
    if (semicolon := text.find(";", position, reach)) >= 0:
        reach = semicolon  # (not another clause's date: "came in ten years on; Samoa has been an observer since 2016")
    for preposition in IN_OR_ON.finditer(text, position, reach):
        if (found := _date_end(text, preposition.start(), end)) != preposition.start():
            return found
    return position


def _date_end(text: str, start: int, end: int) -> int:
    """Where the date "in 2023" / "on 4 July 2024" right after ``start`` ends (``start`` when
    none stands there), without reading it (reading one took four microseconds)."""
    preposition = FOLLOWING_DATE.match(text, start, end)
    found = TEXT_DATE.match(text, preposition.end(), end) if preposition else None
    if found is None and preposition:  # "in March": a month alone is read with its preposition
        found = TEXT_DATE.match(text, preposition.end() - len(preposition.group().lstrip()), end)
    return found.end() if found else start


# a date that needs no preposition: "followed last year", "followed two years ago"
RELATIVE_DATE_AHEAD = re.compile(rf"\s+(?=(?:last|this)\s+(?:year|month|{MONTH})\b|[\w-]+\s+(?:years?|months?)\s+ago\b)",
                                 re.IGNORECASE)
# "in August of the same year", "later that year": the year of the date told before
SAME_YEAR_AFTER = re.compile(rf"\s+(?:(?:in|by)\s+(?P<month>{MONTH})\.?\s+of\s+(?:the\s+same|that)\s+year"
                             r"|(?:later\s+|earlier\s+)?(?:in\s+)?(?:that|the\s+same)\s+year)\b", re.IGNORECASE)


def _in_same_year(match: re.Match[str], before: DateValue | None) -> DateValue | None:
    if before is None:
        return None
    if match.group("month") is None:
        return DateValue(before.iso[:4])
    return DateValue(f"{before.iso[:4]}-{month_number(match.group('month')):02d}")


LATER_THAT = re.compile(r"\s+later\s+(?:that|the\s+same)\s+(?P<unit>year|month)\b", re.IGNORECASE)


def _date_after(text: str, start: int, end: int, published: DateValue | None,
                before: DateValue | None = None) -> tuple[int, DateValue | None]:
    """The date "in 2023" / "on 4 July 2024" right after ``start``, and where it ends; "two
    years later" counts from ``before``, the date told before it."""
    if (later := YEARS_LATER_AFTER.match(text, start, end)):
        return later.end(), DateValue(f"{int(before.iso[:4]) + _years_later(later):04d}") if before else None
    if (later := SHORT_LATER_AFTER.match(text, start, end)):  # "Malaysia followed a month later"
        return later.end(), _moved(before, SHORT_TIME_LATER.search(later.group())) if before and len(before.iso) >= 7 else None
    if (same := SAME_YEAR_AFTER.match(text, start, end)):
        return same.end(), _in_same_year(same, before)
    if (same := LATER_THAT.match(text, start, end)):  # "later that month": the month of the date before
        precision = 7 if same["unit"].lower() == "month" else 4
        return same.end(), DateValue(before.iso[:precision]) if before and len(before.iso) >= precision else None
    preposition = FOLLOWING_DATE.match(text, start, end) or RELATIVE_DATE_AHEAD.match(text, start, end)
    found = TEXT_DATE.match(text, preposition.end(), end) if preposition else None
    if found is None and preposition:  # "in June": a month alone is read with its preposition
        found = TEXT_DATE.match(text, preposition.end() - len(preposition.group().lstrip()), end)
    if found is None:
        return start, None
    if before is not None and len(before.iso) >= 7 and (found["day_month_bare"] or found["month_day_bare"] or (
            found["month"] and not COUNTED_FROM_PUBLICATION.match(found["month"]))):  # ("this July": the article's)
        # "Ukraine applied on 28 February 2022; Georgia and Moldova followed on 3 March": the first
        # such day after the one followed, not in the year the article was published
        day = before.iso if len(before.iso) == 10 else f"{before.iso}-01"
        return found.end(), resolve_text_date(found, DateValue(day), True)
    return found.end(), resolve_text_date(found, published)


COUNTED_FROM_PUBLICATION = re.compile(r"(?:last|this|next)\s", re.IGNORECASE)
# "Fiji was among the founding members; so was Tonga": the change told before, for another state
SO_WAS = re.compile(r"(?:^|[;,.]\s+(?:and\s+)?|\s+and\s+)so\s+(?:was|were|did|had|has|have)\s+(?:the\s+)?", re.IGNORECASE)


DID_SO = re.compile(r"\s+(?:did|has\s+done|have\s+done|had\s+done)\s+so\b")
_SENTENCE_BEFORE_REACH = 400  # characters back in which the sentence before is read


def _did_so(text: str, sentence: Span, states: list[Located], body: OrganisationRef | None,
            published: DateValue | None) -> list[MembershipEventFact]:
    """"Some have already filed applications. Tonga did so in June": the change the sentence
    before told without a state as its subject, for the state that "did so"."""
    did = next((match for state in states if (match := DID_SO.match(text, state.span.end, sentence.end))), None)
    if did is None or body is None:
        return []
    before = split_sentences(text, max(0, sentence.start - _SENTENCE_BEFORE_REACH), sentence.start)
    told = _trigger_matches(text, before[-1]) if before else []
    if not told or told[-1][0].event_type not in DONE_AGAIN_TYPES:
        return []
    subjects = _group(text, [s for s in states if s.span.end <= did.start()], forward=False)
    here = Span(did.start(), did.end())
    certainty = "planned" if PLANNED.search(text, max(sentence.start, here.start - 40), here.start) else "occurred"
    date = _date_for(text, sentence, here, published, certainty == "planned")
    return [MembershipEventFact(str(state.value), body, told[-1][0].event_type, certainty, date,
                                text[sentence.start:sentence.end], sentence) for state in subjects]


DONE_AGAIN_TYPES = frozenset({"application", "accession", "withdrawal"})


def _so_was(text: str, sentence: Span, states: list[Located], earlier: list[MembershipEventFact]) -> list[MembershipEventFact]:
    for so in SO_WAS.finditer(text, sentence.start, sentence.end):
        after = [state for state in states if state.span.start == so.end()]
        told = [event for event in earlier if event.span.start <= sentence.start and event.span.end <= so.start()
                or event.span == sentence]
        if after and told and told[-1].iso3 != after[0].value:
            return [_like(told[-1], state, told[-1].date, text, sentence) for state in _group(text, after, forward=True)]
    return []


# ", two years after A and B and four after C": each group's own change, that many years before (or after)
_YEAR_COUNT = COUNT  # ("two", "a", "twenty-five", "12")
_HEDGED = r"(?:(?:nearly|almost|about|some|over|more\s+than|just|barely|roughly)\s+)?"  # ("nearly two years")
YEARS_APART = re.compile(rf"\s*,?\s+(?:and\s+)?(?:some\s+|nearly\s+|about\s+|just\s+)?(?P<count>{_YEAR_COUNT})"
                         r"\s+(?:(?:full\s+)?years?\s+|(?P<months>months?)\s+|(?P<days>days?|weeks?)\s+)?(?P<way>after|before)\s+(?:neighbou?ring\s+)?",
                         re.IGNORECASE)
GROUP_CLOSES = re.compile(rf"\s*(?:[.;)]|,(?!\s+(?:which|who)\b)|$|\s+and\s+{_YEAR_COUNT}\s+(?:years?\s+|months?\s+)?(?:after|before)\b)", re.IGNORECASE)


def _years_apart(text: str, position: int, states: list[Located], sentence: Span,
                 date: DateValue) -> list[tuple[Located, DateValue]]:
    """States named after "two years after" a dated change, with no verb of their own, and the
    year of their own change (not "17 years after the five founders signed the declaration")."""
    found: list[tuple[Located, DateValue]] = []
    while (apart := YEARS_APART.match(text, position, sentence.end)) is not None:
        later = [state for state in states if state.span.start >= apart.end()]
        if not later or later[0].span.start != apart.end():
            break
        group = _group(text, later, forward=True)
        if not GROUP_CLOSES.match(text, group[-1].span.end, sentence.end):
            break
        count = count_of(apart["count"])
        count = count if apart["way"].lower() == "before" else -count
        # ("in March, eleven months after Finland", "on 3 March 1975, a week after Tonga": to the month or
        # the day, when the change's is told)
        moved = _moved_by(date, count, apart["months"] or apart["days"] or "year")
        if moved is None:
            break
        found += [(state, moved) for state in group]
        position = group[-1].span.end
    return found


def _like(previous: MembershipEventFact, state: Located, date: DateValue | None, text: str,
          sentence: Span) -> MembershipEventFact:
    """The change ``previous`` reported, for ``state`` on ``date``, told in ``sentence``."""
    # a status reported as held ("X and Y are dialogue partners") was granted ("Y was granted the status in 2015")
    certainty = "occurred" if previous.certainty == "reported" else previous.certainty
    return MembershipEventFact(str(state.value), previous.organisation, previous.event_type, certainty,
                               date, text[sentence.start:sentence.end], sentence)


# "China holds the rotating presidency until ..., after which Kyrgyzstan takes over"
HANDOVER = re.compile(r"\s+(?P<verb>takes|will\s+take|is\s+to\s+take|is\s+(?:due|set|scheduled|expected)\s+to\s+take"
                      r"|took|has\s+taken)\s+(?:it\s+)?over\b", re.IGNORECASE)


def _handover(text: str, sentence: Span, states: list[Located], triggered: list[tuple[Trigger, re.Match[str]]],
              bodies: list[Located], main_body: OrganisationRef | None,
              published: DateValue | None) -> list[MembershipEventFact]:
    """A state that "takes over" after the sentence named the chairmanship (as the
    triggers name it): the chairmanship."""
    chair = next((match for trigger, match in triggered if trigger.event_type == "chairmanship"), None)
    if chair is None:
        return []
    for state in states:
        handover = HANDOVER.match(text, state.span.end, sentence.end)
        if handover is None or state.span.start < chair.end():
            continue
        here = Span(handover.start("verb"), handover.end())
        body = _nearest(bodies, Span(chair.start(), chair.end()))
        organisation = body.value if body else main_body
        if organisation is None:
            return []
        certainty = "occurred" if handover.group("verb").lower() in {"took", "has taken"} else "planned"
        date = _date_for(text, sentence, here, published, certainty == "planned")
        return [MembershipEventFact(str(state.value), organisation, "chairmanship", certainty, date,
                                    text[sentence.start:sentence.end], sentence)]
    return []


def _after(date: DateValue, published: DateValue) -> bool:
    """Is ``date`` wholly after ``published`` at the precision both share?"""
    precision = min(len(date.iso), len(published.iso))
    return date.iso[:precision] > published.iso[:precision]


@lru_cache(maxsize=64)
def _refers_to_body(text: str, sentence: Span) -> bool:
    # "the bloc", "its newest member", "the tenth full member", "was admitted at the summit"
    # (asked again by each trigger of a sentence and by the paragraph's later sentences)
    return _refers_in(text, sentence.start, sentence.end)


@lru_cache(maxsize=256)
def _refers_in(text: str, start: int, end: int) -> bool:
    return REFERS_TO_BODY.search(text, start, end) is not None


def _nearest(items: list[Located], here: Span, text: str = "") -> Located | None:
    """The item nearest the trigger; with ``text``, a body standing as the verb's object comes first
    ("had been in NATO since 1952 and applied to join what is now the EU": the EU)."""
    def distance(item: Located) -> int:
        if item.span.end <= here.start:
            return here.start - item.span.end
        return 0 if text and OBJECT_LEAD.fullmatch(text, here.end, item.span.start) else max(item.span.start - here.end, 0)
    near = [item for item in items if distance(item) <= WINDOW]
    return min(near, key=distance) if near else None


OBJECT_LEAD = re.compile(r"\s*(?:join\s+)?(?:what\s+(?:is|was)\s+(?:now|then|later)\s+|what\s+(?:became|would\s+become)\s+)?(?:the\s+)?")


RELATIVE_CLAUSE_TO = re.compile(r"\s*,\s+(?:which|who)\s+[^,;.]{0,60}$", re.IGNORECASE)


def _relative_holds_trigger(text: str, state: Located, here: Span, states: list[Located]) -> bool:
    """"announced by Brazil, which holds the rotating BRICS chairmanship": the trigger inside a
    relative clause with a verb and object of its own, no other state between, is about the state
    the clause follows."""
    return RELATIVE_CLAUSE_TO.fullmatch(text, state.span.end, here.start) is not None and \
        not any(state.span.end <= other.span.start and other.span.end <= here.start for other in states)


RELATIVE_SUBJECT = re.compile(r"(?:(?:['’]s)?\s+(?-i:(?:[A-Z][\w'’.-]*\s+){1,7}[A-Z][\w'’.-]*))?"  # ("Samoa's Prime Minister X, who")
                              r"\s*,\s+(?:which|who)\s+(?:(?:had|has|have|also|then|later|previously|formerly|once"
                              r"|first|itself|themselves)\s+)*", re.IGNORECASE)
STATUS_AFTER_OBJECT = re.compile(r"(?:\s+[\w-]+){0,2}?\s+(?:observers?|dialog(?:ue)?[\s-]+partners?|partners?)\b",
                                 re.IGNORECASE)
ADMITTING = re.compile(r"(?:re-?)?(?:admit|admits|admitting)|induct|inducts|inducting|(?:took|takes|take|taking|brought|brings|bring|bringing)\s+in", re.IGNORECASE)
DIRECT_OBJECT_GAP = re.compile(r"\s+(?:the\s+)?")


APPOSITION_GAP = re.compile(r",\s+")  # (the trigger itself opens the apposition: "a NATO member since")
NOMINAL_OPENING = re.compile(r"(?:an?|its)\s", re.IGNORECASE)
_APPOSITION_REACH = 24  # characters: ", a full NATO " at most
# ", a NATO " before "member since"; ", one of the five " before "founding members"
APPOSITION_WITH_ARTICLE = re.compile(r",\s+(?:(?:an?|its)\s+(?:full\s+)?(?:[A-Z]{2,8}\s+)?"
                                     r"|one\s+of\s+(?:the|its)\s+(?:[\w-]+\s+)?)")


# between a state's adjective naming its leader and the trigger the leader is the subject of: the
# title and the name, an aside, and the verb of taking over ("Angolan President Joao Lourenco, 70,
# has formally taken over the rotating")
LEADER_APPOSITION = re.compile(r",[^,]{1,80},")
# (past a first predicate of the clause's: ", who was chosen as vice-chair and is in line to")
LEADER_RELATIVE = re.compile(r",\s+who\s+(?:[^,;.]{1,80}?\s+and\s+)?(?:[a-z]+\s+){0,6}$")
LEADER_VERB_WORDS = frozenset(BETWEEN_SUBJECT_AND_VERB.split("|")) | {
    "took", "taken", "takes", "take", "taking", "assumed", "assumes", "assume", "over", "the", "its", "rotating"}


_LEADER_REACH = 140  # characters from a leader's state to the trigger: title, name, an aside, the verb
LEADER_TITLE_NEXT = re.compile(r"(?:['’]s)?\s+\w")  # (a title follows the state's name: a cheap test first)


def _person_subject(text: str, here: Span, states: list[Located]) -> Located | None:
    before = [state for state in states if state.span.end <= here.start]
    if not before or here.start - before[-1].span.end > _LEADER_REACH or \
            not LEADER_TITLE_NEXT.match(text, before[-1].span.end) or not _names_a_person(text, before[-1]):
        return None
    # ("Tongan Prime Minister Siaosi Sovaleni, who is due to take the chairmanship": the leader's relative clause)
    gap = LEADER_RELATIVE.sub(" ", LEADER_APPOSITION.sub(" ", text[before[-1].span.end:here.start]))
    words = gap.removeprefix("'s").removeprefix("’s").split()
    named = [word for word in words if word[:1].isupper()]
    if not named or len(named) > 7 or not all(word[:1].isupper() or word.lower() in LEADER_VERB_WORDS
                                              or word.lower() in title_words() for word in words):
        return None
    return before[-1]


HANDED_BEFORE = re.compile(r"\b(?:handed|hands|hand|handing|passed|passes|pass|passing)\s+(?:over\s+)?(?:the|its)\s+"
                           r"(?:[\w'’-]+\s+){0,4}$", re.IGNORECASE)


HANDING = re.compile(r"(?:handed|hands|hand|handing|passed|passes|pass|passing)\b", re.IGNORECASE)  # (a row's own verb)


def _handed_as_planned(text: str, sentence: Span, here: Span) -> bool:
    """"Fiji will hand over the Pacific Islands Forum's rotating presidency to Tonga": the plan
    stands before the handing verb, further from the chair than a plan's usual reach."""
    handed = HANDED_BEFORE.search(text, max(sentence.start, here.start - 60), here.start)
    return handed is not None and PLANNED.search(text, max(sentence.start, handed.start() - 24), handed.start()) is not None


# a person the chair is handed to, then described with their state: "Siaosi Sovaleni, the prime
# minister of ", "Hu'akavameiliku, his "
PERSON_DESCRIBED = re.compile(r"(?:(?-i:[A-Z])[\w'’.-]*\s+){0,4}(?-i:[A-Z])[\w'’.-]*,\s+(?:his|her|their|the|its)\s+"
                              r"(?:[\w-]+\s+){0,6}?(?:of\s+(?:the\s+)?)?", re.IGNORECASE)
# (past the one it came from: "passed its chair from Thailand to Bangladesh")
_OF_THE_BODY = r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}?[\w'’-]+)?"  # ("the chairmanship of the Forum ...")
TO_AFTER = re.compile(_OF_THE_BODY + r"(?:\s+from\s+(?:the\s+)?[\w'’-]+(?:\s+[\w'’-]+){0,2}?)?"
                      r"\s+(?:over\s+)?to\s+", re.IGNORECASE)
# "when the chairmanship passed to Tonga": the chair's new holder after the verb
PASSED_TO = re.compile(_OF_THE_BODY + r"\s+(?:(?:then|later|formally|officially)\s+)?(?:passed|passes|pass|went|goes|moved|moves|rotated|rotates"
                       r"|shifted|shifts|fell|falls|(?:was|is|will\s+be)\s+(?:handed|passed))\s+(?:over\s+|on\s+)?"
                       # (from the one who held it: "passed from A, which had chaired it since 2019, to B")
                       r"(?:from\s+[^;.]{1,140}?,?\s+)?to\s+(?:the\s+)?", re.IGNORECASE)
THE_GAP = re.compile(r"(?:the\s+)?", re.IGNORECASE)
COUNTERPART_BEFORE = re.compile(r"(?:his|her|their)\s+", re.IGNORECASE)
COUNTERPART_AFTER = re.compile(r"\s+(?:counterpart|successor|host|opposite\s+number)\b", re.IGNORECASE)


# "Fiji was one of four states, along with A, B and C, that set up ...": the subject,
# one of a set the relative clause is about, and the states named with it
ONE_OF_SET = re.compile(r"\s+(?:was|is|were|are|became)\s+(?:one\s+of|among)\s+the\s+(?:[\w-]+\s+){0,2}?"
                        r"(?:countries|states|nations|members|founders|governments|signatories)"
                        r"\s*,\s+(?:(?:along|together)\s+with|alongside)\s+(?:the\s+)?")
THAT_OPENS = re.compile(r"\s*,\s+(?:that|which|who)\s+(?:(?:had|have|jointly|together|first)\s+)*")


def _one_of_those_that(text: str, sentence: Span, here: Span, states: list[Located]) -> list[Located]:
    before = [s for s in states if sentence.start <= s.span.start and s.span.end <= here.start]
    for index, subject in enumerate(before[:-1]):
        if (opens := ONE_OF_SET.match(text, subject.span.end)) is None or before[index + 1].span.start != opens.end():
            continue
        companions = _group(text, before[index + 1:], forward=True)
        if THAT_OPENS.fullmatch(text, companions[-1].span.end, here.start):
            return [subject] + companions
    return []


NOUN_BEFORE_GERUND = re.compile(r"(?:\b(?-i:[a-z]{2,}s)|[\"”])\s+$")
WHICH_TOGETHER_WITH = re.compile(r",\s+(?:which|who)\s+(?:together|along)\s+with\s+(?:the\s+)?")
BEFORE_THE_TRIGGER = re.compile(r",?\s+(?:(?:was|were|had|has|have|been|also|then|later|formally|jointly)\s+)*")


def _states_for(text: str, sentence: Span, here: Span, states: list[Located], trigger: Trigger,
                invited: list[Located] | None = None) -> list[Located]:
    """The group of coordinated states the trigger applies to: the subject before it,
    else the object after it ("the accession of Iran", "handed the chairmanship to India"); a
    trigger that spans its object ("admitting Laos as a partner") applies to the states in it."""
    # (not for a row whose states come after it: "founded in 1971 in Wellington, New Zealand, ... by")
    inside = [s for s in states if here.start <= s.span.start and s.span.end <= here.end] if not trigger.states_after else []
    if inside or trigger.states_inside:
        return _group(text, inside, forward=True) if inside else []
    if invited is not None:  # (``_invited``: the states invited, never the inviters)
        return invited
    if text.startswith("joining", here.start) and NOUN_BEFORE_GERUND.search(text, max(sentence.start, here.start - 30), here.start) \
            and not any(here.start - 3 <= s.span.end <= here.start for s in states):
        return []  # "Beijing welcomed more partners joining the bloc": the gerund's subject is the noun before it
    if (listed := LIST_AFTER_NOUN.match(text, here.end, sentence.end)) is not None and \
            (after := [s for s in states if s.span.start >= listed.end()]) and after[0].span.start == listed.end() and \
            NOUN_TRIGGER_END.search(text, here.start, here.end):
        # "17 years after the five founders - A, B and C - signed the declaration": the list set off after the noun
        return _group(text, after, forward=True)
    if NOUN_TRIGGER_END.search(text, here.start, here.end) and \
            TIME_PREPOSITION_BEFORE.search(text, max(sentence.start, here.start - 30), here.start):
        return []  # "joined 17 years after the five founders signed": others than the subject, not named
    if (last_of := LAST_OF_WHICH.search(text, max(sentence.start, here.start - 50), here.start)) is not None:
        # "..., Uzbekistan and Belarus, the last of which joined in July 2024": the list's last state
        listed = [s for s in states if s.span.end <= last_of.start()]
        return listed[-1:] if listed and not text[listed[-1].span.end:last_of.start()].strip(" ,") else []
    if ":" in text[here.end:sentence.end] and GENERIC_SUBJECT.search(text, max(sentence.start, here.start - 60), here.start):
        return []  # "now include two states that joined only recently: A, which ..., and B": the states' own clauses tell
    if trigger.event_type == "chairmanship" and ((HANDED_BEFORE.search(text, max(sentence.start, here.start - 40), here.start)
                                                  or HANDING.match(text, here.start)) and (to := TO_AFTER.match(text, here.end, sentence.end))
                                                 or (to := PASSED_TO.match(text, here.end, sentence.end))):
        # "A chaired the bloc in 2024 and handed the chairmanship to B": the one it was handed to
        receivers = [s for s in states if s.span.start >= to.end()]
        if receivers and (PERSON_DESCRIBED.fullmatch(text, to.end(), receivers[0].span.start)
                          or COUNTERPART_BEFORE.fullmatch(text, to.end(), receivers[0].span.start)
                          and COUNTERPART_AFTER.match(text, receivers[0].span.end)):
            # "to Siaosi Sovaleni, the prime minister of Tonga", "to X, his Tongan counterpart", "to his
            # Tongan counterpart, X"
            return receivers[:1]
        return _group(text, receivers, forward=True) if receivers and THE_GAP.fullmatch(
            text, to.end(), receivers[0].span.start) else []
    if not trigger.states_after and (leader := _person_subject(text, here, states)) is not None:
        # "Angolan President Joao Lourenco has taken over the chairmanship": his state (with those
        # whose leaders acted with him: "signed the declaration ... together with the leaders of A and B")
        after = [s for s in states if s.span.start >= here.end and not _CLAUSE_END.search(text, here.end, s.span.start)]
        return [leader] + _accompanying(text, here, after)
    nearest_before = next((s for s in reversed(states) if s.span.end <= here.start), None)
    appositive = nearest_before is not None and here.start - nearest_before.span.end <= _APPOSITION_REACH and (
        APPOSITION_WITH_ARTICLE.fullmatch(text, nearest_before.span.end, here.start) or
        NOMINAL_OPENING.match(text, here.start, here.end) and APPOSITION_GAP.fullmatch(text, nearest_before.span.end, here.start))
    if appositive:  # "airstrikes on Iran, a BRICS member since 2024": the state the apposition describes
        # (with those alongside it: "Indonesia, one of its founders alongside Malaysia and Thailand")
        after = [s for s in states if s.span.start >= here.end and not _CLAUSE_END.search(text, here.end, s.span.start)]
        return _group(text, [s for s in states if s.span.end <= here.start], forward=False) + \
            _accompanying(text, here, after)
    if PARTICIPLE_AFTER.search(text, max(sentence.start, here.start - 12), here.start) and \
            text[here.start:here.end].split()[0].lower().endswith("ing"):
        # "Iran became a member, together with Egypt and Ethiopia, after submitting its application":
        # the participle's subject is its clause's, the nearest group not in a phrase of its own
        before = [s for s in states if s.span.end <= here.start]
        while before:
            group = _group(text, before, forward=False)
            if not PREPOSITION_BEFORE.search(text, max(0, group[-1].span.start - 16), group[-1].span.start) \
                    and not RELATION_AFTER.match(text, group[-1].span.end):
                return group
            before = before[:len(before) - len(group)]
        return []
    if (whose := WHOSE_COUNTRY.search(text, max(sentence.start, here.start - 64), here.start)) or \
            (whose := COUNTRY_THAT.search(text, max(sentence.start, here.start - 60), here.start)):
        # ("The Government of Brazil, the country that holds the presidency": the state the apposition describes)
        # "Malaysian Prime Minister Anwar Ibrahim, whose country holds the chair": the person's state
        named = [s for s in states if s.span.end <= whose.start()]
        return named[-1:]
    def right_of(here: Span) -> list[Located]:
        return [s for s in states if s.span.start >= here.end and not _CLAUSE_END.search(text, here.end, s.span.start)]

    if (together := WHICH_TOGETHER_WITH.search(text, max(sentence.start, here.start - 120), here.start)) is not None:
        # "Pakistan, which together with India was admitted in 2017": the clause's subject and its companions
        companions = [s for s in states if together.end() <= s.span.start < here.start]
        antecedent = [s for s in states if s.span.end == together.start()]
        if companions and antecedent and BEFORE_THE_TRIGGER.fullmatch(
                text, _group(text, companions, forward=True)[-1].span.end, here.start):
            return _group(text, [s for s in states if s.span.end <= together.start()], forward=False) + \
                _group(text, companions, forward=True)
    if (one_of := _one_of_those_that(text, sentence, here, states)):
        return one_of
    relative = [s for s in states if s.span.end <= here.start and (
        RELATIVE_SUBJECT.fullmatch(text, s.span.end, here.start) or _relative_holds_trigger(text, s, here, states))]
    if relative and invited is None and not inside:
        # "from Tonga, which had led the organisation": the state the relative clause is about
        return _group(text, [s for s in states if s.span.end <= relative[-1].span.end], forward=False) + \
            _accompanying(text, here, right_of(here))

    if trigger.event_type == "withdrawal" and not trigger.states_after:
        # who withdraws is the subject ("Armenia left the CSTO"); the states after are the body's
        # members ("to leave the CSTO — an alliance of Russia, Belarus, ...") or a complement
        subjects = _within_reach([s for s in states if s.span.end <= here.start and not _oblique(text, s, here)
                                  and not _CLAUSE_END.search(text, s.span.end, here.start)], here, forward=False)
        return _group(text, subjects, forward=False) + _accompanying(text, here, right_of(here)) if subjects else []
    if ADMITTING.fullmatch(text, here.start, here.end) or _admitted_object(text, here, states):
        # "BRICS will admit Iran", "opposed admitting Pakistan": the admitted is the object, right
        # after the verb, never its subject ("criteria for admitting new members" admits no one)
        after = [s for s in states if s.span.start >= here.end]
        if not after or not DIRECT_OBJECT_GAP.fullmatch(text, here.end, after[0].span.start):
            return []
        admitted = _group(text, after, forward=True)
        # ("admitting Bahrain, Kuwait and Myanmar as new dialogue partners": the status's own trigger)
        # ("admits the Turkish Cypriot observer": the status named right after the object is the change)
        if JOINED_AS_STATUS.match(text, admitted[-1].span.end) or STATUS_AFTER_OBJECT.match(text, admitted[-1].span.end):
            return []
        # (with the states admitted alongside: "took in A and B from 1 March 2024, together with C and D")
        objects_end = Span(here.start, admitted[-1].span.end)
        return admitted + _accompanying(text, objects_end, [s for s in after if s.span.start >= objects_end.end])
    # (the nearest state must be within the window; a list that starts there is read to its end)
    left = _within_reach([s for s in states if s.span.end <= here.start and ";" not in text[s.span.end:here.start]],
                         here, forward=False)
    if not left and (before := [s for s in states if s.span.end <= here.start]) and \
            APPOSED_SUBJECT.fullmatch(text, before[-1].span.end, here.start):
        # "Belarus, a member of the CSTO and of the Eurasian Economic Union, had held observer status":
        # the subject past a long apposition of its own
        left = before[-1:]
    carried = not left and bool(before := [s for s in states if s.span.end <= here.start]) and \
        _subject_of_coordinated_predicate(text, sentence, here, before)
    if carried:
        # "Suva, whose bid ..., signed a memorandum on Friday and is expected to be seated as ...": the
        # sentence's subject, far before, is the subject of the predicate coordinated with its own
        left = before[:1]
    # a subject, not a state named in a phrase of its own ("gained independence from Indonesia
    # and applied", "Iran, one of India's neighbours, joined")
    if LIST_PREPOSITION.search(text, sentence.start, here.start):  # (most sentences have none)
        # (but a possessive right before a noun trigger is its own: "asked about Fiji's application")
        left = [s for index, s in enumerate(left) if not _listed_after_a_preposition(text, left[:index + 1])
                or POSSESSIVE_OF_TRIGGER.fullmatch(text, s.span.end, here.start)]
    # (nor a state inside a relative clause closed before the trigger: "Tonga, which Samoa backed
    # for the chair, is one of its founders" is Tonga's)
    outside = [s for s in left if not (APPOSITION_CLOSED.search(text, s.span.end, here.start) and RELATIVE_OPEN.search(
        text, max(sentence.start, s.span.start - 120), s.span.start))]
    if outside and len(outside) < len(left):
        left = outside
    # (nor the companions of an earlier predicate: "A was given observer status in 2005, along with B and
    # C, applied a year later and was admitted in 2017" - not "A, along with B and C, has joined")
    if len(left) > 1:
        left = [s for index, s in enumerate(left)
                if not _companions_of_an_earlier_predicate(text, left[:index + 1], states, here)] or left
    # (nor one inside an aside set off by dashes: "Fiji - admitted with Tonga and Samoa - has sought ...",
    # but a list in apposition is the subject: "Six of them - A, B and C - founded it")
    left = [s for s in left if not _in_a_dashed_aside(text, sentence, s, here)]
    # (nor an adjective in an apposition describing the list before it: "Tokelau and Niue, the two
    # Kiwi territories admitted in 2016")
    if len(left) > 1 and DESCRIBING_APPOSITION.search(text, max(sentence.start, left[-1].span.start - 24), left[-1].span.start) \
            and PLURAL_NOUN_AFTER.match(text, left[-1].span.end):
        left = left[:-1]
    subjects = left if carried else _within_reach([s for s in left if not _oblique(text, s, here)], here, forward=False)
    # (when every state before is in a phrase of its own, the object after may be the one: "the
    # South African president announced that BRICS agreed to admit Iran")
    # (never a state in "Ambassador to Russia": an envoy's posting is no one's subject)
    left = subjects or ([] if any(s.span.start >= here.end for s in states)
                        else [s for s in left if not TO_BEFORE.search(text, max(0, s.span.start - 4), s.span.start)
                              and not ATTRIBUTE_AFTER.match(text, s.span.end)])
    if trigger.event_type == "chairmanship":  # "took over the chairmanship from Senegal": who hands it over
        left = [s for s in left if not FROM_BEFORE.search(text, max(0, s.span.start - 6), s.span.start)]
        states = [s for s in states if not FROM_BEFORE.search(text, max(0, s.span.start - 6), s.span.start)]
    if left and (it := IT_BEFORE.search(text, max(sentence.start, here.start - 24), here.start)) is not None and \
            "," in text[left[-1].span.end:it.start()] and \
            not COUNT_BEFORE_IT.search(text, max(sentence.start, it.start() - 30), it.start()):
        left = []  # "co-founded it with A and B in 2015, the same year it became a member": "it" is its own clause's subject
    if not left and (IT_BEFORE.search(text, max(sentence.start, here.start - 24), here.start)
                     or ITS_INSIDE.search(text, here.start, here.end)):
        # "When Pakistan assumes ..., since it joined as a full member": the sentence's subject
        # ("...; the process for its full membership was launched": the same)
        left = [s for s in states if s.span.end <= here.start][:1]
    if left and ELIDED_SUBJECT.search(text, left[-1].span.end, here.start) or \
            not left and AND_BEFORE.search(text, max(sentence.start, here.start - 40), here.start):
        # ("Peru had sat in the SCO as an observer since 2005, applied in 2008 and became its ninth
        # member in 2023": the last of many verbs, far from the subject that opens the sentence)
        opening = [s for s in states if sentence.start <= s.span.start <= sentence.start + len("The ")]
        if opening:
            return _group(text, [s for s in states if s.span.start >= opening[0].span.start], forward=True)
    # (not past a semicolon or a quote's end: '"... you can join by invitation; ...," said a former Kazakh minister')
    # (nor a place's country: "in Addis Ababa, Ethiopia")
    # (nor past a subordinate or a new clause: "applied on May 12, 2022, after the council expelled
    # Russia", "applied in December, but five members – Spain, ... – do not recognise it")
    right = _within_reach([s for s in states if s.span.start >= here.end
                           and not _CLAUSE_END.search(text, here.end, s.span.start)
                           and not CLAUSE_OPENS_AFTER.search(text, here.end, s.span.start)
                           # (nor the subject of a relative clause: "a full member of a club that A and B created")
                           and not RELATIVE_BETWEEN.search(text, here.end, s.span.start)
                           and not _in_compound(text, s)
                           # (nor a subordinate clause's subject: "to become a member when India hosts the summit")
                           and not SUBORDINATE_SUBJECT.search(text, max(here.end, s.span.start - 16), s.span.start)
                           # (nor the subject of an "as" clause: "were admitted on 1 March as Fiji took over the chair")
                           and not (AS_BEFORE.search(text, max(here.end, s.span.start - 8), s.span.start)
                                    and SUBJECT_VERB.match(text, s.span.end))
                           and not (text[s.span.start - 2:s.span.start] == ", " and
                                    (_a_places_country(text, s, here.end) or _names_a_person(text, s)))],
                          here, forward=True)
    if trigger.event_type == "chairmanship" and right and TO_STATE.match(text, here.end, right[0].span.start):
        return _group(text, right, forward=True)
    if trigger.states_after:  # "will be joined by Egypt and Iran"
        # (not past the end of the phrase: "The bank, founded by the five BRICS states, admitted A")
        return _group(text, right, forward=True) if right and not _names_a_person(text, right[0]) \
            and not PHRASE_CLOSED.search(text, here.end, right[0].span.start) else []
    if (paired := _beside_the_subject(text, here, states)) and not _is_object_position(text, here):
        return paired + _accompanying(text, here, right)
    if left and not _is_object_position(text, here):
        group = _group(text, left, forward=False)
        if IT_AND_BEFORE.search(text, max(sentence.start, group[0].span.start - 8), group[0].span.start) and \
                (opening := [s for s in states if s.span.start - sentence.start <= SUBJECT_REACH]) and opening[0] not in group:
            group = opening[:1] + group  # "Fiji waited years, before it and Tonga were admitted": the sentence's subject too
        return group + _accompanying(text, here, right)
    if right and BY_BEFORE.search(text, max(here.end, right[0].span.start - 4),
                                                                       right[0].span.start):
        return []  # "becomes the tenth member of BRICS, a grouping launched by Brazil, ...": another verb's agents
    if not right and (governing := _governing_the_sentence(text, sentence, states, here)):
        # "Fiji's cabinet on Wednesday approved a decision to join the SCO as a dialogue partner":
        # the state whose government opens the sentence, however far its verb
        return governing
    return _group(text, right, forward=True) if right else []


# "Fiji's cabinet", "The Tongan government": a state's governing body opening the sentence
GOVERNMENT_AFTER_STATE = re.compile(r"(?:['’]s)?\s+(?:cabinet|government|parliament|council\s+of\s+ministers|legislature)\b",
                                    re.IGNORECASE)


def _governing_the_sentence(text: str, sentence: Span, states: list[Located], here: Span) -> list[Located]:
    opening = next((s for s in states if s.span.end <= here.start), None)
    if opening is None or not OPENING_ARTICLE.fullmatch(text, sentence.start, opening.span.start) or \
            not GOVERNMENT_AFTER_STATE.match(text, opening.span.end) or ";" in text[opening.span.end:here.start]:
        return []
    return [opening]


OPENING_ARTICLE = re.compile(r"(?:The\s+)?")


# (or a relative clause about the body: "founded by the five members, which took in A and B in 2021")
PHRASE_CLOSED = re.compile(r",\s+(?:(?:also|then|later|formally|has|have|had)\s+)?(?-i:[a-z]+ed|has|have|had|is|are|was|were|will)\b"
                           r"|,\s+(?:which|who)\s")
AS_BEFORE = re.compile(r"\bas\s+(?:the\s+)?$", re.IGNORECASE)
SUBORDINATE_SUBJECT = re.compile(r"\b(?:when|once|after|before|until|while|because|if|unless)\s+(?:the\s+)?$", re.IGNORECASE)
RELATIVE_BETWEEN = re.compile(r"\b(?!(?:for|from|with|into|upon|during)\b)(?-i:[a-z]{3,})\s+(?:that|which)\s")
# an apposition describing the body, still open where a date stands: ", a grouping Fiji helped found"
BODY_APPOSITION_OPEN = re.compile(r",\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:grouping|bloc|club|body|organi[sz]ation|alliance|group"
                                  r"|forum|union|association)\s+[^,;]*$", re.IGNORECASE)
# (or a body's name before it: "a founder of the forum and of the bank, which it chaired from May 2022")
RELATIVE_WITH_VERB = re.compile(r"(?:\b[a-z]+\s+(?:that|which)|\b(?-i:[A-Z])[\w'’-]*,\s+which|,\s+whose)"
                                r"\s+[^;.]{0,120}?\b[a-z]{3,}ed\b")
# (", and the withdrawal of Mali ...": a new clause with a subject of its own)
# (", as the country builds ties with China": a clause of its own, not "as well as" nor "as a partner")
# (or the main clause after an opening phrase: "After the exit of the northern states, the union now has 12
# members: A, B, ...")
CLAUSE_OPENS_AFTER = re.compile(r",\s+(?:(?:after|before|when|while|because|since|although|though|but|whereas)\s|and\s+(?:the|its|their)\s+(?-i:[a-z])"
                                r"|as\s+(?!well\s+as\b)(?!(?:an?|its|their)\s)"
                                r"|(?:the|its)\s+(?-i:[a-z]+)\s+(?:now\s+)?(?:has|have|had|counts|includes|comprises)\b)")
PLACE_BEFORE = re.compile(r"\b(?:in|at|near|from)\s+(?P<place>(?:[A-Z][\w'’-]*\s+){0,2}[A-Z][\w'’-]*),\s*$")


def _a_places_country(text: str, state: Located, floor: int) -> bool:
    """"in Addis Ababa, Ethiopia": the country after a city (not a list after a state: "in South
    Africa, Argentina, Egypt and Iran were invited")."""
    place = PLACE_BEFORE.search(text, max(floor, state.span.start - 40), state.span.start)
    # (and the country ends the phrase: "in Tianjin, Kyrgyzstan will assume ..." is a subject)
    # (not another state's capital: "a year later, in Apia, Fiji and Tonga became observers" lists the states)
    return place is not None and place["place"].removeprefix("the ") not in state_names_by_key() and \
        _capitals().get(place["place"], state.value) == state.value and PLACE_ENDS.match(text, state.span.end) is not None


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    return {name: record.iso3 for record in state_records() for name, kind in record.names if kind == "capital"}


PLACE_ENDS = re.compile(r"\s*(?:[,.;:)\]\[]|$)|\s+(?:on|in|at|for|to|with|and|last|this|next|during)\b")


def _admitted_object(text: str, here: Span, states: list[Located]) -> bool:
    """"The summit in Samarkand, Uzbekistan, admitted Iran": "admitted" in the active voice, a
    state right after it, admits that state (the passive, "Iran was admitted", names no state next)."""
    if text[here.start:here.end].lower() not in ("admitted", "readmitted", "re-admitted", "inducted"):
        return False
    after = next((s for s in states if s.span.start >= here.end), None)
    return after is not None and DIRECT_OBJECT_GAP.fullmatch(text, here.end, after.span.start) is not None


PRESENT_TENSE = re.compile(r"(?:takes|joins|assumes|becomes|hands|enters|leaves|quits|exits|chairs|picks)\b", re.IGNORECASE)
# (a body's possessive between: "assumes the EU's rotating presidency on 1 October")
PRESENT_BEFORE = re.compile(r"\b(?:takes|assumes|hands|gets|receives)(?:\s+over)?\s+(?:the\s+|its\s+)?(?:[\w'’-]+\s+){0,3}$",
                            re.IGNORECASE)


def _in_present(text: str, sentence: Span, match: re.Match[str]) -> bool:
    """A change told in the simple present ("joins", "takes over the chairmanship"): a bare month
    after it is the next one ("... in January", said in October)."""
    return PRESENT_TENSE.match(match.group()) is not None or \
        PRESENT_BEFORE.search(text, max(sentence.start, match.start() - 50), match.start()) is not None


TO_BEFORE = re.compile(r"\bto\s+$", re.IGNORECASE)
POSSESSOR_BEFORE = re.compile(r"['’]s?\s+$")
POSSESSED_NOUN = re.compile(r"(?:entry|accession|admission)\b", re.IGNORECASE)
ADMISSION_OF = re.compile(r"admission\s+of\b", re.IGNORECASE)
BY_BEFORE = re.compile(r"\bby\s+(?:the\s+)?$", re.IGNORECASE)
PARTICIPLE_AFTER = re.compile(r"\b(?:after|before|while|since)\s+$", re.IGNORECASE)
COUNTRY_THAT = re.compile(r",\s+the\s+(?:country|nation|state)\s+(?:that|which)\s+(?:[\w-]+\s+){0,5}$", re.IGNORECASE)
WHOSE_COUNTRY = re.compile(r"\bwhose\s+(?:country|nation|government)\s+(?:[\w-]+\s+){0,6}$", re.IGNORECASE)
DESCRIBING_APPOSITION = re.compile(r",\s+(?:the|its|their)\s+(?:(?:two|three|four|five|six|seven|eight|nine|ten|\d+)\s+)?$",
                                   re.IGNORECASE)
PLURAL_NOUN_AFTER = re.compile(r"\s+(?-i:[a-z]+s)\b")
# a relative clause still open here, or an apposition ("Palau, one of three states that still
# recognise Taiwan, takes the chair")
APPOSITION_CLOSED = re.compile(r",|\s[–—]\s")  # (a relative clause's close too)
RELATIVE_OPEN = re.compile(r"(?:,|\s[–—])\s+(?:which|who|one\s+of)\s+[^,;–—]*$")
# (or an apposition's: ", the emerging-economies bloc to which several SCO members also belong,")
# (up to a few words of the main clause before the trigger; more before a possessive one, whose
# state is named: "Tonga, which entered the SCO in 2019, has said nothing on Fiji's accession")
RELATIVE_CLAUSE_BEFORE = re.compile(r"(?P<clause>,\s+(?:(?:the|an?)\s+[^,;]{0,40}?\s)?(?:(?:to|of|in|from)\s+)?(?:which|who|whom)\s+[^;]{3,200}?,"
                                    # (or a participle's phrase: "The bank, founded by the five BRICS states, admitted A")
                                    r"|,\s+(?:founded|set\s+up|created|established|launched|formed|led|headed|dominated)\s+by\s+[^;,]{3,120},)"
                                    r"\s+(?:(?:[\w-]+\s+){0,3}|(?:[\w-]+\s+){0,4}(?-i:[A-Z])[\w-]*['’]s\s+)$")


def _relative_clause_before(text: str, sentence: Span, here: Span) -> Span | None:
    """The relative clause that closes just before the trigger's verb phrase (", which broke away
    from Indonesia in 1999, lodged its application"), or None."""
    floor = max(sentence.start, here.start - 260)
    clause = RELATIVE_CLAUSE_BEFORE.search(text, floor, here.start)
    # (up to its closing comma: the words after it are the main clause's, "..., while Brics took in")
    return Span(clause.start(), clause.end("clause")) if clause else None


APPOSED_SUBJECT = re.compile(r",\s+(?:an?|the|one\s+of)\s+[^;,]{1,160}(?:,\s+(?:and\s+)?(?:of\s+)?[^;,]{1,60})?,\s+"
                             rf"(?:(?:{BETWEEN_SUBJECT_AND_VERB})\s+)*(?:[a-z]+\s+)?(?:(?:an?|the|its)\s+)?")


# "... and is expected to", "... and later joined": a second predicate of the sentence's subject
COORDINATED_PREDICATE = re.compile(r"\s+and\s+(?:(?:also|then|later|now|finally|eventually|formally)\s+)?"
                                   r"(?:is|was|has|had|will|would|became|becomes|joined|joins|(?-i:[a-z]+ed))\b", re.IGNORECASE)


def _subject_of_coordinated_predicate(text: str, sentence: Span, here: Span, before: list[Located]) -> bool:
    """The one state opening the sentence is the trigger's subject across a second predicate."""
    subject = before[0]
    if subject.span.start - sentence.start > SUBJECT_REACH or any(s.value != subject.value for s in before) or \
            ";" in text[subject.span.end:here.start]:
        return False
    # (the last one: the predicate the trigger is in)
    predicate = next(reversed(list(COORDINATED_PREDICATE.finditer(text, before[-1].span.end, here.start))), None)
    return predicate is not None and here.start - predicate.start() <= WINDOW and \
        not _CLAUSE_END.search(text, predicate.end(), here.start)


LIST_AFTER_NOUN = re.compile(r"\s*(?:[–—:]|\s-)\s*(?:the\s+)?")
DASH_OPEN_BEFORE = re.compile(r"\s[-–—]\s(?P<aside>[^-–—;]*)$")
DASH_BETWEEN = re.compile(r"\s[-–—]\s")
ASIDE_WORD = re.compile(r"\b(?!(?:and|the)\b)(?-i:[a-z]{2,})\b")


def _in_a_dashed_aside(text: str, sentence: Span, state: Located, here: Span) -> bool:
    """Is ``state`` inside a clause set off by dashes that closes before the trigger (not a list of states)?"""
    if not DASH_BETWEEN.search(text, state.span.end, here.start):
        return False
    opened = DASH_OPEN_BEFORE.search(text, max(sentence.start, state.span.start - 120), state.span.start)
    return opened is not None and ASIDE_WORD.search(opened["aside"]) is not None
IT_AND_BEFORE = re.compile(r"\bit\s+and\s+$")
TIME_PREPOSITION_BEFORE = re.compile(r"\b(?:after|before|than|since)\s+(?:the|its)\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
NOUN_TRIGGER_END = re.compile(r"(?:founders|members|partners|observers)$", re.IGNORECASE)


def _within_reach(candidates: list[Located], here: Span, forward: bool) -> list[Located]:
    """The candidates on one side of a trigger when the nearest is within the window, else none:
    a list that starts near the trigger is read to its end ("founded by 12 countries: ...")."""
    if not candidates:
        return []
    nearest = candidates[0] if forward else candidates[-1]
    distance = nearest.span.start - here.end if forward else here.start - nearest.span.end
    return candidates if distance <= WINDOW else []


# "invited Egypt to join", "asked six nations to join their alliance": the object of the
# invitation is who would join, and the inviter never is
INVITATION = re.compile(r"\b(?:invit(?:e|es|ed|ing|ations?)|ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|allow(?:s|ed|ing)?"
                        r"|encourag(?:e|es|ed|ing)|welcom(?:e|es|ed|ing))\s+(?P<object>(?:(?!\bto\s+(?:join|become|be|take|accede)\b)[^.;:]){1,250}?)\s+to\s+$",
                        re.IGNORECASE)


INVITED_TO = re.compile(r"\b(?:invited|asked)\s+to\s+$", re.IGNORECASE)


INVITING = ("invit", "ask", "urg", "allow", "encourag", "welcom")
INVITATION_REACH = 260  # characters: a list of states' formal names is long


# a headline's plan, the verb left out: "Finland set to join NATO", "India, Pakistan to become members"
# "upgraded Belarus to observer status": the state raised to a status, not a headline's plan ("Belarus to join")
RAISED_BEFORE = re.compile(r"\b(?:upgraded|upgrading|upgrades|elevated|elevating|raised|raising|promoted|promoting|moved|moving"
                           r"|lifted|lifting)\s+$", re.IGNORECASE)
HEADLINE_PLAN = re.compile(rf"\s+(?:{alternation(lexicon('planned_predicates'))}\s+)?to\s+$", re.IGNORECASE)


def _invited(text: str, sentence: Span, here: Span, states: list[Located]) -> list[Located] | None:
    """The states invited to join (``[]``: an invitation that names none); None: no invitation."""
    window = text[max(sentence.start, here.start - INVITATION_REACH):here.start].lower()
    if not any(word in window for word in INVITING):  # most triggers: no inviting verb before them
        return None
    invitation = INVITATION.search(text, max(sentence.start, here.start - INVITATION_REACH), here.start)
    if invitation is None:
        return None
    objects = [s for s in states if invitation.start("object") <= s.span.start and s.span.end <= invitation.end("object")]
    return _group(text, objects, forward=True) if objects else []


# a preposition or a possessive before which a state is no subject ("independence from Indonesia")
PREPOSITION_BEFORE = re.compile(r"\b(?:from|against|than|towards?|over|about|into|unlike|between|among|of|by|for|with"
                                r"|to|in|on|at)\s+(?:the\s+)?$", re.IGNORECASE)
FROM_BEFORE = re.compile(r"\bfrom\s+(?:the\s+)?$", re.IGNORECASE)
SPEAKING_AFTER = re.compile(r"\s+(?:announced|said|says|stated|told|reported|confirmed|noted|added)\b")
SPEAKS_OF_ITSELF = re.compile(r"\s+(?:announced|said|says|stated|confirmed|declared|added|noted)"
                              r"(?:\s+(?:on|last|this)\s+\w+|\s+\w+day)?,?\s+(?:that\s+)?(?:it|they)\s", re.IGNORECASE)
# ", the last of which": the last state of the list before it
_LAST_OF_WHICH = r",\s+the\s+(?:last|latest|newest|most\s+recent)\s+of\s+(?:which|whom)\b"
LAST_OF_WHICH = re.compile(rf"{_LAST_OF_WHICH}\s+(?:(?:has|have|had|only|formally|finally)\s+)*$", re.IGNORECASE)
LAST_OF_WHICH_AFTER = re.compile(_LAST_OF_WHICH, re.IGNORECASE)
POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?-i:[a-z])")
# "..., along with Egypt, Ethiopia and Iran, whose accession ...": the words that open the list itself
_LISTED_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
LIST_TO_WHOSE = re.compile(rf"(?:\s*,\s*(?:and\s+)?{_LISTED_NAME}|\s+and\s+{_LISTED_NAME})*\s*,\s*")
LIST_WITH_BEFORE = re.compile(r"\b(?:(?:along|together)\s+with|alongside)\s+(?:the\s+)?$", re.IGNORECASE)
MEMBERSHIP_NOUN = re.compile(r"(?:application|accession|membership|bid|entry|admission|status|chairmanship|presidency"
                             r"|joining|request|inclusion)\b")


VERB_TRIGGER = re.compile(r"(?:join|joins|joined|joining|rejoined|admitted|became|becomes|become|becoming|acceded"
                          r"|applied|be|been|being|was|were|is|are)\b", re.IGNORECASE)
# between a subject and its verb: "the African Union was formally admitted", "the AU has joined"
AUXILIARIES = re.compile(rf"\s+(?:(?:{BETWEEN_SUBJECT_AND_VERB})\s+)*")


TAKES_AN_OBJECT = re.compile(r"(?:admit|induct|accept|welcom|grant|gave|giv|elect|add|took\s+in|take\s+in|takes\s+in"
                             r"|(?:be|been|being|was|were|is|are)\s+joined)", re.IGNORECASE)


def _body_is_the_subject(text: str, here: Span, mentions: SpanIndex[Located], chosen: list[Located]) -> bool:
    """"Under India's presidency the African Union was admitted": a body, not a state, is the one
    that changed (the body named right before the verb, after the states chosen)."""
    # (or before the trigger when every state chosen comes after it: "the African Union became a
    # member of the G20 during India's presidency")
    before = [state.span.end for state in chosen if state.span.end <= here.start]
    if not before and TAKES_AN_OBJECT.match(text, here.start):
        return False  # "The SCO admitted Laos": the body admits, the state after it changed
    last = max(before) if before else max(0, here.start - 120)
    return any(AUXILIARIES.fullmatch(text, mention.span.end, here.start)
               for mention in mentions.within(last, here.start))


POSSESSIVE_OF_TRIGGER = re.compile(r"['’]s?\s+(?:(?:full|formal|own|new|first|latest|earlier)\s+)?")


def _oblique(text: str, state: Located, here: Span) -> bool:
    """Is ``state`` named in a phrase of its own rather than as the subject of the trigger?
    A state right before the trigger is its subject whatever precedes it ("with South Africa
    joining in 2011", "interested in Mongolia becoming a member")."""
    if ATTRIBUTE_AFTER.match(text, state.span.end) or RELATION_AFTER.match(text, state.span.end) or _in_compound(text, state):
        # "the Russia-led union", "Kiribati, a former Taiwan ally,", "the China-Mongolia-Russia
        # corridor": an attribute of another noun
        return True
    gap = text[state.span.end:here.start]
    if "," not in gap and len(gap.split()) <= 2:
        return False
    if WITH_SUBJECT.match(text, state.span.end) and WITH_BEFORE.search(text, max(0, state.span.start - 6), state.span.start):
        return False  # "with India scheduled to take over the presidency": the absolute clause's subject
    if _led_by_its_leaders(text, state, here):
        return False  # "the heads of state of A, B and C signed the charter": the states themselves
    if PERSON_OF.search(text, max(0, state.span.start - 30), state.span.start) and \
            LEADERS_TO_THE_VERB.fullmatch(text, state.span.end, here.start):
        return False  # "X of Barbados, Y of Guyana and Z of Jamaica signed": each leader's state
    if text[state.span.start - 2:state.span.start] == ", " and _a_places_country(text, state, 0):
        return True  # "established in Canberra, Australia, with 12 founding members": a place's country
    if LIST_WITH_BEFORE.search(text, max(0, state.span.start - 20), state.span.start) and \
            LIST_TO_WHOSE.fullmatch(text, state.span.end, here.start):
        return False  # "..., along with A, B and C, whose accession takes effect": the clause's own list
    if PREPOSITION_BEFORE.search(text, max(0, state.span.start - 16), state.span.start) or _names_a_person(text, state):
        return True
    if SPEAKING_AFTER.match(text, state.span.end):
        # ("Brazil announced on Monday, making Indonesia the first ... to join": Brazil speaks; but
        # "Tonga said on Friday it would leave the forum": the speaker tells its own change)
        speaks_of_itself = SPEAKS_OF_ITSELF.match(text, state.span.end, here.start)
        return speaks_of_itself is None
    # "India's neighbours" (not "Azerbaijan's application", whose noun is the change's own)
    possessive = POSSESSIVE_AFTER.match(text, state.span.end)
    return possessive is not None and not MEMBERSHIP_NOUN.match(text, possessive.end() - 1)


PERSON_OF = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s+(?:of|from)\s+(?:the\s+)?$")
LEADERS_TO_THE_VERB = re.compile(r"(?:\s*,?\s+(?:and\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:of|from)\s+(?:the\s+)?"
                                 r"(?-i:[A-Z])[\w'’-]*(?:\s+(?:and\s+)?(?-i:[A-Z])[\w'’-]*){0,3})*\s+")
# "the heads of state and government of A, B and C", "the rulers of A and B": the states, acting
LEADERS_OF = re.compile(r"\b(?:leaders|heads\s+of\s+(?:state|government)(?:\s+and\s+(?:state|government))?|rulers"
                        r"|presidents|prime\s+ministers|governments|monarchs|foreign\s+ministers)\s+of\s+(?:the\s+)?$",
                        re.IGNORECASE)
_LEADERS_REACH = 60  # characters back from a list's first state to "the leaders of"


def _led_by_its_leaders(text: str, state: Located, here: Span) -> bool:
    """Is ``state`` in a list the subject's "leaders of" opens, the list right before the trigger
    (its verb may follow a time and a place: "met in Suva on 25 May 1981 and signed")?"""
    window = text[max(0, state.span.start - _LEADERS_REACH):state.span.start]
    if "of" not in window:
        return False
    start = state.span.start
    while (before := LIST_STEP_BACK.search(text, max(0, start - 40), start)) is not None:
        start = before.start("name")  # back over the list's earlier names to where it opens
    return LEADERS_OF.search(text, max(0, start - _LEADERS_REACH), start) is not None and \
        len(text[state.span.end:here.start]) <= 120


LIST_STEP_BACK = re.compile(r"(?P<name>(?-i:[A-Z])[\w'’.-]*(?:\s+(?-i:[A-Z])[\w'’.-]*){0,3})(?:,\s+|\s+and\s+|,\s+and\s+)(?:the\s+)?$")
COMPOUND_AFTER = re.compile(r"-(?-i:[A-Z])")


def _in_compound(text: str, state: Located) -> bool:
    """"the China-Mongolia-Russia corridor", "the India-Pakistan border": states joined into one word."""
    return COMPOUND_AFTER.match(text, state.span.end) is not None or \
        state.span.start > 1 and text[state.span.start - 1] == "-" and text[state.span.start - 2].isalpha()


RELATION_AFTER = re.compile(r"\s+(?:ally|allies|neighbou?rs?|friends?|rivals?|satellites?|clients?|protectorates?|colon(?:y|ies))\b",
                            re.IGNORECASE)
ATTRIBUTE_AFTER = re.compile(r"-(?:led|backed|dominated|sponsored|brokered|based|funded|built|run|owned|founded|created)\b", re.IGNORECASE)
WITH_BEFORE = re.compile(r"\bwith\s+$", re.IGNORECASE)
WITH_SUBJECT = re.compile(rf"\s+(?:(?:{alternation(lexicon('planned_predicates'))})\s+to\b|(?-i:[a-z]+ing)\b)")


COMPANIONS_BEFORE = re.compile(r",\s+(?:(?:along|together)\s+with|alongside)\s+(?:the\s+)?$", re.IGNORECASE)


def _companions_of_an_earlier_predicate(text: str, upto: list[Located], states: list[Located], here: Span) -> bool:
    """A list set off by ", along with" after another clause's words, not right after its subject
    (nor one a relative clause holding the trigger is about: "..., along with A and B, whose accession")."""
    first = _group(text, upto, forward=False)[-1]
    companions = COMPANIONS_BEFORE.search(text, max(0, first.span.start - 24), first.span.start)
    return companions is not None and not any(s.span.end == companions.start() for s in states) and \
        RELATIVE_WORD.search(text, upto[-1].span.end, here.end) is None


RELATIVE_WORD = re.compile(r"\b(?:whose|which|who)\b")


def _listed_after_a_preposition(text: str, upto: list[Located]) -> bool:
    """"built around Brazil, Russia, India and China": a list whose first state follows a
    preposition is a phrase of its own, every state of it (``upto`` ends with the state asked about)."""
    first = _group(text, upto, forward=False)[-1]
    return LIST_PREPOSITION_BEFORE.search(text, max(0, first.span.start - 16), first.span.start) is not None


# (and a comparison: "in 2005, the same year as Fiji and Samoa, and applied")
_LIST_PREPOSITIONS = r"around|among|against|than|unlike|about|towards?|over|into|same\s+(?:year|day|month|time)\s+as"
LIST_PREPOSITION = re.compile(rf"\b(?:{_LIST_PREPOSITIONS})\s", re.IGNORECASE)
# (not "by", "of", "with": "set up by A, B and C", "the presidents of A, B and C" are agents)
LIST_PREPOSITION_BEFORE = re.compile(rf"\b(?:{_LIST_PREPOSITIONS})\s+(?:the\s+)?$",
                                     re.IGNORECASE)


def _names_a_person(text: str, state: Located) -> bool:
    """"Chinese President Xi Jinping": a state's adjective before a title names a person."""
    # (a title as a whole word, or its plural: "Dr" and "officials" are titles, "dropped" and "officially" are not)
    # ("South Sudan's President Salva Kiir")
    ahead = text[state.span.end:state.span.end + 40].lstrip().removeprefix("'s").removeprefix("’s").lstrip()
    return _title_ahead().match(ahead.casefold()) is not None


@lru_cache(maxsize=1)
def _title_ahead() -> re.Pattern[str]:
    return re.compile(rf"(?:{alternation(title_words())})s?(?![a-z])")


# "Laos will be the first country to receive the new status of SCO partner": the subject's own
# modal, however far before the trigger
AFTER_GERUND = re.compile(r"\b(?:after|since)\s+(?:(?-i:[a-z]+ly)\s+)?$", re.IGNORECASE)
# "Bhutan is next in line after Bangladesh": the next holder, a plan
# "the next chair", "due to chair ASEAN in 2028": one to come
UPCOMING = re.compile(r"\b(?:next|incoming)\b|^(?:to|will|shall)\s", re.IGNORECASE)
NEXT_IN_LINE = re.compile(r"\s+(?:is|are)\s+next\s+in\s+line\b", re.IGNORECASE)
# ("Saudi Arabia, which will host the summit and take over the presidency": the relative clause's modal)
MODAL_AFTER = re.compile(rf"(?:,\s+(?:which|who))?\s+{MODAL}\s")


def _modal_after_subject(text: str, chosen: list[Located], here: Span) -> bool:
    """"Turkey will join ...": the subject's modal plans the change (not a change told in a clause
    of its own after it: "Turkey will host the summit while holding on to its bid to join")."""
    subject = chosen[-1]
    modal = MODAL_AFTER.match(text, subject.span.end, here.start) if subject.span.end <= here.start else None
    return modal is not None and not SUBORDINATE_BETWEEN.search(text, modal.end(), here.start)


# (not "after": "poised to be, after years of ..."; a relative clause: "will chair the Forum, of which it was a founder")
SUBORDINATE_BETWEEN = re.compile(r"\b(?:while|whereas|although|though)\b|,\s+(?:(?:of|in|to|from|with)\s+)?which\b")


_CLAUSE_END = re.compile(r"[;\"”]")
ITS_INSIDE = re.compile(r"\b(?:for|of)\s+its\s", re.IGNORECASE)
# ("let in on Sunday, nine years after it first applied": "it" is the subject, counted from its change)
COUNT_BEFORE_IT = re.compile(rf",\s+{_HEDGED}{_YEAR_COUNT}\s+(?:years?|months?|decades?)\s+(?:after|since)\s+$",
                             re.IGNORECASE)
IT_BEFORE = re.compile(r"\bit\s+(?:(?:first|then|later|also|formally|officially|finally)\s+)?(?:has\s+|had\s+)?(?:(?:was|has\s+been|had\s+been)\s+(?:granted|given|awarded)\s+)?$")
# "India joined in 2017 along with Pakistan, and held the chairmanship in 2023": a verb after
# "and" with no subject of its own shares the subject that opens the sentence
AND_BEFORE = re.compile(r"\band\s+(?:(?:also|then|later|finally|eventually|formally|officially)\s+)?"
                        # ("... and is expected to become a member": a modal between "and" and the change)
                        rf"(?:(?:is|are)\s+(?:also\s+)?(?:{alternation(lexicon('planned_predicates'))})\s+to\s+|will\s+)?$",
                        re.IGNORECASE)
ELIDED_SUBJECT = re.compile(r",?\s+and\s+(?:(?:also|then|later|subsequently)\s+)?(?:held|took|won|became|hosted|"
                            r"[a-z]+ed)\b(?:\s+[\w'’-]+){0,4}\s*$")
NOMINAL_TRIGGER = re.compile(r"\b(?:inclusion|accession|joining|admission|entry|application|withdrawal)(?:\s+of)?$", re.IGNORECASE)


def _is_object_position(text: str, here: Span) -> bool:
    """Nominal triggers name their state after them: "accession of", "inclusion of", "joining of"."""
    if not NOMINAL_TRIGGER.search(text[here.start:here.end]):
        return False
    return OF_AFTER.match(text[here.end:here.end + 4]) is not None or text[here.start:here.end].lower().endswith(" of")


RANK = re.compile(rf"\b{rank_pattern()}\b", re.IGNORECASE)
# "now include two states that joined only recently: A, ..., and B, ...": a counted noun as the
# subject, whose states the clauses after the colon tell
GENERIC_SUBJECT = re.compile(r"\b(?:(?:\d+|two|three|four|five|six|seven|eight|nine|ten)\s+)?(?:states|countries|nations|members|ones|governments)"
                            r"\s+(?:that|which|who)\s+(?:have\s+|had\s+)?(?:only\s+|recently\s+|since\s+|also\s+)?$",
                            re.IGNORECASE)
# (in the trigger's own clause: "was granted observer status in 2005 and became a member along with
# Pakistan" joins Pakistan to the second change only)
# (nor past another verb: "which joined the CSTO in 1993, left it in 1999 together with Samoa" is
# Samoa's withdrawal only)
# (not past a relative clause's close and the main clause's verb: "A, which joined X in 2015, sits in
# that bloc alongside B and C" says nothing of when B and C joined)
# (not past a clause of its own: "entered on Friday, a year after it applied alongside Samoa")
ACCOMPANIED = re.compile(r"^(?:(?!\band\b|\b(?:left|quit|joined|withdrew|became|was|were)\b"
                         r"|\b(?:after|before|when|since|until|while)\s+(?:it|they|its|their)\b"
                         r"|,\s+(?:(?:now|still|also|simply)\s+)*(?:is|are|has|have|sits?|remains?|stands?|counts?)\b)[^.;]){0,100}?"
                         r"\b(?:(?:together|along)\s+with|alongside|(?:in\s+)?the\s+same\s+(?:year|day|month|batch|group|wave|round|session|intake|enlargement|expansion)\s+as"
                         r"|at\s+the\s+same\s+time\s+as)(?:\s+(?:(?:neighbou?ring|fellow)\s+|the\s+likes\s+of\s+|such\s+states\s+as\s+)?"
                         # ("together with, among others, A and B")
                         r"|,\s*(?:among\s+others|amongst\s+others|for\s+instance|for\s+example|notably),\s+)"
                         # ("signed the declaration establishing the SCO together with the leaders of A and B")
                         r"(?:the\s+(?:leaders|presidents|heads\s+of\s+(?:state|government))\s+of\s+)?$", re.IGNORECASE)
# (but a founder's company across the founding's own passive: "among the founding members when the
# community was established in Libreville in 1983, alongside A, B ...", or its charter's: "when the
# declaration was signed in August 1967, together with A and B")
FOUNDED_ALONGSIDE = re.compile(r"^(?:(?!\band\s|\b(?:left|quit|joined|withdrew|became)\b)[^.;]){0,100}?"
                               r"\b(?:was|were)\s+(?:established|founded|created|set\s+up|launched|formed|signed)\b[^.;]{0,60}?"
                               r"\b(?:(?:together|along)\s+with|alongside)\s+$", re.IGNORECASE)
FOUNDING = re.compile(r"\bfound", re.IGNORECASE)
ACTIVE_SUBJECT_GAP = re.compile(r"\s*(?:,\s*(?:which|who)\s+)?(?:(?:also|then|later|first|jointly)\s+)?")


def _active_subject(text: str, here: Span, states: list[Located]) -> list[Located]:
    """The states right before an active verb, its subject ("Fiji founded", "Kazakhstan, which co-founded")."""
    before = [s for s in states if s.span.end <= here.start]
    if not before:
        return []
    if not ACTIVE_SUBJECT_GAP.fullmatch(text, before[-1].span.end, here.start) and \
            not THEY_IN_CLAUSE.search(text, max(before[-1].span.end, here.start - 40), here.start):
        return []
    # ("A, B and C are members of the SCO, which they founded with D": "they", the states before the clause)
    return list(reversed(_group(text, before, forward=False)))


THEY_IN_CLAUSE = re.compile(r",\s+(?:which|that)\s+(?:they|all\s+three|all\s+four|both)\s+(?:(?:had|have|also|jointly)\s+)?(?:co-?)?$",
                            re.IGNORECASE)


# "Kazakhstan co-founded the EAEU with Russia and Belarus in 2014": the co-founders after "with"
FOUNDED_WITH = re.compile(r"^(?:(?!\band\s|\b(?:left|quit|joined|withdrew|became|was|were)\b)[^.;,]){0,80}?\bwith\s+(?:the\s+)?$",
                          re.IGNORECASE)
FOUNDING_VERB = re.compile(r"(?:co-?)?(?:founded|created|established|set\s+up|launched|formed)\b", re.IGNORECASE)


# "India, together with Pakistan, became a member": a state set beside the subject by commas
BESIDE_SUBJECT = re.compile(r"\s*,\s*(?:together\s+with|along\s+with|alongside|as\s+well\s+as)\s+(?:the\s+)?$", re.IGNORECASE)
BESIDE_SECOND_VERB = re.compile(r"[^.;:]\s+and\s*,\s*(?:together\s+with|along\s+with|alongside)\s+(?:the\s+)?$", re.IGNORECASE)
BESIDE_CLOSES = re.compile(r"\s*,\s*(?:(?:has|had|have|was|were|is|are|also|then|later|both|all)\s+)*$", re.IGNORECASE)


# "..., whose withdrawal becomes effective on January 29": when the states' change takes effect
_EFFECT_VERB = (r"(?P<verb>becomes\s+effective|takes\s+effect|comes\s+into\s+force|will\s+(?:become\s+effective|take\s+effect)"
                r"|(?:is|are)\s+(?:due|set|expected|scheduled)\s+to\s+(?:take\s+effect|become\s+effective)"
                r"|became\s+effective|took\s+effect|came\s+into\s+force)\b")
# (the body perhaps between: "whose withdrawal from ECOWAS becomes effective")
_FROM_THE_BODY = r"(?:\s+(?:from|to|of|in|into)\s+[^.;,]{1,80}?)?"  # ("from the Economic Community of ... (ECOWAS)")
EFFECT_AFTER_STATES = re.compile(r",\s+whose\s+(?:withdrawal|accession|membership|departure|exit|entry|admission)"
                                 + _FROM_THE_BODY + r"\s+" + _EFFECT_VERB, re.IGNORECASE)
EFFECT_AFTER_TRIGGER = re.compile(_FROM_THE_BODY + r"\s+" + _EFFECT_VERB, re.IGNORECASE)
# "invited A and B to become members, with their membership taking effect on 1 January 2024"
EFFECT_WITH = re.compile(r",\s+with\s+(?:their|its|the)\s+(?:membership|accession|entry|admission|withdrawal|exit)\s+"
                         r"(?P<verb>taking\s+effect|becoming\s+effective|coming\s+into\s+force)\b", re.IGNORECASE)


def _takes_effect(text: str, here: Span, chosen: list[Located]) -> tuple[bool, Span] | None:
    """Whether the change told at ``here`` is still to take effect, and where that is said:
    "Mali, whose withdrawal becomes effective on 29 January" (planned), "... took effect" (done)."""
    # (every way of saying so holds "effect" or "force": most changes are told without either)
    last = max((state.span.end for state in chosen), default=here.end)
    reach = text[here.end:last + WINDOW].lower()
    if "effect" not in reach and "force" not in reach:
        return None
    # after the trigger, after the states ("whose withdrawal ...", "the withdrawal of A and B from
    # ECOWAS takes effect ..."), or in a phrase of its own ("with their membership taking effect ...")
    found = EFFECT_AFTER_TRIGGER.match(text, here.end) or EFFECT_AFTER_STATES.match(text, last) or (
        EFFECT_AFTER_TRIGGER.match(text, last) if last > here.end else None) or \
        EFFECT_WITH.search(text, last, min(len(text), last + WINDOW))
    if found is None:
        return None
    return found["verb"].split()[0].lower() not in {"became", "took", "came"}, Span(found.start("verb"), found.end("verb"))


def _beside_the_subject(text: str, here: Span, states: list[Located]) -> list[Located]:
    """"India, together with Pakistan, became a full member": the subject and the states the
    commas set beside it, the verb right after them."""
    before = [s for s in states if s.span.end <= here.start]
    if len(before) < 2 or text.find(",", before[-1].span.end, here.start) < 0:  # (most clauses: no such commas)
        return []
    beside = _group(text, before, forward=False)
    if len(beside) == len(before) or not BESIDE_CLOSES.fullmatch(text, beside[0].span.end, here.start):
        return []
    earlier = before[:len(before) - len(beside)]
    # (or the subject of the clause before, its second verb's: "Fiji was admitted as an observer in 2005
    # and, along with Tonga, became a full member")
    if not BESIDE_SUBJECT.fullmatch(text, earlier[-1].span.end, beside[-1].span.start) and \
            not BESIDE_SECOND_VERB.search(text, earlier[-1].span.end, beside[-1].span.start):
        return []
    return _group(text, earlier, forward=False) + list(reversed(beside))


def _accompanying(text: str, here: Span, right: list[Located]) -> list[Located]:
    """"Pakistan joined the SCO together with India", "... joined on 1 January 2024, alongside
    Egypt": the states joining alongside the subject (not beside a rank, which one state holds:
    "became the ninth partner country, along with Tonga and Samoa" names the eight before it)."""
    if right and (ACCOMPANIED.match(text[here.end:right[0].span.start])
                  or FOUNDED_ALONGSIDE.match(text[here.end:right[0].span.start]) and FOUNDING.search(text, here.start, here.end)
                  or FOUNDED_WITH.match(text[here.end:right[0].span.start]) and FOUNDING_VERB.match(text, here.start)) \
            and not RANK.search(text, here.start, here.end):
        return _group(text, right, forward=True)
    if len(right) > 1 and (venue := next((index for index, state in enumerate(right[1:3], 1)
                                          if ACCOMPANIED.match(text[here.end:state.span.start])), None)) is not None \
            and IN_A_PLACE_BEFORE.search(text, max(here.end, right[0].span.start - 12), right[0].span.start) \
            and not RANK.search(text, here.start, here.end):
        # "granted the status at the meeting in Samoa in 2015, together with A and B": past a venue's state
        return _group(text, right[venue:], forward=True)
    if right and (newcomers := next((index for index, state in enumerate(right)
                                     if NEWCOMERS_WITH.search(text, max(here.end, state.span.start - 60), state.span.start)), None)) \
            is not None and text.find(".", here.end, right[newcomers].span.start) < 0:
        # "became a full member on Monday, joining A and B in the bloc, along with fellow newcomers C and D":
        # the states named as newcomers with it, past those it joined
        return _group(text, right[newcomers:], forward=True)
    if right and text[here.start:here.start + 4].lower() == "join" and \
            DIRECT_OBJECT_GAP.fullmatch(text, here.end, right[0].span.start):
        # "became a member, joining Egypt and Ethiopia in the first enlargement": who joined with it (not
        # "joining Brazil and Russia in the grouping": who were members already)
        group = _group(text, right, forward=True)
        if COJOINERS_AFTER.match(text, group[-1].span.end):
            return group
    return []


IN_A_PLACE_BEFORE = re.compile(r"\b(?:in|at)\s+(?:the\s+)?$")
NEWCOMERS_WITH = re.compile(r"\b(?:(?:together|along)\s+with|alongside)\s+(?:the\s+)?(?:fellow\s+|other\s+)?"
                            r"(?:newcomers|new\s+members|new\s+entrants|first-time\s+members)\s+(?:the\s+)?$", re.IGNORECASE)
COJOINERS_AFTER = re.compile(r"\s+(?:in|as)\s+(?:the\s+|its\s+)?(?:(?:first|second|latest|new|recent|biggest|largest|bloc['’]s)\s+)*"
                             r"(?:enlargement|expansion|intake|wave|round|new\s+members|full\s+members|newcomers)\b",
                             re.IGNORECASE)


# (a state's name may take "the": "Iran and the United Arab Emirates", "the Maldives and Myanmar")
NUMBER_WORDS = r"two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
# a list's tail told as a counted group and then named: "China, Russia and four former Soviet
# republics in Central Asia — Kazakhstan, ..." or "... and the three Baltic states of Estonia, ..."
# (or "... by Australia and five island states, among them Fiji and Tonga")
_COUNTED_TAIL = (rf"\s*,?\s+and\s+(?:the\s+)?(?:\d+|{NUMBER_WORDS})\s+[^,.;:—–()]{{0,60}}?"
                 r"(?:\s*[:—–]|\s+of|,\s+(?:among\s+them|including|such\s+as|notably))\s+")
COUNTED_TAIL = re.compile(rf"^{_COUNTED_TAIL}(?:the\s+)?$", re.IGNORECASE)
# (a neighbour named with its adjective is in the list too: "Sweden and neighbouring Finland")
# (and a former name in parentheses: "Benin (then still Dahomey), Ghana")
# (and leaders named with their states: "Errol Barrow of Barbados, Forbes Burnham of Guyana and ...")
_LIST_GAP = re.compile(rf"^(?:\s*\([^()]{{1,40}}\))?(?:\s*[–—](?=\s*,?\s*and\s))?(?:\s*,\s*|\s*,?\s+and\s+(?:neighbou?ring\s+|fellow\s+)?|\s*&\s*|\s*,?\s+as\s+well\s+as\s+"
                       r"|\s*,?\s+(?:and\s+)?(?:(?-i:[A-Z])[\w'’.-]*\s+){1,4}(?:of|from)\s+"
                       # (past a short apposition of the state before: "Fiji, an EU candidate, and Tonga";
                       # not a longer one, which may say since when: "a partner since 2012, and A, which applied")
                       r"|\s*,\s+an?\s+(?:[A-Za-z'’-]+\s+){0,2}[A-Za-z'’-]+\s*,\s*and\s+"
                       rf"|{_COUNTED_TAIL})(?:the\s+)?$",
                       re.IGNORECASE)


RENAMED = re.compile(r"^\s*[–—(,]\s*(?:now|formerly|today|later|renamed|then)\s+$", re.IGNORECASE)


def _group(text: str, candidates: list[Located], forward: bool) -> list[Located]:
    """The nearest state and the states coordinated with it ("India and Pakistan")."""
    ordered = candidates if forward else list(reversed(candidates))
    group = [ordered[0]]
    joined = False  # a list has one "and"
    for item in ordered[1:]:
        last = group[-1]
        if item.span == last.span:  # the states a counted group stands for ("the first two")
            group.append(item)
            continue
        gap = text[last.span.end:item.span.start] if forward else text[item.span.end:last.span.start]
        if item.value == last.value and RENAMED.match(gap):  # "Western Samoa — now Samoa — and Nauru": one state
            group[-1] = item if forward else last
            continue
        if not forward and "," in gap and PREPOSITION_BEFORE.search(text, max(0, item.span.start - 16), item.span.start) \
                and not PREPOSITION_BEFORE.search(text, max(0, ordered[0].span.start - 16), ordered[0].span.start) \
                and not LIST_WITH_BEFORE.search(text, max(0, item.span.start - 20), item.span.start) \
                and not LEADERS_OF.search(text, max(0, item.span.start - _LEADERS_REACH), item.span.start):
            # "independence from Britain, and Vietnam followed": a phrase of its own and a new clause,
            # not the subject's list (as "the heads of A and B signed" is)
            break
        if not _LIST_GAP.match(gap):
            break
        if POSSESSIVE_AFTER.match(text, item.span.end):
            break  # "including Malaysia and Thailand, Indonesia's neighbours": a possessive, no item of the list
        if COUNTED_TAIL.match(gap):  # (the counted group's own list has its own "and")
            joined = False
            group.append(item)
            continue
        if " and " in f" {gap} " and joined:
            # "A, B and C, and D joined": read back from D, the first "and" joined two clauses
            return group[:1] if not forward else group
        joined = joined or " and " in f" {gap} "
        group.append(item)
    return group


POSSESSIVE_AFTER = re.compile(r"['’]s?\s+(?-i:[a-z])")
# "..., along with Egypt, Ethiopia and Iran, whose accession ...": the words that open the list itself
_LISTED_NAME = r"(?:the\s+)?(?-i:[A-Z])[\w'’-]*(?:\s+(?-i:[A-Z])[\w'’-]*){0,3}"
LIST_TO_WHOSE = re.compile(rf"(?:\s*,\s*(?:and\s+)?{_LISTED_NAME}|\s+and\s+{_LISTED_NAME})*\s*,\s*")
LIST_WITH_BEFORE = re.compile(r"\b(?:(?:along|together)\s+with|alongside)\s+(?:the\s+)?$", re.IGNORECASE)
OTHER_TIER_BEFORE = re.compile(r"\b(?:(?:associate|associated|observer|partner|candidate|dialogue[- ]partner)\s+"
                               r"(?:states|countries|members|nations)|(?:dialogue[- ])?partners|observers|candidates)\s+$",
                               re.IGNORECASE)


ENLARGED_BEFORE = re.compile(r"\b(?:enlarged|expanded|widened)\b[^.;]{0,40}\bto\s+$", re.IGNORECASE)
FOUNDED_WITH_BEFORE = re.compile(r"\b(?:founded|established|set\s+up|created|launched|formed|began|started)\b"
                                 r"[^.;]*\bwith\s+[^.;]{0,40}$", re.IGNORECASE)


def _roster(text: str, sentence: Span, states: list[Located]) -> list[Located]:
    """States listed after "includes"/"comprises"/"members are": three or more in a row."""
    for cue in ROSTER.finditer(text, sentence.start, sentence.end):
        if cue.group().lower().startswith("including") and not MEMBERS_BEFORE.search(
                text, max(sentence.start, cue.start() - 60), cue.start()):
            continue  # "a dozen countries, including Laos, Bahrain and Kuwait": examples, not members
        if OTHER_TIER_BEFORE.search(text, max(sentence.start, cue.start() - 40), cue.start()):
            continue  # "the bloc's associate states include Chile, ...": another tier, not its members
        if FOUNDED_WITH_BEFORE.search(text, max(sentence.start, cue.start() - 160), cue.start()) or \
                ENLARGED_BEFORE.search(text, max(sentence.start, cue.start() - 60), cue.start()) or \
                FOUNDERS_NAMED.search(text, max(sentence.start, cue.start() - 12), cue.start()):
            # ("Its founding members are A, B and C": its founders, the founding row's)
            # ("enlarged in 1992 to include A and B": newcomers, a trigger row's)
            continue  # "founded in 1971 with seven members including ...": its founders (a trigger row's)
        following = [s for s in states if s.span.start >= cue.end()]
        if following and following[0].span.start == cue.end():
            group = _group(text, following, forward=True)
            if len(group) >= 3:
                return group
    return []


UNTIL = re.compile(r"(?:until|till)\b", re.IGNORECASE)
# a subordinate clause with its own subject and verb between a trigger and a date after it
# ("since it was founded in 1997"; not "when it hosted the leaders in September", which dates the change)
CLAUSE_WITH_SUBJECT_BETWEEN = re.compile(r"\b(?:since|until|before)\s+(?:it|they)\s+(?:was|were|had|has|have|is|are|(?-i:[a-z]+ed))\b",
                                         re.IGNORECASE)
LATER_COMPLEMENT = re.compile(r",\s+(?:an?|its)\s+(?:[\w-]+\s+){0,2}?(?:member|observer|partner|founder)\b", re.IGNORECASE)
NEXT_COMPLEMENT = re.compile(r"\s+and\s+(?:an?|its)\s+(?:[\w-]+\s+){0,2}", re.IGNORECASE)
TERM_AHEAD = re.compile(r"the\s+(?:coming|next)\s+year", re.IGNORECASE)
FOR_BEFORE = re.compile(r"\bfor\s+$", re.IGNORECASE)
UNTIL_BEFORE = re.compile(r"\b(?:until|till)\s+$", re.IGNORECASE)


@lru_cache(maxsize=256)
def _dates_in(text: str, start: int, end: int) -> tuple[re.Match[str], ...]:
    """The date expressions of a stretch of text (asked again by each trigger of a sentence)."""
    return tuple(TEXT_DATE.finditer(text, start, end))


def _date_for(text: str, sentence: Span, here: Span, published: DateValue | None, future: bool,
              others: Sequence[Located] = ()) -> DateValue | None:
    """The nearest date expression to the trigger in its sentence, resolved (``others``: states
    named in it that the change is not about, whose relative clauses tell their own dates)."""
    if HAVE_SINCE.search(text, max(sentence.start, here.start - 16), here.start):
        sentence = Span(here.start, sentence.end)  # "and all three have since become members": no date before is theirs
    state_ends = {state.span.end for state in others}
    best = None
    previous = None  # the date expression before this one
    range_ends: dict[int, re.Match[str]] = {}  # a range's first date by its start, and the range's last
    for match in _dates_in(text, sentence.start, sentence.end):
        match, previous = _range_start(text, previous, match), match
        if match is not previous:
            range_ends[match.start()] = previous
        if UNTIL.match(match.group()) or UNTIL_BEFORE.search(text, max(sentence.start, match.start() - 8), match.start()):
            continue  # "holds the presidency until June": when a state ends, not when a change happens
        if match.group("relative") and TERM_AHEAD.fullmatch(match.group()) and FOR_BEFORE.search(text, max(sentence.start, match.start() - 5), match.start()):
            continue  # "handed China the presidency for the coming year": its term, not when it was handed
        between = (here.end, match.start()) if match.start() >= here.end else (match.end(), here.start)
        if match.start() >= here.end and CLAUSE_BREAK.search(text, *between) and \
                not WHICH_AFTER.match(text, here.end):  # ("Cambodia's accession, which was approved in July")
            # "X took over the chair, and Bishkek will host next year": a later clause's date (a
            # date before the trigger may open the sentence for every clause: "On Thursday, ...")
            continue
        if match.start() >= here.end and (relative := RELATIVE_OPEN.search(text, here.end, match.start())) is not None \
                and relative.start() in state_ends:
            continue  # "joining Fiji and Tonga, which took up the status on January 1": the date of a state's own clause
        if match.start() >= here.end and CLAUSE_WITH_SUBJECT_BETWEEN.search(text, *between):
            continue  # "the first admitted since it was founded in June 1971": the subordinate clause's date
        if match.start() >= here.end and LATER_COMPLEMENT.search(text, *between):
            continue  # "a founder of the PIF, a member of the SCO and, since 2019, an observer of the EAEU": a later status's date
        if match.end() <= here.start and NEXT_COMPLEMENT.fullmatch(text, *between):
            continue  # "a partner since January and an observer of the union since 2020": the first status's date
        if match.end() <= here.start and text.find(";", *between) >= 0:
            continue  # "... an observer in 2015; the process for its membership was launched in 2022": another clause's date
        if match.end() <= here.start and BEFORE_NEW_CLAUSE.search(text, *between) and \
                not OPENING_PHRASE.match(text[sentence.start:match.start()]):
            continue  # "admitted Belarus (July 2024), and BRICS took in A and B at the start of 2024": the clause before's date
        if match.start() >= here.end and MAIN_VERB_AFTER_CLAUSE.search(text, *between) and \
                RELATIVE_OPEN.search(text, max(sentence.start, here.start - 80), here.start):
            continue  # "Belarus, which signed the memorandum at the summit, is expected to join next year": the main clause's date
        if match.start() >= here.end and (text.find(" that ", *between) >= 0 or text.find(" which ", *between) >= 0
                                          or text.find(" whose ", *between) >= 0) \
                and RELATIVE_WITH_VERB.search(text, *between):
            # "a full member of a club that A and B created on 26 March 1991": the clause's date (or
            # "full members of the forum, whose next summit is planned for October 6")
            continue
        if match.start() >= here.end and "," in text[between[0]:between[1]] and BODY_APPOSITION_OPEN.search(text, *between):
            continue  # "joined the D-8, a grouping Fiji helped found in 1997, at a summit last December": the apposition's date
        if match.start() >= here.end and ", with " in text[between[0]:between[1]] and WITH_PARTICIPLE.search(text, *between):
            continue  # "originally A and B, with C joining in 1979": the date of C's own change
        if match.end() <= here.start and GERUND_AFTER.search(text, *between) and \
                SINCE_BEFORE.search(text, max(sentence.start, match.start() - 8), match.start()):
            # "had held observer status since 2015 before applying": the status's date, not the application's
            # (a day may date both: "hosted the summit in 2018 before handing over to Tonga")
            continue
        if match.end() <= here.start and SUBORDINATE_OPENS.search(text, *between) and \
                not OPENING_PHRASE.match(text[sentence.start:match.start()]):
            # (not the date of an opening phrase: "In September 2023, weeks after the coup, they signed")
            continue  # "joined in July 2023, long after it had taken a seat as an observer": not the seat's date
        if match.end() <= here.start and APPOSITION_CLOSED.search(text, *between) and \
                RELATIVE_OPEN.search(text, max(sentence.start, match.start() - 120), match.start()) and \
                not WHEN_AFTER_DATE.match(text, match.end()):
            # ("The forum – which Tonga joined in 2017 – admitted Fiji last July": set off by dashes)
            # (but "..., which it led until the Apia meeting in May, when the chair passed to Fiji": the time "when" tells of)
            continue  # "Fiji, which led the trade committee last year, is one of its founders": the clause's date
        if match.end() <= here.start and WHILE_BETWEEN.search(text, *between) and \
                not OPENING_PHRASE.match(text[sentence.start:match.start()]):
            # "Spain in 1982, while the Cold War's end brought in Poland in 1999" (not an opening
            # phrase's date, which dates every clause: "At the summit on Thursday, A joined, while B ...")
            continue
        if future and match.end() <= here.start and SPOKEN_ON.search(text, max(sentence.start, match.start() - 16), match.start()):
            continue  # "Tonga said on Thursday it would leave (in January)": the day it spoke, not of the change
        if future and match.end() <= here.start and DECIDED_BETWEEN.search(text, *between):
            continue  # "in August the group agreed to admit Tonga": the day of the decision, not of the change
        if match.end() <= here.start and NOUN_OF_ITS_OWN.match(text, match.end()) and " and " in text[between[0]:between[1]]:
            continue  # "between its 1990 application and its accession in 2004": the date of the application
        if match.end() <= here.start and LATER.search(text, *between):
            continue  # "admitted as observers in 2005 and later became full members": not in 2005
        if match.end() <= here.start and COORDINATED_VERB.search(text, *between) and \
                not MEETING_BEFORE.search(text, max(sentence.start, match.start() - 60), match.start()) and \
                not WHEN_AFTER_DATE.match(text, match.end()) and \
                not DATE_OPENS_CLAUSE.match(text[sentence.start:match.start()]):
            # "gained independence in 2002 and officially applied": the first verb's date (not a
            # meeting's: "met in Suva on 25 May 1981 and signed the charter" signed it then; nor the
            # time a "when" clause tells of: "next year, when Palau hosts the leaders and takes the chair")
            continue
        if match.start() >= here.end and "," in text[between[0]:between[1]] and _opens_an_apposition(text, sentence, here):
            # ("Tonga, a fellow founder of the forum, became a partner on the same day")
            continue  # "Uzbekistan, a founding member of the SCO, chaired it in 2021": the clause's date
        distance = between[1] - between[0]
        # "Iran, an observer since 2005, joined in July 2023": a date across a comma belongs to
        # another phrase; it dates the change only when no date stands in the trigger's own
        # (a term "for 2022-2023" dates the change only when nothing more precise does: "At the end of the
        # summit on Friday, Fiji handed the chair to Tonga for 2022-2023")
        term = bool(match.group("year")) and match.end() > match.end("year") and \
            FOR_BEFORE.search(text, max(sentence.start, match.start() - 5), match.start()) is not None
        rank = (term, "," in text[between[0]:between[1]], distance)
        # (an opening phrase's date dates the clause however long its subject: "On July 4, 1973, at
        # Chaguaramas, the leaders of A, B, C and D signed the treaty")
        if (distance <= WINDOW or match.end() <= here.start and OPENING_PHRASE.match(text[sentence.start:match.start()])) \
                and (best is None or rank < best[0]):
            best = (rank, match)
    if _THAT_OR_SAME.search(text, here.end, min(sentence.end, here.end + _THAT_MONTH_REACH)) and \
            (month := THAT_MONTH_NEAR.match(text, here.end, sentence.end)) is not None and (best is None or best[1].end() <= here.start):
        # "Kyrgyzstan became the fifth member that August": that month of the year told before
        year = _last_year_before(text, sentence, here)
        return DateValue(f"{year:04d}-{month_number(month['month']):02d}") if year else None
    if (after := SHORT_TIME_LATER.search(text, here.end, min(sentence.end, here.end + WINDOW))) is not None and \
            (best is None or best[1].end() <= here.start) and not CLAUSE_BREAK.search(text, here.end, after.start()):
        # "a bid that Tonga lodged three months earlier": counted from the date told before, in its own clause
        return _shortly_after(text, sentence, after, published)
    if best is None and (later := SHORT_TIME_LATER.search(text, sentence.start, sentence.end)) is not None:
        # "Two weeks later, eight more republics joined": the month of the last full date told before
        return _shortly_after(text, sentence, later, published)
    following = FOLLOWING_YEAR.search(text, here.end, sentence.end)
    if following is not None and CLAUSE_BREAK.search(text, here.end, following.start()):
        following = None  # "that made A and B observers, and applied three years later": the next clause's count
    following = following or (
        FOLLOWING_YEAR.search(text, sentence.start, sentence.end) if best is None else None) or (
        # "A became an observer in 2008, and two years later B and C were given the same status": counted
        # from the date before, which the count stands between it and the trigger
        FOLLOWING_YEAR.search(text, best[1].end(), here.start) if best and best[1].end() <= here.start else None)
    # (a year standing right before the noun is its own: "whose 2021 application was rejected the next year")
    attributive = best is not None and best[1].end() <= here.start and not text[best[1].end():here.start].strip() \
        and DETERMINER_BEFORE.search(text, max(sentence.start, best[1].start() - 20), best[1].start()) is not None
    if following and not attributive and (best is None or best[1].end() <= here.start or following.start() < best[1].start()):
        # "South Africa joined the following year": the year after the last one the text gave
        year = _last_year_before(text, sentence, here)
        return DateValue(f"{year + _years_later(following):04d}") if year else None
    if (same := SAME_DAY_AFTER.match(text, here.end, sentence.end)) is not None:
        # "the first since A and B joined the association on the same day": the day the sentence named before
        precision = _SAME_PRECISION[(same["unit"] or same["that"]).lower()]
        told = [value for date in _dates_in(text, sentence.start, here.start)
                if (value := resolve_text_date(date, published, future)) is not None and len(value.iso) >= precision]
        if told:  # (the last told as precisely: "since January 1, ... in October, ... on the same day": January 1)
            return DateValue(told[-1].iso[:precision])
        if (before := _date_before(text, sentence, "day", published, future)) is not None and len(before.iso) >= precision:
            # ("Leaders met on Monday. ... Laos, admitted as a partner last year, received the new status on the
            # same day": the day told before this sentence, not the year of its aside)
            return DateValue(before.iso[:precision])
    if SAME_YEAR_NEAR.match(text, here.end, sentence.end) and (best is None or best[1].end() <= here.start):
        # "Chile, which also applied that year": the year the sentence gave before
        year = _last_year_before(text, sentence, here)
        return DateValue(f"{year:04d}") if year else None
    if best is None and (refers := REFERS_BACK.search(text, sentence.start, sentence.end)) and not (
            refers.start() >= here.end and _opens_an_apposition(text, sentence, here)):
        # (not the main clause's "the same day" for an apposition's status: "Tonga, a fellow founder
        # of the forum, became a partner on the same day")
        return _date_before(text, sentence, refers[refers.lastgroup].lower(), published, future)
    if best is None and ATTENDEES.match(text, sentence.start):
        return _date_before(text, sentence, "gathering", published, future)
    if best is not None and best[1].group("month") and (opening := OPENING_YEAR.match(text, sentence.start, best[1].start())):
        # "In 2022, Kiribati quit the forum in July": that month of the year the sentence opened with
        year = int(opening["year"])
        return DateValue(f"{year:04d}-{resolve_text_date(best[1], DateValue(f'{year:04d}-12-31')).iso[5:7]}")
    if best is not None and best[1].group("month") and MONTH_OF_THAT_YEAR.match(text, best[1].end(), sentence.end):
        # "withdrew in July that year": that month of the year told before
        year = _last_year_before(text, sentence, Span(best[1].start(), best[1].end()))
        if year:
            return DateValue(f"{year:04d}-{resolve_text_date(best[1], DateValue(f'{year:04d}-12-31')).iso[5:7]}")
    if best is not None and best[1].end() <= here.start and \
            (counted := COUNTED_AFTER.search(text, best[1].end(), here.start)) is not None and \
            (told := resolve_text_date(best[1], published, future)) is not None:
        # "entered in May 2016, three years after its accession procedure opened": the year of the
        # change told in the "after" clause, counted back from the one before it (to the month or
        # the day when counted in them: "since 3 March 1975, two days after the forum was founded")
        return _counted_back(told, counted)
    if best is not None and best[1].group("weekday") and (day := _day_beside(text, sentence, best[1])) is not None:
        best = (best[0], day)  # "took effect on Monday, January 1": the day the weekday is
    if best is not None and (last := range_ends.get(best[1].start())) is not None:
        return resolve_range_start(best[1], last, published, future)
    return resolve_text_date(best[1], published, future) if best else None


HAVE_SINCE = re.compile(r"\b(?:have|has|had)\s+since\s+$", re.IGNORECASE)
DETERMINER_BEFORE = re.compile(r"\b(?:whose|its|their|his|her|the|an?|[\w-]+['’]s?)\s+$", re.IGNORECASE)
COUNTED_AFTER = re.compile(rf",\s+{_HEDGED}(?P<count>{_YEAR_COUNT})\s+(?P<unit>years?|decades?|months?|weeks?|days?)"
                           r"\s+after\b[^,.;]*$", re.IGNORECASE)


def _counted_back(told: DateValue, counted: re.Match[str]) -> DateValue | None:
    unit = counted["unit"].lower()
    # (decades are counted in years by ``_years_later``)
    return _moved_by(told, -_years_later(counted), "year" if unit.startswith("decade") else unit)


def _moved_by(value: DateValue, count: int, unit: str) -> DateValue | None:
    """``value`` moved ``count`` years, months, weeks or days (back when negative), when it is
    told precisely enough for the unit; else None."""
    unit = unit.lower()
    if unit.startswith("month"):
        return DateValue(months_moved(int(value.iso[:4]), int(value.iso[5:7]), count)) if len(value.iso) >= 7 else None
    if unit.startswith(("week", "day")):
        days = count * (7 if unit.startswith("week") else 1)
        return DateValue((date.fromisoformat(value.iso) + timedelta(days=days)).isoformat()) if len(value.iso) == 10 else None
    return DateValue(f"{int(value.iso[:4]) + count:04d}")


DAY_GROUPS = ("day_month", "month_day", "day_month_bare", "month_day_bare", "numeric")
WEEKDAY_GAP = re.compile(r",?\s+(?:the\s+)?")


def _day_beside(text: str, sentence: Span, weekday: re.Match[str]) -> re.Match[str] | None:
    """The date told right after a weekday ("Monday, 1 September", "Monday, January 1")."""
    following = next((match for match in _dates_in(text, sentence.start, sentence.end) if match.start() >= weekday.end()), None)
    if following is None or not any(following.group(group) for group in DAY_GROUPS):
        return None
    return following if WEEKDAY_GAP.fullmatch(text, weekday.end(), following.start()) else None


# (or a past verb: "Tonga, which had been an observer of the SCO, joined in 2020")
MAIN_VERB_AFTER_CLAUSE = re.compile(r",\s+(?:is|are|was|were|has|have|had|will|would|may|could|remains?|became|took|won|got|left"
                                    r"|(?-i:[a-z]{3,}ed))\b")
SPOKEN_ON = re.compile(r"\b(?:announced|said|says|stated|confirmed|declared|told\s+\w+)\s+(?:on\s+|last\s+|this\s+)?$", re.IGNORECASE)
DECIDED_BETWEEN = re.compile(r"\b(?:agreed|decided|voted|resolved)(?:\s+in\s+principle)?\s+to\b", re.IGNORECASE)
PARTICIPLE_BREAK = re.compile(r",\s+(?:[a-z]+ly\s+)?[a-z]{3,}ing\b")
WITH_PARTICIPLE = re.compile(r",\s+with\s+[^,;]{0,60}?\b(?:[a-z]+ing|due|set|expected|scheduled|slated|poised)\b")
# (or decided there: "decided on Monday to merge the tiers and granted the new status to Laos")
MEETING_BEFORE = re.compile(r"\b(?:met|meeting|gathered|convened|assembled|decided|agreed|voted|resolved)\b[^.;]{0,50}$",
                            re.IGNORECASE)
OPENING_YEAR = re.compile(r"(?:In|By|During)\s+(?P<year>(?:19|20)\d{2}),\s+(?!(?-i:[a-z]))")
MONTH_OF_THAT_YEAR = re.compile(r"\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
# (searched along whole sentences: led by a test of the first character, as most positions start no count)
SHORT_TIME_LATER = guarded(re.compile(rf"\b{SHORT_LATER}\b", re.IGNORECASE))
SHORT_LATER_AFTER = re.compile(rf"\s+{SHORT_LATER}\b", re.IGNORECASE)


def _shortly_after(text: str, sentence: Span, later: re.Match[str], published: DateValue | None) -> DateValue | None:
    """"two weeks later", "three months later", "a day earlier": counted from the last dated day
    or month before (to the day when both count in days)."""
    resolved = (resolve_text_date(match, published) for match in reversed(list(
        TEXT_DATE.finditer(text, max(0, sentence.start - _LOOK_BACK), later.start()))))
    before = next((value for value in resolved if value is not None and len(value.iso) >= 7), None)
    return _moved(before, later) if before is not None else None


def _moved(before: DateValue, later: re.Match[str]) -> DateValue:
    """``before`` moved by "two weeks later", "a month later", "a day earlier" (to the day when both
    count in days, else to the month)."""
    word, unit, direction = later.group().lower().split()
    if word == "the":  # "the next day", "the following month"
        word, unit, direction = "one", direction, "later"
    count = count_of(word) * (-1 if direction == "earlier" else 1)
    days = {"day": 1, "wee": 7}.get(unit[:3])
    if days == 1 and len(before.iso) == 10:
        return _moved_by(before, count, "day")
    months = count if days is None else count * days // 30
    return DateValue(months_moved(int(before.iso[:4]), int(before.iso[5:7]), months))


FOLLOWING_YEAR = guarded(re.compile(rf"\b{YEARS_LATER}\b", re.IGNORECASE))
SAME_DAY_AFTER = re.compile(r"[^,.;]{0,40}?\b(?:(?:on|in)\s+the\s+same\s+(?P<unit>day|date|month)|later\s+that\s+(?P<that>month))\b",
                            re.IGNORECASE)  # ("took up the status later that month": the month told before)
_SAME_PRECISION = {"day": 10, "date": 10, "month": 7}
_THAT_OR_SAME = re.compile(r"\b(?:that|same)\s")  # (a cheap test first: most triggers have neither after them)
_THAT_MONTH_REACH = 60
THAT_MONTH_NEAR = re.compile(rf"(?:\s+[\w-]+){{0,4}}?\s+(?:in\s+)?(?:that|the\s+same)\s+(?P<month>{MONTH})\b(?!\s+\d)")
SAME_YEAR_NEAR = re.compile(r"\s+(?:(?:later|earlier)\s+)?(?:in\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)


def _last_year_before(text: str, sentence: Span, here: Span) -> int | None:
    """The year of the last date the text gave before ``here`` (in its sentence or the ones before)."""
    years = [match.group("year") or match.group() for match in YEAR_IN_TEXT.finditer(text, max(0, sentence.start - _LOOK_BACK), here.start)]
    return int(years[-1][-4:]) if years else None


YEAR_IN_TEXT = re.compile(r"\b(?P<year>(?:19|20)\d{2})\b")
RANGE_JOINT = re.compile(r"\s*(?:[-–—]|to|through)\s*", re.IGNORECASE)


def _range_start(text: str, previous: re.Match[str] | None, match: re.Match[str]) -> re.Match[str]:
    """"from August 31 to September 1": a range of days dates a change by its first (as "for
    2024-25" does by 2024), so its second date stands for the first."""
    if previous is not None and RANGE_JOINT.fullmatch(text, previous.end(), match.start()):
        return previous
    return match


# "Türkiye – a NATO member – signed up in 2012": a body that describes a state is not the one
# the change is in (unless the trigger says so: "became a NATO member")
DESCRIBING = re.compile(r"\s+(?:member|ally|allies|partner|state|country|neighbou?rs?|members|partners|states|countries)\b")
# ("a NATO member", "fellow ASEAN members", "its Gulf Cooperation Council neighbours": states the body describes)
# ("Samoa, the sole EU state in the group, ...")
DESCRIBING_BEFORE = re.compile(r"\b(?:an?|another|fellow|its|their|his|her|the\s+only|the\s+sole)\s+$", re.IGNORECASE)


def _describes_a_state(text: str, body: Located, here: Span) -> bool:
    if here.start <= body.span.start < here.end:
        return False
    if body.span.end <= here.start and BODY_CLOSES_APPOSITION.match(text, body.span.end) and \
            MEMBER_OF_APPOSITION.search(text, max(0, body.span.start - 70), body.span.start) is not None:
        return True  # "Fiji, a founding member of the PIF, joined the SCO": the apposition's body
    if body.span.end <= here.start and DASH_CLOSES.match(text, body.span.end, here.start) is not None and \
            DASH_OPENS_AFTER_NAME.search(text, max(0, body.span.start - 100), body.span.start) is not None:
        return True  # "Fiji – a NATO member and a candidate for EU membership – applied": set off by dashes
    return DESCRIBING_BEFORE.search(text, max(0, body.span.start - 12), body.span.start) is not None and \
        DESCRIBING.match(text, body.span.end) is not None


# (after a name: not a predicate's "Fiji is, however, a founding member of GUAM, which it founded")
# (or any noun phrase set in a body: "Fiji, a leading voice in the Non-Aligned Movement, applied")
# ("Fiji and Tonga, both of them already inside the SCO, ...": the states' own standing)
# ("Fiji and Tonga, the two biggest owners of the Manila-based bank, ...")
# ("Fiji and Tonga, both members of the Pacific Islands Forum (PIF), applied")
DASH_OPENS_AFTER_NAME = re.compile(r"(?-i:[A-Z])[\w'’.-]*\s+[–—]\s+[^–—.;]*$")
DASH_CLOSES = re.compile(r"[^–—.;]{0,80}?\s[–—]\s")
BODY_CLOSES_APPOSITION = re.compile(r"(?:\s*\([^()]{1,12}\))?,")
MEMBER_OF_APPOSITION = re.compile(r"(?-i:[A-Z])[\w'’.-]*,\s+(?:an?|another|the|one\s+of\s+the|both|(?:both|all)\s+of\s+(?:them|which))\s+"
                                  r"(?:[\w'’-]+\s+){1,4}?(?:of|in|within|inside)\s+(?:the\s+)?(?:[\w-]+-based\s+)?$", re.IGNORECASE)


def _ranks_a_state(text: str, body: Located) -> bool:
    """"The Philippines would be the latest ASEAN member to seek entry" (to another body), "with
    16 participants: the 10 ASEAN member states plus ...": a body that ranks or counts states among
    its members is not the one the next sentences are about."""
    return RANKING_BEFORE.search(text, max(0, body.span.start - 16), body.span.start) is not None and \
        DESCRIBING.match(text, body.span.end) is not None


RANKING_BEFORE = re.compile(r"\bthe\s+(?:latest|newest|first|last|only|next|second|third|other|\d{1,3}|two|three|four|five|six"
                            r"|seven|eight|nine|ten|eleven|twelve)\s+$", re.IGNORECASE)


def _in_apposition(before: str, match: re.Match[str]) -> bool:
    """"Türkiye, a dialogue partner of the SCO,", "Mongolia, an SCO observer," (the article may be the trigger's)."""
    return APPOSITION_OPENS.search(before) is not None or APPOSITION_OPENS.search(before + match.group()[:3]) is not None


# a trigger inside an apposition: ", a founding member of ...,", ", one of the six states that ..."
APPOSITION_OPENS = re.compile(r",\s+(?:a|an|the|one\s+of\s+(?:the|its)(?:\s+\w+)?)\s+$", re.IGNORECASE)


def _opens_an_apposition(text: str, sentence: Span, here: Span) -> bool:
    return DESCRIBED_APPOSITION_OPENS.search(text, max(sentence.start, here.start - 40), here.start) is not None


APPLIES_TO_GAP = re.compile(r"\s+(?:the\s+)?")  # (between "applies to" and the state after it)
# (or with a word describing the state: "Tonga, a fellow founder of the forum, ...")
DESCRIBED_APPOSITION_OPENS = re.compile(APPOSITION_OPENS.pattern.removesuffix(r"\s+$") + r"\s+(?:(?-i:[a-z-]+)\s+)?$", re.IGNORECASE)
WHICH_AFTER = re.compile(r",?\s+which\s")
SINCE_BEFORE = re.compile(r"\bsince\s+$", re.IGNORECASE)
GERUND_AFTER = re.compile(r"\b(?:before|after)\s+(?:(?:formally|officially|finally|first)\s+)?$", re.IGNORECASE)
SUBORDINATE_OPENS = re.compile(r",\s+(?:(?:long|years|months|weeks|decades)\s+(?:after|before)|although|though)\b",
                               re.IGNORECASE)
# ("But in 1999 Samoa and Nauru declined to extend it and left": a date before the subject dates its verbs)
DATE_OPENS_CLAUSE = re.compile(r"\s*(?:(?:But|And|Yet|Then|So)\s+)?(?:in|on|by)\s+$", re.IGNORECASE)
NOUN_OF_ITS_OWN = re.compile(r"\s+(?:application|bid|request|accession|entry|membership|withdrawal|exit)\b", re.IGNORECASE)
WHEN_AFTER_DATE = re.compile(r",\s+when\s")
LATER = re.compile(r"\band\s+(?:later|then|subsequently|eventually|afterwards)\b", re.IGNORECASE)
WHILE_BETWEEN = re.compile(r",\s+(?:while|whereas)\b", re.IGNORECASE)
OPENING_PHRASE = re.compile(r"\s*(?:(?:On|In|At|During|By|After|Before)\b[^,]*)?$")
# the trigger is a verb coordinated after another ("... and (officially) applied")
COORDINATED_VERB = re.compile(r"\band\s+(?:[a-z]+ly\s+)?(?:(?:held|took|assumed|won|became|hosted|gained|received|handed|passed)"
                              r"\s+(?:the\s+|its\s+|their\s+)?(?:rotating\s+)?|(?:was|were|has\s+been|have\s+been)\s+(?:[a-z]+ly\s+)?"
                              # ("signed the memorandum last September and is expected to become a member")
                              rf"|(?:is|are)\s+(?:also\s+)?(?:{alternation(lexicon('planned_predicates'))})\s+to\s+|will\s+)?$")
# a later clause: ", and ...", "; ...", or "and" before a verb of its own ("took over ... and will host")
# a coordinated clause with a subject of its own, named: ", and BRICS took in ..."
BEFORE_NEW_CLAUSE = re.compile(r",\s+(?:and|but|while|whereas)\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,3}\s+"
                               r"(?:(?:also|then|later|in\s+turn)\s+)?$")
CLAUSE_SUBJECT_BEFORE = re.compile(r"\s(?:as|while|whereas)\s+(?:the\s+)?$", re.IGNORECASE)
# (a verb of its own, not an auxiliary that may open a passive about the change: "when the forum was set up")
FINITE_AFTER_SUBJECT = re.compile(r"\s+(?:(?:also|now|still)\s+)?(?!(?:was|is|has|does)\b)(?-i:[a-z]+(?:s|ed))\b")
COMPLEMENT_CLAUSE = re.compile(r"\b(?:means?|meant|shows?|showed|suggests?|suggested|signals?|signall?ed|ensures?|ensured)\s+that\b",
                               re.IGNORECASE)
CLAUSE_BREAK = re.compile(r",\s+(?:and|but|while|whereas|although|though|even\s+though)\s+|;"
                          r"|,\s+who\s+(?:had|has|have|will|would)\s|,?\s+which\s+(?:had|has|have|was|were|is|are|will|would)\s"
                          r"|,\s+whose\s+(?:withdrawal|exit|departure|accession|membership|bid|application)\b"
                          # ("handed the chair to A, whose president will host the next summit in 2026": that clause's date)
                          r"|,\s+whose\s+(?:president|prime\s+minister|premier|leader|king|emir|foreign\s+minister|government|capital|territory)\b"
                          # "joining A, B and C, which all took up the status on 1 January": the clause's own
                          r"|,\s+(?:(?:which|who)\s+(?:all|both)|(?:all|both)\s+of\s+(?:which|whom|them))\s"
                          # ("joins the founders, A and B, which signed the treaty in 1991": the clause's act)
                          r"|,\s+(?:which|who)\s+(?:signed|founded|created|established|set\s+up|launched|formed)\s"
                          r"|\s+and\s+(?:will|would|shall|is|are|was|were|has|have|had|then|later)\s"
                          # a new subject and its verb after a bare comma: "A came on board in 2019, Hungary has
                          # been an observer since 2018"
                          r"|,\s+(?:the\s+)?(?-i:[A-Z])[\w'’-]+(?:\s+(?-i:[A-Z])[\w'’-]+){0,2}\s+(?:has|have|had|was|were|is|are|will)\s")
# "That summit saw Iran become the ninth member", "at the close of the summit": the date is
# the one the text gave before (not "the summit in Astana", which names another)
REFERS_BACK = re.compile(r"\b(?:that|the\s+same)\s+(?P<noun>summit|meeting|session|year|month|day)\b"
                         r"|\bthe\s+(?:(?:closing|opening|final|plenary|concluding)\s+)?(?P<gathering>summit|meeting|session)\b"
                         r"(?!\s+(?:in|of|on|at|held|hosted)\b)",
                         re.IGNORECASE)
# "The leaders approved ...", opening the sentence after one that dated a meeting: at that meeting
# (also "Separately, the heads of state ...", "Leaders also ...", "SCO leaders ...")
ATTENDEES = re.compile(r"(?:(?:\w+ly|Meanwhile|In\s+addition|At\s+the\s+same\s+time),\s+)?(?:the\s+)?"
                       r"(?:(?-i:[A-Z][\w-]*)\s+|member\s+states['’]\s+)?"
                       r"(?:leaders|heads\s+of\s+state|ministers|participants|delegations)\b", re.IGNORECASE)
_LOOK_BACK = 300  # characters before the sentence in which the date it refers to is looked for
GATHERINGS = frozenset({"summit", "meeting", "session"})


def _date_before(text: str, sentence: Span, noun: str, published: DateValue | None,
                 future: bool) -> DateValue | None:
    """The date "that summit" or "the same year" refers to: the last date expression just
    before ``sentence``; for a gathering named before ("until the summit in Tianjin ... at
    the same summit"), only a date in the sentence that named it."""
    floor = max(0, sentence.start - _LOOK_BACK)
    if noun in GATHERINGS or noun == "gathering":
        # ("that meeting" may be the summit named before: any gathering's word; for a change that
        # happened, the last one held, not one still to come: "... when India hosts the summit later
        # this year. India took over the presidency at that meeting": the summit held last September)
        named = list(GATHERING_WORD.finditer(text, floor, sentence.start))
        sentences = split_sentences(text, floor, sentence.start) if named else []
        for gathering in reversed(named):
            at = gathering.start()
            around = next((s for s in sentences if s.start <= at < s.end), None)
            if around is None:
                continue  # (named in no sentence of its own: look further back)
            date = _gathering_date(text, around, at, noun, published, future)
            if not future and (date is not None and published is not None and _after(date, published)
                               or AHEAD_NEAR.search(text, max(floor, at - 40), min(sentence.start, at + 60))):
                continue
            if date is not None or future:
                return date
            # (the gathering named just before has no date here: the one the article reports on may)
            return _news_gathering_date(text, sentence, published)
        if not future and (news := _news_gathering_date(text, sentence, published)) is not None:
            return news
        if noun == "gathering":
            return None  # "The leaders ..." with no meeting named just before: no date to take
    before = list(TEXT_DATE.finditer(text, floor, sentence.start))
    return resolve_text_date(before[-1], published, future) if before else None


GATHERING_WORD = re.compile(r"\b(?:summit|meeting|session)s?\b", re.IGNORECASE)
_NEWS_REACH = 45  # days before publication within which a dated gathering is the one the article reports on


def _news_gathering_date(text: str, sentence: Span, published: DateValue | None) -> DateValue | None:
    """The day of the gathering the article reports on, when it is told before ``sentence``
    ("Leaders met in Astana on Thursday ... At the close of the summit, China took over the chair":
    that Thursday)."""
    if published is None or len(published.iso) < 10:
        return None
    found = _news_gathering(text, published)
    return found[1] if found is not None and found[0] < sentence.start else None


@lru_cache(maxsize=8)
def _news_gathering(text: str, published: DateValue) -> tuple[int, DateValue] | None:
    """Where the article first names a gathering with its day, held in the weeks before publication,
    and that day (found once an article: each later reference asks again)."""
    for sentence in split_sentences(text):
        for gathering in GATHERING_WORD.finditer(text, sentence.start, sentence.end):
            day = _gathering_date(text, sentence, gathering.start(), "gathering", published, False)
            if day is not None and _a_day_before(day, published, _NEWS_REACH):
                return gathering.start(), day
    return None


def _a_day_before(value: DateValue, published: DateValue, days: int) -> bool:
    """Is ``value`` a day, at most ``days`` before publication (and not after it)?"""
    return len(value.iso) == 10 and not _after(value, published) and \
        0 <= (date.fromisoformat(published.iso[:10]) - date.fromisoformat(value.iso)).days <= days



# a gathering still to come: "when India hosts the leaders' summit later this year", "next year's summit"
AHEAD_NEAR = re.compile(r"\b(?:later\s+this\s+(?:year|month)|next\s+(?:year|month|week)['’]?s?|upcoming|coming|will\s+host)\b",
                        re.IGNORECASE)


def _gathering_date(text: str, around: Span, at: int, noun: str, published: DateValue | None,
                    future: bool) -> DateValue | None:
    """The date of the gathering named at ``at`` in the sentence ``around``: on its own line, the
    date nearest its name ("its summit ... on Monday", not "this year" after it); else the last."""
    dates = list(TEXT_DATE.finditer(text, around.start, around.end))
    same_line = [date for date in dates if "\n" not in text[min(at, date.start()):max(at, date.end())]]
    if same_line:
        return resolve_text_date(min(same_line, key=lambda date: abs(date.start() - at)), published, future)
    if noun == "gathering":
        return None  # "The leaders ...": only a date beside the meeting's own name
    return resolve_text_date(dates[-1], published, future) if dates else None


# "Mali and Niger have left ECOWAS. The withdrawal took effect on Wednesday.": the change the
# sentence before told, named again with its date
NAMED_AGAIN = re.compile(r"(?:The|This|That|Its|Their)\s+(?:(?P<withdrawal>withdrawal|exit|departure|pull-?out)"
                         r"|(?P<accession>accession|admission|entry|membership)|(?P<chairmanship>handover|hand-over)"
                         r"|(?P<any>move|decision|change|step))\b")
_NEXT_SENTENCE_TYPES = {"withdrawal": {"withdrawal"}, "accession": {"accession"}, "chairmanship": {"chairmanship"},
                        "any": {"withdrawal", "accession", "chairmanship", "observer", "dialogue_partner", "partner"}}


def _dated_by_the_next_sentence(text: str, article: ParsedArticle,
                                events: list[MembershipEventFact]) -> list[MembershipEventFact]:
    """Changes take the date of the next sentence when it names them again: undated ones any
    date, dated ones the day they took effect ("Fiji announced its exit in 2024. The exit took
    effect on 1 February 2025.")."""
    undated = {event.span.start for event in events if event.date is None}
    if not undated and not (events and TOOK_EFFECT.search(text)):
        return events
    told = {event.span.start for event in events}
    dates: dict[int, tuple[set[str], DateValue, bool]] = {}  # a sentence's start -> its next one's types, date, effect
    # (the next sentence may open the next paragraph)
    sentences = [sentence for part in article.parts if part.kind in EVENT_PARTS
                 for sentence in split_sentences(text, part.start, part.end)]
    for before, sentence in zip(sentences, sentences[1:]):
        if before.start not in told or not (named := NAMED_AGAIN.match(text, sentence.start, sentence.end)):
            continue
        took_effect = TOOK_EFFECT.search(text, sentence.start, sentence.end) is not None
        if before.start not in undated and not took_effect:
            continue
        date = _date_for(text, sentence, Span(named.start(), named.end()), article.published_on, False)
        if date is not None:
            dates[before.start] = (_NEXT_SENTENCE_TYPES[named.lastgroup], date, took_effect)
    return [dataclasses.replace(event, date=dates[event.span.start][1])
            if event.span.start in dates and event.event_type in dates[event.span.start][0]
            and (event.date is None or dates[event.span.start][2]) else event for event in events]


# "the 25th anniversary of its founding in Shanghai on June 15, 2001", "the SCO, founded in 2001":
# a body's founding date, told without its founders
FOUNDING_WORD = re.compile(
    # a noun with the body's possessive or "of": "its founding", "the SCO's creation", "the founding of the SCO"
    r"(?:\b(?:its|the\s+[\w-]+['’]s|[A-Z]{2,8}['’]s)\s+(?:founding|foundation|establishment|creation|inception)\b"
    r"(?!\s+(?:members?|states?|fathers?|treaty|charter|principles?|documents?|declaration|summit|agreement))"
    r"|\b(?:founding|foundation|establishment|creation)\s+of\s+the\s+(?=[A-Z]))"
    # or a participle said of the body: "the SCO, founded in 2001,", "the bloc was established in 2001"
    # ("created by the Treaty of Lagos in 1975": a treaty after "by", not founders)
    r"|(?:,|\bwas|\bwere)\s+(?:(?:formally|officially|first)\s+)?(?:founded|established|created|set\s+up)\b"
    r"(?!\s+by\b(?!\s+(?:the\s+|a\s+)?(?:[A-Z][\w-]*\s+){0,3}(?:Treaty|Agreement|Charter|Declaration|Convention|Accord)\b))"
    # or an active verb before the body's name: "Leaders set up the Pacific Islands Forum in 1971"
    r"|\b(?:founded|established|created|set\s+up)\s+the\s+(?=[A-Z])"
    # or the treaty that created it: "The treaty that created the bloc was signed on 28 May 1975"
    r"|\b(?:treaty|agreement|charter|convention|declaration)\s+(?:that|which)\s+(?:created|established|founded|set\s+up)\b"
    # or a treaty signed, in a sentence that names the body ("put their signatures to the Treaty of
    # Lagos on 28 May 1975, the Economic Community ... was meant to be"): only for founders not dated otherwise
    r"|\b(?:signed|signing\s+of|signatures?\s+to)\s+the\s+(?:[A-Z][\w-]*\s+){0,3}(?:Treaty|Charter|Convention|Agreement)\b"
    r"|\b(?:Treaty|Charter|Convention|Agreement)\s+(?:was\s+)?signed\b")


def _founding_dated(text: str, article: ParsedArticle, events: list[MembershipEventFact],
                    bodies: SpanIndex[Located], main_body: OrganisationRef | None) -> list[MembershipEventFact]:
    """Undated founding events take the founding date the article gives elsewhere for the same
    body ("Kyrgyzstan is one of its six founders" after "its founding ... on June 15, 2001")."""
    undated = [event for event in events if event.event_type == "founding_member" and event.date is None]
    if not undated:
        return events
    dates: dict[str, DateValue] = {event.organisation.name: event.date for event in events
                                   if event.event_type == "founding_member" and event.date is not None}
    for part in article.parts:
        if part.kind not in EVENT_PARTS:
            continue
        for sentence in split_sentences(text, part.start, part.end):
            for word in FOUNDING_WORD.finditer(text, sentence.start, sentence.end):
                here = Span(word.start(), word.end())
                named = _nearest(bodies.within(sentence.start, sentence.end), here)
                # ("signed the declaration on its establishment": "its" in the phrase itself, the article's body)
                body = named.value if named else (_body_described(text, sentence, bodies) or main_body if _refers_to_body(
                    text, sentence) or ITS_BEFORE.search(text, max(sentence.start, here.start - 5), here.start)
                    or word.group()[:4].lower() == "its " else None)
                date = _date_for(text, sentence, here, article.published_on, False) if body else None
                # (a later, more precise date wins: "its founding 50 years ago", then "set up in Suva
                # on 15 June 1971")
                if body is not None and date is not None and (
                        body.name not in dates or len(date.iso) > len(dates[body.name].iso)):
                    dates[body.name] = date
    return [dataclasses.replace(event, date=dates[event.organisation.name])
            if event in undated and event.organisation.name in dates else event for event in events]


ITS_BEFORE = re.compile(r"\bits\s+$", re.IGNORECASE)


def _deduplicated(events: list[MembershipEventFact], published: DateValue | None = None) -> list[MembershipEventFact]:
    """One event per (state, body, type, certainty) in an article; an undated one yields to a dated
    one, and a date to a more precise one that agrees with it."""
    kept: dict[tuple, MembershipEventFact] = {}
    for event in events:
        key = (event.iso3, event.organisation.name, event.event_type, event.certainty)
        if event.event_type == "chairmanship" and event.date is not None and \
                (held := kept.get(key)) is not None and held.date is not None and held.date.iso[:4] != event.date.iso[:4]:
            # a chair held again: "took over the presidency on Wednesday ... last held it in 2011" is two terms
            key += (event.date.iso[:4],)
        current = kept.get(key)
        if current is None or (current.date is None and event.date is not None) or _refines(event.date, current.date) \
                or _takes_effect_instead(event, current):
            kept[key] = event
    # a status reported as held says nothing more once the article tells when it was granted
    told = {key[:3] for key in kept if key[3] != "reported"}
    # and a change told as done is no longer a plan ("agreed to admit Tonga ... Tonga joined on 1
    # January"), but for a chair, which a state holds again and again
    # (but not an undated one while the article still awaits the change: "invited to join, with
    # effect from 1 January 2024 ... the inclusion of A and B", published before then, is that plan)
    awaited = {key[:3] for key, event in kept.items() if key[3] == "planned" and event.date is not None
               and published is not None and _after(event.date, published)}
    undated_reference = {key for key, event in kept.items() if key[3] == "occurred" and event.date is None
                         and key[:3] in awaited}
    done = {key[:3] for key in kept if key[3] == "occurred" and key[2] != "chairmanship" and key not in undated_reference}
    return [event for key, event in kept.items() if (key[3] != "reported" or key[:3] not in told)
            and (key[3] != "planned" or key[:3] not in done) and key not in undated_reference]


TOOK_EFFECT = re.compile(r"\b(?:took|takes|take|taking)\s+effect|\b(?:became|becomes|become|was\s+made)\s+(?:formal|official"
                         r"|effective|final)\b|\bcame\s+into\s+force\b", re.IGNORECASE)


def _takes_effect_instead(later: MembershipEventFact, earlier: MembershipEventFact) -> bool:
    """"Tonga announced its exit in 2024. The exit took effect on 29 January 2025.": the day a
    change took effect, told after another date for it, is the change's date."""
    return later.date is not None and earlier.date is not None and later.date != earlier.date and \
        TOOK_EFFECT.search(later.evidence) is not None and TOOK_EFFECT.search(earlier.evidence) is None


def _refines(later: DateValue | None, earlier: DateValue | None) -> bool:
    """"last year", then "in July 2024": the later date says the same, more precisely."""
    return later is not None and earlier is not None and len(later.iso) > len(earlier.iso) and \
        later.iso.startswith(earlier.iso)
