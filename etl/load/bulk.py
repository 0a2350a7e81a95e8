"""Many rows into one table with the driver's ``executemany``.

SQLAlchemy prepares the parameters of an ``executemany`` row by row in general
code (several times SQLite's own cost of inserting the row). Here the statement
is compiled once per table, columns, dialect and number of rows, as SQLAlchemy
would compile it, and rows come as tuples: they go to the driver as they are,
with only the bind processing some columns need (JSON serialisation) applied.

Each statement inserts up to ``ROWS_PER_STATEMENT`` rows (``VALUES (...), (...)``):
SQLite runs a statement's set-up once per execution, and a CHECK of a column
against a list of three or more values builds a temporary index of the list each
time. An ``executemany`` of one-row statements paid both per row; an insert of a
batch's rows into article_parts took 2.5 times as long.
"""
from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from operator import itemgetter
from typing import Any

from sqlalchemy import Connection, Dialect, Table, bindparam, insert, select

# Rows per statement, and bound values per statement (999: SQLite's limit before 3.32).
ROWS_PER_STATEMENT = 100
MAX_VARIABLES = 999


@dataclass(frozen=True)
class _CompiledInsert:
    sql: str
    names: tuple[str, ...]  # the bound parameters, in the statement's order
    order: Callable[[list], tuple]  # the values of a statement's rows, flattened, in that order
    processors: tuple[tuple[int, Callable[[Any], Any]], ...]  # (position, processor), where there is one
    positional: bool

    def parameters(self, rows: Sequence[tuple]) -> tuple[Any, ...] | dict[str, Any]:
        values = self.order([value for row in rows for value in row])
        if self.processors:
            values = list(values)
            for position, process in self.processors:
                values[position] = process(values[position])
        return tuple(values) if self.positional else dict(zip(self.names, values))


def insert_many(connection: Connection, table: Table, columns: tuple[str, ...], rows: Sequence[tuple]) -> None:
    """INSERT ``rows`` (tuples of the values of ``columns``, in that order) into ``table``."""
    if not rows:
        return
    per_statement = max(1, min(ROWS_PER_STATEMENT, MAX_VARIABLES // len(columns)))
    whole = len(rows) - len(rows) % per_statement  # rows sent in statements of per_statement rows
    for count, first, last in ((per_statement, 0, whole), (1, whole, len(rows))):
        if first < last:
            statement = _compiled_insert(connection.dialect, table, columns, count)
            connection.exec_driver_sql(statement.sql, [statement.parameters(rows[at:at + count])
                                                       for at in range(first, last, count)])


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
def _compiled_insert(dialect: Dialect, table: Table, columns: tuple[str, ...], count: int) -> _CompiledInsert:
    """INSERT of ``count`` rows of ``columns``; its parameter ``column__i`` is row i's value."""
    rows = [{column: bindparam(f"{column}__{row}", type_=table.c[column].type) for column in columns}
            for row in range(count)]
    compiled = insert(table).values(rows).compile(dialect=dialect)
    positional = compiled.positiontup is not None
    names = tuple(compiled.positiontup) if positional else tuple(
        f"{column}__{row}" for row in range(count) for column in columns)
    positions = []  # of each parameter's value among the rows' values, flattened
    for name in names:
        column, _, row = name.rpartition("__")
        positions.append(int(row) * len(columns) + columns.index(column))
    # itemgetter of several positions returns a tuple in C; of one, a bare value
    order = itemgetter(*positions) if len(positions) > 1 else (lambda values: (values[positions[0]],))
    processors = tuple((position, process) for position, name in enumerate(names)
                       if (process := table.c[name.rpartition("__")[0]].type.dialect_impl(dialect)
                           .bind_processor(dialect)))
    return _CompiledInsert(str(compiled), names, order, processors, positional)
