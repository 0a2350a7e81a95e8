"""Reading commands read and nothing else: they change no data, create no file, escape no
folder, stop a runaway query and end in one line when something is wrong."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BACKENDS, SAMPLES, is_sqlite, postgres_schema_url
from sco_etl import db
from sco_etl.cli import main
from sco_etl.load import Loader


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request, tmp_path_factory):
    """The sample articles, loaded once per backend; the tests here must leave them unchanged."""
    if request.param == "sqlite":
        urls = iter([f"sqlite:///{tmp_path_factory.mktemp('loaded') / 'sco.db'}"])
    else:
        urls = postgres_schema_url()
    url = next(urls)
    engine = db.create_db_engine(url)
    assert not Loader(engine).run([str(SAMPLES / "articles")]).failures
    engine.dispose()
    yield url
    next(urls, None)  # a PostgreSQL schema is dropped here


def run(runner, *args, **kwargs):
    return runner.invoke(main, [str(arg) for arg in args], catch_exceptions=False, **kwargs)


def assert_one_line_error(result, *words):
    assert result.exit_code in (1, 2), result.output
    assert "Traceback" not in result.output
    assert result.output.strip().count("\n") == 0, result.output
    for word in words:
        assert word in result.output, result.output


def user_report(folder: Path, name: str, sql: str, declared: str | None = None) -> Path:
    folder.mkdir(exist_ok=True)
    (folder / f"{name}.sql.j2").write_text(f'{{#---\nname = "{name if declared is None else declared}"\n---#}}\n{sql}\n')
    return folder


def quote_count(runner, url) -> int:
    output = run(runner, "sql", "SELECT COUNT(*) AS n FROM quotes", "--db", url, "--format", "json").output
    return json.loads(output)[0]["n"]


# --- report names -------------------------------------------------------------------

@pytest.mark.parametrize("declared", ["../escaped", "a/b", "x.y", "", "1st", "é"])
def test_a_report_name_that_is_not_an_identifier_is_refused(runner, loaded, tmp_path, declared):
    folder = user_report(tmp_path / "mine", "mine", "SELECT 1 AS one", declared=declared)
    site = tmp_path / "site" / "inner"
    result = run(runner, "report", "all", "--db", loaded, "--reports-dir", folder, "-o", site, "-f", "csv")
    assert_one_line_error(result, "mine.sql.j2", "letters, digits and _")
    assert not (tmp_path / "site" / "escaped.csv").exists()
    assert_one_line_error(run(runner, "report", "list", "--reports-dir", folder), "letters, digits and _")


# --- one-line errors ----------------------------------------------------------------

def test_an_integer_beyond_64_bits_is_a_parameter_error(runner, loaded):
    result = run(runner, "report", "run", "organisation_mentions", "--db", loaded, "-p", "limit",
                 "99999999999999999999")
    assert_one_line_error(result, "parameter 'limit'")


def test_a_sandbox_violation_in_a_user_report_is_one_line(runner, loaded, tmp_path):
    folder = user_report(tmp_path / "mine", "sneaky", "SELECT {{ ''.__class__.__mro__ }} AS x")
    result = run(runner, "report", "run", "sneaky", "--db", loaded, "--reports-dir", folder)
    assert_one_line_error(result, "sneaky.sql.j2", "unsafe")
    result = run(runner, "report", "show", "sneaky", "--reports-dir", folder)
    assert_one_line_error(result, "unsafe")
