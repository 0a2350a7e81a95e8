"""Data files shipped in the package (names, catalogues, cue lists), read in one way."""
from __future__ import annotations

import csv
from importlib.resources import files


def data_text(filename: str) -> str:
    return files(__name__).joinpath(filename).read_text("utf-8")


def data_lines(filename: str) -> list[str]:
    """The non-blank lines of a list file, without ``#`` comments."""
    return [line.strip() for line in data_text(filename).splitlines()
            if line.strip() and not line.startswith("#")]


def data_rows(filename: str) -> list[dict[str, str]]:
    """The rows of a CSV file whose leading ``#`` lines document its columns."""
    return list(csv.DictReader(line for line in data_text(filename).splitlines() if not line.startswith("#")))
