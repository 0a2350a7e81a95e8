"""Who is speaking: people named in an article, and the speaker a cue points at.

A speaker phrase is the stretch of text a cue names as the source ("Kazakh President
Kassym-Jomart Tokayev", "Makhmutova", "she", "China's Ministry of Foreign Affairs").
It resolves to a person (with the role, affiliation and nationality the phrase or an
apposition gives), to an organisation, or to nothing when it names neither ("the
report", "It"). Pronouns and bare surnames resolve to the last person named before
them in the article; "the minister" to the last one named with that title.
"""
from __future__ import annotations

import bisect
import re
import tomllib
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache

from sco_etl.extract.entities import LEADING, state_matcher, state_names_by_key
from sco_etl.extract.spans import SpanIndex
from sco_etl.model import OrganisationMention, OrganisationRef, PersonRef, Span
from sco_etl.parse.people import INITIAL_JOINED, NAME_PARTICLES, looks_like_person, title_words
from sco_etl.rules import data_text, word_set

PLACE_PREPOSITIONS = frozenset({"in", "at", "from", "of", "near", "across", "to"})
PERSON_PRONOUNS = frozenset({"he", "she", "they"})
# capitalised words that open a sentence but never a name
_NOT_NAMES = frozenset({
    "the", "a", "an", "it", "this", "that", "these", "those", "he", "she", "they", "we", "i",
    "his", "her", "their", "its", "our", "my", "there", "here", "but", "and", "or", "so", "as",
    "in", "on", "at", "for", "with", "however", "meanwhile", "also", "both", "all", "some",
})
# "al-Sisi": an Arabic article joined to the name it belongs to
HYPHENED_ARTICLE = re.compile(r"(?:al|el)-[A-Z]")
_WORD = re.compile(r"[\w’'.-]+")
_ROLE_END = re.compile(r"\s+(?:at|of|with|from|in|for|to|on)\s+|,|$")


@dataclass
class Speaker:
    person: PersonRef | None = None
    organisation: OrganisationRef | None = None


