from __future__ import annotations

import os
from pathlib import Path

import pytest
from click.testing import CliRunner
from sco_etl import db

REPO = Path(__file__).resolve().parents[1]
SAMPLES = REPO / "samples"
SHARED = Path(os.environ.get("SCO_ETL_SHARED", REPO.parent / "shared"))

needs_shared = pytest.mark.skipif(
    not (SHARED / "seeds").is_dir(),
    reason=f"the seed articles are not here ({SHARED}/seeds): they live beside the repo, not in it",
)


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'test.db'}"


@pytest.fixture
def engine(db_url: str):
    engine = db.create_db_engine(db_url)
    yield engine
    engine.dispose()


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def write(tmp_path: Path):
    """Write an article file under tmp_path/articles and return its path."""
    folder = tmp_path / "articles"
    folder.mkdir(exist_ok=True)

    def _write(name: str, content: str | bytes) -> Path:
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, str):
            path.write_text(content, encoding="utf-8")
        else:
            path.write_bytes(content)
        return path

    return _write
