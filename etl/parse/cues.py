"""Layout cues: what a single line of a scraped article is, judged on its own.

Each cue is a general convention of news sites (a ``Source:`` line, a byline,
a photo credit, a disclaimer), never one outlet's exact wording. The layout
parser combines them with the line's position to divide the article.
"""
from __future__ import annotations

import re
from functools import lru_cache

from sco_etl.parse.dates import CLOCK
from sco_etl.parse.people import title_words
from sco_etl.patterns import grouped_alternation, guarded
from sco_etl.rules import data_lines
from sco_etl.rules.catalogue import catalogue
from sco_etl.rules.states import state_records

# --- metadata lines ------------------------------------------------------------

SOURCE_LINE = guarded(re.compile(r"^(?:source|sources|source\(s\)|via|from)\s*[:：]\s*(?P<name>\S.{0,80})$", re.IGNORECASE))
# desk credits name the site's staff, not the authors
DESK_CREDIT = guarded(re.compile(
    r"^(?:editor|editors|edited by|chief editor|responsible editor|web editor|executive editor|"
    r"translator|translated by|proofread by|photographer|compiled by|edition)\s*[:：]"
    # ("Edited by Jane Doe" under a story: its desk editor, no author; no colon needed)
    r"|^(?:edited|translated|proofread|compiled)\s+by\s+(?-i:[A-Z])",
    re.IGNORECASE,
))
# fields of a page saved by a reader service or a scraper: "Title: ...", "URL Source: https://..."
# (an e-mail's "Subject:" is its headline)
TITLE_FIELD = guarded(re.compile(r"^(?:title|headline|subject)\s*[:：]\s*(?P<value>\S.*)$", re.IGNORECASE))
# the other fields of an e-mail's header ("From:" names the sender, as a source line does)
MAIL_FIELD = guarded(re.compile(r"^(?:to|cc|bcc|reply-to|sender|return-path|message-id|mime-version|content-type"
                        r"|x-[\w-]+)\s*:\s*\S", re.IGNORECASE))
# a news database's fields around each document of an export ("Section: WORLD NEWS",
# "Length: 412 words", "Load-Date: July 5, 2024" (the day the database took it, not the
# publication date), "Body" above the text)
EXPORT_FIELD = guarded(re.compile(r"^(?:(?:section|length|dateline|load-date|language|publication-type|document-type"
                                  r"|subject|geographic|graphic|highlight|journal-code|acc-no)\s*:\s*\S|body$)",
                                  re.IGNORECASE))
# "Eurasia Desk Daily <newsletter@eurasiadesk.example>": the sender's address after the name
MAIL_ADDRESS = re.compile(r"\s*<[^<>\s]+@[^<>\s]+>\s*$")
URL_FIELD = guarded(re.compile(r"^(?:url|url source|source url|link|canonical url|permalink)\s*[:：]\s*(?P<value>https?://\S+)$",
                       re.IGNORECASE))
# "By Jane Doe", "Written by Jane Doe", "Reported by: Jane Doe, Edited by: ..." (the desk editor is no name)
# (a news database's field: "Byline: Jane Doe"; a site's "Author: Jane Doe", often under the body)
# (and a reporter's label: "Reporter: Jane Doe", "Correspondent: Jane Doe", "Columnist: Jane Doe")
BYLINE = re.compile(r"^(?:byline\s*:|authors?\s*:|writers?\s*:|reporters?\s*:|correspondents?\s*:|journalists?\s*:|columnists?\s*:"
                    # ("Text: Jane Doe", "Story by Jane Doe", as magazines credit the writer)
                    r"|text\s*:|(?:(?:written|reported|story|words)\s+)?by[:\s])\s*(?P<names>[A-Z\u00C0-\u024F].*)$",
                    re.IGNORECASE)

