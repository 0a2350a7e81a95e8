"""The ``sco-etl`` command line: it only wires options to the library."""
from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import ExitStack
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from sco_etl import __version__, dburl
from sco_etl.ingest.discover import STDIN, Problem
from sco_etl.ingest.readers import FORMAT_NAMES
from sco_etl.spreadsheet import EXCEL_SAFE_HELP
from sco_etl.load.summary import FileResult, LoadSummary
from sco_etl.load.unchanged import ReloadCheck, check_reload

if TYPE_CHECKING:
    from sco_etl.evaluate import Report
    from sco_etl.load.loader import Loader
    from sqlalchemy import Engine
# Commands import what they use when run: export and eval their modules, and every command
# SQLAlchemy (through ``db`` and ``load``), which a reload of unchanged files never needs.


class FriendlyGroup(click.Group):
    """Expected failures become one clear line and a non-zero exit, not a traceback.

    The reading-out commands (report, sql, schema) live in ``cli_reports`` and are
    registered when one of them, or the list of commands, is asked for: a load need
    not import the report engine, Jinja and tabulate.
    """

    READING_OUT = ("report", "sql", "schema")

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.READING_OUT})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.READING_OUT and name not in self.commands:
            from sco_etl.cli import reports as cli_reports

            cli_reports.register(self, database_option)
        return super().get_command(ctx, name)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except (click.ClickException, click.exceptions.Exit, click.Abort):
            raise
        except Exception as error:
            if _is_database_error(error):
                reason = str(getattr(error, "orig", None) or error).splitlines()[0]
                raise click.ClickException(f"database error: {reason}") from error
            if isinstance(error, (OSError, ValueError)):
                raise click.ClickException(str(error)) from error
            raise


def _is_database_error(error: Exception) -> bool:
    """Raised by SQLAlchemy? (Not imported by a command that never used it, so none was raised.)"""
    exceptions = sys.modules.get("sqlalchemy.exc")
    return exceptions is not None and isinstance(error, exceptions.SQLAlchemyError)


def database_option(command: Callable) -> Callable:
    return click.option(
        "--db", "database", envvar=dburl.ENV_VAR, show_envvar=True, metavar="URL",
        help="Database URL (sqlite:///path.db, postgresql+psycopg://...) or a path to an SQLite "
             "file. Default: sco.db in the current directory.",
    )(command)


def open_engine(database: str | None) -> Engine:
    from sco_etl import db

    return db.create_db_engine(dburl.resolve_url(database))


@click.group(cls=FriendlyGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="sco-etl")
def main() -> None:
    """Turn news articles about the Shanghai Cooperation Organisation into a database.

    \b
    Load a folder of articles, then query it:
      sco-etl load articles/
      sco-etl report run membership_timeline
      sco-etl sql "SELECT * FROM v_quotes" --format csv
      sco-etl schema

    The database is --db, else $SCO_ETL_DATABASE_URL, else ./sco.db.
    """


# --- load ---------------------------------------------------------------------------

@main.command()
@click.argument("paths", nargs=-1, required=True)
@database_option
@click.option("--format", "format_name", type=click.Choice(FORMAT_NAMES), metavar="|".join(FORMAT_NAMES),
              help="Read every input as this format, whatever its suffix (default: by suffix; "
                   "standard input by its content).")
@click.option("--workers", type=click.IntRange(min=1), default=None, metavar="N",
              help="Processes that parse and extract (default: one per core). The database is "
                   "written by this process alone.")
