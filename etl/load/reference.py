"""Reference data shipped in the package: states (ISO 3166-1) and the organisation catalogue.

``sync_reference_data`` makes the database hold all of it; it only inserts or
corrects what differs, so running it again is cheap and idempotent (a load skips it
when a run already synchronised data of the same ``data.reference_fingerprint``).
"""
from __future__ import annotations

from collections.abc import Iterable

from sco_etl.names import name_key
from sco_etl.rules.catalogue import catalogue
from sco_etl.rules.states import state_records
from sco_etl.schema.tables import organisation_names, organisations, state_names, states
from sqlalchemy import Connection, insert, select, update


def sync_reference_data(connection: Connection) -> None:
    """In ``connection``'s transaction."""
    _sync_states(connection)
    _sync_catalogue(connection)


def _sync_states(connection: Connection) -> None:
    known = set(connection.scalars(select(states.c.iso3)))
    known_names = set(connection.execute(select(state_names.c.iso3, state_names.c.name, state_names.c.kind)))
    new_states = [{"iso3": record.iso3, "iso2": record.iso2, "numeric": record.numeric, "name": record.name,
                   "official_name": record.official_name}
                  for record in state_records() if record.iso3 not in known]
    new_names = [{"iso3": record.iso3, "name": name, "kind": kind}
                 for record in state_records() for name, kind in record.names
                 if (record.iso3, name, kind) not in known_names]
    if new_states:
        connection.execute(insert(states), new_states)
    if new_names:
        connection.execute(insert(state_names), new_names)


def _sync_catalogue(connection: Connection) -> None:
    """Every catalogue entry is one organisation row with all its names."""
    ids: dict[str, int] = {}
    for entry in catalogue().entries:
        values = {"catalogue_key": entry.key, "name": entry.name, "acronym": entry.acronym, "kind": entry.kind,
                  "country_iso3": entry.country}
        organisation_id = connection.scalar(select(organisations.c.id)
                                            .where(organisations.c.catalogue_key == entry.key)) or \
            _adoptable(connection, entry.all_names)
        if organisation_id is None:
            organisation_id = connection.execute(insert(organisations).values(values)).inserted_primary_key[0]
        else:
            connection.execute(update(organisations).where(organisations.c.id == organisation_id).values(values))
        add_names(connection, organisation_id, [(entry.name, "canonical")]
                  + ([(entry.acronym, "acronym")] if entry.acronym else [])
                  + [(alias, "alias") for alias in entry.aliases])
        ids[entry.key] = organisation_id
    for entry in catalogue().entries:
        if entry.parent:
            connection.execute(update(organisations).where(organisations.c.id == ids[entry.key])
                               .values(parent_id=ids[entry.parent]))


def _adoptable(connection: Connection, names: Iterable[str]) -> int | None:
    """An organisation discovered in an article before the catalogue knew it: the entry adopts it."""
    return connection.scalar(
        select(organisations.c.id)
        .join(organisation_names, organisation_names.c.organisation_id == organisations.c.id)
        .where(organisation_names.c.name_key.in_([name_key(name) for name in names]),
               organisations.c.catalogue_key.is_(None))
        .limit(1))


def add_names(connection: Connection, organisation_id: int, names: list[tuple[str, str]]) -> None:
    """Give the organisation each (name, kind) whose key no organisation holds yet."""
    wanted: dict[str, tuple[str, str]] = {}
    for name, kind in names:
        wanted.setdefault(name_key(name), (name, kind))  # the first spelling of a key wins
    wanted.pop("", None)
    held = set(connection.scalars(select(organisation_names.c.name_key)
                                  .where(organisation_names.c.name_key.in_(wanted))))
    new = [{"organisation_id": organisation_id, "name": name, "name_key": key, "kind": kind}
           for key, (name, kind) in wanted.items() if key not in held]
    if new:
        connection.execute(insert(organisation_names), new)
