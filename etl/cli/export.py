"""``sco-etl export``: every article with its facts, as JSON Lines or CSV tables."""
from __future__ import annotations

import sys
from pathlib import Path

import click
from sco_etl import dburl
from sco_etl.cli.options import Output, database_option, output_options
from sco_etl.spreadsheet import EXCEL_SAFE_HELP


@click.command()
@database_option
@output_options(("nl", "csv"), "nl", format_decls=("--format",), aliases={"jsonl": "nl"},
                suffixes={".jsonl": "nl", ".ndjson": "nl"}, output_type=click.Path(path_type=Path),
                output_help="JSON Lines: a file named .jsonl or .ndjson (default: standard output); "
                            "CSV: a folder (required).",
                flag_help={"nl": "JSON Lines (--format jsonl): one article per line with its facts nested.",
                           "csv": "articles.csv plus one CSV per kind of fact, joined on article_id, "
                                  "in the folder -o names."})
@click.option("--excel-safe", is_flag=True, help=EXCEL_SAFE_HELP)
def export(database: str | None, output: Output, excel_safe: bool) -> None:
    """Write every article with its extracted facts, to share or rebuild without SQLite.

    Each JSON Lines record holds the article (file_name, url, title, published,
    author, source, text, body, ...) and its states, organisations, quotes and
    membership_events with character offsets into text. The export is itself
    loadable: `sco-etl load export.jsonl` rebuilds the facts in another database.

    \b
    Examples:
      sco-etl export > articles.jsonl
      sco-etl export --csv -o tables/
      sco-etl export -o articles.jsonl
      sco-etl export --db postgresql+psycopg://host/sco | gzip > sco.jsonl.gz
    """
    from sco_etl import db
    from sco_etl.export import CSV_FILES, write_csv, write_jsonl

    format_name, output = output.format, output.path
    if output is not None:
        targets = [output / f"{name}.csv" for name in CSV_FILES] if format_name == "csv" else [output]
        db.refuse_overwrite(dburl.resolve_url(database), targets)
    engine = db.open_loaded(database)
    with engine.connect() as connection:
        if format_name == "csv":
            if output is None:
                raise click.UsageError("--csv writes a folder of CSV files: name it with -o/--output")
            count = write_csv(connection, output, excel_safe)
        elif output is None:
            count = write_jsonl(connection, sys.stdout)
        else:
            with output.open("w", encoding="utf-8") as stream:
                count = write_jsonl(connection, stream)
    engine.dispose()
    click.echo(f"exported {count} article{'s' * (count != 1)} → {output or 'standard output'}", err=True)
