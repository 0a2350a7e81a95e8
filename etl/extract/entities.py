"""States and organisations mentioned in an article.

Organisations are found first: by the curated catalogue (one Aho–Corasick pass)
and by name structure (capitalised phrases headed by an organisation word). A
state name inside an organisation's name is not a mention of the state
("China Studies Center"), nor is one inside a sea or region ("South China Sea").
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache, lru_cache

from sco_etl.extract.matcher import NameMatcher
from sco_etl.extract.spans import SpanIndex
from sco_etl.model import (
    Extraction,
    OrganisationMention,
    OrganisationRef,
    ParsedArticle,
    Span,
    StateMention,
)
from sco_etl.parse.dates import MONTH
from sco_etl.parse.people import looks_like_person, place_names, region_words, title_words
from sco_etl.rules import data_lines, lexicon, word_set
from sco_etl.rules.catalogue import CatalogueEntry, catalogue
from sco_etl.rules.states import state_records

# kinds of state name that count as a mention (capitals name places, see annotation.md)
MENTION_KINDS = {"short", "common", "official", "alternative", "adjective", "demonym"}


@lru_cache(maxsize=1)
def state_matcher() -> NameMatcher[str]:
    names = [(name, record.iso3) for record in state_records() for name, kind in record.names
             if kind in MENTION_KINDS and "," not in name]
    # "The Gambia": the article is part of the name; also match without it
    names += [(name[4:], iso3) for name, iso3 in names if name.startswith("the ")]
    # "Côte d’Ivoire": a name's apostrophe printed curly too
    names += [(name.replace("'", "’"), iso3) for name, iso3 in names if "'" in name]
    return NameMatcher(names, blockers=data_lines("not_states.txt"))


@lru_cache(maxsize=1)
def state_names_by_key() -> dict[str, str]:
    return {name: record.iso3 for record in state_records() for name, kind in record.names
            if kind in MENTION_KINDS}


@lru_cache(maxsize=1)
def state_adjectives() -> dict[str, str]:
    return {name: record.iso3 for record in state_records() for name, kind in record.names
            if kind == "adjective"}


@lru_cache(maxsize=1)
def state_display_names() -> dict[str, str]:
    return {record.iso3: record.name for record in state_records()}


@lru_cache(maxsize=1)
def catalogue_matcher() -> NameMatcher[CatalogueEntry]:
    names = []
    for entry in catalogue().entries:
        for name in entry.all_names:
            names.append((name, entry))
            if name.startswith("The "):
                names.append((name[4:], entry))
            if "Cooperation" in name:  # the British house style: "Gulf Co-operation Council"
                names.append((name.replace("Cooperation", "Co-operation"), entry))
        # house styles that write an acronym read as a word in title case: "Nato", "Asean", "Brics"
        # (not where that word is a place's name: "Guam" is the island, "GUAM" the organisation)
        if entry.acronym and len(entry.acronym) >= 4 and entry.acronym.isalpha() and entry.acronym.isupper() \
                and entry.acronym.casefold() not in place_names():
            names.append((entry.acronym.capitalize(), entry))
        # and the reverse for an agency's one-word name, which wires print in capitals: "SUVA (KABAR) -", "told KABAR"
        # (five letters or more: "MINT" is an acronym of economies before it is an outlet)
        if entry.kind == "news_outlet" and len(entry.name) >= 5 and entry.name.isalpha() and not entry.name.isupper() \
                and entry.name.casefold() not in place_names():
            names.append((entry.name.upper(), entry))
    return NameMatcher(names)


@lru_cache(maxsize=1)
def head_words() -> frozenset[str]:
    return frozenset(data_lines("organisation_heads.txt"))


# --- discovery by name structure ----------------------------------------------------------

_CAP = r"[A-Z][\w'’.&-]*"
# (and the particles of Romance and Arabic place names: "University of Dar es Salaam", "Universidad de Chile")
_LINK = r"(?:of|for|on|under|and|the|&|es|de|da|do|del|di|al|el)"
# (not a date after a link word: "Suva Convention Centre on Oct 14")
_NOT_AFTER_LINK = rf"(?!on\s+{MONTH}\.?\s+\d|on\s+(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b)"
PHRASE = re.compile(rf"{_CAP}(?:\s+{_NOT_AFTER_LINK}(?:{_LINK}\s+){{0,2}}{_CAP})*")
ACRONYM_AFTER = re.compile(r"\s*\((?P<acronym>[A-Z][A-Za-z&]{1,9})\)")
# words that open a sentence or a clause, never an organisation's name
LEADING = {"The", "A", "An", "How", "Why", "What", "Where", "Who", "Whether", "Through", "In", "At", "For", "Under", "With", "By", "From", "According",
           "As", "During", "After", "Since", "While", "When", "Meanwhile", "Also", "Both", "Its", "Their",
           "This", "That", "These", "Those", "Such", "Other", "Former", "New", "Our", "His", "Her", "To",
           "On", "Of", "And", "But", "Yet", "So", "If", "Then", "Recently", "Last", "Next", "Every", "Each",
           "Before", "Without", "Until", "Unlike", "Like",
           # a headline's verbs in title case: "Tonga to Join Fiji-Led Trade Union"
           "Join", "Joins", "Leave", "Leaves", "Quit", "Quits", "Seek", "Seeks", "Apply", "Applies", "Become",
           "Becomes", "Enter", "Enters", "Exit", "Exits", "Rejoin", "Rejoins"}
# meetings and sessions of a body are events: "Meeting of the Council of ..." names the Council
EVENT_HEAD = re.compile(r"(?:Meeting|Summit|Session|Sitting|Conference)\s+of\s+(?:the\s+)?")
# "X and the Y" joins two names; "Ministry of Commerce and Industry" is one
AND_THE = re.compile(r"\s+and\s+(?:the\s+)?")
POSSESSIVE = re.compile(r"^(?P<owner>.+?)['’]s\s+(?P<rest>.+)$")


BASED = re.compile(r"(?:[A-Z][\w'’.]*\s+){0,2}[A-Z][\w'’.-]*-based\s+")  # ("the Chiang Mai-based Institute ...")
# a person named at a phrase's end, before what they say
SPEECH_AFTER = re.compile(r"\s+(?:(?:has|had|have|also)\s+)?(?:told|said|says|stressed|noted|added|explained|warned|urged"
                          r"|announced)\b")
# ("Ministry of Foreign Affairs and International Cooperation said": the portfolio's second half, no person)
PORTFOLIO_JOINT = re.compile(r"\s(?:and|of|for|&)$")
PERSON_AT_END = re.compile(r"(?<=[a-z])\s+[A-Z][\w'’-]+\s+[A-Z][\w'’-]+$")
STATE_LIST_AFTER = re.compile(r",\s+(?P<state>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?)(?=,|\s+and\b)")
SENTENCE_STOP = re.compile(r"(?<=[a-z]{2})\.(?=\s)|(?<=[A-Z]{3})\.(?=\s+[A-Z][a-z])")  # ("... join the PIF. Ministry ...")


@dataclass
class _Found:
    start: int
    end: int
    ref: OrganisationRef


_NON_SPACE = re.compile(r"\S+")


HEADLINE_VERBS = frozenset({"Says", "Said", "Tells", "Told", "Warns", "Urges", "Confirms", "Announces", "Denies"})


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading function words and trailing connectors from ``text[start:end]``."""
    words = list(_NON_SPACE.finditer(text[start:end]))
    # ("How the Forum ...", "Suva-based Pacific Policy Centre": where it is based is no part of its name)
    # (nor who leads or backs it: "Fiji-Led Trade Union")
    while words and (words[0].group().strip("'’").capitalize() in LEADING
                     or words[0].group().lower().endswith(("-based", "-led", "-backed"))):
        words.pop(0)
    based = next((n for n, word in enumerate(words[:3]) if word.group().endswith("-based")), None)
    if based is not None:  # ("Chiang Mai-based Institute ...": a place of two words, then "-based")
        del words[:based + 1]
    # (nor a headline's verb in title case after the name: "..., Foreign Ministry Says")
    while words and (words[-1].group() in {"of", "for", "on", "under", "and", "the", "&"} or words[-1].group() in HEADLINE_VERBS):
        words.pop()
    if not words:
        return start, start
    last = words[-1]
    # a sentence's full stop is not part of the name (an acronym's last dot, "U.S.", is)
    end_offset = last.end() - (1 if last.group().endswith(".") and last.group().count(".") == 1 else 0)
    if len(words) > 1 and last.group().endswith(("'s", "’s")):
        end_offset = last.end() - 2  # "the University of Suva's law faculty": the university
    return start + words[0].start(), start + end_offset