# --- captions: photo credits such as "... 2024. /Xinhua", "(Photo/Xinhua)", "(Xinhua/Li Xin)" ---
_CREDIT_NAME = r"[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,3}"
# credits that end a line, each with the characters it needs one of (a cheap test first)
CAPTION_ENDINGS = (
    ("/", re.compile(rf"(?:[.!?)\]]|\d)\s*/\s*{_CREDIT_NAME}\s*$")),
    ("([", re.compile(r"[(\[]\s*(?:photo(?:graph)?s?|images?|pictures?|file photo|photo credit|credit)\s*[/:：]\s*"
                      r"[^)\]]{1,80}[)\]]\s*$", re.IGNORECASE)),
    # ("... (Xinhua/Yin Bogu)", "... [Jane Doe/AFP]")
    ("([", re.compile(rf"[(\[]\s*{_CREDIT_NAME}(?:\s*/\s*{_CREDIT_NAME}){{1,3}}\s*[)\]]\s*$")),
    # "... July 20, 2025. JONE RARA / AFP": a photographer's name in capitals, then the agency
    ("/", re.compile(rf"[.!?]\s+(?-i:[A-Z][A-Z'’-]+(?:\s+[A-Z][A-Z'’-]+){{0,3}})\s*/\s*{_CREDIT_NAME}\s*$")),
    # "... with Poland. Photo: Eurasia Monitor": a credit after the caption's last sentence
    # (or "... on Monday. — Photo: AFP", "... in Osh. Photo Credit: Steppe Post")
    # (or after a bar, in another language: "... on Thursday. | Foto: Presidencia")
    (":：", re.compile(r"(?:[.!?]|\s\|)\s+(?:[-–—]\s*)?(?:(?:photo(?:graph)?|image|picture|foto)s?(?:\s+credits?)?|credits?)\s*[:：]"
                      r"\s*[^.:：]{1,60}$",
                      re.IGNORECASE)),
    # "... in Tianjin on Monday.Credit...Jane Doe for The Daily": a credit run on after dots
    ("C", re.compile(r"[.!?]\s*Credit(?:\.{2,3}|…)\s*\S[^.]{0,80}$")),
    # "... July 4, 2024. Pool via AGENCY Purchase Licensing Rights,": a wire photo's licensing link
    ("L", re.compile(r"\bPurchase\s+Licensing\s+Rights\b[,.]?(?:\s*,?\s*opens\s+new\s+tab)?\s*$")),
    # "Leaders pose for a family photo at the summit ...": a photo told in the present, as captions are
    # (a story tells it in the past: "the leaders posed for a photo")
    ("p", re.compile(r"\bpose\s+for\s+(?:a|the)\s+(?:[\w-]+\s+)?(?:photo|photograph|picture)\b")),
    # "... in Rio de Janeiro - Jane Doe/Lagoon Wire": the photographer and the agency after a spaced dash
    ("/", re.compile(rf"\s[-–—]\s+{_CREDIT_NAME}\s*/\s*{_CREDIT_NAME}\s*$")),
)
CAPTION_OPENING = guarded(re.compile(
    r"(?:photo(?:graph)?|image|picture|file photo)(?:\s+credits?)?\s*[:：]|(?:file\s+)?photo\s+(?:taken|shows|provided|released)\b",
    re.IGNORECASE,
))

# --- notes: about the piece, not part of its argument --------------------------
# "This edition was written by Jane Doe and edited by Li Ming.": the authors, not the desk
# "This issue was written by X and edited by Y"; a wire's "(Reporting by X in Astana; Editing by Y)", "(By X and Y)"
# (the editors, and those who added reporting, are no authors)
CREDIT_LINE = guarded(re.compile(r"^[(\[]?\s*(?:(?:this|the|today['’]s)\s+(?:\w+\s+){0,2}(?:was|is|were)\s+)?"
                         # (or "(By X and Y)", a wire's credit in brackets under the story)
                         r"(?:(?:written|reported|compiled|writing|reporting)\s+by|(?<=[(\[])by)"
                         r"\s+(?P<names>(?-i:[A-Z]).*?)(?:[,;]?\s+(?:and\s+)?(?:additional\s+)?(?:edited|produced|"
                         r"designed|illustrated|fact-checked|sub-edited|editing|reporting|writing)\s+by\b.*)?[.)\]]*$",
                         re.IGNORECASE))
EDITOR_NOTE = guarded(re.compile(r"^[(\[]?\s*editor['’]?s['’]?\s+note\s*[:：]\s*", re.IGNORECASE))
AUTHOR_NOTE = guarded(re.compile(r"^[(\[]?\s*the\s+(?:author|writer)s?\s+(?:is|are|was|were)\s+", re.IGNORECASE))
NOT_NECESSARILY = re.compile(
    r"(?:not\s+necessarily|n['’]t\s+necessarily)\b.{0,80}\b(?:views?|positions?|opinions?|stances?|those)\b",
    re.IGNORECASE,
)
VIEWS_EXPRESSED = guarded(re.compile(r"[(\[]?\s*(?:the\s+)?(?:views|opinions)\s+expressed\b", re.IGNORECASE))
# "... the views of Eurasia Weekly.", "... the positions of Kazinform."
DISCLAIMED_OWNER = re.compile(
    r"\b(?:views?|positions?|opinions?|stances?|those|that)\s+of\s+(?:the\s+)?"
    # names may join words with a slash: "Radio Free Europe/Radio Liberty"
    r"(?P<name>[A-Z][\w&.'’-]*(?:(?:\s+|/)(?:[A-Z][\w&.'’-]*|of|and|for|the|&))*)"
)
# an editor's note presenting a column: "TASS's Second Look offers ..."
COLUMN_OWNER = re.compile(
    r"(?P<name>[A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*){0,4})['’]s\s+[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}\s+"
    r"(?:is|provides|offers|features|presents|brings|gives)\b"
)

# --- furniture ------------------------------------------------------------------
# Patterns that open a line are tried with ``match`` and kept apart from those that may
# stand anywhere: Python's ``re`` would otherwise try every alternative at every position.
COPYRIGHT_OPENING = guarded(re.compile(r"copyright|\(c\)|©", re.IGNORECASE))
RIGHTS_RESERVED = re.compile(r"all rights reserved", re.IGNORECASE)
# the terms on which an agency's clients may use its material, under a story or a video script:
# "Clients are reminded: (i) to check the terms of their licence agreements ...", "This material
# may not be published, broadcast, rewritten or redistributed."
USAGE_NOTICE = re.compile(r"\bclients\s+are\s+reminded\b|\blicen[cs]e\s+agreements?\b|\bcollecting\s+societ"
                          r"|\bmay\s+not\s+be\s+(?:published|reproduced|broadcast|rewritten|redistributed)\b"
                          # ("When reprinting any material, a hyperlink to the site is required")
                          r"|\bwhen\s+(?:quoting|using|reprinting)\b.{0,200}?\b(?:hyperlinks?|links?)\b.{0,120}?\b(?:mandatory|required|obligatory)\b",
                          re.IGNORECASE)
