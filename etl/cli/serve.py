"""``sco-etl serve``: browse an SQLite database in Datasette (the ``serve`` extra)."""
from __future__ import annotations

from pathlib import Path

import click
from sco_etl import dburl
from sco_etl.cli.options import database_option
from sco_etl.cli.reports import catalogue_of, reports_dir_option
from sco_etl.reports import ReportError

INSTALL = "pip install 'sco-etl[serve]'"


@click.command()
@database_option
@click.option("--host", default="127.0.0.1", show_default=True,
              help="The address to listen on; 0.0.0.0 lets other machines in.")
@click.option("--port", type=click.IntRange(0, 65535), default=8001, show_default=True, help="The port to listen on.")
@reports_dir_option
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=5, show_default=True,
              metavar="SECONDS", help="Stop a query (yours or a report's) that runs longer than this.")
def serve(database: str | None, host: str, port: int, reports_dirs: tuple[Path, ...], timeout: float) -> None:
    """Browse the database in Datasette: the stable views with facets, every report
    as a query with its parameters, a page per article with its facts marked
    (/-/article/ID), and SQL of your own. Read-only. SQLite only.

    \b
    sco-etl serve                       # http://127.0.0.1:8001/
    sco-etl serve --db news.db --port 8080
    """
    from sco_etl import db
    from sqlalchemy.engine import make_url

    url = dburl.resolve_url(database)
    if make_url(url).get_backend_name() != "sqlite":
        raise click.ClickException("serve browses an SQLite file; on PostgreSQL, 'sco-etl report all -o site/' "
                                   "writes every report and article as a static site to open in a browser")
    try:
        import datasette  # noqa: F401
    except ImportError:
        raise click.ClickException(f"serve needs Datasette, which is not installed: {INSTALL}") from None
    from sco_etl.serve.app import build
    from sco_etl.serve.app import serve as run

    db.open_loaded(database).dispose()  # there, with a schema: nothing is created
    catalogue = catalogue_of(reports_dirs)
    try:
        catalogue.reports()  # a report that cannot be read is said now, not on a page
    except ReportError as error:
        raise click.ClickException(str(error)) from error
    path = db.existing_sqlite_file(url)
    instance = build(path, catalogue.directories, timeout)
    click.echo(f"serving {path} at http://{host}:{port}/ (Ctrl-C stops)", err=True)
    run(instance, host, port)
