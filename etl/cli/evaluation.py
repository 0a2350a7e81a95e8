"""``sco-etl eval``: score the database against a hand annotation."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from sco_etl.cli.options import Output, database_option, output_options

if TYPE_CHECKING:
    from sco_etl.evaluate import Report
    from sco_etl.reports.engine import Result


@click.command("eval")
@click.argument("gold_file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@database_option
@output_options(("text", "json", "nl", "csv", "table", "markdown"), "text", format_decls=None, output_file=False,
                flag_help={"json": "Print figures and details as JSON.",
                           "nl": "Print the figures, one measure a line, as JSON.",
                           "csv": "Print the figures, one measure a row, as CSV.",
                           "table": "Print the figures as a table (its style: --fmt).",
                           "markdown": "Print the figures as a Markdown table."})
@click.option("--details/--no-details", default=True, show_default=True,
              help="List misses and false hits under the figures.")
def eval_command(gold_file: Path, database: str | None, output: Output, details: bool) -> None:
    """Score the loaded database against a hand-annotated gold file.

    Reads the database through its stable views only, so it scores what
    analysts see. Optional gold items are neither credited nor penalised.

    --csv, --nl, --table (with --fmt STYLE) and --markdown print the figures
    alone, one measure a row; --json prints figures and details.

    \b
    Example:
      sco-etl load samples/main/articles && sco-etl eval samples/main/gold.json
      sco-etl eval --csv --db news.db gold.json >> scores.csv
    """
    from sco_etl import db
    from sco_etl.evaluate import evaluate, fetch_database, load_gold

    engine = db.open_loaded(database)
    report = evaluate(load_gold(gold_file), fetch_database(engine))
    engine.dispose()
    if output.format == "json":
        click.echo(json.dumps(report.to_json(), indent=2))
    elif output.format == "text":
        _print_report(report, details)
    else:
        from sco_etl.reports.output import render

        click.echo(render(figure_rows(report), output.format, table_style=output.table_style), nl=False)


FIGURE_COLUMNS = ["measure", "precision", "recall", "f1", "true_positives", "false_positives", "false_negatives",
                  "accuracy", "correct", "total"]


def figure_rows(report: Report) -> Result:
    """The figures as rows, one measure each: a scored measure has precision, recall and F1, an
    accuracy its share correct; the columns of the other kind stay empty."""
    from sco_etl.reports.engine import Result

    rows = []
    for label, score in _scores(report):
        rows.append((label, round(score.precision, 4), round(score.recall, 4), round(score.f1, 4),
                     score.true_positives, score.false_positives, score.false_negatives, None, None, None))
    for label, accuracy in _accuracies(report):
        rows.append((label, None, None, None, None, None, None, round(accuracy.value, 4), accuracy.correct,
                     accuracy.total))
    return Result(FIGURE_COLUMNS, rows)


def _scores(report: Report) -> list[tuple[str, Any]]:
    return [("states", report.states), ("organisations", report.organisations),
            ("quotes", report.quotes), ("membership events", report.events)]


def _accuracies(report: Report) -> list[tuple[str, Any]]:
    return [("speaker attribution", report.speakers), ("event dates", report.event_dates),
            ("article metadata", report.metadata), ("boilerplate removal", report.boilerplate)]


def _print_report(report: Report, details: bool) -> None:
    rows = _scores(report)
    click.echo(f"{'':20} {'precision':>9} {'recall':>7} {'F1':>6}  {'tp':>4} {'fp':>4} {'fn':>4}")
    for label, score in rows:
        click.echo(f"{label:20} {score.precision:9.3f} {score.recall:7.3f} {score.f1:6.3f}  "
                   f"{score.true_positives:4} {score.false_positives:4} {score.false_negatives:4}")
    for label, accuracy in _accuracies(report):
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