# "Copyright © 2025, Indus Media Group", "© Copyright Tallgrass Media Pvt Ltd 2025. All rights reserved."
COPYRIGHT_OWNER = re.compile(
    # ("Copyright © 2025. The Daily", "Copyright - The Daily 2023.")
    r"(?:copyright|©|\(c\))\s*[:\-–—]?\s*(?:(?:©|copyright)\s*)?(?:\d{4}(?:\s*[-–]\s*\d{4})?\s*[,.]?\s*)?"
    # (a dot inside a name that is a web address: "Kun.uz", "Report.az"; a name is capitalised, or an
    # address: not "a violation of copyright laws")
    r"(?P<name>(?:(?-i:[A-Z0-9])|(?=[\w-]+\.[a-z]{2,6}\b)\w)(?:[^.|,]|\.(?=[a-z]{2,6}\b)){1,60}?)\s*(?:,?\s*\d{4}(?:\s*[-–]\s*\d{4})?\s*)?(?:\.(?![a-z]{2,6}\b)|[,|]|all rights reserved|$)",
    re.IGNORECASE,
)
# the holder before the mark: "Daily Tribune © All rights reserved"
HOLDER_BEFORE_MARK = re.compile(r"^\s*(?!(?i:copyright|all\s+rights)\b)(?P<name>(?-i:[A-Z])[\w'’.&-]*(?:\s+(?-i:[A-Z])[\w'’.&-]*){0,4})\s*(?:©|\(c\))")
EMAIL = re.compile(r"\b[\w.+-]+@(?P<host>[\w-]+(?:\.[\w-]+)+)\b")
CONTACT_US = re.compile(r"\bcontact\s+us\b", re.IGNORECASE)
CONTACT_OPENING = guarded(re.compile(
    r"\(?\s*if you (?:want|would like|wish) to contribute|follow\s+(?:us|@)|"
    r"click here\b|https?://\S+$|www\.\S+$",
    re.IGNORECASE,
))
# Markdown that is not text: a line of nothing but links or images ("*   [Home](https://...)",
# "![Image 1: ...](https://...)"), and a rule or a headline's underline ("=====")
MARKDOWN_LINKS = re.compile(r"(?:[*+-]\s+)?(?:!?\[[^\]\n]*\]\([^)\s]*(?:\s+\"[^\"]*\")?\)[\s|·•,]*)+$")
RULE = re.compile(r"(?:[=\-*_~]\s*){3,}$")
PIPE_ROW = re.compile(r"^[^|]{0,40}(?:\|[^|]{0,40}){2,}\|?\s*$")
FAQ_LINE = guarded(re.compile(r"^[QA]\s*[:：.]\s", re.IGNORECASE))
# a printed page's furniture in its text: a page number ("- 2 -", "Page 2 of 4") and a running
# header or footer, whose parts stand in columns ("Policy Brief No. 47" far right of the name)
PAGE_NUMBER = re.compile(r"(?:[-–—]\s*)?(?:page\s+)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*[-–—])?$", re.IGNORECASE)
COLUMN_GAP = re.compile(r"\S {3,}\S")
# a live blog's furniture: an entry's time ("17.40 CST", "Updated at 17.52 BST") and a
# key event listed by how long ago it was posted ("3h ago Laos admitted ...")
TIME_LINE = re.compile(rf"(?:(?:updated|posted|published|first\s+posted)\s+)?(?:at\s+)?{CLOCK}$", re.IGNORECASE)
AGO_TEASER = re.compile(r"\d{1,2}\s*(?:h|hrs?|hours?|m|mins?|minutes?|d|days?)\s+ago\b", re.IGNORECASE)
# "View this email in your browser: https://...": a label and a link, alone on a line
LINK_LINE = re.compile(r"(?P<label>[^.!?]{0,80}?)[\s:–—-]*<?https?://\S+?>?$")
# "News ID: 85157390", "Comments are moderated and ...": a page's record number and its comment policy
PAGE_NOTICE = re.compile(r"(?:News|Story|Article|Post)\s+ID\s*:?\s*\d+\s*$"
                         r"|Comments?\s+(?:are|is)\s+(?:moderated|closed|disabled)\b[^.!?]{0,200}[.!?]?\s*$", re.IGNORECASE)
# a site's call to follow it elsewhere: "Track Latest News Live on Example.com and get news
# updates ...", "Download the Example app", "Follow us on Telegram for ..." (an imperative to
# the reader, and a site, an app or a channel)
PROMOTION_VERBS = ("track", "follow", "get", "download", "install", "subscribe", "stay", "catch", "join", "find",
                   "read", "watch", "like")
