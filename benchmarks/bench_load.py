"""Benchmark: load N synthetic articles into a fresh SQLite file; print speed and memory.

    python benchmarks/bench_load.py [N]      (default 2000)

Articles are built from the sample corpus with varied names and dates, so each
is distinct content. Figures go into the README; no unit test times anything.
"""
from __future__ import annotations

import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sco_etl import db
from sco_etl.load import Loader

SAMPLES = Path(__file__).resolve().parents[1] / "samples" / "articles"


def make_corpus(folder: Path, count: int) -> int:
    templates = [path.read_text("utf-8", errors="replace") for path in sorted(SAMPLES.glob("*.txt"))]
    rng = random.Random(7)
    total = 0
    for index in range(count):
        text = rng.choice(templates).replace("2024", str(2000 + index % 25))
        text += f"\n\nThe meeting number {index} ended with a joint statement on cooperation in region {rng.randint(1, 10**6)}.\n"
        path = folder / f"{index // 1000:03}" / f"article_{index:06}.txt"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        total += len(text.encode("utf-8"))
    return total


def main() -> None:
    count = int(sys.argv[1]) if len(sys.argv) > 1 else 2000
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        size = make_corpus(folder, count)
        engine = db.create_db_engine(f"sqlite:///{tmp}/bench.db")
        started = time.perf_counter()
        summary = Loader(engine).run([str(folder)])
        first = time.perf_counter() - started
        started = time.perf_counter()
        again = Loader(engine).run([str(folder)])
        second = time.perf_counter() - started
        engine.dispose()
        db_size = (Path(tmp) / "bench.db").stat().st_size
    peak_mib = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles:            {count} ({size / 2**20:.1f} MiB of text)")
    print(f"first load:          {first:.1f} s, {count / first:.0f} articles/s "
          f"({summary.count('loaded')} loaded, {summary.count('failed')} failed)")
    print(f"reload (unchanged):  {second:.1f} s, {count / second:.0f} articles/s "
          f"({again.count('unchanged')} unchanged)")
    print(f"database size:       {db_size / 2**20:.1f} MiB")
    print(f"peak memory (RSS):   {peak_mib:.0f} MiB")


if __name__ == "__main__":
    main()
