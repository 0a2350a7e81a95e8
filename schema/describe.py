"""A readable description of the schema: the stable views first, then the tables."""
from __future__ import annotations

import tomllib
from importlib.resources import files

from sco_etl.schema.tables import metadata
from sco_etl.schema.views import VIEW_NAMES


def view_docs() -> dict[str, dict]:
    return tomllib.loads(files("sco_etl.schema.views").joinpath("views.toml").read_text("utf-8"))


def describe_schema(views_only: bool = False) -> str:
    lines = ["Stable views (query these; their names and columns do not change):", ""]
    docs = view_docs()
    for name in VIEW_NAMES:
        doc = docs.get(name, {})
        lines.append(f"{name}: {doc.get('about', '')}")
        width = max((len(column) for column in doc.get("columns", {})), default=0)
        for column, meaning in doc.get("columns", {}).items():
            lines.append(f"  {column:{width}}  {meaning}")
        lines.append("")
    if views_only:
        return "\n".join(lines)
    lines += ["Tables (may change with a migration):", ""]
    for table in sorted(metadata.tables.values(), key=lambda table: table.name):
        lines.append(f"{table.name}: {table.info.get('about', '')}")
        for column in table.columns:
            flags = [flag for flag, on in (("key", column.primary_key), ("null", column.nullable and not column.primary_key)) if on]
            target = next(iter(column.foreign_keys), None)
            reference = f" → {target.target_fullname}" if target is not None else ""
            lines.append(f"  {column.name:22} {column.type!s:14} {' '.join(flags)}{reference}")
        lines.append("")
    return "\n".join(lines)