PROMOTION = guarded(re.compile(
    rf"(?:{'|'.join(PROMOTION_VERBS)})\b[^.!?]{{0,120}}?"
    r"\b(?:on|from|at|via|to|with|in|using)\s+(?:our\s+|the\s+)?(?:[\w-]+\.(?:com|net|org|in|co|tv|news|info|uk|ru|cn"
    r"|pk|kz|uz|kg|tj|ir|by|mn)\b|(?:[\w-]+\s+)?(?:app|whatsapp|telegram|youtube|google news|channel|newsletter"
    r"|facebook|twitter|instagram)\b)"
    r"|(?:download|install|get)\s+(?:the\s+|our\s+)?(?:[\w&'’-]+\s+){0,3}app\b"
    r"|catch\s+all\s+the\s+[^.!?]{0,160}?\bnews\b",  # ("Catch all the Business News ... on The Lagoon Times")
    re.IGNORECASE,
))
# "We welcome your comments at letters@example.com", "Write to us at ...": the outlet's address
CONTACT_LINE = re.compile(r"\b(?:comments?|letters?|write|e-?mail|contact|reach|tips?|feedback)\b[^@]{0,60}?\s[\w.+-]+@[\w-]+\.[\w.]+",
                          re.IGNORECASE)
# a newsletter's footer: "You are receiving this email because ...", "Unsubscribe"
SUBSCRIPTION = re.compile(r"\b(?:unsubscribe|you(?:['’]re|\s+are)\s+receiving\s+this|you\s+received\s+this\s+"
                          r"(?:e-?mail|newsletter|message)|manage\s+(?:your\s+)?(?:preferences|subscription)"
                          r"|become\s+a\s+subscriber|newsletter\.\s+sign\s+up\s+here|subscribe\s+(?:for\s+free|now|today|to\s+(?:our\s+|the\s+)?(?:[\w&'’.-]+\s+){0,4}?(?:e-?paper|newsletters?|print\s+edition))"
                          # ("Sign up for Lagoon Daily — our morning newsletter")
                          r"|sign\s+up\s+for\b.{1,80}?\bnewsletter"
                          # ("Stay informed on every update and headline on Steppe News", "Get the latest news on Steppe TV ...")
                          r"|(?:stay\s+informed\s+on|get\s+(?:the\s+)?latest\s+news\b.{0,20}?\bon)\b.{0,200}?\b(?:news|headlines|updates)"
                          r"|thanks?\s+(?:you\s+)?for\s+reading)\b",
                          re.IGNORECASE)
# a newsletter's pitch names it: "Thanks for reading Steppe Signals! Subscribe for free ..."
THANKS_FOR_READING = re.compile(r"\bthanks?\s+(?:you\s+)?for\s+reading\s+"
                                r"(?P<name>(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,4})\s*[!.]",
                                re.IGNORECASE)
# a site's call to follow it: "Example Post is now on WhatsApp.", "Follow Example TV for the latest
# world news" (the name is taken only when the catalogue knows it as an outlet)
_OUTLET_NAME = r"(?-i:[A-Z])[\w&'’.-]*(?:\s+(?-i:[A-Z])[\w&'’.-]*){0,3}"
FOLLOW_THE_SITE = re.compile(rf"^(?P<name>{_OUTLET_NAME})\s+is\s+(?:now\s+)?(?:available\s+)?on\s+(?:WhatsApp|Telegram|Google\s+News"
                             rf"|Instagram|YouTube|Threads|Bluesky)\b|\bfollow\s+(?P<followed>{_OUTLET_NAME})\s+(?:for|on)\b",
                             re.IGNORECASE)
# a feed's footer (WordPress): "The post <headline> appeared first on <site>."
APPEARED_FIRST = re.compile(r"The post .{1,300}? appeared first on (?P<name>[^.]{2,80})\.?$")
# a "cite this article" block: 'Doe, Jane. "The headline." Eurasia Policy Forum, 9 July 2025.' names the publisher
CITATION = re.compile(r"[^\"“]{2,100}[\"“][^\"”]{5,300}[\"”]\s*(?P<name>(?-i:[A-Z])[^,\"”]{1,60}),\s*"
                      r"(?P<date>[^,]{4,40}?)\.?$")
# a social post's hashtags on a line of their own: "#SCO #Tianjin"
HASHTAGS = re.compile(r"(?:#\w+[\s,]*)+$")
# the site's index terms for the story: "Region: Armenia, Europe", "Theme: Politics", "Categories: A, B."
INDEX_TERMS = re.compile(r"(?:regions?|themes?|topics?|tags?|categor(?:y|ies)|rubrics?|filed\s+under|keywords?)\s*:\s*"
                         r"(?:[\w'’&-]+(?:\s*[\w'’&-]+){0,3}(?:\s*[,|/]\s*[\w'’&-]+(?:\s*[\w'’&-]+){0,3})*\.?"
                         # ("Topics : BRICS BRICS summit Narendra Modi": terms one space apart, no sentence)
                         r"|(?-i:[A-Z])[\w'’&-]*(?:\s+[\w'’&-]+){0,14})$", re.IGNORECASE)
# a footnote's number alone on its line, above the note
FOOTNOTE_NUMBER = re.compile(r"\[?\d{1,3}\]?\.?$")

# --- datelines: "BEIJING:" alone, or "ASTANA, July 4 (Xinhua) -- " opening the body ---
# "Press Service of the Ministry of Foreign Affairs of ...": the issuer of a press release
PRESS_OFFICE = re.compile(r"^(?:press\s+(?:service|office|department)|press\s+and\s+information\s+(?:department|office)"
                          r"|information\s+(?:service|department))\s+of\s+(?:the\s+)?(?P<name>[A-Z][^|]{3,120}?)\.?$",
                          re.IGNORECASE)
