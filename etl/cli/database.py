"""``sco-etl db``: create, migrate and inspect the schema."""
from __future__ import annotations

import click
from sco_etl import dburl
from sco_etl.cli.options import database_option, open_engine


@click.group("db")
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
