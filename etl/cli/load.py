"""``sco-etl load``: find the inputs, answer an unchanged reload at once, else load with a progress bar."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from typing import TYPE_CHECKING

import click
from sco_etl import dburl
from sco_etl.cli.options import Output, database_option, output_options
from sco_etl.ingest.discover import STDIN, Problem
from sco_etl.ingest.readers import FORMAT_NAMES, printable
from sco_etl.load.summary import FileResult, LoadSummary
from sco_etl.load.unchanged import ReloadCheck, check_reload

if TYPE_CHECKING:
    from sco_etl.load.loader import Loader
# SQLAlchemy is imported (through ``db`` and the loader) only by a load that writes: a reload of
# unchanged files never needs it.


@click.command()
@click.argument("paths", nargs=-1, required=True)
@database_option
@click.option("--format", "format_name", type=click.Choice(FORMAT_NAMES), metavar="|".join(FORMAT_NAMES),
              help="Read every input as this format, whatever its suffix (default: by suffix; "
                   "standard input by its content).")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes that parse and extract (default: one per core). The database is "
                   "written by this process alone.")
@click.option("--force", is_flag=True, help="Process every input again, even unchanged ones.")
@output_options(("text", "json", "nl"), "text", format_decls=None, output_file=False,
                flag_help={"json": "Print the summary as JSON.",
                           "nl": "Print the summary as JSON on one line (to append to a log of runs)."})
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but failures.")
@click.option("-v", "--verbose", is_flag=True, help="Print one line per article.")
def load(paths: tuple[str, ...], database: str | None, format_name: str | None, workers: int | None,
         force: bool, output: Output, quiet: bool, verbose: bool) -> None:
    """Parse articles and load them into the database.

    PATHS are files, folders (searched recursively for .txt, .md, .html,
    .jsonl, .json, .rss, .atom, .xml, .csv and .tsv files), glob patterns, or
    - for standard input.
    A JSON Lines or JSON file holds one article per record ({"url", "title",
    "published", "author", "source", "text"} and common variants), a CSV or
    TSV export one per row (the same names in its header row), a news feed
    (RSS or Atom) one per entry, a news database's text export one per document
    ("End of Document"); their articles are named file.jsonl#N. Saved web pages
    (and pages saved as Markdown) lose their navigation, banners and related
    links.

    Size limits: a text, HTML or Markdown file is refused over 10 MiB (no
    article is that long); a JSON, CSV, TSV or feed file, parsed whole, over
    256 MiB (JSON Lines, read record by record, and text exports have none).

    The database is created or migrated first. Unchanged inputs (the same size
    and modification time, else the same bytes) are skipped; a changed one
    replaces its article. An input that cannot be read is reported with its
    reason (and kept in the load_failures table) and the rest still load; the
    exit status is 1 when any failed.

    \b
    Examples:
      sco-etl load samples/main/articles
      sco-etl load --db news.db 'downloads/**/*.html' scraped.jsonl
      curl -s https://example.org/feed/ | sco-etl load -
      scraper --today | sco-etl load - --format jsonl
      sco-etl load --verbose one.txt two.txt
      sco-etl load --nl articles/ >> loads.jsonl   # the summary as one JSON line
    """
    url = dburl.resolve_url(database)
    text = output.format == "text"  # JSON on standard output leaves no room for other lines
    on_result = _echo_result if verbose and not quiet and text else None
    # a reload of unchanged files ends here; else the full load goes on from where the check stopped
    check = None if force or format_name or on_result else check_reload(url, list(paths))
    summary = check.summary if check else None
    if summary is None:
        # one line per article as it is written (verbose) replaces the bar
        show_bar = not quiet and text and not verbose and sys.stderr.isatty()
        try:
            summary = _full_load(url, list(paths), format_name, workers, force, show_bar, on_result, check)
        except KeyboardInterrupt:  # the run is marked "interrupted"; 128 + SIGINT, as shells expect
            click.echo("\ninterrupted: the articles written so far stay; load again to go on", err=True)
            sys.exit(130)
    _report_load(summary, output.format, quiet=quiet, url=url)
    if summary.failures:
        sys.exit(1)


def _full_load(url: str, paths: list[str], format_name: str | None, workers: int | None, force: bool,
               show_bar: bool, on_result: Callable[[FileResult], None] | None,
               check: ReloadCheck | None) -> LoadSummary:
    from sco_etl import db
    from sco_etl.load.loader import Loader

    stdin = sys.stdin.buffer.read() if STDIN in paths else None
    engine = db.create_db_engine(url, writer=True)
    loader = Loader(engine, force=force, workers=workers, format=format_name)
    walk, unchanged = (check.rest, check.unchanged) if check else (None, 0)  # the check's walk goes on
    if show_bar:
        summary = _load_with_bar(loader, paths, stdin, walk, unchanged)
    else:
        summary = loader.run(paths, stdin=stdin, on_result=on_result, walk=walk, unchanged=unchanged)
    engine.dispose()
    return summary


def _load_with_bar(loader: Loader, paths: list[str], stdin: bytes | None, walk: Iterator[str | Problem] | None,
                   unchanged: int) -> LoadSummary:
    """The bar is opened once the loader knows how many inputs it found."""
    with ExitStack() as stack:
        bars = []

        def start(total: int) -> None:
            bars.append(stack.enter_context(click.progressbar(
                length=total, label="Loading", file=sys.stderr, show_pos=True, show_eta=True)))

        return loader.run(paths, progress=lambda done: bars[0].update(done), on_discovered=start, stdin=stdin,
                          walk=walk, unchanged=unchanged)


def _echo_result(result: FileResult) -> None:
    if result.outcome != "failed":  # failures are listed together at the end
        click.echo(f"{result.outcome:9} {printable(result.path)}")


def _report_load(summary: LoadSummary, fmt: str, quiet: bool, url: str) -> None:
    # one line per item whatever a file name holds (the JSON summary escapes names itself)
    for warning in summary.warnings:
        click.echo(f"warning: {printable(warning.path)}: {printable(warning.reason)}", err=True)
    for failure in summary.failures:
        click.echo(f"failed: {printable(failure.path)}: {printable(failure.reason)}", err=True)
    if fmt in ("json", "nl"):  # nl: the same object on one line, to append to a log of runs
        click.echo(json.dumps({
            "run_id": summary.run_id, "database": dburl.describe(url),
            "files": {outcome: summary.count(outcome) for outcome in ("loaded", "unchanged", "duplicate", "failed")},
            "failures": [{"path": f.path, "reason": f.reason} for f in summary.failures],
            "warnings": [{"path": w.path, "reason": w.reason} for w in summary.warnings],
            "rows": summary.row_counts, "seconds": round(summary.seconds, 3),
        }, indent=2 if fmt == "json" else None))
        return
    if quiet:
        return
    seen = summary.seen
    click.echo(
        f"{seen} file{'s' * (seen != 1)} seen: {summary.count('loaded')} loaded, "
        f"{summary.count('unchanged')} unchanged, {summary.count('duplicate')} duplicate, "
        f"{summary.count('failed')} failed in {summary.seconds:.2f}s → {dburl.describe(url)}"
    )
    click.echo("rows: " + ", ".join(f"{table} {count}" for table, count in summary.row_counts.items()))
