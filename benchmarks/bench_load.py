"""Benchmark: load generated corpora into fresh SQLite files; print speed, memory and ratios.

    python benchmarks/bench_load.py [N ...] [--workers W] [--keep DIR]   (default N: 10000 100000)
    python benchmarks/bench_load.py 10000 --postgres postgresql+psycopg://user:pw@host/db
    python benchmarks/bench_load.py [N ...] --sizes   (default N: 2000)

For each N: generate N articles (generate_corpus.py), then time, side by side:
  - the floor: reading and hashing the raw corpus, and a bare bulk insert of as
    many rows as the load writes, in one transaction;
  - `sco-etl load` end to end (a child process, as a user runs it): articles/s,
    MB/s, peak memory of the whole process tree (the writer and its workers), as
    summed PSS (physical memory) and summed RSS (shared pages counted per process);
    its CPU time per article, and the share of the cores' time that the load, other
    processes and the hypervisor (steal) had while it ran, from /proc/stat: the same
    code runs slower when the machine is busy elsewhere, and this says when it was;
  - the reload of the unchanged corpus, then a load of the corpus grown by ten new
    files, which come last in the walk (the reload check meets them at its end);
  - every built-in report on the loaded database (query and rendering, in process).
With --postgres, each N loads into a fresh schema of that database (dropped after)
instead of an SQLite file; the SQLite floors are not repeated.
With --sizes, first loads only, of articles of three sizes: N generated ones (0.8 KB), N
seed-size ones (5.5 KB) and one of a megabyte, each with its CPU time per article and per KB
beside articles/s: the cost per KB says whether the work grows faster than the text.
Figures go into the README; no unit test times anything.
"""
from __future__ import annotations

import argparse
import hashlib
import os
import resource
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
from contextlib import ExitStack
from pathlib import Path
from typing import NamedTuple

from generate_corpus import generate, megabyte, seed_sized
from sco_etl import db
from sco_etl.reports.engine import Catalogue, run_report

SCO_ETL = [sys.executable, "-m", "sco_etl.cli"]
GROWTH = 10  # new files in the load after the reload: a folder that grew


class TreeMemory:
    """Peak memory of a process and its descendants, sampled from /proc.

    Two sums: RSS counts pages that forked workers share with the writer once in each
    process; PSS divides each shared page among its sharers, so its sum is the
    physical memory the load really holds. RSS is read every 100 ms; PSS once a second,
    and whenever RSS has grown by 4 MiB since PSS was last read, because reading
    ``smaps_rollup`` walks each process's page tables (3 ms of CPU for the three
    processes of a load, which wait on it): read every 100 ms, it made the measured load
    of 10,000 articles 12% slower than the same command run alone.
    """

    RSS_EVERY = 0.1  # seconds
    PSS_EVERY = 10  # RSS samples
    PSS_AFTER_GROWTH = 4 * 2**20  # bytes of RSS

    def __init__(self, pid: int) -> None:
        self.pid, self.peak_rss, self.peak_pss, self._stop = pid, 0, 0, threading.Event()
        self._thread = threading.Thread(target=self._sample, daemon=True)
        self._thread.start()

    def _sample(self) -> None:
        samples, rss_at_pss = 0, 0
        while not self._stop.is_set():
            pids = _tree(self.pid)
            rss = sum(_memory(pid, "/status", "VmRSS:") for pid in pids)
            self.peak_rss = max(self.peak_rss, rss)
            if samples % self.PSS_EVERY == 0 or rss > rss_at_pss + self.PSS_AFTER_GROWTH:
                self.peak_pss = max(self.peak_pss, sum(_memory(pid, "/smaps_rollup", "Pss:") for pid in pids))
                rss_at_pss = rss
            samples += 1
            time.sleep(self.RSS_EVERY)

    def stop(self) -> tuple[int, int]:
        self._stop.set()
        self._thread.join()
        return self.peak_rss, self.peak_pss


def _tree(pid: int) -> list[int]:
    pids, queue = [], [pid]
    while queue:
        current = queue.pop()
        pids.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                queue += [int(child) for child in Path(f"/proc/{current}/task/{task}/children").read_text().split()]
        except OSError:
            pass
    return pids


def _memory(pid: int, file: str, field: str) -> int:
    try:
        for line in Path(f"/proc/{pid}{file}").read_text().splitlines():
            if line.startswith(field):
                return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


