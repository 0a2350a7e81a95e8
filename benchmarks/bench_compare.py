"""Benchmark: first loads of one generated corpus by several installs of sco-etl, alternately.

    python benchmarks/bench_compare.py before=/path/to/venv-a/bin/python after=/path/to/venv-b/bin/python
        [--count 10000] [--rounds 3] [--keep DIR]

Each LABEL=PYTHON is an interpreter with sco-etl installed (a venv of another checkout: an
older commit, a branch). Every round loads the same N generated articles into a fresh SQLite
file once per install, in turn, the order reversed every other round: this machine's speed
drifts within minutes, and code compared at different moments measures the moment. Prints
each load's wall time, CPU time (the load's processes), database size and the articles
grouped as copies of an earlier one; then, per install, the minimum and the median.
Figures go into docs/benchmarks.md; no unit test times anything.
"""
from __future__ import annotations

import argparse
import os
import resource
import sqlite3
import statistics
import subprocess
import tempfile
import time
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

from generate_corpus import generate


class Load(NamedTuple):
    seconds: float
    cpu: float
    megabytes: float
    grouped: int | None  # None: an install without story groups


def first_load(python: str, articles: Path, database: Path) -> Load:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{database}{suffix}").unlink(missing_ok=True)
    children = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run([python, "-m", "sco_etl.cli", "load", str(articles), "--db", f"sqlite:///{database}", "-q"],
                   check=True)
    seconds = time.perf_counter() - started
    used = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = used.ru_utime + used.ru_stime - children.ru_utime - children.ru_stime
    return Load(seconds, cpu, database.stat().st_size / 1e6, grouped(database))


def grouped(database: Path) -> int | None:
    with sqlite3.connect(database) as connection:
        columns = {row[1] for row in connection.execute("PRAGMA table_info(articles)")}
        if "story_id" not in columns:
            return None
        return connection.execute("SELECT count(*) FROM articles WHERE story_id <> id").fetchone()[0]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("installs", nargs="+", metavar="LABEL=PYTHON")
    parser.add_argument("--count", type=int, default=10_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--keep", type=Path, default=None, help="keep the corpus and databases in this folder")
    args = parser.parse_args()
    installs = [install.split("=", 1) for install in args.installs]
    with ExitStack() as stack:
        root = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        root.mkdir(parents=True, exist_ok=True)
        generate(root / "corpus", args.count)
        loads: dict[str, list[Load]] = {label: [] for label, _ in installs}
        print(f"machine: {os.cpu_count()} cores; {args.count:,} generated articles, {args.rounds} rounds")
        for number in range(args.rounds):
            for label, python in installs if number % 2 == 0 else installs[::-1]:
                load = first_load(python, root / "corpus" / "articles", root / f"{label}.db")
                loads[label].append(load)
                print(f"round {number + 1}  {label:12} {load.seconds:6.1f} s  CPU {load.cpu:6.1f} s  "
                      f"database {load.megabytes:5.1f} MB  grouped {load.grouped}  "
                      f"(load average {os.getloadavg()[0]:.1f})", flush=True)
        print()
        for label, runs in loads.items():
            seconds, cpu = [run.seconds for run in runs], [run.cpu for run in runs]
            print(f"{label:12} first load min {min(seconds):5.1f} s, median {statistics.median(seconds):5.1f} s "
                  f"({args.count / min(seconds):,.0f} and {args.count / statistics.median(seconds):,.0f} articles/s); "
                  f"CPU min {min(cpu):5.1f} s, median {statistics.median(cpu):5.1f} s; {len(runs)} runs")


if __name__ == "__main__":
    main()
