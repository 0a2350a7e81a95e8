"""A reload of unchanged files answered with sqlite3 alone (``unchanged``): the same summary and
``load_runs`` row as the full load would give, and the full load whenever anything differs."""
from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from sco_etl.cli import main
from sco_etl.dburl import describe, sqlite_file
from sco_etl.ingest.discover import Walk
from sco_etl.load import unchanged
from sco_etl.load.unchanged import ReloadCheck
from sqlalchemy.engine import make_url

RUN_COLUMNS = ("status, tool_version, inputs, files_seen, files_loaded, files_unchanged, files_duplicate, "
               "files_failed, reference_fingerprint, typeof(started_at), length(started_at), "
               "typeof(finished_at), length(finished_at)")


def article(number: int) -> str:
    return (f"Story number {number}\n\nForeign ministers of the member states met for the {number}th time "
            f"and agreed to deepen cooperation on transport, the chair said.\n")


@pytest.fixture
def folder(write):
    for number in range(3):
        path = write(f"story{number}.txt", article(number))
    return path.parent


@pytest.fixture
def url(tmp_path) -> str:
    return f"sqlite:///{tmp_path / 'reload.db'}"


def load(runner, url: str, *inputs: str) -> dict:
    result = runner.invoke(main, ["load", "--json", "--db", url, *inputs])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def quick(url: str, inputs: list[str]):
    """The summary of a reload answered by the check alone (None: the full load has to run)."""
    return unchanged.check_reload(url, inputs).summary


def runs(url: str) -> list[tuple]:
    with sqlite3.connect(sqlite_file(url)) as connection:
        return connection.execute(f"SELECT {RUN_COLUMNS} FROM load_runs ORDER BY id").fetchall()


def test_a_reload_is_answered_without_the_full_loader_as_the_full_loader_would(runner, url, folder, monkeypatch):
    inputs = [str(folder), str(folder / "story0.txt")]  # (a file named twice loads once)
    first = load(runner, url, *inputs)
    with monkeypatch.context() as patch:  # the full load's reload, for comparison
        patch.setattr("sco_etl.cli.load.check_reload", lambda _, inputs: ReloadCheck(None, 0, iter(Walk(inputs))))
        full = load(runner, url, *inputs)
    monkeypatch.setattr("sco_etl.load.loader.Loader.run", lambda *_, **__: pytest.fail("the full loader ran"))
    quick = load(runner, url, *inputs)

    assert first["files"]["loaded"] == 3
    assert quick["files"] == full["files"] == {"loaded": 0, "unchanged": 3, "duplicate": 0, "failed": 0}
    assert quick["run_id"] == full["run_id"] + 1 and quick["database"] == full["database"]
    assert quick["rows"] == {**full["rows"], "load_runs": full["rows"]["load_runs"] + 1}
    # the run's row, down to how its times and inputs are stored, is the full load's
    _, full_run, quick_run = runs(url)
    assert quick_run == full_run and full_run[5] == 3


def test_the_run_reads_back_through_the_schema(runner, url, folder):
    from sco_etl import db
    from sco_etl.schema.tables import load_runs
    from sqlalchemy import select

    load(runner, url, str(folder))
    load(runner, url, str(folder))
    engine = db.create_db_engine(url)
    with engine.connect() as connection:
        row = connection.execute(select(load_runs).order_by(load_runs.c.id.desc())).mappings().first()
    engine.dispose()
    assert row["inputs"] == [str(folder)] and row["status"] == "succeeded"
    assert row["started_at"] <= row["finished_at"]


def test_text_summary_of_a_quick_reload(runner, url, folder):
    load(runner, url, str(folder))
    result = runner.invoke(main, ["load", "--db", url, str(folder)])
    assert result.exit_code == 0
    assert result.output.startswith("3 files seen: 0 loaded, 3 unchanged, 0 duplicate, 0 failed in ")
    assert f"→ {url}\nrows: load_runs 2, states " in result.output


def change_one_file(folder, url, monkeypatch):
    path = folder / "story1.txt"
    path.write_text(article(1) + "A new last line.\n", encoding="utf-8")


def touch_one_file(folder, url, monkeypatch):
    path = folder / "story1.txt"
    status = os.stat(path)
    os.utime(path, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000_000))


def add_a_file(folder, url, monkeypatch):
    (folder / "story9.txt").write_text(article(9), encoding="utf-8")


def remove_a_file(folder, url, monkeypatch):
    (folder / "story1.txt").unlink()  # the rest is unchanged: still a reload, which the full load does


def add_an_empty_file(folder, url, monkeypatch):
    (folder / "empty.txt").write_bytes(b"")  # fails: the full load logs the failure


def another_pipeline(folder, url, monkeypatch):
    monkeypatch.setattr(unchanged, "PIPELINE_VERSION", "0.0.0+p0")


def another_schema(folder, url, monkeypatch):
    monkeypatch.setattr(unchanged, "SCHEMA_REVISION", "9999")


def new_reference_data(folder, url, monkeypatch):
    monkeypatch.setattr(unchanged, "reference_fingerprint", lambda: "f" * 64)


@pytest.mark.parametrize("change", [change_one_file, touch_one_file, add_a_file, add_an_empty_file,
                                    another_pipeline, another_schema, new_reference_data])
def test_anything_to_do_leaves_the_reload_to_the_full_load(runner, url, folder, monkeypatch, change):
    load(runner, url, str(folder))
    change(folder, url, monkeypatch)
    assert quick(url, [str(folder)]) is None
    assert len(runs(url)) == 1  # nothing written


