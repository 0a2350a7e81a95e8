"""A synthetic corpus with its truth: N articles for measuring speed and accuracy at scale.

    python benchmarks/generate_corpus.py OUT N [--seed 7]

    python benchmarks/generate_corpus.py OUT N --kind seed-size   (or --kind megabyte)

    python benchmarks/generate_corpus.py OUT N --kind roundup     (5 membership events an article, 7 blocs)

writes OUT/articles/NNN/article_NNNNNN.txt and OUT/gold.json (the format of
../shared/gold/seeds.json, scored by ``sco-etl eval``). Articles are composed
from corpus_templates.toml (layouts, event, quote and mention sentences) filled
at random from the package's data: any of the world's states with their
adjectives, intergovernmental organisations, news outlets. The same seed gives
the same corpus, byte for byte.

Generated articles are short (0.8 KB); ``seed_sized`` and ``megabyte`` build longer ones, with
no truth, from the prose of the annotated samples (samples/*/articles): the cost per KB of
text at the seeds' size (5.5 KB) and at a megabyte.
"""
from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import tomllib
from dataclasses import dataclass, field
from itertools import islice
from pathlib import Path

from sco_etl.rules.catalogue import catalogue
from sco_etl.rules.states import state_records

TEMPLATES = Path(__file__).with_name("corpus_templates.toml")
SAMPLES = Path(__file__).resolve().parent.parent / "samples"
SEED_SIZE = 5600  # bytes: the seeds' mean length (5.5 KB)
MEGABYTE = 2**20
PLAIN_NAME = re.compile(r"^[A-Z][a-z]+(?: [A-Z][a-z]+)?$")


@dataclass
class Truth:
    states: set[str] = field(default_factory=set)
    organisations: set[str] = field(default_factory=set)
    quotes: list[dict] = field(default_factory=list)
    events: list[dict] = field(default_factory=list)