@click.option("--force", is_flag=True, help="Process every input again, even unchanged ones.")
@click.option("--json", "as_json", is_flag=True, help="Print the summary as JSON.")
@click.option("-q", "--quiet", is_flag=True, help="Print nothing but failures.")
@click.option("-v", "--verbose", is_flag=True, help="Print one line per article.")
def load(paths: tuple[str, ...], database: str | None, format_name: str | None, workers: int | None,
         force: bool, as_json: bool, quiet: bool, verbose: bool) -> None:
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
    """
    url = dburl.resolve_url(database)
    on_result = _echo_result if verbose and not quiet and not as_json else None
    # a reload of unchanged files ends here; else the full load goes on from where the check stopped
    check = None if force or format_name or on_result else check_reload(url, list(paths))
    summary = check.summary if check else None
    if summary is None:
        # one line per article as it is written (verbose) replaces the bar
        show_bar = not quiet and not as_json and not verbose and sys.stderr.isatty()
        try:
            summary = _full_load(url, list(paths), format_name, workers, force, show_bar, on_result, check)
        except KeyboardInterrupt:  # the run is marked "interrupted"; 128 + SIGINT, as shells expect
            click.echo("\ninterrupted: the articles written so far stay; load again to go on", err=True)
            sys.exit(130)
    _report_load(summary, as_json=as_json, quiet=quiet, url=url)
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
        click.echo(f"{result.outcome:9} {result.path}")


def _report_load(summary: LoadSummary, as_json: bool, quiet: bool, url: str) -> None:
    for warning in summary.warnings:
        click.echo(f"warning: {warning.path}: {warning.reason}", err=True)
    for failure in summary.failures:
        click.echo(f"failed: {failure.path}: {failure.reason}", err=True)
    if as_json:
        click.echo(json.dumps({
            "run_id": summary.run_id, "database": dburl.describe(url),
            "files": {outcome: summary.count(outcome) for outcome in ("loaded", "unchanged", "duplicate", "failed")},
            "failures": [{"path": f.path, "reason": f.reason} for f in summary.failures],
            "warnings": [{"path": w.path, "reason": w.reason} for w in summary.warnings],
            "rows": summary.row_counts, "seconds": round(summary.seconds, 3),
        }, indent=2))
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


# --- export -------------------------------------------------------------------------

@main.command()
@database_option
@click.option("--format", "format_name", type=click.Choice(["jsonl", "csv"]), default="jsonl",
              show_default=True, help="jsonl: one article per line with its facts nested; csv: "
                                      "articles.csv plus one CSV per kind of fact, joined on article_id.")
@click.option("-o", "--output", type=click.Path(path_type=Path), default=None,
              help="jsonl: a file (default: standard output); csv: a folder (required).")
@click.option("--excel-safe", is_flag=True, help=EXCEL_SAFE_HELP)
def export(database: str | None, format_name: str, output: Path | None, excel_safe: bool) -> None:
    """Write every article with its extracted facts, to share or rebuild without SQLite.

    Each JSON Lines record holds the article (file_name, url, title, published,
    author, source, text, body, ...) and its states, organisations, quotes and
    membership_events with character offsets into text. The export is itself
    loadable: `sco-etl load export.jsonl` rebuilds the facts in another database.

    \b
    Examples:
      sco-etl export > articles.jsonl
      sco-etl export --format csv -o tables/
      sco-etl export --db postgresql+psycopg://host/sco | gzip > sco.jsonl.gz
    """
    from sco_etl import db
    from sco_etl.export import CSV_FILES, write_csv, write_jsonl

    if output is not None:
        targets = [output / f"{name}.csv" for name in CSV_FILES] if format_name == "csv" else [output]
        db.refuse_overwrite(dburl.resolve_url(database), targets)
    engine = db.open_loaded(database)
    with engine.connect() as connection:
        if format_name == "csv":
            if output is None:
                raise click.UsageError("--format csv writes a folder of CSV files: name it with -o/--output")
            count = write_csv(connection, output, excel_safe)
        elif output is None:
            count = write_jsonl(connection, sys.stdout)
        else:
            with output.open("w", encoding="utf-8") as stream:
                count = write_jsonl(connection, stream)
    engine.dispose()
    click.echo(f"exported {count} article{'s' * (count != 1)} → {output or 'standard output'}", err=True)


# --- db -----------------------------------------------------------------------------

@main.group("db")
def db_group() -> None:
    """Create, migrate and inspect the database schema."""


@db_group.command("upgrade")
@database_option
@click.option("--revision", default="head", show_default=True, help="Target revision.")
def db_upgrade(database: str | None, revision: str) -> None:
    """Create the database or migrate it to the latest schema.

    \b
    Example:
      sco-etl db upgrade --db sqlite:///news.db
    """
    from sco_etl import db

    engine = open_engine(database)
    before = db.current_revision(engine)
    db.upgrade(engine, revision)
    after = db.current_revision(engine)
    engine.dispose()
    if before == after:
        click.echo(f"already at {after}")
    else:
        click.echo(f"migrated {before or 'empty database'} → {after}")


@db_group.command("current")
@database_option
def db_current(database: str | None) -> None:
    """Show the schema revision of the database and whether it is the latest.

    \b
    Example:
      sco-etl db current --db news.db
    """
    from sco_etl import db

    engine = db.create_reader_engine(dburl.resolve_url(database))
    current, head = db.current_revision(engine), db.head_revision()
    engine.dispose()
    state = "up to date" if current == head else f"behind (latest is {head}; run 'sco-etl db upgrade')"
    click.echo(f"{current or 'no schema'}: {state}")


# --- eval ---------------------------------------------------------------------------

@main.command("eval")
@click.argument("gold_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@database_option
@click.option("--json", "as_json", is_flag=True, help="Print figures and details as JSON.")
@click.option("--details/--no-details", default=True, show_default=True,
              help="List misses and false hits under the figures.")
def eval_command(gold_file: Path, database: str | None, as_json: bool, details: bool) -> None:
    """Score the loaded database against a hand-annotated gold file.

    Reads the database through its stable views only, so it scores what
    analysts see. Optional gold items are neither credited nor penalised.

    \b
    Example:
      sco-etl load samples/main/articles && sco-etl eval samples/main/gold.json
    """
    from sco_etl import db
    from sco_etl.evaluate import evaluate, fetch_database, load_gold

    engine = db.open_loaded(database)
    report = evaluate(load_gold(gold_file), fetch_database(engine))
    engine.dispose()
    if as_json:
        click.echo(json.dumps(report.to_json(), indent=2))
    else:
        _print_report(report, details)


def _print_report(report: Report, details: bool) -> None:
    rows = [
        ("states", report.states), ("organisations", report.organisations),
        ("quotes", report.quotes), ("membership events", report.events),
    ]
    click.echo(f"{'':20} {'precision':>9} {'recall':>7} {'F1':>6}  {'tp':>4} {'fp':>4} {'fn':>4}")
    for label, score in rows:
        click.echo(f"{label:20} {score.precision:9.3f} {score.recall:7.3f} {score.f1:6.3f}  "
                   f"{score.true_positives:4} {score.false_positives:4} {score.false_negatives:4}")
    for label, accuracy in (("speaker attribution", report.speakers), ("event dates", report.event_dates),
                            ("article metadata", report.metadata), ("boilerplate removal", report.boilerplate)):
        click.echo(f"{label:20} {accuracy.value:9.3f}  ({accuracy.correct}/{accuracy.total})")
    if report.articles_missing:
        click.echo(f"not in the database: {', '.join(report.articles_missing)}")
    if not details:
        return
    for label, score in rows:
        for miss in score.misses:
            click.echo(f"  miss      {label}: {miss}")
        for hit in score.false_hits:
            click.echo(f"  false hit {label}: {hit}")
    for label, accuracy in (("speaker", report.speakers), ("event date", report.event_dates),
                            ("metadata", report.metadata), ("boilerplate", report.boilerplate)):
        for error in accuracy.errors:
            click.echo(f"  wrong     {label}: {error}")


if __name__ == "__main__":
    main()

