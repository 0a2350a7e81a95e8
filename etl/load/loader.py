"""Load articles into the database: find inputs, process them in workers, write in batches.

Reading, parsing and extraction are pure and run in worker processes (one per
core); this process only plans the work and writes. Documents are written in
batches, one transaction each (see ``write``): a file that fails is reported
with its reason and recorded in the load log (``load_failures``), and every
other file loads. An unchanged input is skipped by the hash of its bytes; a
changed one replaces its article and every row derived from it.
"""
from __future__ import annotations

import gc
import multiprocessing
import os
import random
import signal
import socket
import threading
import time
from collections import defaultdict, deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import Executor, Future, ProcessPoolExecutor
from contextlib import ExitStack, contextmanager
from datetime import UTC, datetime
from itertools import chain, islice
from typing import TypeVar

from sco_etl import __version__, db
from sco_etl.ingest.discover import STDIN, Problem, Walk, count_files, discover
from sco_etl.ingest.readers import (
    Input,
    file_input,
    has_suffix,
    import_readers,
    reader_named,
    sha256,
    shown,
)
from sco_etl.load.reference import sync_reference_data
from sco_etl.load.rows import DocumentRows
from sco_etl.load.summary import FileResult, LoadSummary
from sco_etl.load.work import (
    Failed,
    Stored,
    Task,
    TaskResult,
    Unchanged,
    UnchangedFiles,
    Warned,
    run_tasks,
    unchanged_files,
)
from sco_etl.load.write import BatchWriter, Pending
from sco_etl.migrations import SCHEMA_REVISION
from sco_etl.pipeline import PIPELINE_VERSION, warm_up
from sco_etl.rules import reference_fingerprint
from sco_etl.schema import tables
from sco_etl.sql import statement
from sqlalchemy import (
    Connection,
    Engine,
    and_,
    bindparam,
    insert,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError, OperationalError, SQLAlchemyError

LOAD_RUNS, LOAD_FAILURES, SOURCES, ARTICLES = (tables.load_runs, tables.load_failures, tables.source_files,
                                              tables.articles)
# Documents per transaction: large enough that commits and bulk inserts are cheap,
# small enough that a killed load loses seconds of work, not minutes.
BATCH_DOCUMENTS = 500
# Once every input has gone to the workers, batches are smaller: the last batch is written
# while no worker has anything left to do, and 500 documents took a fifth of a second of that.
LAST_BATCH_DOCUMENTS = 100
# Inputs per message to a worker (32: fewer messages and futures for the writer's process
# to handle than 8, about 3% less CPU there). Messages in flight (which bounds memory) cover
# more than a batch: while the writer writes one, the workers go on with the next instead of
# waiting (with 64 inputs in flight they stood idle for most of each write: 545 articles/s, not 750+).
TASKS_PER_CHUNK = 32
CHUNKS_IN_FLIGHT = BATCH_DOCUMENTS // TASKS_PER_CHUNK + 1
# Inputs whose stored state one query looks up (a reload's cost is mostly these queries).
INPUTS_PER_LOOKUP = 1000
# Record files (JSON Lines, JSON, feeds) hold documents named ``path#N``; their stored hashes are looked up by prefix.
RECORD_FORMATS = ("jsonl", "json", "feed", "csv")
RECORD_SUFFIXES = tuple(suffix for name in RECORD_FORMATS for suffix in reader_named(name).suffixes)


# --- concurrent loads ------------------------------------------------------------

RACE_SIGNS = ("unique constraint", "duplicate key", "database is locked", "deadlock detected",
              "could not serialize")
T = TypeVar("T")


def is_race(error: Exception) -> bool:
    """Did this fail only because another process wrote the same rows at the same time?"""
    return isinstance(error, (IntegrityError, OperationalError)) and any(
        sign in reason(error).lower() for sign in RACE_SIGNS)


def reason(error: Exception) -> str:
    return str(getattr(error, "orig", None) or error).splitlines()[0]


def retrying(action: Callable[[], T], attempts: int = 8,
             on_race: Callable[[], None] | None = None) -> T:
    """Run ``action``, again after a short random pause when it lost a race to another load."""
    for attempt in range(attempts):
        try:
            return action()
        except SQLAlchemyError as error:
            if not is_race(error) or attempt == attempts - 1:
                raise
            if on_race:
                on_race()
            time.sleep(random.uniform(0.02, 0.1) * (attempt + 1))
    raise AssertionError("unreachable")


# What is stored of an input, by this pipeline. Built once: a reload looks up 1,000 paths a
# query, and building the statement with its list of values each time took longer than SQLite.
STORED_STATE = (select(SOURCES.c.path, SOURCES.c.raw_sha256, SOURCES.c.size_bytes, SOURCES.c.modified_ns)
                .join(ARTICLES, ARTICLES.c.id == SOURCES.c.article_id)
                .where(ARTICLES.c.pipeline_version == bindparam("pipeline_version")))
PATH_IN_CHUNK = SOURCES.c.path.in_(bindparam("paths", expanding=True))
STORED_BY_PATH = STORED_STATE.where(PATH_IN_CHUNK)


# --- the load --------------------------------------------------------------------

class Loader:
    def __init__(self, engine: Engine, force: bool = False, workers: int | None = None,
                 format: str | None = None) -> None:
        self.engine = engine
        self.force = force
        self.workers = workers if workers is not None else (os.cpu_count() or 1)
        self.format = format

    def run(self, inputs: list[str], progress: Callable[[int], None] | None = None,
            on_discovered: Callable[[int], None] | None = None, stdin: bytes | None = None,
            on_result: Callable[[FileResult], None] | None = None,
            walk: Iterable[str | Problem] | None = None, unchanged: int = 0) -> LoadSummary:
        """Load every input; ``-`` in ``inputs`` reads ``stdin``. ``on_discovered(n)`` is told how
        many inputs there are before the work starts, ``progress(k)`` as each k more are done,
        ``on_result`` the outcome of each file (or record) as it is known. ``walk`` goes on with a
        walk of the inputs' files already begun (``unchanged.check_reload``), which found the
        ``unchanged`` files before it unchanged: they are counted, not heard of one by one."""
        started = time.perf_counter()
        # A new database holds nothing, so nothing is looked up before the work starts: its schema
        # and reference data are made while the workers process the first inputs (that took half
        # a second of one core, the other idle, at the start of every first load).
        revision = db.current_revision(self.engine)
        new_database = revision is None
        if not new_database and revision != SCHEMA_REVISION:
            db.upgrade(self.engine)
        if on_discovered:  # a walk that only counts, for a progress bar's total
            on_discovered(count_files(inputs) + (STDIN in inputs))
        summary: LoadSummary | None = None
        writer: BatchWriter | None = None
        submitted_all = False

        def open_run() -> None:
            nonlocal summary, writer
            if summary is None:
                if new_database:
                    db.upgrade(self.engine)
                summary = retrying(lambda: self._start_run(inputs))
                summary.on_result = on_result
                writer = BatchWriter(summary.run_id, force=self.force)

        def all_submitted() -> None:
            nonlocal submitted_all
            submitted_all = True

        if not new_database or unchanged:
            open_run()
        if unchanged:
            summary.add("unchanged", unchanged)
            if progress:
                progress(unchanged)
        stop_requested, restore_signal = _stop_between_results()
        problems: list[Failed] = []  # met by the walk as it goes, logged as the results come
        found = Walk(inputs) if walk is None else walk
        tasks = self._tasks(_sources(found, stdin, problems, STDIN in inputs), stdin, look_up=not new_database)

        try:
            batch: list[Pending] = []
            for result in self._results(tasks, before_waiting=open_run, after_last=all_submitted):
                if stop_requested:
                    raise KeyboardInterrupt
                if problems:
                    self._fail(summary, problems)
                    problems.clear()
                if isinstance(result, UnchangedFiles):
                    summary.record_all(result.paths, "unchanged")
                    if progress:
                        progress(len(result.paths))
                    continue
                failed = []
                for item in result.items:
                    if isinstance(item, Unchanged):
                        summary.record(item.source_path, "unchanged")
                    elif isinstance(item, DocumentRows):
                        one_document = item.source_path == result.source.path
                        batch.append(Pending(item, result.size, result.modified_ns if one_document else None))
                    elif isinstance(item, Warned):
                        summary.warn(item.source_path, item.reason)
                    else:
                        failed.append(item)
                self._fail(summary, failed)
                if len(batch) >= (LAST_BATCH_DOCUMENTS if submitted_all else BATCH_DOCUMENTS):
                    self._write(writer, batch, summary)
                    batch = []
                if progress:
                    progress(1)
            open_run()  # (no input at all)
            self._write(writer, batch, summary)
            self._fail(summary, problems)
        except KeyboardInterrupt:  # Ctrl-C: what is committed stays, and the run says it was stopped
            if summary is not None:
                self._finish(summary, "interrupted")
            raise
        finally:
            restore_signal()
        self._finish(summary)
        summary.seconds = time.perf_counter() - started
        return summary

    # -- planning: which inputs, and what is already stored of them

    def _tasks(self, sources: Iterable[Input], stdin: bytes | None, look_up: bool = True) -> Iterator[Task]:
        """Tasks in input order; stored hashes are looked up a chunk of inputs at a time
        (unless ``look_up`` is false: a new database, which stores none)."""
        iterator = iter(sources)
        while chunk := list(islice(iterator, INPUTS_PER_LOOKUP)):
            known = self._known(chunk) if look_up and not self.force else {}
            records: dict[str, dict[str, Stored]] = defaultdict(dict)
            for path in known.keys() - {source.path for source in chunk}:  # "a.jsonl#3" is of "a.jsonl"
                records[path.rpartition("#")[0]][path] = known[path]
            for source in chunk:
                own = records.pop(source.path, {})
                if (stored := known.get(source.path)) is not None:
                    own[source.path] = stored
                data = stdin if source.path.startswith("stdin:") else None
                yield Task(source, own, self.format, data)

    def _known(self, chunk: list[Input]) -> dict[str, Stored]:
        """What is stored of the chunk's documents that the current pipeline produced."""
        records = [and_(SOURCES.c.path > source.path + "#", SOURCES.c.path < source.path + "$")
                   for source in chunk if self._is_record_file(source)]  # documents "path#1", "path#2", ...
        statement = STORED_BY_PATH if not records else STORED_STATE.where(or_(PATH_IN_CHUNK, *records))
        with self.engine.connect() as connection:
            rows = connection.execute(statement, {"pipeline_version": PIPELINE_VERSION,
                                                  "paths": [source.path for source in chunk]}).all()
            return {path: Stored(raw_sha256, size, modified_ns) for path, raw_sha256, size, modified_ns in rows}

    def _is_record_file(self, source: Input) -> bool:
        if source.path.startswith("stdin:"):
            return True
        if self.format:
            return self.format in RECORD_FORMATS
        return has_suffix(source.path, RECORD_SUFFIXES)  # as reader_for decides

    # -- processing: in worker processes when there is enough work to share

    def _results(self, tasks: Iterator[Task], before_waiting: Callable[[], None],
                 after_last: Callable[[], None] = lambda: None) -> Iterator[TaskResult | UnchangedFiles]:
        """The tasks' results in order; ``before_waiting`` is called once, after the first
        inputs have gone to the workers and before their results are awaited, ``after_last``
        once the last input has gone to them."""
        chunks = _chunked(tasks, TASKS_PER_CHUNK)
        opening = list(islice(chunks, 2))
        if self.workers <= 1 or len(opening) < 2:  # a chunk or two: not worth starting processes
            before_waiting()
            for chunk in chain(opening, chunks):
                yield from run_tasks(chunk)
            return
        with ExitStack() as stack:
            pool: list[Executor] = []

            def submit(chunk: list[Task]) -> Future[list[TaskResult | UnchangedFiles]]:
                unchanged = unchanged_files(chunk)
                if unchanged is not None:  # a reload: nothing to parse
                    done: Future[list[TaskResult | UnchangedFiles]] = Future()
                    done.set_result([unchanged])
                    return done
                if not pool:  # started at the first chunk with work, so a reload starts none
                    pool.append(stack.enter_context(_executor(self.workers)))
                return pool[0].submit(run_tasks, chunk)

            yield from _in_order(submit, chain(opening, chunks), CHUNKS_IN_FLIGHT, before_waiting, after_last)

    # -- writing

    def _write(self, writer: BatchWriter, batch: list[Pending], summary: LoadSummary) -> None:
        if not batch:
            return
        try:
            outcomes = retrying(lambda: self._write_batch(writer, batch), on_race=writer.forget)
        except SQLAlchemyError:
            writer.forget()
            outcomes = [self._write_alone(writer, pending) for pending in batch]
        refused = []
        for pending, (outcome, why) in zip(batch, outcomes):
            path = pending.rows.source_path
            if outcome == "failed":
                refused.append(Failed(path, why or ""))
            else:
                summary.record(path, outcome)
        self._fail(summary, refused)

    def _write_batch(self, writer: BatchWriter, batch: list[Pending]) -> list[tuple[str, str | None]]:
        with self.engine.begin() as connection:
            return [(outcome, None) for outcome in writer.write(connection, batch)]

    def _write_alone(self, writer: BatchWriter, pending: Pending) -> tuple[str, str | None]:
        """One document in its own transaction, so a bad one fails alone."""
        try:
            return retrying(lambda: self._write_batch(writer, [pending]), on_race=writer.forget)[0]
        except SQLAlchemyError as error:
            writer.forget()
            return "failed", f"database refused the article: {reason(error)}"

    def _fail(self, summary: LoadSummary, failures: list[Failed]) -> None:
        """Failures join the summary and the database's load log at once, not at the end of the run."""
        if not failures:
            return
        for failure in failures:
            summary.record(failure.source_path, "failed", failure.reason)

        def log() -> None:
            with self.engine.begin() as connection:
                connection.execute(insert(LOAD_FAILURES), [
                    {"run_id": summary.run_id, "path": failure.source_path, "reason": failure.reason}
                    for failure in failures])
        retrying(log)

    # -- the run's own row

    def _start_run(self, inputs: list[str]) -> LoadSummary:
        with self.engine.begin() as connection:
            mark_dead_runs(connection)
            fingerprint = reference_fingerprint()
            already = connection.scalar(select(LOAD_RUNS.c.id)
                                        .where(LOAD_RUNS.c.reference_fingerprint == fingerprint).limit(1))
            if already is None:
                sync_reference_data(connection)
            run_id = connection.execute(insert(LOAD_RUNS).values(
                started_at=datetime.now(UTC), tool_version=__version__, inputs=[shown(item) for item in inputs],
                status="running", reference_fingerprint=fingerprint, host=HOST,
                pid=os.getpid())).inserted_primary_key[0]
            return LoadSummary(run_id=run_id)

    def _finish(self, summary: LoadSummary, status: str | None = None) -> None:
        failed, seen = summary.count("failed"), summary.seen
        status = status or ("succeeded" if not failed else ("partial" if failed < seen else "failed"))

        def finish() -> None:
            with self.engine.begin() as connection:
                connection.execute(update(LOAD_RUNS).where(LOAD_RUNS.c.id == summary.run_id).values(
                    finished_at=datetime.now(UTC), files_seen=seen,
                    files_loaded=summary.count("loaded"), files_unchanged=summary.count("unchanged"),
                    files_duplicate=summary.count("duplicate"), files_failed=failed, status=status))
        retrying(finish)
        with self.engine.connect() as connection:
            summary.row_counts = row_counts(connection)


HOST = socket.gethostname()


def mark_dead_runs(connection: Connection) -> None:
    """Mark "interrupted" the runs of this host still "running" whose process is gone (killed).
    A run of another host, or of a live process (a load running beside this one), is left."""
    running = connection.execute(select(LOAD_RUNS.c.id, LOAD_RUNS.c.pid).where(
        LOAD_RUNS.c.status == "running", LOAD_RUNS.c.host == HOST, LOAD_RUNS.c.pid.is_not(None))).all()
    dead = [run_id for run_id, pid in running if not _is_alive(pid)]
    if dead:
        connection.execute(update(LOAD_RUNS).where(LOAD_RUNS.c.id.in_(dead)).values(status="interrupted"))


def _is_alive(pid: int) -> bool:
    if pid == os.getpid():  # this load has no row yet: the pid was a dead load's, now reused
        return False
    try:
        os.kill(pid, 0)  # no signal sent: only asks whether the process exists
    except ProcessLookupError:
        return False
    except PermissionError:  # another user's process
        return True
    return True


def _sources(walk: Iterable[str | Problem], stdin: bytes | None, problems: list[Failed],
             reads_stdin: bool) -> Iterator[Input]:
    """The inputs to read, found as they are needed; what cannot be read goes to ``problems``."""
    if reads_stdin:
        yield stdin_input(stdin or b"")
    for item in walk:
        if isinstance(item, Problem):
            problems.append(Failed(shown(item.path), item.reason))
        else:
            yield file_input(item)


def stdin_input(data: bytes) -> Input:
    """Standard input is named by its content, so two different pipes are two sources."""
    return Input(f"stdin:{sha256(data)[:16]}", "stdin")


def row_counts(connection: Connection) -> dict[str, int]:
    """Rows per table, in the schema's order (one statement, shared with ``unchanged``)."""
    return {name: count for _, name, count in connection.execute(text(statement("row_counts.sql")))}


# --- worker processes -------------------------------------------------------------------

def _stop_between_results() -> tuple[list[int], Callable[[], None]]:
    """Ctrl-C stops the load before its next result, not in the middle of a write (an interrupted
    write could leave SQLite's lock held, and the run's own row unwritable). A second Ctrl-C
    stops at once. Returns the signals received and the function that restores the handler."""
    received: list[int] = []
    if threading.current_thread() is not threading.main_thread():  # only there can a handler be set
        return received, lambda: None

    def handler(signum, _frame) -> None:
        if received:
            raise KeyboardInterrupt
        received.append(signum)

    previous = signal.signal(signal.SIGINT, handler)
    return received, lambda: signal.signal(signal.SIGINT, previous)


def _ignore_interrupts() -> None:
    """In a worker: Ctrl-C reaches the whole process group, and the loader alone decides what stops."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)


@contextmanager
def _executor(workers: int) -> Iterator[Executor]:
    method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
    if method == "fork":
        # forked workers start with the parent's name lists, automata and patterns, its
        # memory shared until written; the collector must not write to (so copy) all of it
        warm_up()
        import_readers()
        gc.freeze()
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=multiprocessing.get_context(method),
                               initializer=_ignore_interrupts)
    try:
        yield pool
    except BaseException:
        pool.shutdown(cancel_futures=True)  # stopped: the inputs not yet begun are not waited for
        raise
    else:
        pool.shutdown()
    finally:
        gc.unfreeze()


def _in_order(submit: Callable[[list[Task]], Future[list[TaskResult | UnchangedFiles]]], chunks: Iterable[list[Task]],
              window: int, before_waiting: Callable[[], None] = lambda: None,
              after_last: Callable[[], None] = lambda: None) -> Iterator[TaskResult | UnchangedFiles]:
    """Results in input order, with at most ``window`` chunks submitted and not yet consumed;
    ``before_waiting`` runs once, when the first result is about to be awaited, ``after_last``
    when the last chunk has been submitted."""
    pending: deque[Future[list[TaskResult | UnchangedFiles]]] = deque()
    waited = False
    for chunk in chunks:
        pending.append(submit(chunk))
        if len(pending) >= window:
            if not waited:
                before_waiting()
                waited = True
            yield from pending.popleft().result()
    after_last()
    if not waited:
        before_waiting()
    while pending:
        yield from pending.popleft().result()


def _chunked(items: Iterator[T], size: int) -> Iterator[list[T]]:
    while chunk := list(islice(items, size)):
        yield chunk


__all__ = ["STDIN", "FileResult", "LoadSummary", "Loader", "discover", "is_race", "retrying"]