class Composer:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.t = tomllib.loads(TEMPLATES.read_text("utf-8"))
        records = state_records()
        self.states = [(r.iso3, r.name) for r in records if PLAIN_NAME.match(r.name)]
        self.adjectives = {}
        for record in records:
            adjective = next((name for name, kind in record.names if kind == "adjective"), None)
            if adjective and PLAIN_NAME.match(adjective) and PLAIN_NAME.match(record.name):
                self.adjectives[record.iso3] = adjective
        entries = catalogue().entries
        self.bodies = [e for e in entries if e.kind == "intergovernmental" and e.acronym]
        self.outlets = [e for e in entries if e.kind == "news_outlet"]

    def article(self, index: int) -> tuple[str, dict]:
        rng, t = self.rng, self.t
        truth = Truth()
        published = datetime.date(2015, 1, 1) + datetime.timedelta(days=rng.randrange(365 * 11))
        body_org = rng.choice(self.bodies)
        outlet = rng.choice(self.outlets)
        paragraphs = self._paragraphs(truth, published, body_org, index)
        layout = rng.choice(t["layout"])
        title = self._title(body_org, published)
        if body_org.acronym in title:
            truth.organisations.add(body_org.key)
        author = self._person()
        if layout["publisher"] == "outlet":
            truth.organisations.add(outlet.key)
        text = layout["text"].format(
            title=title, outlet=outlet.name, author=author, body="\n\n".join(paragraphs),
            year=published.year, date_long=f"{published:%B} {published.day}, {published.year}",
            date_abbrev=f"{published:%b}. {published.day}, {published.year}",
            date_day_month=f"{published.day} {published:%B %Y}", date_iso=published.isoformat(),
            time=f"{rng.randrange(24):02}:{rng.randrange(60):02}:00", desk=rng.choice(t["desks"]),
            section=rng.choice(t["sections"]), related="\n".join(rng.sample(t["related"], 2)),
        )
        gold = {
            "article": {
                "title": title,
                "publisher": outlet.key if layout["publisher"] == "outlet" else None,
                "published_on": published.isoformat(),
                "authors": [author] if "{author}" in layout["text"] else [],
            },
            "states": sorted(truth.states),
            "organisations": sorted(truth.organisations),
            "organisations_optional": [],
            "quotes": truth.quotes, "quotes_optional": [],
            "events": truth.events, "events_optional": [],
            "body_must_not_contain": layout["furniture"],
        }
        return text + "\n", gold

    def _paragraphs(self, truth: Truth, published: datetime.date, body_org, index: int) -> list[str]:
        rng = self.rng
        paragraphs = [self._event(truth, published, body_org) for _ in range(rng.randint(1, 3))]
        # each quote its own words: the truth matches quotes by their text
        said = zip(rng.sample(self.t["words"], 3), rng.sample(self.t["clauses"], 3))
        paragraphs += [self._quote(truth, words, clause) for words, clause in islice(said, rng.randint(1, 3))]
        paragraphs += [self._mention(truth, body_org) for _ in range(rng.randint(1, 3))]
        rng.shuffle(paragraphs)
        paragraphs.append(f"{rng.choice(self.t['fillers'])} The record number of this meeting is {index}.")
        return paragraphs

    def _title(self, body_org, published: datetime.date) -> str:
        return self.rng.choice(self.t["titles"]).format(org_acronym=body_org.acronym)

    def _person(self) -> str:
        return f"{self.rng.choice(self.t['first_names'])} {self.rng.choice(self.t['last_names'])}"

    def _event(self, truth: Truth, published: datetime.date, organisation) -> str:
        rng = self.rng
        template = rng.choice(self.t["event"])
        iso3, state = rng.choice(self.states)
        day = published - datetime.timedelta(days=rng.randrange(1, 3000))
        dates = {
            "event_day": (f"{day:%B} {day.day}, {day.year}", day.isoformat()),
            "event_month": (f"{day:%B %Y}", f"{day:%Y-%m}"),
            "event_year": (str(day.year), str(day.year)),
            "next_year": (str(published.year + 1), str(published.year + 1)),
        }
        slot = next(name for name in dates if "{" + name + "}" in template["text"])
        printed, iso = dates[slot]
        truth.states.add(iso3)
        truth.organisations.add(organisation.key)
        truth.events.append({"state": iso3, "organisation": organisation.key, "type": template["type"],
                             "date": iso, "certainty": template["certainty"]})
        return template["text"].format(state=state, org=organisation.name, **{slot: printed})

    def _quote(self, truth: Truth, words: str, clause: str) -> str:
        rng = self.rng
        template = rng.choice(self.t["quote"])
        iso3 = rng.choice(sorted(self.adjectives))
        name = self._person()
        truth.states.add(iso3)
        truth.quotes.append({"speaker": name, "speaker_names": [name, name.split()[-1]],
                             "kind": template["kind"], "text": words if "{words}" in template["text"] else clause})
        return template["text"].format(adjective=self.adjectives[iso3], role=rng.choice(self.t["roles"]),
                                       name=name, words=words, clause=clause)

    def _mention(self, truth: Truth, organisation) -> str:
        rng = self.rng
        template = rng.choice(self.t["mentions"])
        chosen = rng.sample(self.states, 3)
        for slot, (iso3, _name) in zip(("{state}", "{state2}", "{state3}"), chosen):
            if slot in template:
                truth.states.add(iso3)
        if "{org}" in template:
            truth.organisations.add(organisation.key)
        return template.format(state=chosen[0][1], state2=chosen[1][1], state3=chosen[2][1], org=organisation.name)


# The seven blocs of a roundup: the SCO and the groupings news of it most often names beside it.
ROUNDUP_BLOCS = ("SCO", "BRICS", "ASEAN", "CSTO", "EAEU", "GCC", "AU")
ROUNDUP_EVENTS = 5


class Roundup(Composer):
    """A month's roundup of membership news: ``ROUNDUP_EVENTS`` events across the
    ``ROUNDUP_BLOCS``, a quote and a mention. A corpus of them fills the membership timeline
    (about 5,500 events from 1,100 articles) the way a news archive does."""

    def __init__(self, seed: int) -> None:
        super().__init__(seed)
        by_acronym = {body.acronym: body for body in self.bodies}
        self.bodies = [by_acronym[acronym] for acronym in ROUNDUP_BLOCS]

    def _paragraphs(self, truth: Truth, published: datetime.date, body_org, index: int) -> list[str]:
        rng = self.rng
        paragraphs = [self._event(truth, published, rng.choice(self.bodies)) for _ in range(ROUNDUP_EVENTS)]
        words, clause = rng.choice(self.t["words"]), rng.choice(self.t["clauses"])
        paragraphs += [self._quote(truth, words, clause), self._mention(truth, body_org)]
        paragraphs.append(f"{rng.choice(self.t['fillers'])} The record number of this roundup is {index}.")
        return paragraphs

    def _title(self, body_org, published: datetime.date) -> str:
        return f"Membership roundup: {published:%B %Y}"


