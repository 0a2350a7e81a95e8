"""Bulk inserts: rows sent many to a statement arrive whole, in order, with JSON serialised."""
from __future__ import annotations

import pytest
from sco_etl import db
from sco_etl.load import bulk
from sco_etl.load.reference import sync_reference_data
from sco_etl.schema import tables
from sqlalchemy import insert, select


@pytest.mark.parametrize("count", [1, 99, 100, 101, 250])  # under, at and over one statement's rows
def test_insert_many_stores_every_row_in_order(engine, count):
    db.upgrade(engine)
    with engine.begin() as connection:
        sync_reference_data(connection)  # the states the mention rows refer to
        article_id = connection.execute(insert(tables.articles).values(
            file_name="a.txt", text_sha256="0" * 64, text="x", encoding="utf-8", body="x",
            pipeline_version="test")).inserted_primary_key[0]
        rows = [(article_id, ordinal, "body", ordinal, ordinal + 1) for ordinal in range(count)]
        bulk.insert_many(connection, tables.article_parts, ("article_id", "ordinal", "kind", "start_offset",
                                                            "end_offset"), rows)
        states = [(article_id, iso3, 2, [[0, 1], [5, 9]]) for iso3 in ("KAZ", "CHN", "IND")]
        bulk.insert_many(connection, tables.article_states, ("article_id", "iso3", "mentions", "spans"), states)
    with engine.connect() as connection:
        parts = connection.execute(select(tables.article_parts.c.article_id, tables.article_parts.c.ordinal,
                                          tables.article_parts.c.kind, tables.article_parts.c.start_offset,
                                          tables.article_parts.c.end_offset)
                                   .order_by(tables.article_parts.c.id)).all()
        spans = connection.execute(select(tables.article_states.c.iso3, tables.article_states.c.spans)
                                   .order_by(tables.article_states.c.iso3)).all()
    assert [tuple(row) for row in parts] == rows
    assert [tuple(row) for row in spans] == [("CHN", [[0, 1], [5, 9]]), ("IND", [[0, 1], [5, 9]]),
                                             ("KAZ", [[0, 1], [5, 9]])]


def test_a_statement_binds_at_most_sqlites_oldest_limit_of_values():
    columns = tuple(column.name for column in tables.articles.columns if column.name != "id")
    per_statement = min(bulk.ROWS_PER_STATEMENT, bulk.MAX_VARIABLES // len(columns))
    assert per_statement * len(columns) <= 999