def _is_venue(name: str) -> bool:
    """"Jinnah Convention Centre": a building, a centre whose head word follows a venue's word
    (not "Saudi Press Agency")."""
    words = name.split()
    return len(words) >= 2 and words[-1] in VENUE_HEADS and words[-2].casefold() in word_set("venue_words.txt")


VENUE_HEADS = frozenset({"Centre", "Center"})


def _has_head(name: str) -> bool:
    heads = head_words()
    for word in name.split():  # (a loop, not any(): this runs for every capitalised phrase)
        if word.strip(".,") in heads:
            return True
    return False


_OF = re.compile(r"\s+of\s+(?:the\s+)?")


def _split_units(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``Department of Political Science of the Financial University`` is two organisations.

    Split at an "of" whose right side opens with a name of its own (its words up to
    the next "of" hold a head word); "Government of the Russian Federation" stays whole.
    """
    name = text[start:end]
    for match in _OF.finditer(name):
        left, right = name[:match.start()], name[match.end():]
        first_segment = _OF.split(right, maxsplit=1)[0]
        if _has_head(left) and _has_head(first_segment) and first_segment not in state_names_by_key():
            return [(start, start + match.start())] + _split_units(text, start + match.end(), end)
    return [(start, end)]


def _names_a_portfolio(words: str) -> bool:
    return any(word.casefold() in word_set("portfolio_words.txt") for word in words.split())


def discover_organisations(text: str, start: int, end: int) -> list[_Found]:
    found = []
    for phrase in PHRASE.finditer(text, start, end):
        # a full stop after a word ends the sentence ("... the Mekong Institute. Dara Keo writes")
        # (each pattern is tried only where the text holds what it needs: most phrases hold neither)
        stop = SENTENCE_STOP.search(text, phrase.start(), phrase.end()) \
            if text.find(".", phrase.start(), phrase.end()) >= 0 else None
        phrase_end = stop.start() if stop else phrase.end()
        # "the Almaty-based Steppe Analytics": what is based somewhere is a body, head word or not
        based = BASED.match(text, phrase.start(), phrase_end) \
            if text.find("-based", phrase.start(), phrase_end) >= 0 else None
        if based and based.end() < phrase_end and not _has_head(text[based.end():phrase_end]):
            found.append(_Found(based.end(), phrase_end, OrganisationRef(name=text[based.end():phrase_end])))
            continue
        if not _has_head(text[phrase.start():phrase_end]):
            continue  # most capitalised phrases are names of people and places: no name below has a head
        if (titled := _titled_name_at_end().search(text, phrase.start(), phrase_end)):
            phrase_end = titled.start()  # "Chinese Foreign Ministry Spokesperson Mao Ning": the ministry
        elif SPEECH_AFTER.match(text, phrase_end) and (person := PERSON_AT_END.search(text, phrase.start(), phrase_end)) \
                and not _has_head(person.group()) and looks_like_person(person.group().strip()) \
                and not PORTFOLIO_JOINT.search(text, phrase.start(), person.start()) \
                and not _names_a_portfolio(person.group()):  # ("... and East African Cooperation said")
            phrase_end = person.start()  # "Chairman of the Association of Migrants Aibek Osmonov told ...": the association
        if (listed := STATE_LIST_AFTER.match(text, phrase_end)) and listed.group("state") in state_names_by_key():
            of = text.rfind(" of ", phrase.start(), phrase_end)  # "the Customs Union of Russia, Belarus and ...": the union
            if of > phrase.start() and text[of + 4:phrase_end] in state_names_by_key():
                phrase_end = of
        pieces, piece_start = [], phrase.start()
        for joint in AND_THE.finditer(text, phrase.start(), phrase_end):
            # "A Institute and B University" is two names; "Ministry of Commerce and Industry" one
            if _has_head(text[joint.end():phrase_end]):
                pieces.append((piece_start, joint.start()))
                piece_start = joint.end()
        pieces.append((piece_start, phrase_end))
        for piece_start, piece_end in pieces:
            found += _organisations_in_phrase(text, piece_start, piece_end)
    found += _described_bodies(text, start, end, found)
    return found


# a firm named before the post its employee holds, two words or more (not a demonym's "Kazakh economist"):
# "Harbour Capital economist Jane Doe"
EMPLOYED_ROLES = ("economist", "analyst", "strategist")
EMPLOYER_BEFORE_ROLE = re.compile(r"(?<![\w’'])(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){1,3})\s+(?:chief\s+|senior\s+|lead\s+)?"
                                  rf"(?:{'|'.join(EMPLOYED_ROLES)})\s+(?=[A-Z])")
# a body named after what it is, head word or not: "the think tank Gateway Hall", "analysts at Harbour Capital"
# (the words, lower case and one space apart, are also the cheap test run first: most paragraphs hold none)
DESCRIBING_WORDS = ("think tank", "think-tank", "consultancy", "brokerage", "investment bank", "news agency",
                    "lobby group", "analysts at", "economists at", "strategists at")
DESCRIBED_BODY = re.compile(r"\b(?i:" + "|".join(re.escape(words).replace(r"\ ", r"\s+") for words in DESCRIBING_WORDS)
                            + r")\s+(?P<name>[A-Z][\w&'’.-]*(?:\s+[A-Z][\w&'’.-]*){0,3})")


def _described_bodies(text: str, start: int, end: int, found: list[_Found]) -> list[_Found]:
    lowered = text[start:end].lower()
    described = any(words in lowered for words in DESCRIBING_WORDS)
    employs = any(role in lowered for role in EMPLOYED_ROLES)
    if not described and not employs:
        return []
    matches = [*(DESCRIBED_BODY.finditer(text, start, end) if described else ()),
               *(EMPLOYER_BEFORE_ROLE.finditer(text, start, end) if employs else ())]
    bodies = []
    for match in matches:
        s, e = _trim(text, match.start("name"), match.end("name"))
        name = text[s:e]
        if match.re is EMPLOYER_BEFORE_ROLE and (state_matcher().find(text, match.start("name"), match.end("name"))
                                                 or not set(match["name"].lower().split()).isdisjoint(region_words())):
            continue  # "New Zealand analyst", "Asia Pacific analyst": a state's or a region's word, no firm
        if e > s and name not in state_names_by_key() and \
                not any(other.start < e and s < other.end for other in found):
            bodies.append(_Found(s, e, _discovered_ref(name, _acronym_after(text, e, name), None, printed=name)))
    return bodies


@lru_cache(maxsize=1)
def _titled_name_at_end() -> re.Pattern[str]:
    """A role title and a person's name ending a capitalised phrase, or owning what follows: not
    part of a body's name."""
    alternatives = "|".join(re.escape(title) for title in title_words() if not title.endswith("."))
    # (at the phrase's end, or before a possessive: "... Spokesperson Lin Jian's Regular Press Conference")
    return re.compile(rf"\s+(?i:{alternatives})\s+[A-Z][\w-]+(?:\s+[A-Z][\w-]+){{0,2}}\s+[A-Z][\w-]+(?:$|['’]s\b)")


# "the Organisation on Tuesday", "the Council in March": when, not part of the name
TEMPORAL_TAIL = re.compile(r"\s+(?:on|in|at|since|until|from|by)\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday"
                           r"|Sunday|January|February|March|April|May|June|July|August|September|October|November"
                           r"|December)\b")


def _organisations_in_phrase(text: str, start: int, end: int) -> list[_Found]:
    s, e = _trim(text, start, end)
    if (when := TEMPORAL_TAIL.search(text, s, e)) is not None:
        s, e = _trim(text, s, when.start())
    event = EVENT_HEAD.match(text, s, e)
    if event:
        s = event.end()
    s = _skip_headless_lead(text, s, e)
    owned_from = s
    s, owner_iso3 = _owner(text, s, e)
    found = []
    for unit_start, unit_end in _split_units(text, s, e):
        name = text[unit_start:unit_end]
        owned = unit_start == s and owner_iso3 is not None
        # (one word is a name only as a state's body: "the Chinese Embassy")
        if not _has_head(name) or len(name.split()) < 2 and not (owned and GOVERNMENT_BODY.match(name)) \
                or name in state_names_by_key() or _is_venue(name):
            continue
        found.append(_Found(unit_start, unit_end, _discovered_ref(
            name, _acronym_after(text, unit_end, name), owner_iso3 if owned else None,
            printed=text[owned_from:unit_end] if owned else name,
        )))
    return found


def _skip_headless_lead(text: str, start: int, end: int) -> int:
    """"Staff of the Central Asia Studies Center": words before an "of" with no head word
    in them are not part of the name that follows."""
    for joint in _OF.finditer(text, start, end):
        lead = text[start:joint.start()]
        if _has_head(lead) or "'" in lead or "’" in lead:
            return start
        # (a place's name before "of" is the name's own: "Bay of Bengal Policy Institute"; a role,
        # or a noun with "of the", is not: "Chairman of ...", "Staff of the ...")
        if not joint.group().rstrip().endswith("the") and lead.casefold() not in title_words() \
                and not _titled_person(lead):
            return start
        if _has_head(_OF.split(text[joint.end():end], maxsplit=1)[0]):
            return joint.end()
    return start


def _titled_person(lead: str) -> bool:
    """"Olga Petrova of Minsk State University", "Economist Arman Beisembayev of ...": a person's
    name (after any title) before the "of" of the body they belong to."""
    words = lead.split()
    while words and words[0].casefold() in title_words():
        words.pop(0)
    return len(words) >= 2 and looks_like_person(" ".join(words))


def _acronym_after(text: str, end: int, name: str = "") -> str | None:
    """``(RATS)`` right after a name defines its acronym; ``(Kazakhstan)`` does not. A house style
    that writes acronyms as words ("(Dlaf)" after the Department of Lagoon Affairs and Fisheries)
    defines one too, when its letters open with the name's initials."""
    match = ACRONYM_AFTER.match(text, end)
    if not match:
        return None
    acronym = match.group("acronym")
    if sum(ch.isupper() for ch in acronym) >= 2:
        return acronym
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())
    return acronym if len(initials) >= 3 and acronym.upper().startswith(initials) else None


