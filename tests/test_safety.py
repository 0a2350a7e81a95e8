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


# --- SQLite: reading opens the file read-only ---------------------------------------

@pytest.fixture
def sqlite_copy(loaded, tmp_path) -> Path:
    """A private copy of the loaded SQLite file, in a folder of its own."""
    if not is_sqlite(loaded):
        pytest.skip("an SQLite file")
    folder = tmp_path / "copy"
    folder.mkdir()
    target = folder / "sco.db"
    target.write_bytes(Path(loaded.removeprefix("sqlite:///")).read_bytes())
    return target


READ_COMMANDS = [
    ["sql", "SELECT COUNT(*) AS n FROM articles"],
    ["report", "run", "roster"],
    ["report", "all", "-o", "{tmp}/site"],
    ["export", "-o", "{tmp}/export.jsonl"],
    ["eval", str(SAMPLES / "gold.json")],
    ["db", "current"],
]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda command: " ".join(command[:2]))
def test_reading_a_misspelled_path_creates_nothing(runner, tmp_path, command):
    missing = tmp_path / "sc0.db"
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in command]
    result = run(runner, *args, "--db", missing)
    assert_one_line_error(result, f"no database at {missing}")
    assert not missing.exists()


@pytest.fixture
def read_only_folder(sqlite_copy):
    """The copy's folder made unwritable. chmod does not stop root, so as root the folder and
    file are made immutable (chattr +i), which stops every user."""
    import os
    import subprocess

    folder = sqlite_copy.parent
    if os.geteuid() == 0:
        if subprocess.run(["chattr", "+i", str(sqlite_copy), str(folder)], capture_output=True).returncode:
            pytest.skip("running as root where chattr +i is not allowed: no way to make a folder read-only")
        undo = ["chattr", "-i", str(sqlite_copy), str(folder)]
    else:
        folder.chmod(0o555)
        undo = ["chmod", "755", str(folder)]
    assert not os.access(folder, os.W_OK)
    yield sqlite_copy
    subprocess.run(undo, check=True)


@pytest.mark.parametrize("command", READ_COMMANDS, ids=lambda command: " ".join(command[:2]))
def test_reading_works_in_a_read_only_folder(runner, read_only_folder, tmp_path, command):
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in command]
    result = run(runner, *args, "--db", read_only_folder)
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in read_only_folder.parent.iterdir()) == ["sco.db"]


@pytest.mark.parametrize("statement", [
    "ATTACH DATABASE '{tmp}/attached.db' AS other",
    "VACUUM INTO '{tmp}/vacuumed.db'",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 7",
])
def test_sqlite_reading_refuses_attach_vacuum_and_pragma_writes(runner, sqlite_copy, tmp_path, statement):
    before = sqlite_copy.read_bytes()[:100]  # the header: journal mode, user version, ...
    result = run(runner, "sql", statement.replace("{tmp}", str(tmp_path)), "--db", sqlite_copy)
    assert_one_line_error(result, "read-only")
    assert not (tmp_path / "attached.db").exists() and not (tmp_path / "vacuumed.db").exists()
    assert sqlite_copy.read_bytes()[:100] == before


def test_sqlite_reading_still_answers_read_pragmas(runner, sqlite_copy):
    result = run(runner, "sql", "PRAGMA table_info(articles)", "--db", sqlite_copy, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "title" in {row["name"] for row in json.loads(result.output)}


def test_a_user_report_cannot_attach_a_file(runner, sqlite_copy, tmp_path):
    folder = user_report(tmp_path / "mine", "attach", f"ATTACH DATABASE '{tmp_path}/attached.db' AS other")
    result = run(runner, "report", "run", "attach", "--db", sqlite_copy, "--reports-dir", folder)
    assert_one_line_error(result, "read-only")
    assert not (tmp_path / "attached.db").exists()