@dataclass
class ArticleContext:
    """What the speaker resolver may look at: the text, its organisations, its people."""

    text: str
    organisations: list[OrganisationMention]
    people: list[tuple[int, PersonRef]] = field(default_factory=list)  # (offset, person), by offset

    def __post_init__(self) -> None:
        self._first_honorific: dict[str, re.Match[str] | None] = {}
        self._organisation_index = SpanIndex(
            ((span, mention.organisation) for mention in self.organisations for span in mention.spans),
            lambda item: item[0])

    def organisations_within(self, start: int, end: int) -> list[tuple[Span, OrganisationRef]]:
        return self._organisation_index.within(start, end)

    def organisation_before(self, offset: int, head: str | None = None,
                            reach: int | None = None) -> OrganisationRef | None:
        """The last organisation mentioned before ``offset``: one whose name has ``head``
        ("the ministry"), or any within ``reach`` characters ("In a statement it said")."""
        best: tuple[int, OrganisationRef] | None = None
        floor = 0 if reach is None else offset - reach
        for mention in self.organisations:
            if head is not None and head.casefold() not in mention.organisation.name.casefold():
                continue
            for span in mention.spans:
                if floor <= span.start and span.end <= offset and (best is None or span.start > best[0]):
                    best = (span.start, mention.organisation)
        return best[1] if best else None

    def _named_before(self, offset: int) -> int:
        """How many people were named before ``offset`` (``people`` is in text order: a bisection,
        not a scan of everyone a long article names, for each pronoun and surname)."""
        return bisect.bisect_left(self.people, offset, key=_offset)

    def person_before(self, offset: int, pronoun: str | None = None) -> PersonRef | None:
        """Who "he" or "she" at ``offset`` stands for: the last person named before it, past
        anyone named only inside a phrase ("Modi spoke of Pakistan, whose prime minister Shehbaz
        Sharif was listening. He also said ...": Modi), and past anyone the text called "Mr" for
        "she" or "Ms" for "he"."""
        earlier = self._named_before(offset)
        candidates = self.people[max(0, earlier - _PRONOUN_CANDIDATES):earlier]
        agreeing = [(at, person) for at, person in candidates
                    if pronoun not in _GENDERED or self._honorific_gender(person, offset) in (None, pronoun)]
        for at, person in reversed(agreeing):
            # (from where the name starts: "Vea" of "by Tonga's Defence Minister Sione Vea" is in that phrase too)
            start = _name_start(self.text, at)
            if not _IN_A_PHRASE.search(self.text, max(0, start - 60), start) and not self._former(at):
                return person
        if agreeing:
            return agreeing[-1][1]
        return self.people[earlier - 1][1] if earlier else None

    def _honorific_gender(self, person: PersonRef, offset: int) -> str | None:
        """"he" for someone the text called "Mr Tinubu" before ``offset``, "she" for "Ms"/"Mrs"."""
        surname = person.full_name.split()[-1]
        if surname not in self._first_honorific:
            # (the first in the whole text, once per surname: a search up to each pronoun made a
            # long article's cost grow with the square of its length)
            self._first_honorific[surname] = _honorific_before(surname).search(self.text) if surname in self.text else None
        found = self._first_honorific[surname]
        return None if found is None or found.end() > offset else ("he" if found["title"] == "Mr" else "she")

    def person_named(self, word: str, offset: int) -> PersonRef | None:
        """The person named before ``offset`` whose full name has the word ``word`` ("Xi")."""
        for _, person in reversed(self.people[:self._named_before(offset)]):
            if word in person.full_name.split():
                return person
        return None

    def person_described(self, title: str, nationality: str | None, offset: int) -> PersonRef | None:
        """The last person named before ``offset`` who fits "the minister" (a role with that
        word) or "the top Russian diplomat" (that nationality, whatever the role's words);
        "the foreign adviser" is first the one named with that whole title, not the chief adviser."""
        head = title.split()[-1]
        if head != title and nationality is None and (whole := self._described(title, None, offset)) is not None:
            return whole
        return self._described(head, nationality, offset)

    def _described(self, title: str, nationality: str | None, offset: int) -> PersonRef | None:
        fitting: list[PersonRef] = []
        for at, person in reversed(self.people[:self._named_before(offset)]):
            if self._former(at):
                continue  # ("then prime minister X": the premier of that time, not "the premier" who speaks now)
            if nationality is not None:
                if person.nationality_iso3 == nationality:
                    return person
            elif person.role and _has_role(person.role.casefold(), title):
                if title in person.role.casefold():
                    return person  # named with that very title: the last one
                fitting.append(person)
        if not fitting:
            return None
        # a title of the family ("the head of state" for a president): of the presidents named, the
        # one the article names most (its host, not a guest named last), the latest if as often
        named = Counter(person.full_name for _, person in self.people[:self._named_before(offset)])
        return max(fitting, key=lambda person: named[person.full_name])

    def _former(self, at: int) -> bool:
        """Named as the holder of an office at a past time: "then Tongan prime minister X"."""
        return _THEN_TITLE.search(self.text, max(0, at - 50), at) is not None

    def remember(self, offset: int, person: PersonRef) -> None:
        bisect.insort(self.people, (offset, person), key=_offset)


@lru_cache(maxsize=256)
def _honorific_before(surname: str) -> re.Pattern[str]:
    """"Mr Tinubu", "Ms Dike-Lawal": an honorific before the surname (once per surname, not per pronoun)."""
    return re.compile(rf"\b(?P<title>Mr|Mrs|Ms|Miss|Madam)\.?\s+(?:[A-Z][\w'’-]*\s+){{0,2}}{re.escape(surname)}\b")


_PRONOUN_CANDIDATES = 4  # people named before a pronoun that it may stand for
_GENDERED = frozenset({"he", "she"})
# a name in a phrase of its own: "whose prime minister X", "a call with President X", "sent by X"
# (but "according to X" names who speaks)
# (or the object of a participle opening the sentence: "Meeting Chinese leader Xi Jinping, he said")
_IN_A_PHRASE = re.compile(r"(?:\b(?:whose|of|(?<!according )to|with|by|from|against|for)"
                          r"|(?:(?<=[.!?]\s)|(?<=\n))(?!According\b)(?-i:[A-Z][a-z]+ing))\s+(?:(?:Dr|Mr|Mrs|Ms)\.\s+|[\w’'-]+\s+){0,3}$",
                          re.IGNORECASE)
