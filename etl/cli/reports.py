"""``sco-etl report``, ``sco-etl sql`` and ``sco-etl schema``: reading the database back out."""
from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import click
from sco_etl import db, dburl, export
from sco_etl.cli.options import Output, output_options
from sco_etl.reports import (
    FORMATS,
    Catalogue,
    ReportError,
    Result,
    chart_rows,
    index_html,
    render,
    render_report_sql,
    run_query,
    run_report,
)
from sco_etl.reports.articles import write_article_pages
from sco_etl.schema.describe import describe_schema
from sco_etl.spreadsheet import EXCEL_SAFE_HELP
from sqlalchemy.exc import DBAPIError

REPORTS_DIR_VAR = "SCO_ETL_REPORTS_DIR"
TIMEOUT_VAR = "SCO_ETL_STATEMENT_TIMEOUT"


def timeout_option(command):
    return click.option(
        "--timeout", type=click.FloatRange(min=0), default=30, show_default=True, envvar=TIMEOUT_VAR,
        show_envvar=True, metavar="SECONDS", help="Stop a query that runs longer than this (0: no limit).",
    )(command)


def reports_dir_option(command):
    return click.option(
        "--reports-dir", "reports_dirs", multiple=True, envvar=REPORTS_DIR_VAR, show_envvar=True,
        type=click.Path(file_okay=False, path_type=Path),
        help="A directory of your own .sql.j2 reports (repeatable); one named like a built-in replaces it.",
    )(command)


def excel_safe_option(command):
    return click.option("--excel-safe", is_flag=True, help=EXCEL_SAFE_HELP)(command)


def format_options(command):
    return output_options(FORMATS, "table")(excel_safe_option(command))


def param_option(command):
    return click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
                        help="A parameter value (repeatable): -p as_of 2024-07-05")(command)


def _write(text: str, output: Path | None) -> None:
    if output is None:
        click.echo(text, nl=False)
    else:
        output.write_text(text, "utf-8", newline="")
        click.echo(f"wrote {output}", err=True)


def _report_rows_affected(count: int, output: Output, excel_safe: bool) -> None:
    """What a statement without rows did: a line on standard error, or a row in the format
    asked for, so that a script can read it."""
    if output.chosen:
        result = Result(["rows_affected"], [(count,)])
        _write(render(result, output.format, excel_safe=excel_safe, table_style=output.table_style), output.path)
    else:
        click.echo(f"{count} row{'s' * (count != 1)} affected", err=True)


def _refuse_overwrite(database: str | None, output: Output) -> None:
    if output.path is not None:
        db.refuse_overwrite(dburl.resolve_url(database), [output.path])


@contextmanager
def _reading(engine: Any, timeout: float, write: bool = False) -> Iterator[None]:
    """Run a reading command's queries: its errors as one line each, the engine closed after."""
    try:
        yield
    except ReportError as error:
        raise click.ClickException(str(error)) from error
    except DBAPIError as error:
        raise _database_error(error, timeout, write) from error
    finally:
        engine.dispose()


def _database_error(error: DBAPIError, timeout: float, write: bool = False) -> click.ClickException:
    """What the database refused, in one line that says what to do."""
    reason = str(error.orig).splitlines()[0]
    if "one statement at a time" in reason or "multiple commands" in reason:  # SQLite, PostgreSQL
        return click.ClickException("one SQL statement at a time: remove the ';' and what follows it, "
                                    "and run that on its own")
    if reason == "interrupted" or "statement timeout" in reason:
        return click.ClickException(f"the query ran longer than {timeout:g} s and was stopped: "
                                    "--timeout SECONDS allows longer (0: no limit)")
    refusals = ("readonly", "read-only", "not authorized", "authorization denied")
    if not write and any(refusal in reason for refusal in refusals):
        return click.ClickException(f"{reason}: reading is read-only (no ATTACH, VACUUM or PRAGMA settings "
                                    "either); sco-etl sql --write changes data")
    return click.ClickException(f"database error: {reason}")


def _end_command(message: str) -> None:
    """A statement that ignored every stop (see ``run_query``): the process ends here. Only a
    read is given up like this, and its output is written after the statement returns, so
    nothing is left half-written."""
    click.echo(f"Error: {message}", err=True)
    sys.stderr.flush()
    os._exit(1)


def catalogue_of(reports_dirs: tuple[Path, ...]) -> Catalogue:
    directories = []
    for entry in reports_dirs:  # the environment variable may hold several, separated like PATH
        directories += [Path(piece) for piece in str(entry).split(os.pathsep) if piece]
    return Catalogue(directories)


