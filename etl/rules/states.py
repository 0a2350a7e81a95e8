"""The world's states (ISO 3166-1, from ``data/states.csv``) with every name the news uses
for them (``data/state_names.csv``), read once. Pure data: extraction matches these
names, and the loader stores them as reference rows."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from sco_etl.rules import data_rows


@dataclass(frozen=True)
class StateRecord:
    iso3: str
    iso2: str
    numeric: str
    name: str
    official_name: str | None
    names: tuple[tuple[str, str], ...]  # (name, kind)


@lru_cache(maxsize=1)
def state_records() -> tuple[StateRecord, ...]:
    """States from ``states.csv`` (pycountry) plus the curated names of ``state_names.csv``."""
    curated: dict[str, list[tuple[str, str]]] = {}
    for row in data_rows("state_names.csv"):
        curated.setdefault(row["iso3"], []).append((row["name"], row["kind"]))
    records = []
    for row in data_rows("states.csv"):
        extra = curated.get(row["iso3"], [])
        short = next((name for name, kind in extra if kind == "short"), None)
        display = short or row["common_name"] or row["name"]
        # ISO's list form ("Korea, Republic of") is kept as an alternative, never shown
        names = [(row["name"], "alternative" if "," in row["name"] else "short")]
        if row["common_name"]:
            names.append((row["common_name"], "common"))
        if row["official_name"]:
            names.append((row["official_name"], "official"))
        names.extend(extra)
        records.append(StateRecord(
            iso3=row["iso3"], iso2=row["iso2"], numeric=row["numeric"], name=display,
            official_name=row["official_name"] or None, names=tuple(dict.fromkeys(names)),
        ))
    return tuple(records)
