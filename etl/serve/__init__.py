"""``sco-etl serve``: the database browsed in Datasette.

Datasette does the web work (tables, views, facets, SQL, JSON and CSV); this package only
configures it: ``metadata`` describes the stable views from ``views.toml``, ``queries``
offers every report as a canned query rendered from its ``.sql.j2`` file, and ``plugin`` adds
the article page and the links to it. Datasette is an optional extra (``sco-etl[serve]``).
"""
