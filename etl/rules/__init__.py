"""Data files shipped in the package (names, catalogues, cue lists), read in one way."""
from __future__ import annotations

import csv
import hashlib
import re
import tomllib
from functools import cache, lru_cache
from importlib.resources import files

# The files whose rows ``reference.sync_reference_data`` puts in the database.
REFERENCE_FILES = ("states.csv", "state_names.csv", "organisations.json")


def data_text(filename: str) -> str:
    return files(__name__).joinpath(filename).read_text("utf-8")


def data_lines(filename: str) -> list[str]:
    """The non-blank lines of a list file, without ``#`` comments."""
    return [line.strip() for line in data_text(filename).splitlines()
            if line.strip() and not line.startswith("#")]


@cache
def word_set(filename: str) -> frozenset[str]:
    """A list file's lines as a set, for membership tests; read once."""
    return frozenset(data_lines(filename))


@cache
def lexicon(name: str) -> tuple[str, ...]:
    """One shared word list of ``lexicon.toml``."""
    return tuple(tomllib.loads(data_text("lexicon.toml"))[name])


def alternation(words: tuple[str, ...]) -> str:
    """Words as a regular-expression group of alternatives, a space inside a word matching any spaces."""
    return "(?:" + "|".join(r"\s+".join(map(re.escape, word.split())) for word in words) + ")"


def data_rows(filename: str) -> list[dict[str, str]]:
    """The rows of a CSV file whose leading ``#`` lines document its columns."""
    return list(csv.DictReader(line for line in data_text(filename).splitlines() if not line.startswith("#")))


@lru_cache(maxsize=1)
def reference_fingerprint() -> str:
    """A hash of the shipped reference data: a database synchronised with it needs no second pass."""
    digest = hashlib.sha256()
    for name in REFERENCE_FILES:
        digest.update(data_text(name).encode("utf-8"))
    return digest.hexdigest()