class MachineTime(NamedTuple):
    """Seconds of CPU time over all cores, from /proc/stat: what the machine gave everyone."""

    busy: float  # user, nice, system, irq and softirq time of every process
    steal: float  # time the hypervisor ran another guest while this one wanted a core

    @classmethod
    def now(cls) -> MachineTime:
        fields = [int(value) for value in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
        user, nice, system, _idle, _iowait, irq, softirq, steal = fields[:8]
        tick = os.sysconf("SC_CLK_TCK")
        return cls((user + nice + system + irq + softirq) / tick, steal / tick)

    def __sub__(self, earlier: MachineTime) -> MachineTime:  # type: ignore[override]
        return MachineTime(self.busy - earlier.busy, self.steal - earlier.steal)


class Load(NamedTuple):
    seconds: float
    peak: tuple[int, int]  # summed RSS, summed PSS
    cpu: float  # seconds of CPU used by the load's processes (the writer and its workers)
    machine: MachineTime  # the whole machine's, over the same time


def timed_load(folders: list[Path], url: str, workers: int | None) -> Load:
    command = [*SCO_ETL, "load", *map(str, folders), "--db", url, "-q"] + (["--workers", str(workers)] if workers else [])
    machine, children = MachineTime.now(), resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    process = subprocess.Popen(command)
    memory = TreeMemory(process.pid)
    process.wait()
    seconds = time.perf_counter() - started
    machine, used = MachineTime.now() - machine, resource.getrusage(resource.RUSAGE_CHILDREN)
    peak = memory.stop()
    if process.returncode:
        raise SystemExit(f"load failed with exit status {process.returncode}")
    # the load reaps its workers, so their time is in its own, which is in our children's
    cpu = used.ru_utime + used.ru_stime - children.ru_utime - children.ru_stime
    return Load(seconds, peak, cpu, machine)


def _cpu_use(load: Load, count: int) -> str:
    """Where the cores' time went during a load: why the same code is slower in some runs."""
    cores = os.cpu_count() or 1
    others = max(0.0, load.machine.busy - load.cpu)
    return (f"CPU: {load.cpu / count * 1e3:.2f} ms per article; of {cores} cores' time, the load used "
            f"{load.cpu / (cores * load.seconds):.0%}, other processes {others / (cores * load.seconds):.0%}, "
            f"the hypervisor took {load.machine.steal / (cores * load.seconds):.0%} (steal)")


def _peaks(peak: tuple[int, int]) -> str:
    rss, pss = peak
    return f"peak PSS {pss / 2**20:.0f} MiB (RSS summed {rss / 2**20:.0f} MiB), all processes"


def read_and_hash(folder: Path) -> float:
    started = time.perf_counter()
    for path in sorted(folder.rglob("*.txt")):
        hashlib.sha256(path.read_bytes()).hexdigest()
    return time.perf_counter() - started


def remove_database(path: Path) -> None:
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def bare_insert(folder: Path, rows: int, database: Path) -> float:
    """As many rows as the load wrote, into one plain table, one transaction: SQLite's floor."""
    texts = [path.read_text("utf-8") for path in sorted(folder.rglob("*.txt"))]
    started = time.perf_counter()
    connection = sqlite3.connect(database)
    connection.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, n INTEGER, payload TEXT)")
    with connection:
        connection.executemany("INSERT INTO t (n, payload) VALUES (?, ?)",
                               ((i, texts[i] if i < len(texts) else "x" * 40) for i in range(rows)))
    connection.close()
    return time.perf_counter() - started


def written_rows(url: str) -> int:
    engine = db.create_db_engine(url)
    with engine.connect() as connection:
        tables = ("articles", "source_files", "article_parts", "article_authors", "article_states",
                  "article_organisations", "quotes", "membership_events", "people")
        total = sum(connection.exec_driver_sql(f"SELECT count(*) FROM {table}").scalar_one() for table in tables)
    engine.dispose()
    return total


def last_run(url: str) -> tuple[int, int]:
    """Files loaded and files unchanged by the database's last load."""
    from sco_etl.schema.tables import load_runs
    from sqlalchemy import select

    engine = db.create_db_engine(url)
    with engine.connect() as connection:
        loaded, unchanged = connection.execute(select(load_runs.c.files_loaded, load_runs.c.files_unchanged)
                                               .order_by(load_runs.c.id.desc()).limit(1)).one()
    engine.dispose()
    return loaded, unchanged


def report_times(url: str) -> list[tuple[str, float]]:
    engine = db.create_db_engine(url)
    catalogue = Catalogue()
    times = []
    with engine.connect() as connection:
        for report in catalogue.reports().values():
            started = time.perf_counter()
            run_report(connection, catalogue, report, report.values({}))
            times.append((report.name, time.perf_counter() - started))
    engine.dispose()
    return times


