"""A Datasette on one SQLite file of sco-etl, read-only, with the plugin and metadata of this package."""
from __future__ import annotations

import os
from importlib.resources import files
from pathlib import Path
from typing import Any

from datasette.app import Datasette
from datasette.plugins import pm
from datasette.utils import tilde_encode
from sco_etl.serve import plugin
from sco_etl.serve.metadata import database_metadata


def build(path: Path, reports_dirs: list[Path], time_limit: float) -> Datasette:
    """Datasette serving ``path``, SQL allowed, each statement stopped after ``time_limit`` seconds.

    The file is opened read-only (``mode=ro``), so a load may go on while it is browsed; in a
    read-only folder, which cannot hold the ``-shm`` file a WAL database is read through, it is
    opened immutable (as every reading command does, ``db.create_reader_engine``)."""
    if not pm.is_registered(plugin):
        pm.register(plugin, name="sco_etl")
    name = path.stem  # the name Datasette gives a file, and its address (/<name>)
    immutable = not os.access(path.parent, os.W_OK)
    settings: dict[str, Any] = {"sql_time_limit_ms": max(1, round(time_limit * 1000)), "default_allow_sql": True}
    return Datasette(
        files=[] if immutable else [str(path)],
        immutables=[str(path)] if immutable else [],
        metadata=database_metadata(name, "/" + tilde_encode(name), [str(folder) for folder in reports_dirs]),
        template_dir=str(files("sco_etl.serve").joinpath("templates")),
        settings=settings,
    )


def serve(instance: Datasette, host: str, port: int) -> None:
    import uvicorn  # Datasette's own server, a dependency of it

    uvicorn.run(instance.app(), host=host, port=port, log_level="info", lifespan="on", workers=1)
