"""The Jinja environment of the HTML pages, shared by the report pages and their charts."""
from __future__ import annotations

from functools import lru_cache

from jinja2 import Environment, PackageLoader, select_autoescape


@lru_cache(maxsize=1)  # one compiled template per page of a site of many articles, not one per page
def html_environment() -> Environment:
    # autoescape everything: titles, values and evidence come from scraped articles
    return Environment(loader=PackageLoader("sco_etl.reports", "templates"), autoescape=select_autoescape(default=True))
