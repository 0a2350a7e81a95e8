"""Datasette's metadata for a served database: titles, descriptions and facets of the stable
views from ``views.toml`` (what ``sco-etl schema`` prints), the tables behind them hidden."""
from __future__ import annotations

from functools import lru_cache
from typing import Any

from jinja2 import Environment, PackageLoader, select_autoescape
from sco_etl.schema.describe import view_docs
from sco_etl.schema.tables import metadata as tables
from sco_etl.schema.views import VIEW_NAMES

# Alembic's bookkeeping, beside the tables of the schema
HIDDEN_EXTRA = ("alembic_version",)
PLUGIN = "sco-etl"  # the plugin's configuration in the metadata, as Datasette reads it (plugin_config)


@lru_cache(maxsize=1)
def templates() -> Environment:
    return Environment(loader=PackageLoader("sco_etl.serve", "templates"), autoescape=select_autoescape(default=True))


def database_metadata(name: str, address: str, reports_dirs: list[str]) -> dict[str, Any]:
    """The metadata of a Datasette serving the database ``name`` (at ``address``), and the plugin's
    configuration: which database it serves and where its own reports are."""
    docs = view_docs()
    views = {}
    for view in VIEW_NAMES:
        doc = docs.get(view, {})
        views[view] = {"title": view, "description": doc.get("about", ""), "columns": doc.get("columns", {}),
                       "facets": doc.get("facets", [])}
    hidden = {table: {"hidden": True} for table in (*tables.tables, *HIDDEN_EXTRA)}
    introduction = templates().get_template("database_description.html").render(
        views=[{"name": view, "about": docs.get(view, {}).get("about", ""), "address": f"{address}/{view}"}
               for view in VIEW_NAMES])
    return {
        "title": "sco-etl",
        "description": "News about the Shanghai Cooperation Organisation, as a database of articles and their facts.",
        "databases": {
            name: {
                "title": f"SCO news: {name}",
                "description_html": introduction,
                "tables": {**hidden, **views},
            },
        },
        "plugins": {PLUGIN: {"database": name, "reports_dirs": reports_dirs}},
    }