_THEN_TITLE = re.compile(r"\bthen[- ](?:[\w’'-]+\s+){0,4}$", re.IGNORECASE)


_NAME_WORDS_BEFORE = re.compile(r"(?:(?-i:[A-Z])[\w'’-]*\s+){1,3}$")  # (not past a full stop)


def _name_start(text: str, at: int) -> int:
    """Where the name whose word stands at ``at`` starts (the capitalised words right before it)."""
    before = _NAME_WORDS_BEFORE.search(text, max(0, at - 40), at)
    return before.start() if before else at


def _offset(item: tuple[int, PersonRef]) -> int:
    return item[0]


def _has_role(role: str, title: str) -> bool:
    """Does a (casefolded) role fit "the <title>": the word itself, or a title of its family
    ("the diplomat": a deputy foreign minister)?"""
    words = f" {' '.join(role.replace('-', ' ').split())} "  # ("Secretary General" is "the secretary-general")
    title = title.replace("-", " ")
    return f" {title} " in words or any(f" {member} " in words for member in role_families().get(title, ()))


@lru_cache(maxsize=1)
def role_families() -> dict[str, tuple[str, ...]]:
    return {noun: tuple(titles) for noun, titles in tomllib.loads(data_text("role_families.toml")).items()}


def _state_in(text: str) -> str | None:
    matches = [match.value for match in state_matcher().find(text) if match.value]
    return matches[0] if matches else None


def _leading_title(words: list[str]) -> tuple[str | None, int]:
    """The longest title at the start of ``words`` and how many words it takes."""
    lowered = " ".join(words).casefold()
    for title in title_words():
        if lowered == title or lowered.startswith(title + " "):
            return title, len(title.split())
    return None, 0


def parse_apposition(text: str, span: Span, context: ArticleContext) -> tuple[str | None, OrganisationRef | None, str | None]:
    """Role, affiliation and nationality from "an associate professor at the ... of Russia"."""
    phrase = text[span.start:span.end]
    core = _ARTICLE.sub("", phrase.strip())
    role_end = _ROLE_END.search(core)
    role = core[:role_end.start()].strip() if role_end else core.strip()
    organisations = context.organisations_within(span.start, span.end)
    affiliation = organisations[0][1] if organisations else None
    nationality = _state_in(phrase) or (affiliation.country_iso3 if affiliation else None)
    return (role or None), affiliation, nationality


def looks_like_apposition(phrase: str) -> bool:
    """", an associate professor at ...," or ", former foreign secretary of Pakistan,"."""
    words = phrase.strip().split()
    if not words or len(words) > 30:
        return False
    # (a relative clause too: ", whose country has faced sanctions since 2022,")
    if words[0].casefold() in {"a", "an", "the", "former", "who", "whose", "then", "currently", "now"}:
        return True
    if len(words) > 1 and words[0] in {"of", "from", "at"} and (words[1] == "the" or words[1][:1].isupper()):
        return True  # ", of the Anwar Gargash Diplomatic Academy,": whom the person is with
    if len(words) > 1 and words[0].endswith(("'s", "’s")):  # "China's foreign minister"
        words = words[1:]
    # (a title after words in lower case that say which: "Lee's national security adviser")
    return any(_leading_title(words[skipped:])[0] is not None for skipped in range(min(4, len(words)))
               if all(word.islower() for word in words[:skipped]))


# a document that speaks for whoever issued it, named before it in the article
_DOCUMENT = re.compile(r"(?:the|its|their)\s+(?:joint\s+|official\s+|final\s+)?(?:statement|communiqu[eé]"
                       r"|declaration|press\s+release|release|document|text|note|notice|letter)", re.IGNORECASE)
_DOCUMENT_REACH = 600  # characters back: the issuer is named in the paragraph or the one before