def generate(folder: Path, count: int, seed: int = 7, composer_class: type[Composer] = Composer) -> int:
    """Write ``count`` articles and ``gold.json`` under ``folder``; return the bytes of text written."""
    composer = composer_class(seed)
    articles: dict[str, dict] = {}
    total = 0
    for index in range(count):
        text, gold = composer.article(index)
        name = f"article_{index:06}.txt"
        path = folder / "articles" / f"{index // 1000:03}" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
        articles[name] = gold
    used = {key for gold in articles.values() for key in gold["organisations"]} | {
        gold["article"]["publisher"] for gold in articles.values() if gold["article"]["publisher"]}
    organisations = {entry.key: list(entry.all_names) for entry in catalogue().entries if entry.key in used}
    (folder / "gold.json").write_text(json.dumps({
        "_about": f"Synthetic corpus from benchmarks/generate_corpus.py, {count} articles, seed {seed}.",
        "organisations": organisations, "articles": articles,
    }, indent=1), encoding="utf-8")
    return total


def sample_prose() -> tuple[list[str], list[str]]:
    """The titles (first lines) and the prose paragraphs of the plain-text samples, in path order.
    A paragraph is prose when it is long and holds no link or markup: headers, menus and
    footers are left out, so that every paragraph of a built article is body text."""
    titles, paragraphs = [], []
    for path in sorted(SAMPLES.glob("*/articles/*")):
        if path.suffix not in (".txt", ".md"):
            continue
        data = path.read_bytes()
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252")
        title = text.strip().splitlines()[0].removeprefix("Title:").strip()
        if 4 <= len(title.split()) and len(title) < 120 and not title.isupper() and not NOT_PROSE.search(title):
            titles.append(title)
        for paragraph in re.split(r"\n\s*\n", text):
            paragraph = " ".join(paragraph.split())
            if len(paragraph) >= 150 and paragraph[0].isalpha() and paragraph[-1] in ".?!\"”" \
                    and not NOT_PROSE.search(paragraph):
                paragraphs.append(paragraph)
    return titles, paragraphs


NOT_PROSE = re.compile(r"\]\(|https?:|[|@<>{}]|^[#*]")  # links, menus, addresses, markup


def _built(title: str, paragraphs: list[str], first: int, size: int, index: int) -> str:
    """A title, then prose paragraphs from ``first`` on (round the list) up to ``size`` bytes."""
    parts, total, at = [title], len(title.encode("utf-8")), first
    while total < size:
        paragraph = paragraphs[at % len(paragraphs)]
        parts.append(paragraph)
        total += len(paragraph.encode("utf-8")) + 2
        at += 1
    parts.append(f"The record number of this meeting is {index}.")  # no two articles alike
    return "\n\n".join(parts) + "\n"


def _write_built(folder: Path, texts: list[str]) -> int:
    total = 0
    for index, text in enumerate(texts):
        path = folder / "articles" / f"{index // 1000:03}" / f"article_{index:06}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        data = text.encode("utf-8")
        path.write_bytes(data)
        total += len(data)
    return total


def seed_sized(folder: Path, count: int, size: int = SEED_SIZE) -> int:
    """``count`` articles of about ``size`` bytes, each a sample's title and a run of sample
    paragraphs (each article starts at another paragraph); return the bytes written."""
    titles, paragraphs = sample_prose()
    return _write_built(folder, [_built(titles[index % len(titles)], paragraphs, index * 7, size, index)
                                 for index in range(count)])


def megabyte(folder: Path, count: int = 1, size: int = MEGABYTE) -> int:
    """``count`` articles of ``size`` bytes each, the sample paragraphs over and over."""
    titles, paragraphs = sample_prose()
    return _write_built(folder, [_built(titles[index % len(titles)], paragraphs, index, size, index)
                                 for index in range(count)])


def roundups(folder: Path, count: int, seed: int = 7) -> int:
    """``count`` roundup articles (``Roundup``) with their truth in ``gold.json``."""
    return generate(folder, count, seed, Roundup)


BUILDERS = {"generated": generate, "roundup": roundups, "seed-size": seed_sized, "megabyte": megabyte}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("count", type=int)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--kind", choices=sorted(BUILDERS), default="generated",
                        help="generated or roundup (with gold.json), seed-size (5.5 KB) or megabyte articles (no truth)")
    args = parser.parse_args()
    if args.kind in ("generated", "roundup"):
        size = BUILDERS[args.kind](args.out, args.count, args.seed)
        print(f"{args.count} articles ({size / 2**20:.1f} MiB) and gold.json in {args.out}")
    else:
        size = BUILDERS[args.kind](args.out, args.count)
        print(f"{args.count} articles ({size / 2**20:.1f} MiB) in {args.out}")


if __name__ == "__main__":
    main()