def _owner(text: str, start: int, end: int) -> tuple[int, str | None]:
    """A state owning the body: "China's Ministry of ...", "Chinese Ministry of ...".

    Returns where the body's own name starts and the owner's alpha-3 (None when the
    owner is not a state, as in "TASS's Press Club"; a state owner is still a mention).
    """
    possessive = POSSESSIVE.match(text[start:end])
    if possessive and _has_head(possessive.group("rest")):
        return start + possessive.start("rest"), state_names_by_key().get(possessive.group("owner"))
    first, _, rest = text[start:end].partition(" ")
    if first in state_adjectives() and GOVERNMENT_BODY.match(rest):
        return start + len(first) + 1, state_adjectives()[first]
    return start, None


GOVERNMENT_BODY = re.compile(r"^(?:Foreign\s+|Defen[cs]e\s+|Finance\s+)?Ministry\b|^Embassy\b|^Consulate\b")


# "Brazil's foreign ministry said ...": a state's ministry written in lower case (as news often
# writes it) is that state's body all the same
# ("Brazil's foreign ministry", "the Fijian foreign ministry", "the US state department")
POSSESSIVE_END = re.compile(r"['’]s$")
LOWER_CASE_MINISTRY = re.compile(
    r"(?P<owner>[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){0,2})(?:['’]s)?\s+(?P<name>(?-i:(?:foreign|defen[cs]e|finance|economy|trade"
    r"|commerce|interior|justice|health|education|energy|agriculture|external\s+affairs|foreign\s+affairs)\s+ministry"
    r"|state\s+department))\b")


