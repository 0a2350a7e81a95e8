"""The ``sco-etl`` command line: it only wires options to the library."""
from __future__ import annotations

import sys
from typing import Any

import click
from sco_etl import __version__
from sco_etl.cli import database, evaluation, export, load
from sco_etl.cli.options import database_option

# One module per command group; each imports what it uses when run (every command SQLAlchemy
# through ``db`` and the loader, which a reload of unchanged files never needs).


class FriendlyGroup(click.Group):
    """Expected failures become one clear line and a non-zero exit, not a traceback.

    The reading-out commands (report, sql, schema) live in ``cli.reports`` and are
    registered when one of them, or the list of commands, is asked for: a load need
    not import the report engine, Jinja and tabulate. So is ``serve`` (``cli.serve``).
    """

    READING_OUT = ("report", "sql", "schema")

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.READING_OUT, "serve"})

    def get_command(self, ctx: click.Context, name: str) -> click.Command | None:
        if name in self.READING_OUT and name not in self.commands:
            from sco_etl.cli import reports as cli_reports

            cli_reports.register(self, database_option)
        if name == "serve" and name not in self.commands:
            from sco_etl.cli.serve import serve

            self.add_command(serve)
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


for command in (load.load, export.export, database.db_group, evaluation.eval_command):
    main.add_command(command)


if __name__ == "__main__":
    main()