# "Home / News / World", "News > Asia > Central Asia": a page's place in its site
# (a trail from "Home" may end in the headline itself: "Home / India News / <the headline>")
# (the marks may stand without spaces: "Home>>China Politics", "News|BRICS")
_CRUMB_MARK = r"(?:\s+[/>›»]\s+|\s*(?:>>|[›»])\s*|(?<=\w)\|(?=\w))"
BREADCRUMB = re.compile(rf"^\s*\w[\w&'’.-]*(?:\s(?:&|\w[\w&'’.-]*)){{0,3}}(?:{_CRUMB_MARK}\w[\w&'’.-]*(?:\s(?:&|\w[\w&'’.-]*)){{0,3}})+\s*$"
                        r"|^\s*Home\s*(?:>>|[/>›»])\s*\S.*$"
                        # ("Business News › News › World News › <the headline>": a trail of three or more)
                        r"|^\s*\w[\w&'’.-]*(?:\s\w[\w&'’.-]*){0,3}(?:\s+[›»]\s+\w[\w&'’.-]*(?:\s\w[\w&'’.-]*){0,3}){2,}\s+[›»]\s+\S.*$"
                        # ("Home  World  News": the marks between the items lost, their gaps kept)
                        r"|^\s*Home(?: {2,}\w[\w&'’.-]*(?: \w[\w&'’.-]*){0,2}){1,4}\s*$"
                        # ("Home - News - Business - Sports": a site's menu, dashes between its items)
                        r"|^\s*Home(?:\s+[-–·•]\s+\w[\w&'’.-]*(?: \w[\w&'’.-]*){0,2}){2,}\s*$")
DATELINE_ALONE = re.compile(r"^(?P<place>[A-Z][A-Z.'’ -]{2,40}?)\s*[:：]$")
# "Qingdao, China:", "New Delhi, India:": a place in any case, when a state's name follows it
PLACE_IN_STATE_ALONE = re.compile(r"^(?P<place>[A-Z][\w.'’ -]{1,40}?),\s+(?P<state>[A-Z][\w.'’ -]{2,40}?)\s*[:：]$")
# "ASTANA, July 4 (Xinhua) -- ", "MOSCOW, March 14. /TASS/. " (the agency between slashes)
WIRE_DATELINE = re.compile(
    r"^(?P<place>[A-Z][A-Z.'’-]{2,}(?:\s+[A-Z][A-Z.'’-]{1,}){0,3})"
    r"(?:\s*,\s*(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?))?"
    r"(?:\s*\((?P<agency>[^)]{2,40})\)|\.?\s*/(?P<slashed>[^/\s][^/]{0,38})/)?"
    r"\s*(?P<sep>--|—|–|:|-|(?<=/)\.)\s+"
)
# "Addis Abeba, November 20/2025 – ": a place as it is spelled and the full date, then a dash
PLACE_COMMA_DATE = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2}),\s+(?P<date>[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:/|,\s*)\d{4})"
                              r"\s*(?P<sep>--|—|–|-)\s+")
# "Tehran, IRNA - ": a place as it is spelled, then the agency in capitals (checked as a known one)
PLACE_COMMA_AGENCY = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?P<agency>[A-Z][A-Za-z]{1,8}[A-Z])\s*(?P<sep>--|—|–|-)\s+")



def dateline_alone(line: str) -> str | None:
    """The place of a dateline alone on its line ("BEIJING:", "Qingdao, China:"), else None."""
    if (match := DATELINE_ALONE.match(line)):
        return match.group("place").strip()
    if (match := PLACE_IN_STATE_ALONE.match(line)) and match.group("state") in _state_names():
        return match.group("place").strip()
    return None


def names_a_state(line: str) -> bool:
    """Does the line hold a state's name ("Mongolia", "the Kyrgyz Republic")?"""
    names = _state_names()
    words = WORD.findall(line)
    return any(" ".join(words[start:start + size]) in names
               for size in (1, 2, 3, 4) for start in range(len(words) - size + 1))


@lru_cache(maxsize=1)
def _state_names() -> frozenset[str]:
    return frozenset(name for record in state_records() for name, kind in record.names
                     if kind in ("short", "common", "official", "alternative"))


# (a footnote's number may follow the full stop: "... its supporters claim.2", "... claim.[2]")
PROSE_END = re.compile(r"[.!?;:][\"'”’)\]]*(?:\[?\d{1,2}\]?)?$|[\"”]$")
WORD = re.compile(r"[\w'’-]+")


@lru_cache(maxsize=1)
def furniture_labels() -> frozenset[str]:
    return frozenset(data_lines("furniture.txt"))


def word_count(line: str) -> int:
    return len(WORD.findall(line))


def is_prose(line: str) -> bool:
    """A paragraph of running text: a full sentence or a long stretch of words."""
    words = word_count(line)
    return words >= 25 or (words >= 8 and bool(PROSE_END.search(line)))


def is_caption(line: str) -> bool:
    if CAPTION_OPENING.match(line):
        return True
    for marks, pattern in CAPTION_ENDINGS:  # (loops, not generators: this runs for every line)
        for mark in marks:
            if mark in line:
                if pattern.search(line):
                    return True
                break
    return False


# Patterns searched anywhere in a line are tried only when the line holds a word they
# cannot do without: most lines are paragraphs, and a search tries every position.

