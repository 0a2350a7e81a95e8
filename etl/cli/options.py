"""Options and helpers the commands share."""
from __future__ import annotations

import functools
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from sco_etl import dburl

if TYPE_CHECKING:
    from sqlalchemy import Engine


def database_option(command: Callable) -> Callable:
    return click.option(
        "--db", "database", envvar=dburl.ENV_VAR, show_envvar=True, metavar="URL",
        help="Database URL (sqlite:///path.db, postgresql+psycopg://...) or a path to an SQLite "
             "file. Default: sco.db in the current directory.",
    )(command)


def open_engine(database: str | None) -> Engine:
    from sco_etl import db

    return db.create_db_engine(dburl.resolve_url(database))


# --- output formats ------------------------------------------------------------------
# Every command that writes rows picks its format the same way, as sqlite-utils does: a
# shortcut flag (--csv, --json, --nl, --table, ...) or -f/--format, never two of them; else
# from the suffix of -o FILE; else the command's default.

FORMAT_FLAGS = {
    "csv": ("--csv", "Write CSV."),
    "json": ("--json", "Write JSON."),
    "nl": ("--nl", "Write newline-delimited JSON: one object per line."),
    "table": ("-t", "--table", "Write a table for the terminal (its style: --fmt)."),
    "markdown": ("--markdown", "Write a Markdown table."),
    "html": ("--html", "Write a self-contained HTML page."),
}
SUFFIX_FORMATS = {".csv": "csv", ".json": "json", ".jsonl": "nl", ".ndjson": "nl", ".md": "markdown",
                  ".html": "html", ".htm": "html", ".txt": "table"}
DEFAULT_TABLE_STYLE = "simple"


@dataclass(frozen=True)
class Output:
    """Where a command writes and in which format. ``chosen``: the format was asked for (by a
    flag, -f or -o's suffix), not the command's default."""

    format: str
    path: Path | None = None
    table_style: str = DEFAULT_TABLE_STYLE
    chosen: bool = False


def output_options(formats: tuple[str, ...], default: str, *, format_decls: tuple[str, ...] | None = ("-f", "--format"),
                   aliases: dict[str, str] | None = None, output_file: bool = True,
                   suffixes: dict[str, str] | None = None, output_help: str | None = None,
                   output_type: click.ParamType | None = None,
                   flag_help: dict[str, str] | None = None) -> Callable[[Callable], Callable]:
    """The output options of a command, which then receives one ``output: Output`` argument.

    ``formats``: those it writes (a flag each, where ``FORMAT_FLAGS`` has one); ``format_decls``:
    how its -f/--format option is spelled (None: it has none); ``aliases``: names that option
    takes for a format (export's ``jsonl`` is ``nl``); ``output_file``: it takes -o, whose
    extension chooses the format among ``suffixes`` (default: ``SUFFIX_FORMATS``); ``flag_help``:
    what a flag writes, said the command's way."""
    aliases = aliases or {}
    suffixes = {suffix: name for suffix, name in (suffixes or SUFFIX_FORMATS).items() if name in formats}
    if output_help is None:
        output_help = (f"Write to this file instead of standard output; its extension ({', '.join(suffixes)}) "
                       "chooses the format when no flag does.")

    def decorate(command: Callable) -> Callable:
        @functools.wraps(command)
        def run(**kwargs: Any) -> Any:
            named = {name: kwargs.pop(f"as_{name}") for name in formats if name in FORMAT_FLAGS}
            given = kwargs.pop("format_given", None)
            kwargs["output"] = choose_output(
                formats, default, named, aliases.get(given, given), kwargs.pop("output_path", None),
                kwargs.pop("table_style"), format_flag="/".join(format_decls or ()), suffixes=suffixes)
            return command(**kwargs)

        run = click.option("--fmt", "table_style", metavar="STYLE", default=None,
                           help="The table's style, as tabulate names it (simple, github, grid, psql, "
                                "rst, ...); implies --table.")(run) if "table" in formats else _no_style(run)
        if output_file:
            run = click.option("-o", "--output", "output_path", help=output_help,
                               type=output_type or click.Path(dir_okay=False, path_type=Path))(run)
        for name in reversed([name for name in FORMAT_FLAGS if name in formats]):
            *decls, help_text = FORMAT_FLAGS[name]
            help_text = (flag_help or {}).get(name, help_text)
            run = click.option(*decls, f"as_{name}", is_flag=True, help=help_text)(run)
        if format_decls:
            choices = [next((alias for alias, target in aliases.items() if target == name), name) for name in formats]
            shown_default = next((alias for alias, target in aliases.items() if target == default), default)
            run = click.option(*format_decls, "format_given", type=click.Choice(choices), default=None,
                               help=f"Output format (default: {shown_default}).")(run)
        return run

    return decorate


def _no_style(command: Callable) -> Callable:
    """A command without a table: its wrapper still expects a table style, always none."""
    @functools.wraps(command)
    def run(**kwargs: Any) -> Any:
        return command(table_style=None, **kwargs)
    return run


def choose_output(formats: tuple[str, ...], default: str, named: dict[str, bool], given: str | None,
                  path: Path | None, table_style: str | None, format_flag: str = "-f/--format",
                  suffixes: dict[str, str] | None = None) -> Output:
    """The one format asked for, by a flag, by ``given`` (-f) or by ``path``'s extension among
    ``suffixes`` (default: ``SUFFIX_FORMATS``); else ``default``."""
    asked = [(FORMAT_FLAGS[name][-2], name) for name, on in named.items() if on]
    if given is not None:
        asked.append((format_flag, given))
    if len(asked) > 1:
        flags = " and ".join(flag for flag, _ in asked)
        raise click.UsageError(f"{flags} each choose an output format: give only one")
    if table_style is not None:
        if asked and asked[0][1] != "table":
            raise click.UsageError(f"--fmt is the style of a table: it goes with --table, not {asked[0][0]}")
        asked = [("--fmt", "table")]
        _check_table_style(table_style)
    if asked:
        return Output(asked[0][1], path, table_style or DEFAULT_TABLE_STYLE, chosen=True)
    if path is not None:
        return Output(_format_of(path, formats, suffixes or SUFFIX_FORMATS, format_flag), path, chosen=True)
    return Output(default, path)


def _format_of(path: Path, formats: tuple[str, ...], suffixes: dict[str, str], format_flag: str) -> str:
    """The format ``path``'s extension names: a clear error rather than a guess."""
    found = suffixes.get(path.suffix.lower())
    if found in formats:
        return found
    flags = ", ".join(FORMAT_FLAGS[name][-2] for name in formats if name in FORMAT_FLAGS)
    known = ", ".join(suffix for suffix, name in suffixes.items() if name in formats)
    what = f"the extension {path.suffix!r}" if path.suffix else "no extension"
    raise click.UsageError(f"-o {path.name}: {what} names no output format here ({known} do); "
                           f"choose one with {flags}" + (f" or {format_flag.split('/')[-1]} FORMAT" if format_flag else ""))


def _check_table_style(style: str) -> None:
    from tabulate import tabulate_formats  # imported only when a table is asked for

    if style not in tabulate_formats:
        raise click.UsageError(f"--fmt {style!r} is not a table style; one of: {', '.join(tabulate_formats)}")
