"""The synthetic corpus generator (benchmarks/): reproducible, and its truth is scored."""
from __future__ import annotations

import hashlib
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