def _ministries_in_lower_case(text: str, start: int, end: int) -> list[_Found]:
    found = []
    if "ministry" not in text[start:end] and "department" not in text[start:end]:  # (most paragraphs)
        return found
    for match in LOWER_CASE_MINISTRY.finditer(text, start, end):
        owner = state_names_by_key().get(POSSESSIVE_END.sub("", match["owner"].removeprefix("The ")))
        if owner is not None:
            name = " ".join(word.capitalize() for word in match["name"].split())
            found.append(_Found(match.start("name"), match.end("name"),
                                _discovered_ref(name, None, owner, printed=match.group())))
    return found


def _discovered_ref(name: str, acronym: str | None, owner_iso3: str | None, printed: str) -> OrganisationRef:
    """A government body is named with its state, so India's and China's ministries stay apart."""
    if owner_iso3 and GOVERNMENT_BODY.match(name):
        state = state_display_names()[owner_iso3]
        # named as news names it ("China's Ministry of Foreign Affairs"); the "of" form and the
        # form the article printed ("Chinese Foreign Ministry") are aliases
        canonical = f"{state}'s {name}"
        aliases = list(dict.fromkeys(alias for alias in (f"{name} of {state}", printed) if alias != canonical))
        return OrganisationRef(name=canonical, acronym=acronym, kind="government_body",
                               aliases=aliases, country_iso3=owner_iso3)
    return OrganisationRef(name=name, acronym=acronym, country_iso3=owner_iso3, parent=_governing_parent(name))


