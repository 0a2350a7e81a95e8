"""Score a loaded database against a gold file, reading through the stable views only.

The gold format is that of ``shared/gold/seeds.json``: a registry of
organisations (key → accepted names) and, per file, the expected article
metadata, states, organisations, quotes and membership events. Items listed as
``*_optional`` are neither credited nor penalised.
"""
from __future__ import annotations

import json
import re
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sco_etl.names import name_key
from sco_etl.sqltemplates import sql
from sqlalchemy import Engine

QUOTE_MATCH_THRESHOLD = 0.8  # token Dice overlap for a quote to count as found


@dataclass
class Score:
    """Counts for one category; misses and false hits say which items."""

    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0
    misses: list[str] = field(default_factory=list)
    false_hits: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        if not found:  # nothing found: right only when nothing was there to find
            return 0.0 if self.false_negatives else 1.0
        return self.true_positives / found

    @property
    def recall(self) -> float:
        expected = self.true_positives + self.false_negatives
        return self.true_positives / expected if expected else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0
    errors: list[str] = field(default_factory=list)

    @property
    def value(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def check(self, ok: bool, error: str) -> None:
        self.total += 1
        self.correct += ok
        if not ok:
            self.errors.append(error)


@dataclass
class Report:
    states: Score = field(default_factory=Score)
    organisations: Score = field(default_factory=Score)
    quotes: Score = field(default_factory=Score)
    events: Score = field(default_factory=Score)
    speakers: Accuracy = field(default_factory=Accuracy)
    event_dates: Accuracy = field(default_factory=Accuracy)
    metadata: Accuracy = field(default_factory=Accuracy)
    boilerplate: Accuracy = field(default_factory=Accuracy)
    articles_missing: list[str] = field(default_factory=list)

    def figures(self) -> dict[str, float]:
        figures: dict[str, float] = {}
        for name in ("states", "organisations", "quotes", "events"):
            score: Score = getattr(self, name)
            figures[f"{name}_precision"] = score.precision
            figures[f"{name}_recall"] = score.recall
            figures[f"{name}_f1"] = score.f1
        figures["speaker_accuracy"] = self.speakers.value
        figures["event_date_accuracy"] = self.event_dates.value
        figures["metadata_accuracy"] = self.metadata.value
        figures["boilerplate_removal"] = self.boilerplate.value
        return figures

    def to_json(self) -> dict[str, Any]:
        details = {
            name: {"misses": getattr(self, name).misses, "false_hits": getattr(self, name).false_hits}
            for name in ("states", "organisations", "quotes", "events")
        }
        for name in ("speakers", "event_dates", "metadata", "boilerplate"):
            details[name] = {"errors": getattr(self, name).errors}
        return {"figures": self.figures(), "details": details, "articles_missing": self.articles_missing}


# --- reading the database ------------------------------------------------------------

def fetch_database(engine: Engine) -> dict[str, list[dict[str, Any]]]:
    """Rows of every view the evaluator reads, as dicts."""
    dialect = engine.dialect.name
    with engine.connect() as connection:
        return {
            name: [dict(row) for row in connection.execute(sql(f"eval_{name}.sql.j2", dialect)).mappings()]
            for name in ("articles", "state_mentions", "organisation_mentions", "organisation_names",
                         "quotes", "membership_events")
        }


def load_gold(path: Path) -> dict[str, Any]:
    gold = json.loads(path.read_text("utf-8"))
    if not isinstance(gold, dict) or "articles" not in gold:
        raise ValueError(f"{path} is not a gold file: it has no 'articles' object")
    gold.setdefault("organisations", {})
    return gold


# --- scoring (pure) -----------------------------------------------------------------

def evaluate(gold: dict[str, Any], rows: dict[str, list[dict[str, Any]]]) -> Report:
    report = Report()
    registry = {key: {name_key(name) for name in names} for key, names in gold["organisations"].items()}
    names_of: dict[Any, set[str]] = defaultdict(set)
    for row in rows["organisation_names"]:
        names_of[row["organisation_id"]].add(name_key(row["name"]))
    by_file = {name: _group(rows[name]) for name in rows if name != "organisation_names"}
    # an organisation speaks under any of its names: "China's Foreign Ministry" is also the
    # "Chinese Foreign Ministry" the article printed
    also_named: dict[str, set[str]] = defaultdict(set)
    for names in names_of.values():
        for name in names:
            also_named[name] |= names
    articles = {row["file_name"]: row for row in rows["articles"]}

    for file_name, expected in sorted(gold["articles"].items()):
        if file_name not in articles:
            report.articles_missing.append(file_name)
        _score_metadata(report, file_name, expected, articles.get(file_name), registry)
        _score_states(report.states, file_name, expected, by_file["state_mentions"].get(file_name, []))
        _score_organisations(report.organisations, file_name, expected,
                             by_file["organisation_mentions"].get(file_name, []), registry, names_of)
        _score_quotes(report, file_name, expected, by_file["quotes"].get(file_name, []), also_named)
        _score_events(report, file_name, expected, by_file["membership_events"].get(file_name, []), registry,
                      names_of)
    return report


def _group(rows: list[dict[str, Any]]) -> dict[str, list[dict[str, Any]]]:
    grouped: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for row in rows:
        grouped[row["file_name"]].append(row)
    return grouped


def _tidy(value: str | None) -> str | None:
    return " ".join(value.split()) if value else None


def _score_metadata(report: Report, file_name: str, expected: dict, row: dict | None, registry: dict) -> None:
    meta = expected.get("article", {})
    row = row or {}
    if "title" in meta:
        report.metadata.check(_tidy(row.get("title")) == _tidy(meta["title"]),
                              f"{file_name}: title {row.get('title')!r}, expected {meta['title']!r}")
    if "publisher" in meta:
        publisher, wanted = row.get("publisher"), meta["publisher"]
        ok = (publisher is None) if wanted is None else (
            publisher is not None and name_key(publisher) in registry.get(wanted, {name_key(wanted)}))
        report.metadata.check(ok, f"{file_name}: publisher {publisher!r}, expected {wanted!r}")
    if "published_on" in meta:
        report.metadata.check(row.get("published_on") == meta["published_on"],
                              f"{file_name}: published_on {row.get('published_on')!r}, "
                              f"expected {meta['published_on']!r}")
    if "authors" in meta:
        found = {name_key(name) for name in (row.get("authors") or "").split("; ") if name}
        wanted = {name_key(name) for name in meta["authors"]}
        report.metadata.check(found == wanted, f"{file_name}: authors {row.get('authors')!r}, "
                                               f"expected {meta['authors']!r}")
    body = row.get("body") or ""
    for junk in expected.get("body_must_not_contain", []):
        report.boilerplate.check(bool(row) and junk not in body, f"{file_name}: body contains {junk!r}")


def _score_states(score: Score, file_name: str, expected: dict, rows: list[dict]) -> None:
    wanted = set(expected.get("states", []))
    optional = set(expected.get("states_optional", []))
    found = {row["iso3"] for row in rows}
    score.true_positives += len(found & wanted)
    score.false_negatives += len(wanted - found)
    score.false_positives += len(found - wanted - optional)
    score.misses += [f"{file_name}: {iso3}" for iso3 in sorted(wanted - found)]
    score.false_hits += [f"{file_name}: {iso3}" for iso3 in sorted(found - wanted - optional)]


def _score_organisations(score: Score, file_name: str, expected: dict, rows: list[dict],
                         registry: dict, names_of: dict) -> None:
    wanted = expected.get("organisations", [])
    optional = expected.get("organisations_optional", [])
    matched: set[str] = set()
    for row in rows:
        names = names_of.get(row["organisation_id"], set()) | {name_key(row["organisation"])}
        keys = [key for key in wanted + optional if registry.get(key, set()) & names]
        if keys:
            matched.update(keys)
        else:
            score.false_positives += 1
            score.false_hits.append(f"{file_name}: {row['organisation']}")
    for key in wanted:
        if key in matched:
            score.true_positives += 1
        else:
            score.false_negatives += 1
            score.misses.append(f"{file_name}: {key}")


_TOKEN = re.compile(r"\w+")


def quote_similarity(a: str, b: str) -> float:
    """Dice overlap of the words of two quotes (case and punctuation ignored)."""
    left, right = _TOKEN.findall(a.casefold()), _TOKEN.findall(b.casefold())
    if not left or not right:
        return 0.0
    remaining = defaultdict(int)
    for token in right:
        remaining[token] += 1
    common = 0
    for token in left:
        if remaining[token]:
            remaining[token] -= 1
            common += 1
    return 2 * common / (len(left) + len(right))


def _score_quotes(report: Report, file_name: str, expected: dict, rows: list[dict],
                  also_named: dict[str, set[str]] | None = None) -> None:
    wanted = expected.get("quotes", [])
    optional = expected.get("quotes_optional", [])
    unmatched_rows = list(rows)
    for gold in wanted:
        best = max(unmatched_rows, key=lambda row: quote_similarity(row["text"], gold["text"]), default=None)
        if best is not None and quote_similarity(best["text"], gold["text"]) >= QUOTE_MATCH_THRESHOLD:
            unmatched_rows.remove(best)
            report.quotes.true_positives += 1
            # (the speaker as the gold names it counts, beside the other names it lists for them)
            speakers = {name_key(name) for name in [gold.get("speaker"), *(gold.get("speaker_names") or [])] if name}
            said = name_key(best["speaker"]) if best["speaker"] is not None else None
            ok = said is not None and bool(({said} | (also_named or {}).get(said, set())) & speakers)
            report.speakers.check(ok, f"{file_name}: {best['speaker']!r} for \"{gold['text'][:60]}...\", "
                                      f"expected {gold['speaker']!r}")
        else:
            report.quotes.false_negatives += 1
            report.quotes.misses.append(f"{file_name}: {gold['speaker']}: \"{gold['text'][:80]}\"")
    for row in unmatched_rows:
        if any(quote_similarity(row["text"], gold["text"]) >= QUOTE_MATCH_THRESHOLD for gold in optional):
            continue
        report.quotes.false_positives += 1
        report.quotes.false_hits.append(f"{file_name}: {row['speaker']}: \"{row['text'][:80]}\"")


def _event_key(event: dict) -> tuple:
    return (event["state"], event["organisation"], event["type"], event["certainty"])


def _row_event_keys(row: dict, registry: dict, names_of: dict) -> list[tuple]:
    """The gold keys an event row can stand for: its organisation is known by every one of its
    names (as a mention is: "Council of Heads of Government of the SCO" is "SCO Council of ...")."""
    names = {name_key(row["organisation"])} | ({name_key(row["acronym"])} if row["acronym"] else set()) \
        | names_of.get(row.get("organisation_id"), set())
    organisations = [key for key, accepted in registry.items() if accepted & names] or [row["organisation"]]
    return [(row["iso3"], organisation, row["event_type"], row["certainty"]) for organisation in organisations]


def _score_events(report: Report, file_name: str, expected: dict, rows: list[dict], registry: dict,
                  names_of: dict) -> None:
    wanted = {_event_key(event): event for event in expected.get("events", [])}
    optional = {_event_key(event) for event in expected.get("events_optional", [])}
    matched: set[tuple] = set()
    for row in rows:
        keys = _row_event_keys(row, registry, names_of)
        hit = next((key for key in keys if key in wanted and key not in matched), None)
        if hit:
            matched.add(hit)
            report.events.true_positives += 1
            gold_date = wanted[hit]["date"]
            report.event_dates.check(row["event_date"] == gold_date,
                                     f"{file_name}: {hit} dated {row['event_date']!r}, expected {gold_date!r}")
        elif not any(key in optional or key in matched for key in keys):
            report.events.false_positives += 1
            report.events.false_hits.append(f"{file_name}: {keys[0]} {row['event_date']}")
    for key in wanted.keys() - matched:
        report.events.false_negatives += 1
        report.events.misses.append(f"{file_name}: {key} {wanted[key]['date']}")