def resolve_speaker(span: Span, context: ArticleContext, apposition: Span | None = None,
                    words: Span | None = None) -> Speaker:
    """The person or organisation a speaker phrase names, or an empty ``Speaker``. ``words``: the
    words reported, whose own organisations never issued them ('"... BRICS ...," the statement said')."""
    text = context.text
    before = words.start if words is not None and words.end <= span.start else span.start
    if (opener := _SUBORDINATOR.match(text, span.start, span.end)):  # "When Sione Tupou told ...": Sione Tupou
        span = Span(opener.end(), span.end)
    if (bracket := _TRAILING_BRACKET.search(text, span.start, span.end)) is not None:
        span = Span(span.start, bracket.start())  # "Chiang Wen-jo (江文若)": the name in another script
    phrase = text[span.start:span.end].strip()
    if not phrase:
        return Speaker()
    pronoun = _pronoun(phrase)
    if pronoun == "it":  # "In a statement it said that ...": the organisation named just before
        return Speaker(organisation=context.organisation_before(before, reach=_IT_REACH))
    if _DOCUMENT.fullmatch(phrase):  # "..., the statement said": the organisation that issued it
        return Speaker(organisation=context.organisation_before(before, reach=_DOCUMENT_REACH))
    if pronoun is not None:
        return Speaker(person=context.person_before(span.start, pronoun))
    described = _definite_description(phrase)
    person = context.person_described(*described, span.start) if described else None
    if person is not None:  # "the minister", like a pronoun, is someone named before
        return Speaker(person=person)
    organisations = context.organisations_within(span.start, span.end)
    person = _person_in(text, span, organisations, context)
    if person is not None:
        if apposition is not None:
            role, affiliation, nationality = parse_apposition(text, apposition, context)
            person.role = person.role or role
            person.affiliation = person.affiliation or affiliation
            person.nationality_iso3 = person.nationality_iso3 or nationality
        return Speaker(person=person)
    if organisations:
        return Speaker(organisation=organisations[-1][1])
    head = _BODY_REFERENCE.fullmatch(phrase)
    if head:
        return Speaker(organisation=context.organisation_before(span.start, head=head.group(1)))
    return Speaker()


