"""The command line: help that teaches, database selection, one-line errors, exit codes."""
import json
from pathlib import Path

import pytest
from conftest import SAMPLES, is_sqlite
from sco_etl.cli import main

ARTICLE = ("Headline of a test story\n\nMinisters of the member states met on Friday and agreed to "
           "deepen cooperation on transport and customs, the chair said.\n")


@pytest.mark.parametrize("command", [["load"], ["db", "upgrade"], ["db", "current"], ["eval"]])
def test_help_teaches_with_an_example(runner, command):
    result = runner.invoke(main, [*command, "--help"])
    assert result.exit_code == 0
    assert "Example" in result.output
    assert "--db" in result.output


def test_load_help_states_the_size_limits(runner):
    from sco_etl.ingest.readers import MAX_ARTICLE_BYTES, MAX_WHOLE_FILE_BYTES

    help_text = " ".join(runner.invoke(main, ["load", "--help"]).output.split())
    assert f"over {MAX_WHOLE_FILE_BYTES // 2**20} MiB" in help_text
    assert f"over {MAX_ARTICLE_BYTES // 2**20} MiB" in help_text


def test_load_reports_counts_and_rows(runner, db_url, write):
    path = write("a.txt", ARTICLE)
    result = runner.invoke(main, ["load", "--db", db_url, str(path)])
    assert result.exit_code == 0, result.output
    assert "1 file seen: 1 loaded, 0 unchanged, 0 duplicate, 0 failed" in result.output
    assert "articles 1" in result.output


def test_load_json_summary_and_exit_status_on_failure(runner, db_url, write):
    write("a.txt", ARTICLE)
    write("empty.txt", b"")
    result = runner.invoke(main, ["load", "--json", "--db", db_url, str(write("a.txt", ARTICLE).parent)])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["files"] == {"loaded": 1, "unchanged": 0, "duplicate": 0, "failed": 1}
    assert "empty.txt: empty file" in result.stderr


def test_quiet_prints_only_failures(runner, db_url, write):
    result = runner.invoke(main, ["load", "-q", "--db", db_url, str(write("a.txt", ARTICLE))])
    assert result.exit_code == 0 and result.output == ""


def test_database_from_environment_and_bare_path(runner, tmp_path, write, monkeypatch):
    path = write("a.txt", ARTICLE)
    monkeypatch.setenv("SCO_ETL_DATABASE_URL", str(tmp_path / "env.db"))
    assert runner.invoke(main, ["load", "-q", str(path)]).exit_code == 0
    assert (tmp_path / "env.db").exists()
    monkeypatch.delenv("SCO_ETL_DATABASE_URL")
    monkeypatch.chdir(tmp_path)
    assert runner.invoke(main, ["load", "-q", str(path)]).exit_code == 0
    assert (tmp_path / "sco.db").exists()


def test_db_upgrade_and_current(runner, db_url):
    if is_sqlite(db_url):  # an empty file: an SQLite database without tables (a missing one is an error)
        Path(db_url.removeprefix("sqlite:///")).touch()
    assert "no schema" in runner.invoke(main, ["db", "current", "--db", db_url]).output
    assert "migrated empty database" in runner.invoke(main, ["db", "upgrade", "--db", db_url]).output
    assert "up to date" in runner.invoke(main, ["db", "current", "--db", db_url]).output
    assert "already at" in runner.invoke(main, ["db", "upgrade", "--db", db_url]).output


def test_errors_are_one_line_without_traceback(runner, tmp_path):
    result = runner.invoke(main, ["db", "upgrade", "--db", str(tmp_path / "missing" / "x.db")])
    assert result.exit_code != 0
    assert result.output.strip().count("\n") == 0
    assert "Traceback" not in result.output and "does not exist" in result.output


def test_eval_on_an_empty_database_says_what_to_do(runner, db_url):
    result = runner.invoke(main, ["eval", "--db", db_url, str(SAMPLES / "main" / "gold.json")])
    assert result.exit_code == 1 and "run 'sco-etl load' first" in result.output


def test_eval_rejects_a_file_that_is_not_gold(runner, db_url, tmp_path):
    runner.invoke(main, ["db", "upgrade", "--db", db_url])
    bogus = tmp_path / "bogus.json"
    bogus.write_text("[1, 2]")
    result = runner.invoke(main, ["eval", "--db", db_url, str(bogus)])
    assert result.exit_code == 1 and "not a gold file" in result.output
