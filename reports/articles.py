"""One article as a page: its metadata, its text with every fact marked, and the facts listed.

The same template (``templates/_article.html.j2``) renders the article pages of ``sco-etl
report all`` and those ``sco-etl serve`` shows at ``/-/article/<id>``; both read the article
and its facts through the SQL of ``sco-etl export`` (``export.read_page``).
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sco_etl.reports.templating import html_environment

# Where marks start together, the longer one holds the shorter: an event's sentence holds a
# quote, which holds the names in it.
KINDS = ("event", "quote", "organisation", "state")
WEB_SCHEMES = ("http://", "https://")


@dataclass(frozen=True)
class Mark:
    kind: str  # one of KINDS: the <mark> element's class
    start: int
    end: int
    label: str  # what the fact is, shown on hover
    anchor: str  # the id the fact's row in the lists links to


@dataclass(frozen=True)
class Token:
    """A piece of the marked text: ``text``, or a mark that opens (``mark``) or closes (neither)."""

    text: str | None = None
    mark: Mark | None = None
    first: bool = True  # the mark's first piece (a mark split around another carries its id once)


def article_marks(article: Mapping[str, Any], facts: Mapping[str, list[dict[str, Any]]]) -> list[Mark]:
    """Every stored offset of the article's facts as a mark. Mentions have one span per
    mention; a quote spans its words; an event spans its evidence sentence, which several
    events (a list of founding states) may share: one mark for them all."""
    marks = []
    for fact in facts.get("states", []):
        for number, (start, end) in enumerate(fact["spans"]):
            marks.append(Mark("state", start, end, f"state: {fact['state']} ({fact['iso3']})",
                              f"state-{fact['iso3']}" if number == 0 else ""))
    for fact in facts.get("organisations", []):
        name = fact["organisation"] + (f" ({fact['acronym']})" if fact["acronym"] else "")
        for number, (start, end) in enumerate(fact["spans"]):
            marks.append(Mark("organisation", start, end, f"organisation: {name}",
                              f"organisation-{fact['organisation_id']}" if number == 0 else ""))
    for fact in facts.get("quotes", []):
        marks.append(Mark("quote", fact["start_offset"], fact["end_offset"],
                          f"{fact['kind']} quote: {fact['speaker'] or 'speaker unknown'}", f"quote-{fact['quote_id']}"))
    for events in _by_sentence(facts.get("membership_events", [])):
        marks.append(Mark("event", events[0]["start_offset"], events[0]["end_offset"],
                          "; ".join(event_label(event) for event in events), f"event-{events[0]['event_id']}"))
    length = len(article["text"])
    return [mark for mark in marks if 0 <= mark.start < mark.end <= length]


def event_label(event: Mapping[str, Any]) -> str:
    return (f"{event['state']} {event['event_type'].replace('_', ' ')} {event['acronym'] or event['organisation']}"
            f" ({event['certainty']}{', ' + event['event_date'] if event['event_date'] else ''})")


def marked_tokens(text: str, marks: Iterable[Mark]) -> list[Token]:
    """The text cut at every mark's ends, with open and close tokens that nest: a mark that
    overlaps another without holding it is closed at the other's end and opened again after."""
    order = {kind: rank for rank, kind in enumerate(KINDS)}
    marks = sorted(marks, key=lambda mark: (mark.start, -mark.end, order[mark.kind]))
    cuts = sorted({0, len(text), *(mark.start for mark in marks), *(mark.end for mark in marks)})
    tokens: list[Token] = []
    opened: list[Mark] = []  # the marks open now, outermost first
    waiting = iter(marks)
    upcoming = next(waiting, None)
    for here, following in zip(cuts, cuts[1:] + [None]):
        if any(mark.end == here for mark in opened):
            # close down to the outermost mark that ends here, then reopen those that go on
            depth = min(index for index, mark in enumerate(opened) if mark.end == here)
            reopen = [mark for mark in opened[depth:] if mark.end != here]
            tokens += [Token() for _ in opened[depth:]]
            opened[depth:] = reopen
            tokens += [Token(mark=mark, first=False) for mark in reopen]
        while upcoming is not None and upcoming.start == here:
            opened.append(upcoming)
            tokens.append(Token(mark=upcoming))
            upcoming = next(waiting, None)
        if following is not None:
            tokens.append(Token(text=text[here:following]))
    return tokens


def article_view(article: Mapping[str, Any], facts: Mapping[str, list[dict[str, Any]]]) -> dict[str, Any]:
    """What the template shows of one article (a row and facts of ``export.read_page``)."""
    url = article.get("url")
    return {
        "article": article,
        "web_url": url if url and url.lower().startswith(WEB_SCHEMES) else None,  # no javascript: links
        "tokens": marked_tokens(article["text"], article_marks(article, facts)),
        "states": facts.get("states", []),
        "organisations": facts.get("organisations", []),
        "quotes": facts.get("quotes", []),
        "events": facts.get("membership_events", []),
        # one evidence sentence, read once, for the events it gives
        "sentences": [{"anchor": f"event-{events[0]['event_id']}", "evidence": events[0]["evidence"], "events": events}
                      for events in _by_sentence(facts.get("membership_events", []))],
    }


def _by_sentence(events: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Events grouped by the evidence sentence they share, in the order they come."""
    grouped: dict[tuple[int, int], list[dict[str, Any]]] = defaultdict(list)
    for event in events:
        grouped[event["start_offset"], event["end_offset"]].append(event)
    return list(grouped.values())


def article_html(view: Mapping[str, Any], nav: list[tuple[str, str]]) -> str:
    """The article as an HTML fragment; ``nav``: (address, label) links shown above it."""
    return html_environment().get_template("_article.html.j2").render(nav=nav, **view)


def article_page(view: Mapping[str, Any], nav: list[tuple[str, str]]) -> str:
    """The article as a self-contained page of the static site."""
    return html_environment().get_template("article.html.j2").render(nav=nav, **view)


ARTICLES_FOLDER = "articles"
SITE_NAV = [("../index.html", "All reports"), ("../article_digest.html", "Article digest")]


def write_article_pages(pages: Iterable[tuple[list[dict[str, Any]], dict[str, dict[int, list[dict[str, Any]]]]]],
                        directory: Path, check_targets: Callable[[list[Path]], None]) -> dict[str, str]:
    """One page per article under ``directory/articles/``, named by its id; ``check_targets``
    sees each batch of files before they are written. Returns the address of each file name's
    page, for the reports to link to (a name that several articles share links nowhere)."""
    folder = directory / ARTICLES_FOLDER
    folder.mkdir(parents=True, exist_ok=True)
    addresses: dict[str, list[str]] = defaultdict(list)
    for articles, facts in pages:
        targets = [folder / f"{article['article_id']}.html" for article in articles]
        check_targets(targets)
        for article, target in zip(articles, targets):
            own = {kind: by_article.get(article["article_id"], []) for kind, by_article in facts.items()}
            target.write_text(article_page(article_view(article, own), SITE_NAV), "utf-8")
            addresses[article["file_name"]].append(f"{ARTICLES_FOLDER}/{target.name}")
    return {name: pages_of_name[0] for name, pages_of_name in addresses.items() if len(pages_of_name) == 1}