@lru_cache(maxsize=4096)
def _governing_parent(name: str) -> str | None:
    """The intergovernmental body whose governing organ ``name`` names ("OECD Council", "Council
    of the OECD"): the one catalogued body inside it, every other word an organ's word."""
    if ORGAN_HEADS.isdisjoint(name.split()):
        return None  # (most names: no organ's head word at all)
    inside = catalogue_matcher().find(name)
    if len(inside) != 1 or inside[0].value.kind != "intergovernmental":
        return None
    return inside[0].value.name if _is_organ_of(name, inside[0].value) else None


ORGAN_HEADS = frozenset({"Council", "Commission", "Secretariat", "Summit", "Authority", "Assembly", "Conference",
                         "Presidency"})


@lru_cache(maxsize=1)
def governing_organ_words() -> frozenset[str]:
    return frozenset(lexicon("governing_organ_words"))


# --- the extractor ----------------------------------------------------------------------

NEXT_NAME_WORD = re.compile(r"\s+[A-Z][a-z]")
NEXT_WORD = re.compile(r" (?P<word>[A-Z][a-z]+)\b")
# what may follow a body's one-word name and still name the body or its organ ("Commonwealth Secretariat")
ORGAN_WORDS = frozenset({"council", "secretariat", "summit", "summits", "assembly", "commission", "parliament", "secretary",
                         "chair", "chairman", "chairperson", "charter", "treaty", "declaration", "fund", "bank", "court",
                         "forum", "group", "member", "members", "states", "state", "heads", "ministers", "ministerial",
                         "leaders", "nations", "countries", "partners", "observers", "observer", "partner", "dialogue",
                         "foreign", "trade", "meeting", "headquarters", "office", "mission", "delegation", "official",
                         "officials", "spokesman", "spokeswoman", "spokesperson", "plus", "outreach", "agreement",
                         # (a headline's words in title case: "Tonga To Join Brics On Monday")
                         "on", "in", "at", "as", "and", "to", "for", "with", "from", "by", "after", "over", "is", "are",
                         "was", "will", "the", "a", "an", "of", "amid", "before", "into", "but", "or"})
