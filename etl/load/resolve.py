"""Map names found in articles to rows: one organisation, one person, one row.

An organisation is found by the spelling-insensitive key of any of its names;
a name the database has not seen becomes an alias of the organisation the
catalogue says it is, or a new organisation. Answers are cached for the whole
load; ``forget`` drops the cache when a transaction that added rows rolls back.
"""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from sco_etl.load.bulk import insert_with_ids
from sco_etl.load.reference import add_names
from sco_etl.model import OrganisationRef, PersonRef
from sco_etl.names import name_key
from sco_etl.rules.catalogue import catalogue
from sco_etl.schema.tables import organisation_names, organisations, people
from sqlalchemy import Connection, insert, select, update


@dataclass
class _StoredPerson:
    id: int
    role: str | None
    nationality_iso3: str | None
    affiliation_id: int | None


class Resolver:
    """Find-or-create organisations and people, with a cache that outlives one transaction."""

    def __init__(self) -> None:
        self._organisations: dict[str, int] = {}
        self._people: dict[str, _StoredPerson] = {}

    def forget(self) -> None:
        self._organisations.clear()
        self._people.clear()

    def organisation_id(self, connection: Connection, ref: OrganisationRef) -> int:
        key = name_key(ref.name)
        if key in self._organisations:
            return self._organisations[key]
        organisation_id = self._find_organisation(connection, ref)
        if organisation_id is None:
            organisation_id = connection.execute(insert(organisations).values(
                name=ref.name, acronym=ref.acronym, kind=ref.kind or "other",
                country_iso3=ref.country_iso3)).inserted_primary_key[0]
        names = [(ref.name, "alias")] + [(alias, "alias") for alias in ref.aliases]
        if ref.acronym:
            names.append((ref.acronym, "acronym"))
        add_names(connection, organisation_id, names)
        self._organisations[key] = organisation_id
        return organisation_id

    @staticmethod
    def _find_organisation(connection: Connection, ref: OrganisationRef) -> int | None:
        entry = catalogue().lookup(ref.name)
        if entry:
            return connection.scalar(select(organisations.c.id).where(organisations.c.catalogue_key == entry.key))
        keys = [name_key(name) for name in (ref.name, *ref.aliases)]
        return connection.scalar(select(organisation_names.c.organisation_id)
                                 .where(organisation_names.c.name_key.in_(keys)).limit(1))

    def prepare_people(self, connection: Connection, refs: Iterable[PersonRef]) -> None:
        """Find, then create, the people a batch names with one statement each, so that
        ``person_id`` answers them from the cache (a statement per new person was the
        writer's largest cost). A person is created from the first mention of them."""
        first: dict[str, PersonRef] = {}
        for ref in refs:
            first.setdefault(name_key(ref.full_name), ref)
        unknown = [key for key in first if key not in self._people]
        if not unknown:
            return
        for key, *stored in connection.execute(
                select(people.c.name_key, people.c.id, people.c.role, people.c.nationality_iso3,
                       people.c.affiliation_id).where(people.c.name_key.in_(unknown))):
            self._people[key] = _StoredPerson(*stored)
        new = [dict(full_name=first[key].full_name, name_key=key, role=first[key].role,
                    nationality_iso3=first[key].nationality_iso3,
                    affiliation_id=self._affiliation_id(connection, first[key]))
               for key in unknown if key not in self._people]
        ids = insert_with_ids(connection, people, new, "name_key")
        for values in new:
            self._people[values["name_key"]] = _StoredPerson(
                ids[values["name_key"]], values["role"], values["nationality_iso3"], values["affiliation_id"])

    def person_id(self, connection: Connection, ref: PersonRef) -> int:
        key = name_key(ref.full_name)
        if key not in self._people:
            self.prepare_people(connection, [ref])
        person = self._people[key]
        # what a later mention says about a person fills what an earlier one left open
        filled = {}
        if ref.role and not person.role:
            filled["role"] = person.role = ref.role
        if ref.nationality_iso3 and not person.nationality_iso3:
            filled["nationality_iso3"] = person.nationality_iso3 = ref.nationality_iso3
        if ref.affiliation and person.affiliation_id is None:
            filled["affiliation_id"] = person.affiliation_id = self._affiliation_id(connection, ref)
        if filled:
            connection.execute(update(people).where(people.c.id == person.id).values(**filled))
        return person.id

    def _affiliation_id(self, connection: Connection, ref: PersonRef) -> int | None:
        return self.organisation_id(connection, ref.affiliation) if ref.affiliation else None
