"""Rebuild ``etl/rules/states.csv`` from pycountry's ISO 3166-1 table.

Run after upgrading pycountry: ``python scripts/build_states.py``. Curated
adjectives, demonyms and news names live in ``etl/rules/state_names.csv``
(hand-kept: no library has them complete).
"""
from __future__ import annotations

import csv
from pathlib import Path

import pycountry

OUT = Path(__file__).resolve().parent.parent / "etl" / "rules" / "states.csv"

# States the news treats as states that ISO 3166-1 has no code for, under the user-assigned
# codes the European Commission, the IMF and Unicode CLDR use for them (no numeric code)
USER_ASSIGNED = [("XKX", "XK", "", "Kosovo", "Republic of Kosovo", "")]


def main() -> None:
    rows = sorted([
        (
            country.alpha_3, country.alpha_2, country.numeric, country.name,
            getattr(country, "official_name", ""), getattr(country, "common_name", ""),
        )
        for country in pycountry.countries
    ] + USER_ASSIGNED)
    with OUT.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["iso3", "iso2", "numeric", "name", "official_name", "common_name"])
        writer.writerows(rows)
    print(f"wrote {len(rows)} states to {OUT} (pycountry {pycountry.__version__ if hasattr(pycountry, '__version__') else ''})")


if __name__ == "__main__":
    main()