def _person_in(text: str, span: Span, organisations: list[tuple[Span, OrganisationRef]],
               context: ArticleContext) -> PersonRef | None:
    """A person named in the phrase, after its titles: "Kazakh President Kassym-Jomart Tokayev"."""
    words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(text, span.start, span.end)]
    if (affiliated := NAME_OF_AFFILIATION.search(text, span.start, span.end)) and \
            len([w for w in words if w[1] <= affiliated.start() and w[2][:1].isupper() and not _is_title(w[2])]) >= 2:
        # "Assoc Prof Kittipong Sriwan of Chulalongkorn University's Faculty of ...": the name before "of"
        words = [w for w in words if w[1] <= affiliated.start()]
    # words inside an organisation's name belong to the affiliation, not the name
    outside = [w for w in words if not any(s.start <= w[0] < s.end for s, _ in organisations)] \
        if organisations else words
    # nor are the words of a state's name ("officials from the Central African Republic")
    states = [match for match in state_matcher().find(text, span.start, span.end) if match.value]
    name_words: list[tuple[int, int, str]] = []
    for word in reversed(outside):
        token = word[2].rstrip(".’'")
        if not name_words and organisations and token in AFFILIATION_LINKS:
            continue  # "Maya Lind of the Centre for Eurasian Studies": the name before its affiliation
        if name_words and token in NAME_PARTICLES:
            name_words.insert(0, word)  # "Bento dos Santos Freitas", "Anwar bin Ibrahim"
            continue
        if not (token[:1].isupper() or HYPHENED_ARTICLE.match(token)) or token.casefold() in _NOT_NAMES or _is_title(token) or _is_state(token) \
                or any(state.start <= word[0] < state.end for state in states):
            break
        name_words.insert(0, word)
    while name_words and (name_words[0][2] in NAME_PARTICLES or name_words[0][2] in LEADING):
        name_words.pop(0)  # (nor a word that opens a clause or a phrase: "Yet Kassym Tokayev argued")
    portfolio = [n for n, word in enumerate(name_words[:-2]) if word[2].casefold() in word_set("portfolio_words.txt")]
    if portfolio:  # "Assistant Secretary for African Affairs Rowena Santiago": the name after the portfolio
        name_words = name_words[portfolio[-1] + 1:]
    if len(name_words) > 2 and name_words[0][2].casefold() in word_set("organisation_words.txt") and \
            any(w[2] in ("the", "of") and w[1] <= name_words[0][0] and text[w[1]:name_words[0][0]].strip() == "" for w in outside):
        name_words.pop(0)  # "Secretary General of the Forum Mele Vake": the body a title names
    if not name_words:
        return None
    before = [w[2] for w in outside if w[1] <= name_words[0][0]]
    if _names_a_portfolio(before):
        # "Minister of Foreign Affairs Zheenbek Kulubaev": the first capitalised words are the portfolio
        while len(name_words) > 1 and name_words[0][2].casefold() in word_set("portfolio_words.txt"):
            before.append(name_words.pop(0)[2])
        if len(name_words) >= 3 and before[-1] in ("of", "for"):  # a portfolio not in the list
            before.append(name_words.pop(0)[2])
    name = text[name_words[0][0]:name_words[-1][1]].rstrip(".,")
    if before and before[-1].casefold() in PLACE_PREPOSITIONS:
        return None  # "officials in Vientiane": a place, not a person
    role = _role_before(before) or _title_with_tail(before)
    nationality = next((iso3 for word in before if (iso3 := state_of(word))), None)
    affiliation = organisations[-1][1] if organisations else None
    if len(name_words) == 1:
        known = context.person_named(name, span.start)
        if known is not None:
            return known
        if role is None and not INITIAL_JOINED.fullmatch(name):
            # "Diplomats said", "Analysts say": a surname alone names someone named before (but
            # "D.Enkhtuya", a given name's initial joined to it, is a full name)
            return None
        return PersonRef(full_name=name, role=role, affiliation=affiliation, nationality_iso3=nationality)
    if not looks_like_person(name):
        return None
    return PersonRef(full_name=name, role=role, affiliation=affiliation, nationality_iso3=nationality)


# ("Prime Minister X of the ruling Y Party": described before its name)
NAME_OF_AFFILIATION = re.compile(r"(?<=[a-z])\s+(?:of|at|from)\s+(?:the\s+)?(?:(?:ruling|opposition|governing|main|new)\s+)?(?=[A-Z])")
AFFILIATION_LINKS = frozenset({"of", "the", "at", "from", "with"})
_ARTICLE = re.compile(r"^(?:a|an|the)\s+", re.IGNORECASE)
# "the ministry", "its secretariat": an organisation named before
_BODY_REFERENCE = re.compile(r"(?:the|its|their)\s+(?:\w+\s+)?(ministry|office|secretariat|organi[sz]ation|"
                             r"embassy|agency|council|commission|government)", re.IGNORECASE)
_SUBORDINATOR = re.compile(r"\s*(?:When|After|As|Before|Since|While|Although|Though|Once|Until|If)\s+(?=[A-Z])")
_TRAILING_BRACKET = re.compile(r"\s*\([^()]{1,40}\)\s*$")
_IT_REACH = 300  # characters back in which "it" finds the organisation it stands for
# words that open a setting before a pronoun subject: "In a statement last week it said"
_SETTING = frozenset({"in", "on", "at", "after", "during", "later", "earlier", "then", "also", "yesterday",
                      "last", "this", "next", "since", "back"})  # ("Last May he went a step further, saying ...")


# a possessive or an object stands for the person as well: "In his words", "According to him"
_POSSESSIVE_PRONOUNS = {"his": "he", "her": "she", "their": "they", "him": "he", "them": "they"}


def stands_for_someone_named_before(phrase: str) -> bool:
    """"he", "In a statement it", "the minister": a phrase resolved against the people and
    organisations named before it, so only once everyone named is known."""
    return _pronoun(phrase.strip()) is not None or _definite_description(phrase.strip()) is not None


