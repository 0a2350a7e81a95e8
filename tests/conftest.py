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


POSTGRES_URL = os.environ.get("SCO_ETL_TEST_POSTGRES_URL")
POSTGRES_HOWTO = ("set SCO_ETL_TEST_POSTGRES_URL=postgresql+psycopg://user:password@127.0.0.1/dbname "
                  "to run every database test on PostgreSQL too (.ci/run starts a server and sets it)")
BACKENDS = ["sqlite"] + (["postgresql"] if POSTGRES_URL else [])


@pytest.fixture(params=BACKENDS)
def db_url(request, tmp_path: Path):
    """A fresh, empty database on each backend under test: an SQLite file, or a
    PostgreSQL schema of its own (search_path) that is dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    yield from postgres_schema_url()


def postgres_schema_url():
    with db.scratch_schema(POSTGRES_URL, "test") as url:
        yield url


@pytest.fixture
def postgres_url():
    """A PostgreSQL database for the tests that compare backends; skipped without a server."""
    if not POSTGRES_URL:
        pytest.skip(POSTGRES_HOWTO)
    yield from postgres_schema_url()


@pytest.fixture
def sqlite_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'compare.db'}"


def is_sqlite(url: str) -> bool:
    return url.startswith("sqlite")


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