class ReportCommand(click.Command):
    """``report run NAME --help``: the command's help, then NAME's own parameters."""

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        ctx.meta["report_args"] = list(args)  # --help stops the parse before NAME is known
        return super().parse_args(ctx, args)

    def format_help(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        super().format_help(ctx, formatter)
        # read the arguments as the command would, without running anything
        given, _, _ = self.make_parser(ctx).parse_args(list(ctx.meta.get("report_args", [])))
        if not given.get("name"):
            return
        directories = tuple(given.get("reports_dirs") or ()) or tuple(filter(None, [os.environ.get(REPORTS_DIR_VAR)]))
        try:
            report = catalogue_of(tuple(Path(d) for d in directories)).get(given["name"])
        except ReportError:
            return  # running it says what is wrong
        with formatter.section(f"Parameters of {report.name} (-p NAME VALUE)"):
            formatter.write_dl(param_lines(report) or [("none", "")])


def param_lines(report: Any) -> list[tuple[str, str]]:
    """Each parameter of ``report``: its name, then its type, default and what it does."""
    lines = []
    for param in report.params:
        kind = f"one of {', '.join(param.choices)}" if param.choices else param.type
        default = "" if param.default is None else f"; default {param.default}"
        needed = "; required" if param.required else ""
        lines.append((param.name, f"{param.help} ({kind}{default}{needed})"))
    return lines


def _taken_by(report: Any, given: dict[str, str]) -> dict[str, str]:
    """The values of ``given`` that ``report`` declares a parameter for."""
    declared = {param.name for param in report.params}
    return {name: value for name, value in given.items() if name in declared}


def _check_shared_params(catalogue: Catalogue, given: dict[str, str]) -> None:
    """Every value given to all reports is taken by one at least, and valid for each that takes it
    (checked before anything is written)."""
    reports = catalogue.reports().values()
    declared = {param.name for report in reports for param in report.params}
    unknown = sorted(set(given) - declared)
    if unknown:
        raise ReportError(f"no report has a parameter '{unknown[0]}' (they take: {', '.join(sorted(declared))})")
    for report in reports:
        report.values(_taken_by(report, given))


def register(main: click.Group, database_option) -> None:
    @main.group("report")
    def report_group() -> None:
        """Summaries from Jinja-templated SQL, as a table, CSV, JSON, Markdown or HTML.

        \b
        sco-etl report list
        sco-etl report show roster
        sco-etl report run roster -p as_of 2024-07-05 -o roster.html
        sco-etl report run coverage --csv > coverage.csv
        sco-etl report all -o site/
        """

    @report_group.command("list")
    @reports_dir_option
    def report_list(reports_dirs: tuple[Path, ...]) -> None:
        """The reports available, built-in and your own."""
        try:
            reports = catalogue_of(reports_dirs).reports()
        except ReportError as error:
            raise click.ClickException(str(error)) from error
        width = max(len(name) for name in reports)
        for name, report in reports.items():
            click.echo(f"{name:{width}}  {report.title}")

    @report_group.command("show")
    @click.argument("name")
    @reports_dir_option
    @param_option
    @click.option("--dialect", type=click.Choice(["sqlite", "postgresql"]), default="sqlite", show_default=True,
                  help="Render the SQL for this database.")
    def report_show(name: str, reports_dirs: tuple[Path, ...], params: tuple[tuple[str, str], ...],
                    dialect: str) -> None:
        """A report's description, parameters and rendered SQL."""
        catalogue = catalogue_of(reports_dirs)
        try:
            report = catalogue.get(name)
            values = report.values(dict(params))
            sql_text = render_report_sql(catalogue, report, dialect, values)
        except ReportError as error:
            raise click.ClickException(str(error)) from error
        click.echo(f"{report.name}: {report.title}\n{report.description}\nfrom {report.origin}\n")
        click.echo("parameters:" if report.params else "parameters: none")
        for param in report.params:
            default = "" if param.default is None else f" (default {param.default})"
            needed = " required" if param.required else ""
            choices = f" one of {', '.join(param.choices)}" if param.choices else ""
            click.echo(f"  {param.name}: {param.type}{needed}{choices}{default}  {param.help}")
        click.echo(f"\nSQL ({dialect}, values bound as :name):\n{sql_text}")

    @report_group.command("run", cls=ReportCommand)
    @click.argument("name")
    @database_option
    @reports_dir_option
    @param_option
    @format_options
    @timeout_option
    def report_run(name: str, database: str | None, reports_dirs: tuple[Path, ...],
                   params: tuple[tuple[str, str], ...], output: Output, excel_safe: bool,
                   timeout: float) -> None:
        """Run one report.

        The format is a flag (--csv, --json, --nl, --table with --fmt STYLE,
        --markdown, --html) or -f FORMAT, else the extension of -o FILE, else
        a table.

        NAME --help lists the report's own parameters.

        \b
        Examples:
          sco-etl report run roster -p as_of 2024-07-05 -o roster.html
          sco-etl report run state_mentions --table --fmt github
          sco-etl report run coverage_over_time --help
        """
        catalogue = catalogue_of(reports_dirs)
        _refuse_overwrite(database, output)
        fmt = output.format
        engine = db.open_loaded(database)
        with _reading(engine, timeout):
            report = catalogue.get(name)
            values = report.values(dict(params))
            with engine.connect() as connection:
                result = run_report(connection, catalogue, report, values, timeout, _end_command)
                drawn = chart_rows(connection, catalogue, report, values, result, timeout,
                                   _end_command) if fmt == "html" else None
            _write(render(result, fmt, report, values, excel_safe=excel_safe, chart_result=drawn,
                          table_style=output.table_style), output.path)
            if values.get("limit") and len(result.rows) == values["limit"]:
                click.echo(f"note: {name} returned {values['limit']} rows, its limit; there may be more: "
                           "-p limit 0 shows all", err=True)

    @report_group.command("all")
    @click.option("-o", "--output", "directory", required=True, type=click.Path(file_okay=False, path_type=Path),
                  help="The directory to write into (created if missing).")
    @output_options(tuple(f for f in FORMATS if f != "table"), "html", output_file=False)
    @database_option
    @reports_dir_option
    @param_option
    @excel_safe_option
    @timeout_option
    def report_all(directory: Path, output: Output, database: str | None, reports_dirs: tuple[Path, ...],
                   params: tuple[tuple[str, str], ...], excel_safe: bool, timeout: float) -> None:
        """Every report, plus an index page and a page per article with its facts marked in
        its text (HTML: articles/ID.html).

        A parameter given with -p goes to every report that takes it (the others
        keep their defaults), so that the pages show one period, publisher,
        organisation or state.

        \b
        Examples:
          sco-etl report all -o site/
          sco-etl report all -o site-2024/ -p date_from 2024 -p date_to 2024 -p organisation SCO
        """
        catalogue = catalogue_of(reports_dirs)
        fmt = output.format
        suffix = {"html": "html", "csv": "csv", "json": "json", "nl": "jsonl", "markdown": "md"}[fmt]
        try:
            names = list(catalogue.reports())
            _check_shared_params(catalogue, dict(params))
        except ReportError as error:
            raise click.ClickException(str(error)) from error
        db.refuse_overwrite(dburl.resolve_url(database),
                            [directory / f"{name}.{suffix}" for name in names] + [directory / "index.html"])
        engine = db.open_loaded(database)
        directory.mkdir(parents=True, exist_ok=True)
        entries: list[dict[str, Any]] = []
        with _reading(engine, timeout):
            article_links = None
            if fmt == "html":  # a page per article, which the reports' file names link to
                with engine.connect() as connection:
                    article_links = write_article_pages(
                        export.pages(connection), directory,
                        lambda targets: db.refuse_overwrite(dburl.resolve_url(database), targets))
            with engine.connect() as connection:
                for name, report in catalogue.reports().items():
                    values = report.values(_taken_by(report, dict(params)))
                    result = run_report(connection, catalogue, report, values, timeout, _end_command)
                    drawn = chart_rows(connection, catalogue, report, values, result, timeout,
                                       _end_command) if fmt == "html" else None
                    target = directory / f"{name}.{suffix}"
                    target.write_text(render(result, fmt, report, values, article_links=article_links,
                                             excel_safe=excel_safe, chart_result=drawn), "utf-8", newline="")
                    entries.append({"file": target.name, "title": report.title, "rows": len(result.rows),
                                    "description": report.description})
        if fmt == "html":
            (directory / "index.html").write_text(index_html(entries), "utf-8")
        click.echo(f"wrote {len(entries)} reports to {directory}", err=True)

    @main.command("sql")
    @click.argument("query")
    @database_option
    @param_option
    @format_options
    @click.option("--write", is_flag=True, help="Allow statements that change the database; how many rows one changed is "
                                           "printed ('3 rows affected' on standard error, or a rows_affected "
                                           "row in the format asked for).")
    @timeout_option
    def sql_command(query: str, database: str | None, params: tuple[tuple[str, str], ...], output: Output,
                    excel_safe: bool, write: bool, timeout: float) -> None:
        """Run an ad-hoc SQL query; values go in as named parameters.

        One statement per call. Read-only unless --write: the database itself
        refuses changes (SQLite opened read-only, a PostgreSQL READ ONLY
        transaction), whatever the SQL says; ATTACH, VACUUM, PRAGMA settings,
        ANALYZE, LOCK, DO, CALL, NOTIFY and functions that change the server's
        state (large objects, advisory locks, WAL, backends) are refused too.

        \b
        sco-etl sql "SELECT state, mentions FROM v_state_mentions WHERE iso3 = :iso3" -p iso3 KAZ
        sco-etl sql "SELECT * FROM v_quotes" -o quotes.csv
        sco-etl sql "SELECT * FROM v_articles" --nl | jq .title
        """
        _refuse_overwrite(database, output)
        engine = db.open_loaded(database, write=write)
        with _reading(engine, timeout, write):
            with engine.connect() as connection:
                result = run_query(connection, query, dict(params), write=write, timeout=timeout,
                                   give_up=None if write else _end_command)
        if result.rows_affected is not None:
            _report_rows_affected(result.rows_affected, output, excel_safe)
            return
        _write(render(result, output.format, excel_safe=excel_safe, table_style=output.table_style), output.path)

    @main.command("schema")
    @database_option
    @click.option("--views-only", is_flag=True, help="Only the stable views analysts should query.")
    def schema_command(database: str | None, views_only: bool) -> None:
        """The stable views and the tables, with their columns and what they mean."""
        click.echo(describe_schema(views_only), nl=False)
