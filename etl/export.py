"""Every article with its extracted facts, out of the database: JSON Lines or CSV tables.

A JSON Lines export is also valid input: its records carry ``text``, ``title``,
``published``, ``author``, ``source`` and ``url``, so ``sco-etl load
export.jsonl`` rebuilds the facts in a fresh database without the original
files. Articles are read a page at a time, so memory does not grow with the
database.
"""
from __future__ import annotations

import csv
import json
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from pathlib import Path
from typing import Any, TextIO

from sco_etl.spreadsheet import excel_safe as _excel_safe
from sco_etl.sqltemplates import sql
from sqlalchemy import Connection

PAGE_SIZE = 500
# the facts of an article: record key (and CSV file name) → SQL template
FACTS = {
    "states": "export_state_mentions.sql.j2",
    "organisations": "export_organisation_mentions.sql.j2",
    "quotes": "export_quotes.sql.j2",
    "membership_events": "export_membership_events.sql.j2",
}
# the files of a CSV export, each NAME.csv
CSV_FILES = ("articles", *FACTS)
# article columns renamed to the record fields the JSON Lines reader reads back
RECORD_NAMES = {"published_on": "published", "publisher": "source", "authors": "author"}


# Runs one of the SQL templates above with bound values and gives its rows as mappings: over a
# SQLAlchemy connection here, over Datasette's own sqlite3 connection for its article pages.
Query = Callable[[str, dict[str, Any]], Iterable[Mapping[str, Any]]]


def connection_query(connection: Connection) -> Query:
    dialect = connection.dialect.name
    return lambda template, values: connection.execute(sql(template, dialect), values).mappings()


def pages(connection: Connection) -> Iterator[tuple[list[dict[str, Any]], dict[str, dict[int, list[dict[str, Any]]]]]]:
    """``(articles, facts by kind and article id)`` for each page of articles, in id order."""
    query = connection_query(connection)
    after_id = 0
    while True:
        articles, facts = read_page(query, after_id, PAGE_SIZE)
        if not articles:
            return
        yield articles, facts
        after_id = articles[-1]["article_id"]


def read_page(query: Query, after_id: int, page_size: int) -> tuple[list[dict[str, Any]], dict[str, dict[int, list[dict[str, Any]]]]]:
    """The first ``page_size`` articles after ``after_id`` in id order, and their facts by kind and article id."""
    articles = [dict(row) for row in query("export_articles.sql.j2", {"after_id": after_id, "page_size": page_size})]
    facts: dict[str, dict[int, list[dict[str, Any]]]] = {kind: {} for kind in FACTS}
    if not articles:
        return articles, facts
    bounds = {"first_id": articles[0]["article_id"], "last_id": articles[-1]["article_id"]}
    for kind, template in FACTS.items():
        by_article: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for row in query(template, bounds):
            fact = dict(row)
            if "spans" in fact:
                fact["spans"] = _json(fact["spans"])
            by_article[fact.pop("article_id")].append(fact)
        facts[kind] = by_article
    return articles, facts


def records(connection: Connection) -> Iterator[dict[str, Any]]:
    """One record per article: its metadata and text, then its facts."""
    for articles, facts in pages(connection):
        for article in articles:
            record = {RECORD_NAMES.get(key, key): value for key, value in article.items()}
            record["author"] = record["author"].split("; ") if record["author"] else []
            for kind in FACTS:
                record[kind] = facts[kind].get(article["article_id"], [])
            yield record


def write_jsonl(connection: Connection, stream: TextIO) -> int:
    count = 0
    for record in records(connection):
        stream.write(json.dumps(record, ensure_ascii=False) + "\n")
        count += 1
    return count


def write_csv(connection: Connection, folder: Path, excel_safe: bool = False) -> int:
    """``articles.csv`` and one CSV per kind of fact, joined on ``article_id``; headers even when empty;
    ``excel_safe``: no cell a spreadsheet would run as a formula (``spreadsheet``)."""
    folder.mkdir(parents=True, exist_ok=True)
    columns = _columns(connection)
    count = 0
    with ExitStack() as stack:
        writers = {}
        for name, fieldnames in columns.items():
            handle = stack.enter_context((folder / f"{name}.csv").open("w", encoding="utf-8", newline=""))
            writers[name] = csv.DictWriter(handle, fieldnames=fieldnames, lineterminator="\r\n")
            writers[name].writeheader()
        def write(name: str, row: dict[str, Any]) -> None:
            writers[name].writerow({key: _excel_safe(value) for key, value in row.items()} if excel_safe else row)

        for articles, facts in pages(connection):
            for article in articles:
                write("articles", article)
                count += 1
                for kind in FACTS:
                    for fact in facts[kind].get(article["article_id"], []):
                        write(kind, {"article_id": article["article_id"], **_flat(fact)})
    return count


def _columns(connection: Connection) -> dict[str, list[str]]:
    """Each CSV's columns, from its query run over no articles."""
    dialect = connection.dialect.name
    columns = {"articles": list(connection.execute(sql("export_articles.sql.j2", dialect),
                                                   {"after_id": 0, "page_size": 0}).keys())}
    for kind, template in FACTS.items():
        columns[kind] = list(connection.execute(sql(template, dialect), {"first_id": 0, "last_id": -1}).keys())
    return columns


def _flat(fact: dict[str, Any]) -> dict[str, Any]:
    """Lists (mention spans) as JSON text in one cell."""
    return {key: json.dumps(value) if isinstance(value, list) else value for key, value in fact.items()}


def _json(value: Any) -> Any:
    """JSON columns come back parsed from PostgreSQL and as text from SQLite."""
    return json.loads(value) if isinstance(value, str) else value
