"""SQL used by the loader and the evaluator: Jinja templates (``*.sql.j2``, rendered by
``sqltemplates``) and plain statements (``*.sql``), which a reload of unchanged files runs
before Jinja or SQLAlchemy is imported. Either way, values are bound parameters (``:name``)."""
from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def statement(filename: str) -> str:
    """The text of a plain ``.sql`` file of this package."""
    return files(__name__).joinpath(filename).read_text("utf-8")
