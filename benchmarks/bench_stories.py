"""Benchmark and calibration of story grouping: what a fingerprint costs, and the similarities
the threshold (``fingerprint.SAME_STORY``) was chosen from.

    python benchmarks/bench_stories.py [N]   (default N: 2000 articles of each size)

Prints:
  - the CPU time of ``fingerprint()`` per article, on the bodies the pipeline parses out of N
    generated articles (0.8 KB), N seed-size ones (5.5 KB) and one of a megabyte (see
    generate_corpus.py), best of three runs;
  - for each pair of tests/fixtures/stories (an original, its rewritten copy on another site,
    and another outlet's own report of the same event) and for the syndicated seed
    (tests/fixtures/stories/seed_copy.toml, when ../shared/seeds is there): the exact Jaccard
    similarity of the word 5-shingles and the signatures' estimate;
  - the most similar pair of unrelated articles among the samples and the seeds, and their
    mean similarity, with the number of candidates the band keys would bring at 100,000 stored.
Figures go into docs/stories.md; no unit test times anything.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

from generate_corpus import generate, megabyte, seed_sized
from sco_etl import db
from sco_etl.fingerprint import BANDS, ROWS, SAME_STORY, fingerprint, shingle_hashes, similarity
from sco_etl.load.loader import Loader
from sco_etl.parse.layout import parse_article
from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
STORIES = REPO / "tests" / "fixtures" / "stories"
SEEDS = REPO.parent / "shared" / "seeds"


def bodies(folder: Path) -> list[str]:
    return [parse_article(path.read_text(encoding="utf-8")).body for path in sorted(folder.rglob("*.txt"))]


def cost(texts: list[str]) -> float:
    """Best of three: CPU seconds per text."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        for body in texts:
            fingerprint(body)
        best = min(best, (time.process_time() - started) / len(texts))
    return best


def jaccard(first: str, second: str) -> float:
    one, two = set(shingle_hashes(first).tolist()), set(shingle_hashes(second).tolist())
    return len(one & two) / len(one | two) if one | two else 0.0


def estimate(first: str, second: str) -> float:
    return similarity(fingerprint(first).signature, fingerprint(second).signature)


def costs(count: int) -> None:
    print("fingerprint() per article (CPU, best of 3; the budget is 0.2 ms)")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for label, build, number in (("generated, 0.8 KB", generate, count), ("seed-size, 5.5 KB", seed_sized, count),
                                     ("one megabyte", megabyte, 1)):
            build(root / label, number)
            texts = bodies(root / label)
            size = sum(len(body.encode("utf-8")) for body in texts) / len(texts) / 1024
            seconds = cost(texts)
            print(f"  {label:20} body {size:7.1f} KB  {seconds * 1000:8.3f} ms  {seconds * 1000 / size:.4f} ms per KB")


def pairs() -> None:
    print(f"\nsimilarity of word 5-shingles: exact / estimated (threshold {SAME_STORY})")
    for name in sorted({path.name.split("_")[0] for path in STORIES.glob("*_original.txt")}):
        original, copy, independent = (parse_article((STORIES / f"{name}_{kind}.txt").read_text()).body
                                       for kind in ("original", "copy", "independent"))
        print(f"  {name:8} rewritten copy {jaccard(original, copy):.3f} / {estimate(original, copy):.3f}   "
              f"independent report {jaccard(original, independent):.3f} / {estimate(original, independent):.3f}   "
              f"copy vs independent {jaccard(copy, independent):.3f} / {estimate(copy, independent):.3f}")
    if SEEDS.is_dir():
        sys.path.insert(0, str(REPO / "tests"))
        from stories import seed_copy

        seed, copy = seed_copy(SEEDS)
        original = parse_article((SEEDS / seed).read_text(encoding="utf-8")).body
        copy_body = parse_article(copy).body
        print(f"  seed {seed}: syndicated copy {jaccard(original, copy_body):.3f} / {estimate(original, copy_body):.3f}")


def unrelated() -> None:
    folders = [REPO / "samples" / "main" / "articles", *sorted((REPO / "samples").glob("holdout*/articles"))]
    if SEEDS.is_dir():
        folders.append(SEEDS)
    with tempfile.TemporaryDirectory() as scratch:
        engine = db.create_db_engine(f"sqlite:///{scratch}/corpus.db")
        Loader(engine).run([str(folder) for folder in folders])
        with engine.connect() as connection:
            texts = [(name, body) for name, body in connection.execute(text("SELECT file_name, body FROM v_articles"))]
        engine.dispose()
    values = sorted(((jaccard(a, b), estimate(a, b), one, two) for (one, a), (two, b) in itertools.combinations(
        [(name, body) for name, body in texts if fingerprint(body)], 2)), reverse=True)
    mean = sum(value[0] for value in values) / len(values)
    candidates = sum(1 - (1 - value[0] ** ROWS) ** BANDS for value in values) / len(values) * 100_000
    print(f"\nunrelated articles of the samples and seeds: {len(texts)} articles, {len(values)} pairs")
    print(f"  most similar: {values[0][0]:.3f} / {values[0][1]:.3f} ({values[0][2]}, {values[0][3]}); mean {mean:.4f}")
    print(f"  candidates the band keys ({BANDS} x {ROWS}) would bring per new article at 100,000 stored: {candidates:.1f}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=2000)
    count = parser.parse_args().count
    costs(count)
    pairs()
    unrelated()


if __name__ == "__main__":
    main()
