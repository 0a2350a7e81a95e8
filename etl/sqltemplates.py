"""Render the project's Jinja-templated SQL.

SQL lives in ``.sql.j2`` files (dbt style): Jinja only shapes the statement
(optional clauses, dialect differences through macros); values are always
bound parameters, never rendered into the text.
"""
from __future__ import annotations

from functools import lru_cache

from jinja2 import ChoiceLoader, PackageLoader, StrictUndefined
from jinja2.sandbox import SandboxedEnvironment
from sqlalchemy import TextClause, text


@lru_cache(maxsize=1)
def environment() -> SandboxedEnvironment:
    return SandboxedEnvironment(
        loader=ChoiceLoader([
            PackageLoader("sco_etl", "sql"),
            PackageLoader("sco_etl.schema", "views"),
        ]),
        undefined=StrictUndefined,
        autoescape=False,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def render_sql(template_name: str, dialect: str, **context: object) -> str:
    """The SQL text of ``template_name`` for ``dialect`` ('sqlite' or 'postgresql')."""
    return environment().get_template(template_name).render(dialect=dialect, **context).strip()


def sql(template_name: str, dialect: str, **context: object) -> TextClause:
    """A ``text()`` clause ready to execute with bound parameters."""
    return text(render_sql(template_name, dialect, **context))
