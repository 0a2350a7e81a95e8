"""Many rows into one table with the driver's ``executemany``.

SQLAlchemy prepares the parameters of an ``executemany`` row by row in general
code (several times SQLite's own cost of inserting the row). Here the statement
is compiled once per table, columns and dialect, as SQLAlchemy would compile
it, and rows come as tuples: they go to the driver as they are, with only the
bind processing some columns need (JSON serialisation) applied.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Table, insert, select


@dataclass(frozen=True)
class _CompiledInsert:
    sql: str
    columns: tuple[str, ...]  # in the statement's parameter order
    order: Callable[[tuple], tuple]  # a row's values in that order
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, processor), where there is one
    positional: bool

    def parameters(self, row: tuple) -> tuple[Any, ...] | dict[str, Any]:
        values = self.order(row)
        if self.processors:
            values = list(values)
            for position, process in self.processors:
                values[position] = process(values[position])
        return tuple(values) if self.positional else dict(zip(self.columns, values))


def insert_many(connection: Connection, table: Table, columns: tuple[str, ...], rows: Sequence[tuple]) -> None:
    """INSERT ``rows`` (tuples of the values of ``columns``, in that order) into ``table``."""
    if not rows:
        return
    statement = _compiled_insert(connection.dialect, table, columns)
    connection.exec_driver_sql(statement.sql, [statement.parameters(row) for row in rows])


def insert_with_ids(connection: Connection, table: Table, rows: list[dict[str, Any]], key: str) -> dict[Any, int]:
    """INSERT ``rows`` (dicts with the same keys); the new ids by each row's value of the unique
    column ``key``. RETURNING with the ids in the rows' order makes SQLAlchemy send one statement
    per row on SQLite; one ``executemany`` and one lookup by the unique key cost a fraction."""
    if not rows:
        return {}
    keys = tuple(rows[0])
    insert_many(connection, table, keys, [tuple(row[column] for column in keys) for row in rows])
    wanted = [row[key] for row in rows]
    found = connection.execute(select(table.c[key], table.c.id).where(table.c[key].in_(wanted)))
    return {key_value: row_id for key_value, row_id in found}


@lru_cache(maxsize=64)
def _compiled_insert(dialect: Dialect, table: Table, columns: tuple[str, ...]) -> _CompiledInsert:
    compiled = insert(table).compile(dialect=dialect, column_keys=list(columns))
    positional = compiled.positiontup is not None
    ordered = tuple(compiled.positiontup) if positional else columns
    # itemgetter of several positions returns a tuple in C; of one, a bare value
    order = itemgetter(*(columns.index(column) for column in ordered)) if len(ordered) > 1 else (
        lambda row: (row[0],))
    processors = tuple((position, process) for position, column in enumerate(ordered)
                       if (process := table.c[column].type.dialect_impl(dialect).bind_processor(dialect)))
    return _CompiledInsert(str(compiled), ordered, order, processors, positional)
