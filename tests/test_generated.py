"""The synthetic corpus generator (benchmarks/): reproducible, and its truth is scored."""
from __future__ import annotations

import hashlib
import json
import sys
from pathlib import Path

from sco_etl.evaluate import evaluate, fetch_database, load_gold
from sco_etl.load.loader import Loader

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
from generate_corpus import generate  # noqa: E402


def digest(folder: Path) -> str:
    files = sorted(folder.rglob("*"))
    return hashlib.sha256(b"".join(path.read_bytes() for path in files if path.is_file())).hexdigest()


def test_same_seed_same_corpus_other_seed_other_corpus(tmp_path):
    generate(tmp_path / "a", 20, seed=3)
    generate(tmp_path / "b", 20, seed=3)
    generate(tmp_path / "c", 20, seed=4)
    assert digest(tmp_path / "a") == digest(tmp_path / "b") != digest(tmp_path / "c")


def test_generated_articles_load_and_score_against_their_truth(engine, tmp_path):
    generate(tmp_path, 60, seed=11)
    summary = Loader(engine, workers=2).run([str(tmp_path / "articles")])
    assert summary.count("loaded") == 60 and not summary.failures
    report = evaluate(load_gold(tmp_path / "gold.json"), fetch_database(engine))
    assert report.states.true_positives > 300  # the corpus really holds facts to find
    for score in (report.states, report.organisations, report.quotes, report.events):
        assert score.f1 >= 0.95, score
    assert report.metadata.value >= 0.95


def test_roundups_give_five_events_across_the_seven_blocs_and_score_against_their_truth(engine, tmp_path):
    from generate_corpus import ROUNDUP_BLOCS, roundups
    from sco_etl.rules.catalogue import catalogue

    roundups(tmp_path, 40, seed=5)
    gold = load_gold(tmp_path / "gold.json")
    blocs = {entry.key for entry in catalogue().entries if entry.acronym in ROUNDUP_BLOCS}
    events = [event for article in json.loads((tmp_path / "gold.json").read_text())["articles"].values()
              for event in article["events"]]
    assert len(events) == 200 and {event["organisation"] for event in events} == blocs
    summary = Loader(engine, workers=2).run([str(tmp_path / "articles")])
    assert summary.count("loaded") == 40 and not summary.failures
    report = evaluate(gold, fetch_database(engine))
    assert report.events.f1 >= 0.9, report.events
