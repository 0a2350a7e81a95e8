"""Reference data shipped in the package: states (ISO 3166-1) and the organisation catalogue.

``sync_reference_data`` makes the database hold all of it; it only inserts
what is missing, so running it before every load is cheap and idempotent.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from functools import lru_cache

from sco_etl.catalogue import catalogue
from sco_etl.data import data_rows, data_text
from sco_etl.names import name_key
from sco_etl.schema.models import Organisation, OrganisationName, State, StateName
from sqlalchemy import select
from sqlalchemy.orm import Session


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


REFERENCE_FILES = ("states.csv", "state_names.csv", "organisations.json")


@lru_cache(maxsize=1)
def reference_fingerprint() -> str:
    """A hash of the shipped reference data: a database synchronised with it needs no second pass."""
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        digest.update(data_text(name).encode("utf-8"))
    return digest.hexdigest()


def sync_reference_data(session: Session) -> None:
    _sync_states(session)
    _sync_catalogue(session)


def _sync_states(session: Session) -> None:
    known = set(session.scalars(select(State.iso3)))
    known_names = {tuple(row) for row in session.execute(select(StateName.iso3, StateName.name, StateName.kind))}
    for record in state_records():
        if record.iso3 not in known:
            session.add(State(iso3=record.iso3, iso2=record.iso2, numeric=record.numeric,
                              name=record.name, official_name=record.official_name))
        for name, kind in record.names:
            if (record.iso3, name, kind) not in known_names:
                session.add(StateName(iso3=record.iso3, name=name, kind=kind))
    session.flush()


def _sync_catalogue(session: Session) -> None:
    """Every catalogue entry is one organisation row with all its names."""
    by_key: dict[str, Organisation] = {}
    for entry in catalogue().entries:
        organisation = session.scalar(select(Organisation).where(Organisation.catalogue_key == entry.key))
        if organisation is None:
            # an organisation discovered in an article before the catalogue knew it is adopted
            organisation = session.scalar(
                select(Organisation).join(OrganisationName)
                .where(OrganisationName.name_key.in_([name_key(name) for name in entry.all_names]))
                .where(Organisation.catalogue_key.is_(None))
            ) or Organisation()
            session.add(organisation)
        organisation.catalogue_key = entry.key
        organisation.name, organisation.acronym, organisation.kind = entry.name, entry.acronym, entry.kind
        organisation.country_iso3 = entry.country
        session.flush()
        add_names(session, organisation, [(entry.name, "canonical")]
                  + ([(entry.acronym, "acronym")] if entry.acronym else [])
                  + [(alias, "alias") for alias in entry.aliases])
        by_key[entry.key] = organisation
    for entry in catalogue().entries:
        if entry.parent:
            by_key[entry.key].parent_id = by_key[entry.parent].id
    session.flush()


def add_names(session: Session, organisation: Organisation, names: list[tuple[str, str]]) -> None:
    """Give ``organisation`` each name whose key no organisation holds yet."""
    for name, kind in names:
        key = name_key(name)
        if key and session.scalar(select(OrganisationName.id).where(OrganisationName.name_key == key)) is None:
            session.add(OrganisationName(organisation_id=organisation.id, name=name, name_key=key, kind=kind))
    session.flush()
