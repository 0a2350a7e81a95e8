"""``sco-etl eval``: score the database against a hand annotation."""
from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click
from sco_etl.cli.options import database_option

if TYPE_CHECKING:
    from sco_etl.evaluate import Report


@click.command("eval")
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