THE_BEFORE = re.compile(r"\bthe\s+$", re.IGNORECASE)
DEFINED_ACRONYM = re.compile(r"\s*\((?P<acronym>[A-Z][A-Z0-9&-]{1,9})\)")
# "at APEC Haus in Port Moresby", "the SCO Tower": a building named after a body is a place, not the body
BUILDING_AFTER = re.compile(r" (?:Haus|House|Hall|Tower|Building|Plaza|Arena|Stadium)\b")


def _first_word_of_a_longer_name(text: str, match) -> bool:
    """"National" of "The National" in "Armenia's National Assembly": a one-word name an outlet
    goes by without its "The", followed by another capitalised word, is part of another name."""
    word = text[match.start:match.end]
    # ("the Commonwealth Caribbean", "the Commonwealth Games": a one-word name before another capitalised
    # word that is no organ of it names a region or an event, not the body)
    if " " not in word and word[:1].isupper() and not word.isupper() and match.value.kind != "news_outlet" and \
            (after := NEXT_WORD.match(text, match.end)) is not None and after["word"].casefold() not in ORGAN_WORDS:
        return True
    if word.startswith(("The ", "the ")) and word.count(" ") == 1 and match.value.name == f"The {word[4:]}" \
            and NEXT_NAME_WORD.match(text, match.end) is not None:
        return True
    # (and without its "The" at all, a common word's in a menu: "National | Business | Sports")
    return " " not in word and match.value.name == f"The {word}" and (
        NEXT_NAME_WORD.match(text, match.end) is not None or not THE_BEFORE.search(text, max(0, match.start - 4), match.start))


