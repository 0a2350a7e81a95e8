"""Reading commands read and nothing else: they change no data, create no file, escape no
folder, stop a runaway query and end in one line when something is wrong."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import BACKENDS, SAMPLES, is_sqlite, postgres_schema_url
from sco_etl import db
from sco_etl.cli import main
from sco_etl.load.loader import Loader


@pytest.fixture(scope="module", params=BACKENDS)
def loaded(request, tmp_path_factory):
    """The sample articles, loaded once per backend; the tests here must leave them unchanged."""
    if request.param == "sqlite":
        urls = iter([f"sqlite:///{tmp_path_factory.mktemp('loaded') / 'sco.db'}"])
    else:
        urls = postgres_schema_url()
    url = next(urls)
    engine = db.create_db_engine(url)
    assert not Loader(engine).run([str(SAMPLES / "main" / "articles")]).failures
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


@pytest.mark.parametrize("declared", ["index", "Index", "con", "NUL", "com1", "Lpt9", "aux", "prn"])
def test_a_name_the_site_index_or_windows_reserves_is_refused(runner, tmp_path, declared):
    folder = user_report(tmp_path / "mine", "mine", "SELECT 1 AS one", declared=declared)
    assert_one_line_error(run(runner, "report", "list", "--reports-dir", folder), "mine.sql.j2", "reserved")


def test_report_names_that_differ_only_in_case_are_refused(runner, loaded, tmp_path):
    # on a case-insensitive file system Roster.html and roster.html are one file
    folder = user_report(tmp_path / "mine", "Roster", "SELECT 1 AS one")
    result = run(runner, "report", "all", "--db", loaded, "--reports-dir", folder, "-o", tmp_path / "site")
    assert_one_line_error(result, "'Roster'", "'roster'", "Roster.sql.j2")
    assert not (tmp_path / "site").exists()


def test_a_file_that_is_not_regular_is_no_report(tmp_path):
    import os

    folder = tmp_path / "mine"
    folder.mkdir()
    os.mkfifo(folder / "waiting.sql.j2")  # reading it would wait for a writer forever
    for command in (["report", "list"], ["report", "show", "roster"]):
        result = sco_etl(*command, "--reports-dir", folder)
        assert result.returncode == 1 and result.stderr.strip().count("\n") == 0, result.stderr
        assert "waiting.sql.j2" in result.stderr and "not a regular file" in result.stderr


def declared_report(folder: Path, declaration: str, sql: str = "SELECT 1 AS one") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "broken.sql.j2").write_text(f'{{#---\nname = "broken"\n{declaration}\n---#}}\n{sql}\n')
    return folder


@pytest.mark.parametrize("declaration", [
    'params = "x"', "params = [1]", '[[params]]\ntype = "int"', '[[params]]\nname = 5',
    '[[params]]\nname = "n"\nchoices = 5', '[[params]]\nname = "n"\ntype = "int"\ndefault = [1]',
    "title = 3", 'chart = "bar"',
])
def test_a_declaration_of_the_wrong_shape_is_one_line(runner, tmp_path, declaration):
    folder = declared_report(tmp_path / "mine", declaration)
    for command in (["report", "list"], ["report", "show", "broken"]):
        assert_one_line_error(run(runner, *command, "--reports-dir", folder), "broken", "broken.sql.j2")


@pytest.mark.parametrize("sql", ["SELECT {{ 1/0 }}", "SELECT {{ range(10**6) | length }}", "SELECT {{ 1 + 'a' }}",
                                 "SELECT {{ [1][5] }}", "SELECT {{ params.x.y }}"])
def test_a_template_error_is_one_line_naming_the_report_and_file(runner, tmp_path, sql):
    folder = declared_report(tmp_path / "mine", "", sql)
    assert_one_line_error(run(runner, "report", "show", "broken", "--reports-dir", folder), "'broken'", "broken.sql.j2")


@pytest.mark.parametrize("expression", ["(9**(9**8)) % 10", "('ab' * 2000000) | length",
                                        "(ns.x * ns.x * ns.x * ns.x) % 10", "(([1] * 999999) + [2, 3]) | length"])
def test_template_arithmetic_is_bounded(tmp_path, expression):
    # 9 ** (9 ** 8) alone takes over a minute to compute: in a process of its own, killed at 30 s
    sql = "{% set ns = namespace(x=10**90) %}SELECT {{ " + expression + " }} AS x"
    folder = declared_report(tmp_path / "mine", "", sql)
    result = sco_etl("report", "show", "broken", "--reports-dir", folder)
    assert result.returncode == 1 and result.stderr.strip().count("\n") == 0, result.stderr
    assert "broken.sql.j2" in result.stderr and "too large" in result.stderr


def test_template_arithmetic_of_ordinary_size_still_works(runner, tmp_path):
    folder = declared_report(tmp_path / "mine", "", "SELECT {{ 2 ** 10 * 3 + 1 }}, '{{ 'ab' * 3 }}', {{ ([0] * 3) | length }}")
    result = run(runner, "report", "show", "broken", "--reports-dir", folder)
    assert result.exit_code == 0, result.output
    assert "SELECT 3073, 'ababab', 3" in result.output


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
    ["eval", str(SAMPLES / "main" / "gold.json")],
    ["db", "current"],
]
READ_IDS = ["sql", "report run", "report all", "export", "eval", "db current"]


@pytest.mark.parametrize("command", READ_COMMANDS, ids=READ_IDS)
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


@pytest.mark.parametrize("command", READ_COMMANDS, ids=READ_IDS)
def test_reading_works_in_a_read_only_folder(runner, read_only_folder, tmp_path, command):
    args = [arg.replace("{tmp}", str(tmp_path)) for arg in command]
    result = run(runner, *args, "--db", read_only_folder)
    assert result.exit_code == 0, result.output
    assert sorted(path.name for path in read_only_folder.parent.iterdir()) == ["sco.db"]


@pytest.fixture
def changes_in_the_wal(sqlite_copy):
    """The copy with a committed change still in its -wal file, as a writer leaves it before a
    checkpoint."""
    import sqlite3

    wal = sqlite_copy.with_name(sqlite_copy.name + "-wal")
    writer = sqlite3.connect(sqlite_copy)
    writer.execute("PRAGMA wal_autocheckpoint = 0")
    writer.execute("UPDATE quotes SET text = 'changed' WHERE id = (SELECT MIN(id) FROM quotes)")
    writer.commit()
    database_bytes, wal_bytes = sqlite_copy.read_bytes(), wal.read_bytes()
    writer.close()  # checkpoints and removes the -wal: put both files back as they were
    sqlite_copy.write_bytes(database_bytes)
    wal.write_bytes(wal_bytes)
    sqlite_copy.with_name(sqlite_copy.name + "-shm").unlink(missing_ok=True)
    return sqlite_copy


def test_reading_a_read_only_folder_warns_of_changes_not_yet_checkpointed(changes_in_the_wal, read_only_folder):
    result = sco_etl("sql", "SELECT COUNT(*) AS n FROM quotes", "--db", read_only_folder, "-f", "json")
    assert result.returncode == 0, result.stderr
    assert result.stderr.startswith("warning:") and result.stderr.count("\n") == 1, result.stderr
    assert "sco.db-wal" in result.stderr and "checkpoint" in result.stderr


@pytest.mark.parametrize("statement", [
    "ATTACH DATABASE '{tmp}/attached.db' AS other",
    "VACUUM INTO '{tmp}/vacuumed.db'",
    "PRAGMA journal_mode = DELETE",
    "PRAGMA user_version = 7",
    "PRAGMA USER_VERSION = 7",
])
def test_sqlite_reading_refuses_attach_vacuum_and_pragma_writes(runner, sqlite_copy, tmp_path, statement):
    before = sqlite_copy.read_bytes()[:100]  # the header: journal mode, user version, ...
    result = run(runner, "sql", statement.replace("{tmp}", str(tmp_path)), "--db", sqlite_copy)
    assert_one_line_error(result, "read-only")
    assert not (tmp_path / "attached.db").exists() and not (tmp_path / "vacuumed.db").exists()
    assert sqlite_copy.read_bytes()[:100] == before


@pytest.mark.parametrize("pragma", ["PRAGMA table_info(articles)", "PRAGMA TABLE_INFO(articles)",
                                    "pragma Table_Info(articles)"])
def test_sqlite_reading_still_answers_read_pragmas(runner, sqlite_copy, pragma):
    result = run(runner, "sql", pragma, "--db", sqlite_copy, "--format", "json")
    assert result.exit_code == 0, result.output
    assert "title" in {row["name"] for row in json.loads(result.output)}


def test_a_user_report_cannot_attach_a_file(runner, sqlite_copy, tmp_path):
    folder = user_report(tmp_path / "mine", "attach", f"ATTACH DATABASE '{tmp_path}/attached.db' AS other")
    result = run(runner, "report", "run", "attach", "--db", sqlite_copy, "--reports-dir", folder)
    assert_one_line_error(result, "read-only")
    assert not (tmp_path / "attached.db").exists()


# --- one statement, in a read-only transaction, for a limited time --------------------

BYPASSES = [
    "COMMIT; DELETE FROM quotes",
    "ROLLBACK; DELETE FROM quotes",
    "SET TRANSACTION READ WRITE; UPDATE quotes SET text = 'changed'",
    "SELECT 1; DELETE FROM quotes",
]


@pytest.mark.parametrize("statements", BYPASSES)
def test_sql_runs_one_statement_so_a_second_cannot_leave_the_read_only_transaction(runner, loaded, statements):
    before = quote_count(runner, loaded)
    result = run(runner, "sql", statements, "--db", loaded)
    sqlite_has_no_set = is_sqlite(loaded) and statements.startswith("SET")
    assert_one_line_error(result, "syntax error" if sqlite_has_no_set else "one SQL statement at a time")
    assert quote_count(runner, loaded) == before > 0
    changed = run(runner, "sql", "SELECT COUNT(*) AS n FROM quotes WHERE text = 'changed'", "--db", loaded, "-f", "json")
    assert json.loads(changed.output)[0]["n"] == 0


def test_a_user_report_runs_one_statement(runner, loaded, tmp_path):
    before = quote_count(runner, loaded)
    folder = user_report(tmp_path / "mine", "purge", "COMMIT; DELETE FROM quotes")
    result = run(runner, "report", "run", "purge", "--db", loaded, "--reports-dir", folder)
    assert_one_line_error(result, "one SQL statement at a time")
    assert quote_count(runner, loaded) == before


def _endless(url: str) -> str:
    if is_sqlite(url):
        return "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT COUNT(*) FROM n"
    return "SELECT pg_sleep(60)"


def sco_etl(*args, env=None):
    """The command in a process of its own, killed at 30 s: a query without a limit fails
    the test instead of hanging it."""
    import os
    import subprocess
    import sys

    return subprocess.run([sys.executable, "-m", "sco_etl.cli", *map(str, args)], capture_output=True, text=True,
                          timeout=30, env={**os.environ, **(env or {})})


def test_a_query_is_stopped_at_the_timeout(loaded):
    result = sco_etl("sql", _endless(loaded), "--db", loaded, "--timeout", "1")
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "longer than 1 s" in result.stderr and "--timeout" in result.stderr


def test_the_timeout_comes_from_the_environment_and_stops_reports_too(runner, loaded, tmp_path):
    folder = user_report(tmp_path / "mine", "endless", _endless(loaded))
    result = sco_etl("report", "run", "endless", "--db", loaded, "--reports-dir", folder,
                     env={"SCO_ETL_STATEMENT_TIMEOUT": "0.5"})
    assert result.returncode == 1 and "longer than 0.5 s" in result.stderr
    assert "SCO_ETL_STATEMENT_TIMEOUT" in run(runner, "sql", "--help").output


# One function call that runs long (quadratic string search on SQLite; a DO block that catches
# PostgreSQL's cancel) never returns to a check between steps: the command is stopped anyway.
HEAVY_CALL = "SELECT instr(printf('%.*c', 2000000, 'a'), printf('%.*c', 1000000, 'a') || 'b') AS pos"
CANCEL_CAUGHT = ("DO $$ BEGIN LOOP BEGIN PERFORM pg_sleep(0.1); EXCEPTION WHEN query_canceled THEN NULL; "
                 "END; END LOOP; END $$")


def _stopped_within(seconds: float, *args) -> str:
    import time

    started = time.monotonic()
    result = sco_etl(*args)
    assert time.monotonic() - started < seconds, result.stderr
    assert result.returncode == 1 and "Traceback" not in result.stderr, result.stderr
    assert result.stdout == "" and result.stderr.strip().count("\n") == 0, result.stderr
    return result.stderr


def test_a_single_heavy_function_call_is_stopped_near_the_timeout(sqlite_copy):
    error = _stopped_within(10, "sql", HEAVY_CALL, "--db", sqlite_copy, "--timeout", "1")
    assert "longer than 1 s" in error and "stopped after" in error


def test_sqlite_reading_refuses_strings_far_larger_than_any_article(runner, sqlite_copy):
    result = run(runner, "sql", "SELECT length(zeroblob(200000000)) AS n", "--db", sqlite_copy)
    assert_one_line_error(result, "too big")


def test_a_postgresql_statement_that_catches_its_cancel_is_ended(loaded):
    if is_sqlite(loaded):
        pytest.skip("a PostgreSQL DO block")
    # --write: reading refuses DO outright (below); the server session is ended either way
    error = _stopped_within(15, "sql", CANCEL_CAUGHT, "--db", loaded, "--write", "--timeout", "1")
    assert "longer than 1 s" in error and "stopped after" in error


@pytest.mark.parametrize("statement", [
    "SELECT lo_import('/etc/hostname')",
    "SELECT lo_export(1, '/tmp/exported')",
    "SELECT lo_unlink(1)",
    "SELECT lo_create(0)",
    "SELECT LO_FROM_BYTEA(0, 'x')",
    "SELECT lo_put(1, 0, 'x')",
    "SELECT pg_catalog.lo_creat(-1)",
    "LOCK TABLE quotes IN ACCESS SHARE MODE",
    "/* a comment first */ lock quotes",
])
def test_large_objects_and_locks_are_refused_when_reading(runner, loaded, statement):
    result = run(runner, "sql", statement, "--db", loaded)
    assert_one_line_error(result, "read-only", "--write")


@pytest.mark.parametrize("statement", [CANCEL_CAUGHT, "do $$ begin null; end $$", "CALL some_procedure()",
                                       "/* /* nested */ comment */ DO $$ BEGIN NULL; END $$",
                                       "; DO $$ BEGIN NULL; END $$"])
def test_do_and_call_are_refused_when_reading(loaded, statement):
    result = sco_etl("sql", statement, "--db", loaded, "--timeout", "1")
    assert result.returncode == 1 and result.stderr.strip().count("\n") == 0, result.stderr
    assert "read-only" in result.stderr and "--write" in result.stderr


# Statements and functions that change the server's state outside the tables (statistics,
# WAL, locks, notifications, settings) although the transaction is READ ONLY
STATE_CHANGES = [
    "ANALYZE quotes", "analyse", "VACUUM quotes", "REINDEX TABLE quotes", "CLUSTER quotes", "CHECKPOINT",
    "LISTEN channel", "NOTIFY channel", "UNLISTEN *", "REFRESH MATERIALIZED VIEW v", "DISCARD ALL",
    "LOAD 'plugin'", "SECURITY LABEL ON TABLE quotes IS 'x'", "\n-- a comment\n  Analyze quotes",
    "SELECT pg_logical_emit_message(false, 'x', 'x')",
    "SELECT PG_CATALOG.PG_LOGICAL_EMIT_MESSAGE(false, 'x', 'x')",
    'SELECT "pg_logical_emit_message"(false, \'x\', \'x\')',
    "SELECT pg_terminate_backend(0)", "SELECT pg_cancel_backend(0)",
    "SELECT pg_advisory_lock(1)", "SELECT pg_advisory_xact_lock_shared(1)", "SELECT pg_try_advisory_lock(1)",
    "SELECT pg_notify('channel', 'x')", "SELECT pg_reload_conf()", "SELECT pg_rotate_logfile()",
    "SELECT pg_switch_wal()", "SELECT pg_create_restore_point('x')", "SELECT dblink_exec('x')",
    "SELECT txid_current()", "SELECT pg_current_xact_id()",
    'SELECT U&"lo\\005Fcreate"(0)', 'SELECT u&"pg\\005Fnotify"(\'channel\', \'x\')',
    # a query given as text is out of the text check's reach
    "SELECT query_to_xml('SELECT pg_' || 'notify(''channel'', ''x'')', true, false, '')",
    "SELECT * FROM ts_stat('SELECT to_tsvector(text) FROM quotes')",
]


@pytest.mark.parametrize("statement", STATE_CHANGES)
def test_statements_that_change_server_state_are_refused_when_reading(runner, loaded, statement):
    result = run(runner, "sql", statement, "--db", loaded)
    assert_one_line_error(result, "read-only", "--write")


def test_words_like_refused_statements_still_read(runner, loaded):
    result = run(runner, "sql", "SELECT 'do' AS word, 'call' AS other FROM quotes LIMIT 1", "--db", loaded, "-f", "json")
    assert result.exit_code == 0, result.output
    assert json.loads(result.output) == [{"word": "do", "other": "call"}]


# --- -o never replaces the database being read ---------------------------------------

@pytest.mark.parametrize("command, target, database_name", [
    (["sql", "SELECT 1 AS one", "--format", "csv", "-o"], "{folder}/sco.db", "sco.db"),
    (["report", "run", "roster", "--csv", "-o"], "{folder}/sco.db", "sco.db"),  # .db names no format: a flag does
    (["report", "run", "roster", "--csv", "-o"], "{folder}/../copy/./sco.db", "sco.db"),
    (["export", "--nl", "-o"], "{folder}/sco.db", "sco.db"),
    (["export", "--format", "csv", "-o"], "{folder}", "articles.csv"),  # a file it writes there
    (["report", "all", "-f", "csv", "-o"], "{folder}", "roster.csv"),
])
def test_output_cannot_replace_the_database(runner, sqlite_copy, command, target, database_name):
    folder = sqlite_copy.parent
    database = sqlite_copy.rename(folder / database_name)
    before = database.read_bytes()
    result = run(runner, *command, target.format(folder=folder), "--db", database)
    assert_one_line_error(result, "is the database", "write somewhere else")
    assert database.read_bytes() == before


@pytest.mark.parametrize("journal", ["-wal", "-shm", "-journal"])
def test_output_cannot_replace_the_database_journal_through_a_hard_link(runner, sqlite_copy, tmp_path, journal):
    import os

    live = sqlite_copy.with_name(sqlite_copy.name + journal)
    live.write_bytes(b"")
    os.link(live, tmp_path / "link.csv")
    result = run(runner, "sql", "SELECT 1 AS one", "--db", sqlite_copy, "-f", "csv", "-o", tmp_path / "link.csv")
    assert_one_line_error(result, "is the database", "write somewhere else")
    assert live.read_bytes() == b""


# --- CSV a spreadsheet opens as text ---------------------------------------------------

FORMULAS = {"eq": "=1+2", "plus": "+1+2", "minus": "-1+2", "at": "@SUM(A1)", "tab": "\t=1", "cr": "\r=1",
            "space": "  =1+2", "newline": "\n@SUM(A1)", "wide_eq": "＝1+2", "wide_plus": "＋1", "wide_minus": "－1",
            "wide_at": "＠SUM(A1)", "plain": "ok", "negative": "-5", "positive": "+3", "exponent": "-1.5e3"}
NOT_FORMULAS = ("plain", "negative", "positive", "exponent")  # a number is not a formula
SAFE_FORMULAS = {name: value if name in NOT_FORMULAS else "'" + value for name, value in FORMULAS.items()}


def _csv_record(text: str) -> dict[str, str]:
    import csv
    import io

    return next(csv.DictReader(io.StringIO(text, newline="")))


def test_sql_and_report_csv_can_be_excel_safe(runner, loaded, tmp_path):
    select = "SELECT " + ", ".join(f":{name} AS {name}" for name in FORMULAS) + ", -5 AS number"
    params = [arg for name, value in FORMULAS.items() for arg in ("-p", name, value)]
    plain = run(runner, "sql", select, *params, "--db", loaded, "-f", "csv")
    assert _csv_record(plain.output) == {**FORMULAS, "number": "-5"}
    safe = run(runner, "sql", select, *params, "--db", loaded, "-f", "csv", "--excel-safe")
    assert _csv_record(safe.output) == {**SAFE_FORMULAS, "number": "-5"}  # a number is not a formula
    folder = user_report(tmp_path / "mine", "formula", "SELECT '=1+2' AS cell")
    report = run(runner, "report", "run", "formula", "--db", loaded, "--reports-dir", folder, "-f", "csv", "--excel-safe")
    assert _csv_record(report.output) == {"cell": "'=1+2"}


def test_an_excel_safe_export_quotes_a_formula_title(runner, tmp_path):
    record = {"url": "https://example.org/a", "title": "=HYPERLINK(\"https://example.org\")",
              "text": "Ministers of the member states met on Friday in Astana and agreed to deepen cooperation."}
    source = tmp_path / "one.jsonl"
    source.write_text(json.dumps(record) + "\n")
    database = tmp_path / "one.db"
    assert run(runner, "load", "-q", "--db", database, source).exit_code == 0
    for flags, title in (([], record["title"]), (["--excel-safe"], "'" + record["title"])):
        result = run(runner, "export", "--db", database, "--format", "csv", "-o", tmp_path / "out", *flags)
        assert result.exit_code == 0, result.output
        assert _csv_record((tmp_path / "out" / "articles.csv").read_text(encoding="utf-8"))["title"] == title


@pytest.mark.parametrize("command", [["sql"], ["report", "run"], ["report", "all"], ["export"]])
def test_excel_safe_says_why(runner, command):
    help_text = " ".join(run(runner, *command, "--help").output.split())
    assert "--excel-safe" in help_text and "formula" in help_text