def bench(count: int, workers: int | None, root: Path, postgres: str | None = None) -> None:
    folder = root / f"corpus_{count}"
    started = time.perf_counter()
    size = generate(folder, count)
    print(f"\n== {count:,} articles ({size / 2**20:.1f} MiB of text; generated in "
          f"{time.perf_counter() - started:.0f} s) into {'PostgreSQL' if postgres else 'SQLite'}")
    articles = folder / "articles"
    database = root / f"bench_{count}.db"
    for old in (database, root / f"floor_{count}.db"):  # a kept folder's last run: the loads must start fresh
        remove_database(old)
    with ExitStack() as stack:
        url = stack.enter_context(db.scratch_schema(postgres, "bench")) if postgres else f"sqlite:///{database}"
        hashing = read_and_hash(articles)
        first_load = timed_load([articles], url, workers)
        second_load = timed_load([articles], url, workers)
        generate(root / f"growth_{count}", GROWTH, seed=count)  # other texts than the corpus's
        grown = timed_load([articles, root / f"growth_{count}" / "articles"], url, workers).seconds
        first, second = first_load.seconds, second_load.seconds
        print(f"first load:           {first:7.1f} s  {count / first:7.0f} articles/s  "
              f"{size / 2**20 / first:5.2f} MB/s  {_peaks(first_load.peak)}")
        print(f"                      {_cpu_use(first_load, count)}")
        print(f"reload (unchanged):   {second:7.2f} s  {count / second:7.0f} articles/s  "
              f"{first / second:5.1f}x faster than the first load  {_peaks(second_load.peak)}")
        loaded, unchanged = last_run(url)
        print(f"grown by {GROWTH} files:    {grown:7.2f} s  ({loaded} loaded, {unchanged:,} unchanged; "
              f"{first / grown:.1f}x faster than the first load)")
        print(f"floor, read+hash:     {hashing:7.1f} s  (first load is {first / hashing:.0f}x this)")
        if not postgres:
            rows = written_rows(url)
            floor_insert = bare_insert(articles, rows, root / f"floor_{count}.db")
            print(f"floor, bare insert:   {floor_insert:7.1f} s  of {rows:,} rows "
                  f"(first load is {first / floor_insert:.0f}x this)")
            print(f"database:             {database.stat().st_size / 2**20:.0f} MiB")
        for name, seconds in report_times(url):
            print(f"report {name:24} {seconds * 1000:7.0f} ms")


def bench_sizes(count: int, workers: int | None, root: Path) -> None:
    """First loads of short, seed-size and megabyte articles: CPU per article and per KB."""
    # the CPU of a load of one short article: the command's start-up, which the megabyte's
    # single article would otherwise count as work on its text
    generate(root / "sizes_startup", 1)
    startup = timed_load([root / "sizes_startup" / "articles"], f"sqlite:///{root / 'sizes_startup.db'}", workers).cpu
    print(f"\n== first loads by article size (CPU of the start-up, a one-article load: {startup:.2f} s)")
    for name, build, articles in (("generated, 0.8 KB", generate, count), ("seed-size, 5.5 KB", seed_sized, count),
                                  ("one of a megabyte", megabyte, 1)):
        folder, database = root / f"sizes_{name.split(',')[0]}", root / f"sizes_{name.split(',')[0]}.db"
        remove_database(database)
        size = build(folder, articles)
        load = timed_load([folder / "articles"], f"sqlite:///{database}", workers)
        kilobytes = size / 1024
        print(f"{name:18} {articles:7,} articles {size / 2**20:6.1f} MiB  {load.seconds:6.1f} s  "
              f"{articles / load.seconds:7.1f} articles/s  CPU: {load.cpu / articles * 1e3:8.2f} ms per article, "
              f"{load.cpu / kilobytes * 1e3:.3f} ms per KB ({(load.cpu - startup) / kilobytes * 1e3:.3f} "
              f"less the start-up)")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("counts", nargs="*", type=int, default=None)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--keep", type=Path, default=None, help="keep corpora and databases in this folder")
    parser.add_argument("--postgres", metavar="URL", default=None,
                        help="load into a fresh schema of this PostgreSQL database instead of SQLite")
    parser.add_argument("--sizes", action="store_true",
                        help="first loads of 0.8 KB, 5.5 KB and 1 MB articles: CPU per article and per KB")
    args = parser.parse_args()
    if args.sizes and args.postgres:
        parser.error("--sizes loads into SQLite only")
    counts = args.counts or ([2_000] if args.sizes else [10_000, 100_000])
    print(f"machine: {os.cpu_count()} cores; workers: {args.workers or 'one per core'}")
    with ExitStack() as stack:
        root = args.keep or Path(stack.enter_context(tempfile.TemporaryDirectory()))
        root.mkdir(parents=True, exist_ok=True)
        for count in counts:
            if args.sizes:
                bench_sizes(count, args.workers, root)
            else:
                bench(count, args.workers, root, args.postgres)


if __name__ == "__main__":
    main()
