"""Benchmark and calibration of story grouping: what a signature costs, the similarities the
threshold (``fingerprint.SAME_STORY``) was chosen from, and the copies found in a generated corpus.

    python benchmarks/bench_stories.py [N] [--generated M]   (default N: 2000 articles of each
    size; M: 10000 generated articles, 0 to skip)

Prints:
  - the CPU time of a signature per article, on the bodies the pipeline parses out of N
    generated articles (0.8 KB), N seed-size ones (5.5 KB) and one of a megabyte (see
    generate_corpus.py), best of three runs: made one at a time (``signature``) and 32 at a
    time (``signatures``, as a worker makes a chunk's);
  - for each pair of tests/fixtures/stories (an original, its rewritten copy on another site,
    and another outlet's own report of the same event) and for the syndicated seed
    (tests/fixtures/stories/seed_copy.toml, when ../shared/seeds is there): the exact Jaccard
    similarity of the word 5-shingles and the signatures' estimate;
  - the most similar pair of unrelated articles among the samples and the seeds, and their
    mean similarity, with the number of candidates the band keys would bring at 100,000 stored;
  - for M generated articles (templated: far more alike than real articles), loaded into a
    fresh SQLite file: the articles grouped as copies and the exact similarity of each to its
    closest earlier copy, and every pair of the corpus at or above the threshold (found
    exactly, by prefix filtering), with how many of them the loader grouped.
Figures go into docs/stories.md; no unit test times anything.
"""
from __future__ import annotations

import argparse
import itertools
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
from generate_corpus import generate, megabyte, seed_sized
from sco_etl import db
from sco_etl.fingerprint import BANDS, ROWS, SAME_STORY, fingerprint, shingle_hashes, signature, signatures, similarity
from sco_etl.load.loader import Loader
from sco_etl.parse.layout import parse_article
from sqlalchemy import text

REPO = Path(__file__).resolve().parent.parent
STORIES = REPO / "tests" / "fixtures" / "stories"
SEEDS = REPO.parent / "shared" / "seeds"


def bodies(folder: Path) -> list[str]:
    return [parse_article(path.read_text(encoding="utf-8")).body for path in sorted(folder.rglob("*.txt"))]


def cost(texts: list[str], at_once: int) -> float:
    """Best of three: CPU seconds per text, signed ``at_once`` at a time."""
    best = float("inf")
    for _ in range(3):
        started = time.process_time()
        if at_once == 1:
            for body in texts:
                signature(body)
        else:
            for first in range(0, len(texts), at_once):
                signatures(texts[first:first + at_once])
        best = min(best, (time.process_time() - started) / len(texts))
    return best


def jaccard(first: str, second: str) -> float:
    one, two = set(shingle_hashes(first).tolist()), set(shingle_hashes(second).tolist())
    return len(one & two) / len(one | two) if one | two else 0.0


def estimate(first: str, second: str) -> float:
    return similarity(fingerprint(first).signature, fingerprint(second).signature)


def costs(count: int) -> None:
    print("a signature per article (CPU, best of 3; the budget is 0.2 ms): one at a time / 32 at a time")
    with tempfile.TemporaryDirectory() as scratch:
        root = Path(scratch)
        for label, build, number in (("generated, 0.8 KB", generate, count), ("seed-size, 5.5 KB", seed_sized, count),
                                     ("one megabyte", megabyte, 1)):
            build(root / label, number)
            texts = bodies(root / label)
            size = sum(len(body.encode("utf-8")) for body in texts) / len(texts) / 1024
            alone, batched = cost(texts, 1), cost(texts, 32)
            print(f"  {label:20} body {size:7.1f} KB  {alone * 1000:8.3f} ms / {batched * 1000:8.3f} ms  "
                  f"{batched * 1000 / size:.4f} ms per KB")


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


def generated_copies(count: int) -> None:
    with tempfile.TemporaryDirectory() as scratch:
        generate(Path(scratch) / "generated", count)
        engine = db.create_db_engine(f"sqlite:///{scratch}/generated.db")
        Loader(engine).run([str(Path(scratch) / "generated" / "articles")])
        with engine.connect() as connection:
            rows = connection.execute(text("SELECT article_id, story_id, body FROM v_articles ORDER BY article_id")).all()
        engine.dispose()
    shingles = {article: np.unique(shingle_hashes(body)) for article, _, body in rows}
    members: dict[int, list[int]] = {}
    closest = []
    for article, story, _ in rows:
        earlier = members.setdefault(story, [])
        if earlier:
            closest.append(max(exact(shingles[article], shingles[other]) for other in earlier))
        earlier.append(article)
    grouped = {article for article, story, _ in rows if story != article}
    over = similar_pairs([shingles[article] for article, _, _ in rows], SAME_STORY)
    later = {rows[second][0] for _, second, _ in over}
    print(f"\n{count:,} generated articles loaded: {len(grouped)} grouped as copies", end="")
    if closest:
        print(f", each at {min(closest):.3f}-{max(closest):.3f} (exact) of its closest earlier copy", end="")
    print(f"\n  pairs of the corpus at or above {SAME_STORY} (exact): {len(over)}"
          + (f", {max(value for _, _, value in over):.3f} at most" if over else "")
          + f"; of their later articles, {len(later & grouped)} of {len(later)} grouped")


def exact(one: np.ndarray, two: np.ndarray) -> float:
    common = len(np.intersect1d(one, two, assume_unique=True))
    return common / (len(one) + len(two) - common) if len(one) + len(two) else 0.0


def similar_pairs(sets: list[np.ndarray], threshold: float) -> list[tuple[int, int, float]]:
    """Every pair (i < j) of ``sets`` (sorted, distinct values) whose Jaccard similarity reaches
    ``threshold``, exactly. Prefix filtering: with each set's values ordered rarest first, two
    sets that similar share one of the first |set| - ceil(threshold |set|) + 1 values of each,
    so only sets sharing such a value are compared (a value shared by most of the corpus,
    the templates' words, is in few prefixes)."""
    values, counts = np.unique(np.concatenate(sets), return_counts=True)
    holders: dict[int, list[int]] = {}  # value -> the earlier sets with it in their prefix
    pairs = []
    for number, found in enumerate(sets):
        rarity = counts[np.searchsorted(values, found)]
        prefix = found[np.lexsort((found, rarity))][: len(found) - int(np.ceil(threshold * len(found))) + 1]
        earlier = {other for value in prefix.tolist() for other in holders.get(value, ())}
        pairs += [(other, number, value) for other in sorted(earlier)
                  if (value := exact(sets[other], found)) >= threshold]
        for value in prefix.tolist():
            holders.setdefault(value, []).append(number)
    return pairs


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", nargs="?", type=int, default=2000)
    parser.add_argument("--generated", type=int, default=10_000)
    args = parser.parse_args()
    costs(args.count)
    pairs()
    unrelated()
    if args.generated:
        generated_copies(args.generated)


if __name__ == "__main__":
    main()
