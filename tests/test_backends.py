"""The same input gives the same database on SQLite and PostgreSQL; loads may run at once."""
from __future__ import annotations

import json
import os
import subprocess
import sys
from contextlib import contextmanager
from pathlib import Path

import pytest
from conftest import BACKENDS, POSTGRES_URL, SAMPLES, SHARED
from sco_etl import db
from sco_etl.cli import main
from sco_etl.evaluate import evaluate, fetch_database, load_gold
from sco_etl.load.loader import Loader
from sco_etl.reports import Catalogue


def _corpus() -> list[str]:
    paths = [str(SAMPLES / "main" / "articles"), str(SAMPLES / "holdout1" / "articles")]
    if (SHARED / "seeds").is_dir():
        paths.append(str(SHARED / "seeds"))
    return paths


def _load(url: str) -> None:
    engine = db.create_db_engine(url)
    try:
        summary = Loader(engine).run(_corpus())
        assert not summary.failures
    finally:
        engine.dispose()


def test_every_report_is_byte_identical_on_both_backends(runner, sqlite_url, postgres_url, tmp_path):
    _load(sqlite_url)
    _load(postgres_url)
    for name in Catalogue().reports():
        outputs = []
        for url in (sqlite_url, postgres_url):
            target = tmp_path / f"{name}-{url.split(':')[0]}.csv"
            result = runner.invoke(main, ["report", "run", name, "--db", url, "--format", "csv", "-o", str(target)])
            assert result.exit_code == 0, result.output
            outputs.append(target.read_bytes())
        assert outputs[0] == outputs[1], f"report {name} differs between SQLite and PostgreSQL"


def test_eval_figures_are_identical_on_both_backends(sqlite_url, postgres_url):
    figures = []
    for url in (sqlite_url, postgres_url):
        _load(url)
        engine = db.create_db_engine(url)
        figures.append(evaluate(load_gold(SAMPLES / "main" / "gold.json"), fetch_database(engine)).to_json())
        engine.dispose()
    assert figures[0] == figures[1]


def test_two_loads_at_once_both_finish_without_duplicates(db_url, tmp_path):
    """Two processes load the same folder into the same database at the same moment."""
    env = dict(os.environ, SCO_ETL_DATABASE_URL=db_url)
    engine = db.create_db_engine(db_url)
    db.upgrade(engine)  # the schema exists before the race; the race is over the rows
    command = [sys.executable, "-m", "sco_etl.cli", "load", "--quiet", "--json", str(SAMPLES / "main" / "articles")]
    processes = [subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                 for _ in range(2)]
    results = [process.communicate(timeout=300) for process in processes]
    for process, (_, err) in zip(processes, results):
        assert process.returncode == 0, err
    with engine.connect() as connection:
        articles = connection.exec_driver_sql("SELECT COUNT(*) FROM articles").scalar()
        files = connection.exec_driver_sql("SELECT COUNT(*) FROM source_files").scalar()
        duplicates = connection.exec_driver_sql(
            "SELECT COUNT(*) FROM (SELECT article_id, iso3 FROM article_states GROUP BY article_id, iso3 "
            "HAVING COUNT(*) > 1) AS d").scalar()
    engine.dispose()
    expected = len(list((SAMPLES / "main" / "articles").glob("*.txt")))
    assert (articles, files, duplicates) == (expected, expected, 0)
    assert all(json.loads(out)["files"]["failed"] == 0 for out, _ in results)


def test_a_missing_driver_is_a_clear_error(monkeypatch):
    import builtins
    real_import = builtins.__import__

    def no_psycopg(name, *args, **kwargs):
        if name == "psycopg" or name.startswith("psycopg."):
            raise ModuleNotFoundError("No module named 'psycopg'")
        return real_import(name, *args, **kwargs)

    monkeypatch.setattr(builtins, "__import__", no_psycopg)
    with pytest.raises(ValueError, match=r"pip install 'sco-etl\[postgres\]'"):
        db.create_db_engine("postgresql+psycopg://someone@127.0.0.1/nowhere")


def test_postgresql_connections_do_not_jit_compile(postgres_url):
    # right after a load PostgreSQL overestimated report costs and spent most of a report compiling
    engine = db.create_db_engine(postgres_url)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("SHOW jit").scalar() == "off"
        assert connection.exec_driver_sql("SHOW search_path").scalar().startswith("test_")  # the URL's own options stand
    engine.dispose()


@contextmanager
def new_database(backend: str, tmp_path: Path, name: str):
    if backend == "sqlite":
        yield f"sqlite:///{tmp_path / name}"
    else:
        with db.scratch_schema(POSTGRES_URL, "test") as url:
            yield url


@pytest.mark.parametrize("backend", BACKENDS)
def test_two_first_loads_into_a_new_database_both_succeed(backend, tmp_path):
    """The schema is made once while two loads, started together, both want it."""
    articles = sorted((SAMPLES / "main" / "articles").glob("*.txt"))[:2]
    for attempt in range(4):  # one race lost in several would go unseen in a single try
        with new_database(backend, tmp_path, f"new{attempt}.db") as url:
            command = [sys.executable, "-m", "sco_etl.cli", "load", "--quiet", *map(str, articles)]
            processes = [subprocess.Popen(command, env=dict(os.environ, SCO_ETL_DATABASE_URL=url),
                                          stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
                         for _ in range(2)]
            for process in processes:
                _, err = process.communicate(timeout=300)
                assert process.returncode == 0, err
            engine = db.create_db_engine(url)
            with engine.connect() as connection:
                statuses = connection.exec_driver_sql("SELECT status FROM load_runs").scalars().all()
            engine.dispose()
            assert statuses == ["succeeded", "succeeded"]