def is_note(line: str) -> bool:
    return bool(EDITOR_NOTE.match(line) or AUTHOR_NOTE.match(line) or is_disclaimer(line) or is_credit(line))


# "Published in The Daily Example, October 16th, 2024.": where the article ran in print
PRINT_EDITION = re.compile(r"[*_]*Published in (?P<name>(?:the\s+)?[A-Z][^,]{1,60}),\s+(?:on\s+)?(?P<date>[A-Z]?[\w.]*\s*\d.*)")


def is_credit(line: str) -> bool:
    return (" by " in line or line[1:4].casefold() == "by ") and bool(CREDIT_LINE.match(line)) and word_count(line) <= 24


def is_disclaimer(line: str) -> bool:
    return bool(VIEWS_EXPRESSED.match(line)
                or ("necessarily" in line.casefold() and NOT_NECESSARILY.search(line))
                or (line[:1] in "Dd" and OWNERSHIP_DISCLAIMER.match(line)))


# a site's statement of who owns it: "Disclaimer: Lagoon Daily is a part of the Harbour Media group."
OWNERSHIP_DISCLAIMER = re.compile(r"disclaimer\s*:\s*(?P<name>(?-i:[A-Z])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,3})"
                                  r"\s+is\s+(?:a\s+|now\s+)?(?:part|unit|subsidiary|member)\s+of\b", re.IGNORECASE)


@lru_cache(maxsize=1)
def _longer_than_labels() -> re.Pattern[str]:
    """Matches a line with more words than any furniture label has: most lines are
    paragraphs, and listing all their words to compare them with the labels is wasted."""
    most = max(word_count(label) for label in furniture_labels())
    return re.compile(rf"[^\w'’-]*(?:{WORD.pattern}[^\w'’-]+){{{most}}}[\w'’-]")


@lru_cache(maxsize=1)
def _teaser_or_promotion() -> re.Pattern[str]:
    """A label that puts another story's headline on its line ("ALSO READ | ..."), or a call to
    follow the site elsewhere (``PROMOTION``): one pattern, as it is tried on every line."""
    labels = sorted(data_lines("teaser_labels.txt"), key=len, reverse=True)
    alternatives = "|".join(r"\s+".join(map(re.escape, label.split())) for label in labels)
    # (the label set off by a mark, or by the spaces a flattened page leaves: "Read more  Why ...")
    teaser = re.compile(rf"(?:{alternatives})(?:\s*[:|>»–—-]|\s{{2,}})\s*\S", re.IGNORECASE)
    # (or in capitals, a space before the headline: "READ MORE Fiji: Reforms face a test")
    capitals = "|".join(r"\s+".join(map(re.escape, label.upper().split())) for label in labels)
    teaser_in_capitals = re.compile(rf"(?-i:(?:{capitals})\s+[A-Z\"“‘'])")
    return re.compile(grouped_alternation([teaser, teaser_in_capitals, PROMOTION]), re.IGNORECASE)


@lru_cache(maxsize=1)
def _teaser_or_promotion_openings() -> frozenset[str]:
    """The first words of teaser labels and calls to follow, as a line's first word up to its
    first space would be ("ALSO", "Read:", "Track"): most lines start with none of them."""
    labels = {label.split()[0] for label in data_lines("teaser_labels.txt")}
    return frozenset(labels | {f"{label}:" for label in labels} | set(PROMOTION_VERBS))


def _is_label(line: str) -> bool:
    folded = line.casefold()
    if ":" in folded:  # (an audio player's times: "Listen to this story 00:00 / 03:10")
        folded = PLAYER_TIMES.sub("", folded)
    return not _longer_than_labels().match(folded) and " ".join(WORD.findall(folded)) in furniture_labels()


PLAYER_TIMES = re.compile(r"\s+\d{1,2}:\d{2}(?:\s*/\s*\d{1,2}:\d{2})?\s*$")


LABEL_SEPARATOR = re.compile(r"\s+[|·•]\s+")
_LABEL_MARKS = frozenset("|·•")


def _is_row_of_labels(line: str) -> bool:
    """"Subscribe | Log in", "Share · Print": labels side by side, each one furniture."""
    items = LABEL_SEPARATOR.split(line)
    return len(items) >= 2 and all(_is_label(item) for item in items)


# a wire editor's sign-off under the story: "burs-oho/dhc", "jm/lb"
WIRE_SIGN_OFF = re.compile(r"[a-z]{2,5}(?:-[a-z]{2,5}){0,3}/[a-z]{2,5}(?:-[a-z]{2,5}){0,3}")


