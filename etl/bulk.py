"""Many rows into one table with the driver's ``executemany``.

SQLAlchemy prepares the parameters of an ``executemany`` row by row in general
code (several times SQLite's own cost of inserting the row). Here the statement
is compiled once per table and dialect, as SQLAlchemy would compile it, and each
row becomes the driver's parameters with only its columns' bind processing
(JSON serialisation) applied.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert


@dataclass(frozen=True)
class _CompiledInsert:
    sql: str
    columns: tuple[str, ...]  # in the statement's parameter order
    processors: tuple[Callable[[Any], Any] | None, ...]
    positional: bool

    def parameters(self, row: dict[str, Any]) -> tuple[Any, ...] | dict[str, Any]:
        values = tuple(row[column] if process is None else process(row[column])
                       for column, process in zip(self.columns, self.processors))
        return values if self.positional else dict(zip(self.columns, values))


def insert_many(connection: Connection, table: Table, rows: Sequence[dict[str, Any]]) -> None:
    """INSERT ``rows`` (dicts with the same keys, column names) into ``table``."""
    if not rows:
        return
    statement = _compiled_insert(connection.dialect, table, tuple(rows[0]))
    connection.exec_driver_sql(statement.sql, [statement.parameters(row) for row in rows])


@lru_cache(maxsize=64)
def _compiled_insert(dialect: Dialect, table: Table, keys: tuple[str, ...]) -> _CompiledInsert:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(keys))
    columns = tuple(compiled.positiontup) if compiled.positiontup is not None else keys
    processors = tuple(table.c[column].type.dialect_impl(dialect).bind_processor(dialect) for column in columns)
    return _CompiledInsert(str(compiled), columns, processors, compiled.positiontup is not None)
