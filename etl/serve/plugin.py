"""The Datasette plugin of ``sco-etl serve``: reports as canned queries, the article page, links.

Registered by ``serve.app`` for the one database it serves (the metadata's plugin
configuration names it); every hook leaves other databases alone.
"""
from __future__ import annotations

import re
import sqlite3
from contextvars import ContextVar
from functools import lru_cache
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl

from datasette import hookimpl
from datasette.utils.asgi import BadRequest, NotFound, Response
from markupsafe import Markup
from sco_etl.export import Query, read_page
from sco_etl.reports import Catalogue, ReportError
from sco_etl.reports.articles import article_html, article_view
from sco_etl.serve.metadata import PLUGIN
from sco_etl.serve.queries import MAGIC, Offered, Requested, offered, requested
from sco_etl.sqltemplates import render_sql

# The report the current request runs and its values, found by the ASGI wrapper, which sees the
# request first: Datasette's canned_queries hook is not given the request, so it reads them
# from the context; a magic parameter is looked up in the thread that runs the query, outside
# that context, so it reads them from the request's ASGI scope.
CURRENT: ContextVar[Requested | None] = ContextVar("sco_etl_current_report", default=None)
SCOPE_KEY = "sco_etl.report"


def _config(datasette: Any) -> dict[str, Any] | None:
    return datasette.plugin_config(PLUGIN)


def _offered(config: dict[str, Any]) -> Offered:
    return _offered_from(tuple(config.get("reports_dirs", [])))


@lru_cache(maxsize=8)
def _offered_from(reports_dirs: tuple[str, ...]) -> Offered:
    return offered(Catalogue([Path(folder) for folder in reports_dirs]))


@hookimpl
def asgi_wrapper(datasette):
    def wrap(app):
        async def remembering(scope, receive, send):
            current = _requested(datasette, scope) if scope["type"] == "http" else None
            if current is not None and scope["method"] not in ("GET", "HEAD"):
                # a report only reads (Datasette 0.65 answers a POST to a reading query with an error 500)
                await Response.text("a report is run with GET", status=405, headers={"Allow": "GET, HEAD"}).asgi_send(send)
                return
            scope = {**scope, SCOPE_KEY: current}
            token = CURRENT.set(current)
            try:
                await app(scope, receive, send)
            finally:
                CURRENT.reset(token)

        return remembering

    return wrap


def _requested(datasette: Any, scope: dict[str, Any]) -> Requested | None:
    """The report a request's address names (``/<db>/<report>``, ``.json`` or ``.csv`` after it)."""
    config = _config(datasette)
    if config is None:
        return None
    path = scope.get("raw_path", scope["path"].encode()).decode("ascii", "replace").partition("?")[0]
    found = re.fullmatch(re.escape(datasette.urls.database(config["database"])) + r"/(\w+)(?:\.\w+)?", path)
    if found is None:
        return None
    reports = _offered(config)
    report = reports.reports.get(found.group(1))
    if report is None:
        return None
    args = dict(parse_qsl(scope.get("query_string", b"").decode("utf-8", "replace"), keep_blank_values=True))
    return requested(reports.catalogue, report, args)


@hookimpl
def canned_queries(datasette, database):
    config = _config(datasette)
    if config is None or database != config["database"]:
        return None
    try:
        return _offered(config).with_current(CURRENT.get())
    except ReportError as error:  # the values asked for
        raise BadRequest(str(error)) from None


@hookimpl
def register_magic_parameters(datasette):
    return [(MAGIC, bound_value)]


def bound_value(name: str, request: Any) -> Any:
    """A report's parameter, typed, for ``:_report_<name>`` (KeyError: Datasette says it is missing)."""
    current = request.scope.get(SCOPE_KEY)
    if current is None or current.values is None:
        raise KeyError(name)
    return current.values[name]


@hookimpl
def prepare_connection(conn, database, datasette):
    config = _config(datasette)
    if config is not None and database == config["database"]:
        # besides opening the file read-only or immutable: this connection never writes
        conn.execute("PRAGMA query_only = ON")


@hookimpl
def render_cell(value, column, database, datasette):
    """An ``article_id`` anywhere in the database links to the article's page."""
    config = _config(datasette)
    if config is None or database != config["database"] or column != "article_id" or type(value) is not int:
        return None
    return Markup('<a href="{}">{}</a>').format(datasette.urls.path(f"/-/article/{value}"), value)


@hookimpl
def register_routes(datasette):
    return [(r"^/-/article/(?P<article_id>[0-9]{1,18})$", article_page)]


async def article_page(datasette, request):
    config = _config(datasette)
    if config is None:
        raise NotFound("no database of sco-etl is served here")
    article_id = int(request.url_vars["article_id"])
    database = datasette.get_database(config["database"])
    # the export's SQL: the first article after article_id - 1, and its facts
    articles, facts = await database.execute_fn(lambda connection: read_page(_query(connection), article_id - 1, 1))
    if not articles or articles[0]["article_id"] != article_id:
        raise NotFound(f"no article {article_id}")
    article = articles[0]
    own = {kind: by_article.get(article_id, []) for kind, by_article in facts.items()}
    urls = datasette.urls
    nav = [(urls.table(database.name, "v_articles"), "All articles"),
           (f"{urls.table(database.name, 'v_membership_events')}?article_id={article_id}", "Its events as a table"),
           (f"{urls.table(database.name, 'v_quotes')}?article_id={article_id}", "Its quotes as a table")]
    html = article_html(article_view(article, own), nav)
    page = await datasette.render_template(
        "sco_article.html", {"article_html": Markup(html), "title": article["title"] or article["file_name"]},
        request=request)
    return Response.html(page)


def _query(connection: sqlite3.Connection) -> Query:
    def query(template: str, values: dict[str, Any]) -> list[dict[str, Any]]:
        cursor = connection.execute(render_sql(template, "sqlite"), values)
        names = [column[0] for column in cursor.description]
        return [dict(zip(names, row)) for row in cursor]

    return query