def extract_entities(article: ParsedArticle, found: Extraction | None = None) -> Extraction:
    text = article.text
    organisations: list[_Found] = []
    parts = sorted(article.extractable_parts(), key=lambda part: part.start)
    spans = [(part.start, part.end) for part in parts]
    for part, in_part in zip(parts, catalogue_matcher().find_in_each(text, spans)):
        catalogued = [_Found(m.start, m.end, _catalogue_ref(m.value)) for m in in_part
                      if not _first_word_of_a_longer_name(text, m) and not BUILDING_AFTER.match(text, m.end)]
        for item in catalogued:  # "Melanesian Spearhead Group (MSG)": an acronym the catalogue lacks, defined here
            if not item.ref.acronym and (defined := DEFINED_ACRONYM.match(text, item.end)) and \
                    defined["acronym"][0] == item.ref.name[0]:
                item.ref.acronym = defined["acronym"]
        discovered = discover_organisations(text, part.start, part.end) + _ministries_in_lower_case(text, part.start, part.end)
        if catalogued and discovered:
            catalogued, discovered = _longest_names(text, catalogued, discovered)
        organisations += catalogued + discovered
    organisations += _acronym_mentions(article, organisations)
    organisations = _short_names_of_named_bodies(text, organisations)
    organisations += _metadata_mentions(article)

    taken = SpanIndex(organisations, _span)
    states: dict[str, list[Span]] = defaultdict(list)
    for in_part in state_matcher().find_in_each(text, spans):
        for match in in_part:
            if match.value and not taken.covers(match.start, match.end):
                states[match.value].append(Span(match.start, match.end))
    return Extraction(
        states=[StateMention(iso3, spans) for iso3, spans in states.items()],
        organisations=_group_mentions(organisations),
    )


def _short_names_of_named_bodies(text: str, found: list[_Found]) -> list[_Found]:
    """"the Commonwealth" in a story that names the Commonwealth of Independent States is that
    body, not the Commonwealth of Nations: a one-word name that opens the full name of another
    body the article names is that body's."""
    named = {item.ref.name: item.ref for item in found if text[item.start:item.end] == item.ref.name
             and " " in item.ref.name and item.ref.kind == "intergovernmental"}
    if not named:
        return found
    renamed = []
    for item in found:
        printed = text[item.start:item.end]
        if " " not in printed and printed.casefold() not in {(item.ref.acronym or "").casefold(), item.ref.name.casefold()}:
            longer = [ref for name, ref in named.items() if name != item.ref.name and name.split()[0] == printed]
            if len(longer) == 1:
                item = _Found(item.start, item.end, longer[0])
        renamed.append(item)
    return renamed


def _longest_names(text: str, catalogued: list[_Found], discovered: list[_Found]) -> tuple[list[_Found], list[_Found]]:
    """Where names overlap, the longer one: a discovered name wins over a catalogued one
    inside it ("SCO Development Bank"), and loses to a catalogued one it only overlaps."""
    catalogued_index = SpanIndex(catalogued, _span)
    discovered = [d for d in discovered if not any(not _contains(text, d, c)
                                                   for c in catalogued_index.overlapping(d.start, d.end))]
    discovered_index = SpanIndex(discovered, _span)
    catalogued = [c for c in catalogued if not any(_contains(text, d, c)
                                                   for d in discovered_index.overlapping(c.start, c.end))]
    return catalogued, discovered


def _metadata_mentions(article: ParsedArticle) -> list[_Found]:
    """Catalogued outlets named in metadata lines (``Source: China Daily``, ``(Xinhua) --``),
    and the publisher wherever its name is printed outside the body."""
    text = article.text
    # where an uncatalogued publisher's name is printed outside the body; a catalogued outlet
    # inside it is not named there ("Dawn" in "Dawn Valley Tribune")
    printed = _printed_publisher(article)
    found = []
    for part in article.parts:
        if part.kind in {"metadata", "dateline", "byline", "furniture"}:
            found += [_Found(m.start, m.end, _catalogue_ref(m.value))
                      for m in catalogue_matcher().find(text, part.start, part.end)
                      if not any(start <= m.start and m.end <= end for start, end in printed)
                      and not (" " not in text[m.start:m.end] and _first_word_of_a_longer_name(text, m))]
            # (not a menu's "National | Politics")
    # the publisher, unless catalogued (then found above wherever its names stand): one mention
    if printed:
        start, end = printed[0]
        found.append(_Found(start, end, OrganisationRef(name=article.publisher, kind="news_outlet")))
    return found