def _pronoun(phrase: str) -> str | None:
    """The pronoun a speaker phrase is ("she"), or ends with after a setting ("In a statement it")."""
    words = phrase.casefold().split()
    if len(words) == 1 and words[0] in _POSSESSIVE_PRONOUNS:  # "In his words, ..."
        return _POSSESSIVE_PRONOUNS[words[0]]
    if words and words[-1] in PERSON_PRONOUNS | {"it"} and (len(words) == 1 or words[0] in _SETTING):
        return words[-1]
    return None


def _definite_description(phrase: str) -> tuple[str, str | None] | None:
    """``(title, nationality)`` of "the minister" / "the Kyrgyz minister" / "the top Russian
    diplomat": the word "the", at most two words, and a role title. The title, and the
    state a nationality adjective among the words names (or None)."""
    words = phrase.split()
    if len(words) < 2 or words[0].casefold() != "the" or len(words) > 4:
        return None
    ending = _title_ending().match(" ".join(words[1:]).casefold())
    if ending is None:
        return None
    nationality = next((iso3 for word in words[1:] if (iso3 := state_of(word))), None)
    return ending["title"], nationality


@lru_cache(maxsize=1)
def _title_ending() -> re.Pattern[str]:
    """A role title closing a phrase, the longest that does ("the foreign adviser": "foreign adviser")."""
    return re.compile(rf"(?:|.*?\s)(?P<title>{'|'.join(re.escape(title) for title in title_words())})$")


def _names_a_portfolio(before: list[str]) -> bool:
    """Do the words before a name end with "<title> of" or "<title> for" ("Minister of"), or
    a portfolio's "and" ("Minister of Economy and")?"""
    if len(before) >= 2 and before[-1] in ("of", "for"):
        # (or "<title> of State for": "Minister of State for Foreign Trade Omar Haidari")
        return _is_title(before[-2]) or len(before) >= 4 and before[-3] == "of" and _is_title(before[-4])
    return len(before) >= 4 and before[-1] in ("and", "&") and before[-2].casefold() in word_set("portfolio_words.txt") \
        and any(word in ("of", "for") for word in before[-5:-2])


def _is_title(token: str) -> bool:
    folded = token.casefold()  # (or titles in the plural: "Presidents Jorge Salas and ...")
    return folded in _title_set() or folded.endswith("s") and folded[:-1] in _title_set()


@lru_cache(maxsize=1)
def _title_set() -> frozenset[str]:
    return frozenset(title_words())


def _is_state(token: str) -> bool:
    return _owner(token) in state_names_by_key()


def state_of(word: str) -> str | None:
    """The state a word names or qualifies: "Kyrgyz", "Russia's" (ISO alpha-3), else None."""
    return state_names_by_key().get(_owner(word))


def _owner(word: str) -> str:
    """``Kazakhstan's`` → ``Kazakhstan``; other words unchanged. (String tests, not a
    regular expression: this runs for every word of a speaker phrase.)"""
    if word.endswith(("'s", "’s")):
        return word[:-2]
    return word[:-1] if word.endswith(("'", "’")) else word


def _title_with_tail(words: list[str]) -> str | None:
    """"Minister of Foreign Affairs of the Republic of Uzbekistan", "Deputy Minister of
    Transport" (after a nationality: "Kyrgyz Minister of Economy"): a title, the words
    that qualify it and its "of" tail."""
    for index, word in enumerate(words[:-2]):
        if _is_title(word.rstrip(".")) and words[index + 1].casefold() in ("of", "for"):
            start = index
            while start > 0 and words[start - 1].casefold() in _TITLE_QUALIFIERS:
                start -= 1
            return " ".join(words[start:])
    return None


# words that qualify a title before it: "Deputy Minister", "Vice President", "former Premier"
_TITLE_QUALIFIERS = frozenset({"vice", "deputy", "prime", "foreign", "former", "general", "first"})


def _role_before(words: list[str]) -> str | None:
    """The title words right before a name ("Foreign Ministry spokesperson", "President")."""
    role: list[str] = []
    for word in reversed(words):
        if _is_title(word.rstrip(".")) or (role and word.casefold() in _TITLE_QUALIFIERS):
            role.insert(0, word)
        else:
            break
    return " ".join(role) if role else None
