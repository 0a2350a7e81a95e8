"""The curated organisation catalogue (``data/organisations.json``), read once."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from functools import lru_cache

from sco_etl.names import name_key
from sco_etl.rules import data_text


@dataclass(frozen=True)
class CatalogueEntry:
    key: str
    name: str
    kind: str
    acronym: str | None = None
    aliases: tuple[str, ...] = ()
    parent: str | None = None
    country: str | None = None
    domains: tuple[str, ...] = ()
    ended: int | None = None  # the year a body ceased or was replaced ("Shanghai Five": 2001)

    @property
    def all_names(self) -> tuple[str, ...]:
        return (self.name, *((self.acronym,) if self.acronym else ()), *self.aliases)


@dataclass
class Catalogue:
    entries: list[CatalogueEntry]
    by_key: dict[str, CatalogueEntry] = field(init=False)
    by_name_key: dict[str, CatalogueEntry] = field(init=False)
    by_domain: dict[str, CatalogueEntry] = field(init=False)

    def __post_init__(self) -> None:
        self.by_key = {entry.key: entry for entry in self.entries}
        self.by_name_key = {}
        self.by_domain = {}
        for entry in self.entries:
            for name in entry.all_names:
                self.by_name_key.setdefault(name_key(name), entry)
            for domain in entry.domains:
                self.by_domain[domain.lower()] = entry

    def lookup(self, name: str) -> CatalogueEntry | None:
        return self.by_name_key.get(name_key(name))

    def lookup_holder(self, name: str) -> CatalogueEntry | None:
        """The outlet a copyright holder names with its company's tail ("Guardian News & Media
        Limited or its affiliated companies" is Guardian News & Media)."""
        shorter = COMPANY_TAIL.sub("", name)
        while shorter != name:  # "The Economist Newspaper Limited": Limited, then Newspaper
            if (entry := self.lookup(shorter)):
                return entry
            name, shorter = shorter, PUBLISHER_TAIL.sub("", shorter)
        return None

    def lookup_domain(self, host: str) -> CatalogueEntry | None:
        """The outlet behind ``host`` or any parent domain of it (``opinions.cgtn.com``)."""
        labels = host.lower().strip(".").split(".")
        for i in range(len(labels) - 1):
            entry = self.by_domain.get(".".join(labels[i:]))
            if entry:
                return entry
        return None


COMPANY_TAIL = re.compile(r"(?:,?\s+(?:Limited|Ltd\.?|LLC|L\.L\.C\.|Inc\.?|plc|PLC|GmbH|S\.A\.|Corp\.?|Corporation"
                          r"|Company|Holdings)\b|\s+(?:or|and)\s+its\s+affiliat|\s+and\s+(?:other\s+)?(?:news\s+|wire\s+)?agencies).*$")


PUBLISHER_TAIL = re.compile(r"\s+(?:Newspapers?|Group|Media|Publishing|Publications|Public\s+Company|\([^)]*\))$")


@lru_cache(maxsize=1)
def catalogue() -> Catalogue:
    data = json.loads(data_text("organisations.json"))
    entries = [
        CatalogueEntry(
            key=item["key"], name=item["name"], kind=item["kind"], acronym=item.get("acronym"),
            aliases=tuple(item.get("aliases", ())), parent=item.get("parent"),
            country=item.get("country"), domains=tuple(item.get("domains", ())), ended=item.get("ended"),
        )
        for item in data["organisations"]
    ]
    return Catalogue(entries)