def _printed_publisher(article: ParsedArticle) -> list[tuple[int, int]]:
    """Spans of the publisher's name in metadata, notes, furniture, captions ("Photo: Eurasia
    Monitor") and the dateline, when the catalogue does not know it. Another outlet credited in a metadata line
    ("Photograph: ... Reuters") does not stand for it."""
    if not article.publisher or catalogue().lookup(article.publisher) is not None:
        return []
    spans = []
    for part in article.parts:
        if part.kind in {"metadata", "note", "furniture", "caption", "dateline"}:  # "ULAANBAATAR (X) -"
            at = article.text.find(article.publisher, part.start, part.end)
            while at >= 0:
                spans.append((at, at + len(article.publisher)))
                at = article.text.find(article.publisher, at + 1, part.end)
    return spans


def _span(found: _Found) -> Span:
    return Span(found.start, found.end)


def _contains(text: str, outer: _Found, inner: _Found) -> bool:
    """``outer`` strictly contains ``inner`` and adds a head word of its own."""
    if not (outer.start <= inner.start and inner.end <= outer.end) or (outer.start, outer.end) == (inner.start, inner.end):
        return False
    return _has_head(text[outer.start:inner.start] + " " + text[inner.end:outer.end])


def _catalogue_ref(entry: CatalogueEntry) -> OrganisationRef:
    # (a new reference for each mention: a stage downstream may add to it)
    return OrganisationRef(name=entry.name, acronym=entry.acronym, kind=entry.kind, parent=_governed_by(entry))


@cache
def _governed_by(entry: CatalogueEntry) -> str | None:
    """The body a catalogued organ governs for ("SCO Council of Heads of State": the SCO), if any."""
    parent = catalogue().by_key.get(entry.parent) if entry.parent else None
    governing = parent is not None and any(_is_organ_of(name, parent) for name in entry.all_names)
    return parent.name if governing else None


def _is_organ_of(name: str, parent: CatalogueEntry) -> bool:
    """"Council of Heads of State of the SCO" names a governing organ of the SCO ("SCO Youth
    Council" does not): the parent's name in it, and only an organ's words besides."""
    for parent_name in parent.all_names:
        if (found := re.search(rf"\b{re.escape(parent_name)}\b", name)) is not None:
            rest = (name[:found.start()] + " " + name[found.end():]).split()
            return bool(rest) and all(word in governing_organ_words() for word in rest)
    return False


def _acronym_mentions(article: ParsedArticle, found: list[_Found]) -> list[_Found]:
    """A bare acronym the article defined earlier ("... Studies Islamabad (ISSI)") names that body."""
    defined = {f.ref.acronym: f.ref for f in found if f.ref.acronym and catalogue().lookup(f.ref.acronym) is None}
    if not defined:
        return []
    matcher = NameMatcher(list(defined.items()))
    # (by position: a scan of every name found, for each acronym, grew with the article's length squared)
    names = SpanIndex(found, _span)
    mentions = []
    for part in article.extractable_parts():
        for match in matcher.find(article.text, part.start, part.end):
            # not inside a name found, nor within 12 characters after one ("... Studies Islamabad (ISSI)")
            if not names.overlapping(match.start - 12, match.start + 1):
                mentions.append(_Found(match.start, match.end, match.value))
    return mentions


def _group_mentions(found: list[_Found]) -> list[OrganisationMention]:
    by_name: dict[str, OrganisationMention] = {}
    for item in found:
        key = item.ref.name if not item.ref.country_iso3 else f"{item.ref.name}|{item.ref.country_iso3}"
        mention = by_name.setdefault(key, OrganisationMention(item.ref, []))
        mention.spans.append(Span(item.start, item.end))
        if item.ref.acronym and not mention.organisation.acronym:
            mention.organisation.acronym = item.ref.acronym
    return list(by_name.values())