def is_widget(line: str) -> bool:
    """Navigation, sharing, FAQ and status widgets, tables of codes, teaser links, Markdown's
    link lists and rules, a printed page's numbers and running headers, a newsletter's links
    and subscription footer, a live blog's times and key-event teasers, a label with another
    story's headline, a call to follow the site elsewhere."""
    return (
        _is_label(line)
        or (len(line) <= 30 and "/" in line and bool(WIRE_SIGN_OFF.fullmatch(line.strip())))
        or (not _LABEL_MARKS.isdisjoint(line) and word_count(line) <= 12 and _is_row_of_labels(line))
        or (line[:1] in "[!*+-" and bool(MARKDOWN_LINKS.match(line)))
        or (line[:1] in "=-*_~" and bool(RULE.match(line)))
        or (line.count("|") >= 2 and bool(PIPE_ROW.match(line)))
        or bool(FAQ_LINE.match(line))
        or (line.rstrip().endswith(("...", "…")) and word_count(line) <= 12)
        or (len(line) <= 24 and bool(PAGE_NUMBER.match(line)))
        or (len(line) <= 40 and bool(TIME_LINE.match(line)))
        or (line[:1].isdigit() and word_count(line) <= 16 and bool(AGO_TEASER.match(line)))
        or ("   " in line and word_count(line) <= 16 and bool(COLUMN_GAP.search(line)))
        or ("://" in line and bool(link := LINK_LINE.match(line)) and word_count(link.group("label")) <= 10)
        or (_may_be_subscription(line.lower()) and word_count(line) <= 40 and bool(SUBSCRIPTION.search(line)))
        or (line.startswith("The post ") and bool(APPEARED_FIRST.match(line)))
        or (line[:1] in "NSAPCnsapc" and bool(PAGE_NOTICE.match(line)))
        or (line[:12].lstrip("*_").startswith("Published in") and bool(PRINT_EDITION.match(line)))
        or (line[:1] == "#" and bool(HASHTAGS.match(line)))
        or (line[:1] in "RTCKFrtckf" and bool(INDEX_TERMS.match(line)))
        or (line.count('"') + line.count("“") >= 2 and bool(citation(line)))
        # (in brackets too: "(Catch all the latest news on The Lagoon Times.)")
        or ((opening := line.lstrip("([")).partition(" ")[0].casefold() in _teaser_or_promotion_openings()
            and bool(_teaser_or_promotion().match(opening)) and word_count(line) <= 30)
        or ("@" in line and word_count(line) <= 15 and bool(CONTACT_LINE.search(line)))
        or _is_page_note(line)
        or _is_appeal(line)
    )


# notes about the page, not the story, at a line's start: a print edition's, a colleague's credit,
# where to write to the authors, a translation's, an editor's; a widget with its count; an
# advertisement's label; a call for pitches; a newsletter; a photo's credit under its own label
PAGE_NOTES = guarded(re.compile(
    r"(?:this\s+article\s+)?appeared\s+in\s+(?:the\s+)?.{0,80}?\bprint\s+edition\b"
    # ("This story first appeared in the Steppe Weekly print and web edition.")
    r"|this\s+(?:article|story|report)\s+(?:first\s+)?appeared\s+in\s+.{1,80}?\b(?:edition|issue|magazine|weekly)\b"
    # ("Associated Press writer Jane Doe in Suva contributed to this report.": a role before the name too)
    r"|[—–-]*\s*(?:(?:[a-z]+\s+){0,2}(?-i:[A-Z])[\w.'’-]+\s+){1,5}(?:and\s+(?:(?-i:[A-Z])[\w.'’-]+\s+){1,4})?(?:in\s+(?-i:[A-Z])[\w'’ -]{1,30}\s+)?"
    r"contributed\s+(?:reporting\s+)?(?:to\s+)?(?:this\s+)?(?:article|report|story|reporting)\b"
    r"|a\s+version\s+of\s+this\s+(?:article|story)\s+appear(?:s|ed)\s+in\s+print\b"
    # a syndicated story's note: "(Only the headline and picture of this report may have been reworked ...)"
    r"|\(?\s*only\s+the\s+headline\s+(?:and\s+picture\s+)?of\s+this\s+report\s+may\s+have\s+been\s+reworked\b"
    r"|write\s+to\s+.{1,120}@"
    r"|translation\s+of\s+an\s+original\s+article\b"
    r"|\(?\s*edited\s+by\s+(?-i:[A-Z])[^()]{1,60}\)?\s*$"
    r"|(?:comments?|shares?|likes?|hits|views|reads)\s*:?\s+\d[\d,]{0,8}\s*$"  # ("Hits: 1124" under a date)
    r"|if\s+you\s+(?:see|find|spot|notice)\s+(?:a|an)\s+(?:mistake|error|typo)\b"  # ("If you notice an error, highlight it ...")
    r"|(?:text\s+)?ad\s*:"
    r"|(?:enjoy|listen\s+to)\s+more\s+(?:audio|podcasts)\b"
    r"|have\s+an\s+idea\s+for\b"
    r"|get\s+.{0,80}?\bdelivered\s+to\s+your\s+inbox\b"
    r"|(?:main\s+|featured\s+)?image\s+(?:credit|courtesy)\s*:",
    re.IGNORECASE))
# "Campaign AD": an advertisement's label at a short line's end; "More from World", "More Work from
# the Institute": another section's or the institute's list
AD_LABEL = re.compile(r"(?:[\w-]+\s+){0,3}AD\s*$")
MORE_FROM = re.compile(r"more\s+(?:work\s+|stories\s+|articles\s+|analysis\s+|research\s+)?from\s+(?-i:[A-Z])", re.IGNORECASE)


_PAGE_NOTE_LENGTH = 320  # characters: the longest notes are a call for pitches with its address


def _may_be_page_note(lowered: str) -> bool:
    """Does a (casefolded) line hold a word one of the notes needs? (a cheap test first: this runs
    on every line of a page, and substring tests are far cheaper than a pattern's search)"""
    return ("edition" in lowered or "contributed" in lowered or "version of" in lowered or "headline" in lowered or "write to" in lowered or "translation" in lowered
            or "edited by" in lowered or "ad:" in lowered or "ad :" in lowered or "more " in lowered
            or "idea for" in lowered or "inbox" in lowered or "image " in lowered or "if you " in lowered)


