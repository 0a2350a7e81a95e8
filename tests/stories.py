"""The syndicated copy of a seed that the story tests load (tests/fixtures/stories/seed_copy.toml)."""
from __future__ import annotations

import tomllib
from pathlib import Path

from sco_etl.parse.layout import parse_article

RECIPE = Path(__file__).parent / "fixtures" / "stories" / "seed_copy.toml"


def seed_copy(seeds: Path) -> tuple[str, str]:
    """The seed the recipe copies (its file name) and the copy's text."""
    recipe = tomllib.loads(RECIPE.read_text(encoding="utf-8"))
    body = parse_article((seeds / recipe["seed"]).read_text(encoding="utf-8")).body
    paragraphs = [paragraph for number, paragraph in enumerate(body.split("\n\n")) if number not in recipe["cut"]]
    text = "\n\n".join(paragraphs)
    for before, after in recipe["edits"]:
        assert before in text, f"the recipe's edit {before!r} finds nothing to change"
        text = text.replace(before, after, 1)
    return recipe["seed"], recipe["header"] + "\n" + text + "\n" + recipe["footer"]