def test_fewer_files_is_still_a_reload(runner, url, folder, monkeypatch):
    load(runner, url, str(folder))
    remove_a_file(folder, url, monkeypatch)
    summary = quick(url, [str(folder)])
    assert summary is not None and summary.counts == {"unchanged": 2}


def test_the_full_load_goes_on_from_where_the_check_stopped(runner, url, folder, monkeypatch):
    load(runner, url, str(folder))
    add_a_file(folder, url, monkeypatch)  # story9.txt: last in the walk
    monkeypatch.setattr(unchanged, "INPUTS_PER_LOOKUP", 2)
    check = unchanged.check_reload(url, [str(folder)])
    assert check.summary is None and check.unchanged == 2
    assert [os.path.basename(path) for path in check.rest] == ["story2.txt", "story9.txt"]

    # through the command: one walk, which the full load takes over (it makes none of its own)
    monkeypatch.setattr("sco_etl.load.loader.Walk", lambda *_: pytest.fail("the full load walked again"))
    assert load(runner, url, str(folder))["files"] == {"loaded": 1, "unchanged": 3, "duplicate": 0, "failed": 0}
    assert runs(url)[-1][3:8] == (4, 1, 3, 0, 0)  # files seen, loaded, unchanged, duplicate, failed
    with sqlite3.connect(sqlite_file(url)) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 4


def test_a_problem_after_unchanged_files_is_logged_and_they_are_counted(runner, url, folder, monkeypatch):
    load(runner, url, str(folder))
    monkeypatch.setattr(unchanged, "INPUTS_PER_LOOKUP", 2)
    result = runner.invoke(main, ["load", "--json", "--db", url, str(folder), str(folder / "gone.txt")])
    assert result.exit_code == 1
    assert json.loads(result.stdout)["files"] == {"loaded": 0, "unchanged": 3, "duplicate": 0, "failed": 1}
    with sqlite3.connect(sqlite_file(url)) as connection:
        assert connection.execute("SELECT path FROM load_failures").fetchall() == [(str(folder / "gone.txt"),)]


@pytest.mark.parametrize("inputs", [["missing.txt"], ["-"], ["*.nothing"]])
def test_inputs_it_cannot_judge_leave_the_reload_to_the_full_load(runner, url, folder, inputs):
    load(runner, url, str(folder))
    assert quick(url, [str(folder), *inputs]) is None


def test_record_files_are_left_to_the_full_load(runner, url, write):
    records = write("feed.jsonl", json.dumps({"title": "A story", "text": article(1)}) + "\n")
    load(runner, url, str(records))
    assert quick(url, [str(records)]) is None


def test_no_database_file_is_created_or_read_but_sqlite(tmp_path, folder):
    missing = tmp_path / "new.db"
    assert quick(f"sqlite:///{missing}", [str(folder)]) is None
    assert not missing.exists()
    not_a_database = tmp_path / "notes.db"
    not_a_database.write_text("not SQLite", encoding="utf-8")
    assert quick(f"sqlite:///{not_a_database}", [str(folder)]) is None
    assert quick("postgresql+psycopg://u:p@localhost/sco", [str(folder)]) is None


@pytest.mark.parametrize("url", ["postgresql+psycopg://u:p@host/db", "sqlite://", "sqlite:///:memory:",
                                 "sqlite+pysqlite:///x.db", "sqlite:///x.db?mode=ro", "sqlite:///a%20b.db"])
def test_only_plain_sqlite_file_urls_are_answered_here(url):
    assert sqlite_file(url) is None


@given(st.text(st.characters(blacklist_characters="?%\x00", blacklist_categories=("Cs",)), min_size=1))
def test_file_and_description_agree_with_sqlalchemy(path):
    url = f"sqlite:///{path}"
    if path == ":memory:":
        return
    assert sqlite_file(url) == make_url(url).database
    assert describe(url) == make_url(url).render_as_string(hide_password=True)


def test_a_reload_does_not_import_sqlalchemy(runner, url, folder):
    load(runner, url, str(folder))
    program = ("import sys; from sco_etl.cli import main; "
               f"main(['load', '-q', '--db', {url!r}, {str(folder)!r}], standalone_mode=False); "
               "print(sorted(name for name in sys.modules if name.split('.')[0] in ('sqlalchemy', 'jinja2')))")
    result = subprocess.run([sys.executable, "-c", program], capture_output=True, text=True, check=True)
    assert result.stdout.strip() == "[]"
    assert len(runs(url)) == 2


def test_quick_reloads_beside_each_other_and_a_full_load_all_finish(runner, url, folder, tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from generate_corpus import generate

    generate(tmp_path / "more", 300, seed=3)
    load(runner, url, str(folder))
    command = [sys.executable, "-m", "sco_etl.cli", "load", "--json", "--db", url]
    full = subprocess.Popen([*command, str(tmp_path / "more" / "articles")], stdout=subprocess.PIPE, text=True)
    reloads = [subprocess.Popen([*command, str(folder)], stdout=subprocess.PIPE, text=True) for _ in range(3)]
    outputs = [process.communicate(timeout=300)[0] for process in (full, *reloads)]
    assert [process.returncode for process in (full, *reloads)] == [0, 0, 0, 0]
    assert json.loads(outputs[0])["files"]["loaded"] == 300
    assert all(json.loads(output)["files"] == {"loaded": 0, "unchanged": 3, "duplicate": 0, "failed": 0}
               for output in outputs[1:])
    with sqlite3.connect(sqlite_file(url)) as connection:
        assert connection.execute("SELECT count(*) FROM articles").fetchone()[0] == 303
        assert connection.execute("SELECT count(*) FROM load_runs WHERE status = 'succeeded'").fetchone()[0] == 5
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