def _is_page_note(line: str) -> bool:
    if len(line) > _PAGE_NOTE_LENGTH:  # (a paragraph of the story)
        return False
    if (line[-1:].isdigit() or _may_be_page_note(line.casefold())) and PAGE_NOTES.match(line):
        return True
    return (line.endswith("AD") and bool(AD_LABEL.fullmatch(line)) or line[:5].casefold() == "more " and bool(
        MORE_FROM.match(line))) and word_count(line) <= 8


def _is_appeal(line: str) -> bool:
    """The outlet's appeal for support: "At Island Herald, we believe in independent journalism. ..."."""
    lowered = line.casefold()
    # (or its readers' gifts: "Back the Herald: your donation helps us stay on the story.")
    return ("journalism" in lowered or "donation helps" in lowered) and word_count(line) <= 80 and any(
        word in lowered for word in ("support", "donat", "subscri", "contribut")) and bool(OUR_VOICE.search(lowered))


OUR_VOICE = re.compile(r"\b(?:we|our|us)\b|^support\b")


def citation(line: str) -> re.Match[str] | None:
    """A citation of the article, ending in its publisher and a date it prints."""
    match = CITATION.match(line)
    return match if match and DATE_IN_CITATION.search(match.group("date")) else None


DATE_IN_CITATION = re.compile(r"\b(?:19|20)\d{2}\b")


@lru_cache(maxsize=1)
def _role_titles() -> frozenset[str]:
    return frozenset(title_words()) | {role.casefold() for role in data_lines("journalist_roles.txt")}


def is_affiliation(line: str) -> bool:
    """"Research Fellow, Eurasia Policy Forum": a role and where it is held, under a byline's name."""
    role, comma, place = line.partition(", ")
    role = _ROLE_RANK.sub("", role)  # ("Senior Research Fellow": a research fellow's rank)
    return bool(comma) and word_count(line) <= 10 and role.casefold() in _role_titles() and place[:1].isupper()


_ROLE_RANK = re.compile(r"^(?:(?:senior|chief|principal|associate|assistant|deputy|visiting|distinguished|non-?resident|lead)\s+)+",
                        re.IGNORECASE)


def _may_be_subscription(lowered: str) -> bool:
    return "subscri" in lowered or "sign up" in lowered or "receiv" in lowered or "preferences" in lowered or "for reading" in lowered \
        or "stay informed" in lowered or "latest news" in lowered


def is_copyright(line: str) -> bool:
    """A copyright line, or a notice of the terms on which the material may be used."""
    folded = line.casefold()
    return bool(COPYRIGHT_OPENING.match(line) or ("rights" in folded and RIGHTS_RESERVED.search(line)) or (
        ("licen" in folded or "remind" in folded or "collecting" in folded or "may not be" in folded or "link" in folded)
        and USAGE_NOTICE.search(line)))


def is_contact(line: str) -> bool:
    return bool(CONTACT_OPENING.match(line) or ("contact" in line.casefold() and CONTACT_US.search(line)))


def is_furniture(line: str) -> bool:
    return is_widget(line) or is_copyright(line) or is_contact(line) or (
        line[:1] in "SGJsgj" and bool(SKIP_LINK.match(line)))


# a page's own links for keyboards and screen readers: "Skip to main content", "Go to accessibility shortcuts"
SKIP_LINK = re.compile(r"(?:skip|go|jump)\s+to\s+(?:the\s+)?(?:main\s+)?(?:content|navigation|menu|search|footer"
                       r"|accessibility(?:\s+shortcuts)?|article|top|more\s+[\w-]+(?:\s+[\w-]+)?\s+sites)\s*$", re.IGNORECASE)


@lru_cache(maxsize=1)
def _journalist_role() -> re.Pattern[str]:
    roles = "|".join(re.escape(role) for role in sorted(data_lines("journalist_roles.txt"), key=len, reverse=True))
    return re.compile(rf",\s+(?:[\w'’-]+\s+){{0,3}}(?:{roles})s?$", re.IGNORECASE)


def is_role_line(line: str) -> bool:
    """"Astana correspondent", "Senior Asia editor": a journalist's role alone, under a name
    (what ``role_credit`` finds after "Jane Doe, ")."""
    return word_count(line) <= 4 and _journalist_role().fullmatch(", " + line.strip()) is not None


def role_credit(line: str) -> re.Match[str] | None:
    """", Asia editor" ending "Jane Doe, Asia editor": an author's role after the name."""
    return _journalist_role().search(line)


def trim_name(name: str) -> str:
    """Cut trailing connectors and punctuation off a captured organisation name."""
    words = name.strip().rstrip(".,;:)").split()
    while words and words[-1].lower() in {"of", "and", "for", "the", "&"}:
        words.pop()
    return " ".join(words)


def publisher_from_contact(line: str) -> str | None:
    """The outlet behind a contact e-mail address, when the catalogue knows its domain."""
    for match in EMAIL.finditer(line):
        entry = catalogue().lookup_domain(match.group("host"))
        if entry:
            return entry.name
    return None
