"""Map names found in articles to rows: one organisation, one person, one row.

An organisation is found by the spelling-insensitive key of any of its names;
a name the database has not seen becomes an alias of the organisation the
catalogue says it is, or a new organisation.
"""
from __future__ import annotations

from sco_etl.catalogue import catalogue
from sco_etl.model import OrganisationRef, PersonRef
from sco_etl.names import name_key
from sco_etl.reference import add_names
from sco_etl.schema.models import Organisation, OrganisationName, Person
from sqlalchemy import select
from sqlalchemy.orm import Session


class Resolver:
    """Find-or-create organisations and people within one session, with a cache."""

    def __init__(self, session: Session) -> None:
        self.session = session
        self._organisations: dict[str, int] = {}
        self._people: dict[str, Person] = {}

    def organisation_id(self, ref: OrganisationRef) -> int:
        key = name_key(ref.name)
        if key in self._organisations:
            return self._organisations[key]
        organisation = self._find_organisation(ref)
        if organisation is None:
            organisation = Organisation(name=ref.name, acronym=ref.acronym, kind=ref.kind or "other",
                                        country_iso3=ref.country_iso3)
            self.session.add(organisation)
            self.session.flush()
        names = [(ref.name, "alias")] + [(alias, "alias") for alias in ref.aliases]
        if ref.acronym:
            names.append((ref.acronym, "acronym"))
        add_names(self.session, organisation, names)
        self._organisations[key] = organisation.id
        return organisation.id

    def _find_organisation(self, ref: OrganisationRef) -> Organisation | None:
        candidates = [ref.name, *ref.aliases]
        entry = catalogue().lookup(ref.name)
        if entry:
            return self.session.scalar(select(Organisation).where(Organisation.catalogue_key == entry.key))
        keys = [name_key(name) for name in candidates]
        return self.session.scalar(
            select(Organisation).join(OrganisationName).where(OrganisationName.name_key.in_(keys))
        )

    def person_id(self, ref: PersonRef) -> int:
        key = name_key(ref.full_name)
        person = self._people.get(key)
        if person is None:
            person = self.session.scalar(select(Person).where(Person.name_key == key))
        if person is None:
            person = Person(full_name=ref.full_name, name_key=key)
            self.session.add(person)
        # what a later mention says about a person fills what an earlier one left open
        person.role = person.role or ref.role
        person.nationality_iso3 = person.nationality_iso3 or ref.nationality_iso3
        if ref.affiliation and person.affiliation_id is None:
            person.affiliation_id = self.organisation_id(ref.affiliation)
        self.session.flush()
        self._people[key] = person
        return person.id
