"""``sco-etl serve``: the database in Datasette, over HTTP from a server started on a free port,
and in headless Chromium. Skipped without Datasette (``pip install '.[serve]'``)."""
from __future__ import annotations

import hashlib
import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from conftest import REPO, SAMPLES, SHARED, needs_shared
from markupsafe import escape
from sco_etl import db
from sco_etl.cli import main
from sco_etl.load.loader import Loader
from sco_etl.reports import Catalogue
from sco_etl.schema.describe import view_docs

ARTIFACTS = Path(os.environ.get("SCO_ETL_TEST_ARTIFACTS", REPO / "tests" / "artifacts"))
BUILTINS = sorted(Catalogue().reports())
MY_REPORT = '''{#---
name = "states_by_letter"
title = "States by letter"
[[params]]
name = "letter"
type = "str"
required = true
help = "The first letter of the state's name"
---#}
SELECT name, iso3 FROM states WHERE name LIKE :letter || '%' ORDER BY name
'''
TYPED_REPORT = '''{#---
name = "typed_values"
[[params]]
name = "n"
type = "int"
default = 1
[[params]]
name = "flag"
type = "bool"
default = false
[[params]]
name = "share"
type = "float"
default = 0.5
---#}
SELECT :n AS n, typeof(:n) AS n_type, :flag AS flag, typeof(:flag) AS flag_type, typeof(:share) AS share_type
'''

try:
    import datasette  # noqa: F401
    HAVE_DATASETTE = True
except ImportError:
    HAVE_DATASETTE = False
needs_datasette = pytest.mark.skipif(not HAVE_DATASETTE, reason="Datasette is not installed: pip install '.[serve]'")


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def load(database: Path, folder: Path) -> Path:
    engine = db.create_db_engine(f"sqlite:///{database}")
    assert not Loader(engine).run([str(folder)]).failures
    engine.dispose()
    return database


class Server:
    """``sco-etl serve`` in a process of its own, on a free port of 127.0.0.1."""

    def __init__(self, database: Path, *options: str):
        self.database = database
        self.name = database.stem
        self.port = free_port()
        self.root = f"http://127.0.0.1:{self.port}"
        self.log = database.with_suffix(".log").open("w")
        self.process = subprocess.Popen(
            [sys.executable, "-m", "sco_etl.cli", "serve", "--db", str(database), "--port", str(self.port), *options],
            stdout=self.log, stderr=subprocess.STDOUT)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            assert self.process.poll() is None, database.with_suffix(".log").read_text()
            try:
                self.get("/-/versions.json")
                return
            except OSError:
                time.sleep(0.2)
        self.stop()
        raise AssertionError("the server did not answer within 60 s")

    def stop(self) -> None:
        self.process.terminate()
        try:
            self.process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()
        self.log.close()

    def get(self, path: str) -> tuple[int, str]:
        try:
            with urllib.request.urlopen(self.root + path, timeout=30) as response:
                return response.status, response.read().decode("utf-8")
        except urllib.error.HTTPError as error:
            return error.code, error.read().decode("utf-8")

    def json(self, path: str):
        status, body = self.get(path)
        assert status == 200, body[:500]
        return json.loads(body)

    def post(self, path: str, body: bytes, content_type: str) -> int:
        request = urllib.request.Request(self.root + path, data=body, method="POST",
                                         headers={"Content-Type": content_type})
        try:
            with urllib.request.urlopen(request, timeout=30) as response:
                return response.status
        except urllib.error.HTTPError as error:
            return error.code


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    if not HAVE_DATASETTE:
        pytest.skip("Datasette is not installed: pip install '.[serve]'")
    folder = tmp_path_factory.mktemp("served")
    database = load(folder / "news.db", SAMPLES / "main" / "articles")
    mine = folder / "my_reports"
    mine.mkdir()
    (mine / "states_by_letter.sql.j2").write_text(MY_REPORT)
    (mine / "typed_values.sql.j2").write_text(TYPED_REPORT)
    served = Server(database, "--reports-dir", str(mine), "--timeout", "1")
    yield served
    served.stop()


def cli_report(database: Path, name: str, *params: str) -> list[dict]:
    from click.testing import CliRunner

    result = CliRunner().invoke(main, ["report", "run", name, "--db", str(database), "-f", "json", *params])
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def article_count(database: Path) -> int:
    import sqlite3

    with sqlite3.connect(f"file:{database}?mode=ro", uri=True) as connection:
        return connection.execute("SELECT COUNT(*) FROM articles").fetchone()[0]


# --- the bar -------------------------------------------------------------------------------

def test_the_home_page_answers_and_names_datasette(server):
    status, body = server.get("/")
    assert status == 200 and server.name in body
    assert "datasette" in server.json("/-/versions.json")


def test_v_articles_has_every_article(server):
    rows = server.json(f"/{server.name}/v_articles.json?_shape=array")
    assert len(rows) == article_count(server.database) == 5
    assert {"article_id", "title", "publisher", "published_on", "body"} <= set(rows[0])


@pytest.mark.parametrize("name", BUILTINS)
def test_every_builtin_report_is_a_canned_query_giving_what_report_run_gives(server, name):
    rows = server.json(f"/{server.name}/{name}.json?_shape=array")
    assert rows == cli_report(server.database, name)


def test_the_roster_returns_rows(server):
    rows = server.json(f"/{server.name}/roster.json?_shape=array")
    assert rows and {"state", "iso3", "status"} <= set(rows[0])


def test_the_article_page_marks_every_kind_of_fact(server):
    articles = server.json(f"/{server.name}/v_articles.json?_shape=array")
    kinds = set()
    for article in articles:
        status, html = server.get(f"/-/article/{article['article_id']}")
        assert status == 200 and "Powered by" in html  # inside Datasette's own page
        assert html.count("<mark") == html.count("</mark>")
        kinds |= set(re.findall(r'<mark class="(\w+)" title=', html))
    assert kinds == {"state", "organisation", "quote", "event"}


def test_a_post_that_deletes_or_inserts_changes_nothing(server):
    before = hashlib.sha256(server.database.read_bytes()).hexdigest(), article_count(server.database)
    form = "application/x-www-form-urlencoded"
    delete = b"sql=DELETE+FROM+articles"
    assert server.post(f"/{server.name}/roster", delete, form) == 405  # a report only reads
    assert server.post(f"/{server.name}/roster.json", json.dumps({"sql": "DELETE FROM articles"}).encode(),
                       "application/json") == 405
    assert server.post(f"/{server.name}", delete, form) == 405  # SQL of one's own is read with GET
    assert server.post(f"/{server.name}/articles/-/insert", json.dumps({"row": {"file_name": "x"}}).encode(),
                       "application/json") == 404  # Datasette 0.x has no API that writes
    for statement in ("DELETE FROM articles", "INSERT INTO load_failures (run_id, path, reason) VALUES (1, 'x', 'y')"):
        status, body = server.get(f"/{server.name}.json?sql={urllib.parse.quote(statement)}")
        assert status == 400 and "Statement must be a SELECT" in body
    assert (hashlib.sha256(server.database.read_bytes()).hexdigest(), article_count(server.database)) == before


# --- reports as canned queries -----------------------------------------------------------

def test_a_parameter_changes_the_statement_as_report_run_does(server):
    """as_of of the roster shapes the statement (a date compared as far as it goes, undated
    facts apart): the canned query is rendered for the values asked for."""
    for as_of in ("2016", "2018", "2024-07"):
        rows = server.json(f"/{server.name}/roster.json?_shape=array&as_of={as_of}")
        assert rows == cli_report(server.database, "roster", "-p", "as_of", as_of)
    assert "IND" not in {row["iso3"] for row in server.json(f"/{server.name}/roster.json?_shape=array&as_of=2016")}


def test_a_filter_given_is_a_clause_and_a_value_is_bound_typed(server):
    timeline = server.json(f"/{server.name}/membership_timeline.json?_shape=array&limit=2&state=ind")
    assert timeline == cli_report(server.database, "membership_timeline", "-p", "limit", "2", "-p", "state", "ind")
    assert len(timeline) <= 2 and {row["iso3"] for row in timeline} == {"IND"}
    coverage = server.json(f"/{server.name}/coverage.json?_shape=array&by=month")
    assert coverage and {row["dimension"] for row in coverage} == {"month"}


def test_values_are_bound_typed_as_report_run_binds_them(server):
    rows = server.json(f"/{server.name}/typed_values.json?_shape=array&n=3&flag=yes&share=2")
    assert rows == [{"n": 3, "n_type": "integer", "flag": 1, "flag_type": "integer", "share_type": "real"}]
    mine = str(server.database.parent / "my_reports")
    assert rows == cli_report(server.database, "typed_values", "--reports-dir", mine,
                              "-p", "n", "3", "-p", "flag", "yes", "-p", "share", "2")


def test_an_empty_field_takes_the_default(server):
    rows = server.json(f"/{server.name}/roster.json?_shape=array&organisation=&as_of=")
    assert rows == cli_report(server.database, "roster")


def test_an_injection_through_a_parameter_is_only_a_value(server):
    attack = urllib.parse.quote("x' OR '1'='1'; DROP TABLE articles; --")
    assert server.json(f"/{server.name}/state_mentions.json?_shape=array&publisher={attack}") == []
    assert article_count(server.database) == 5


def test_a_wrong_value_is_refused_with_the_reason(server):
    status, body = server.get(f"/{server.name}/roster.json?as_of=2024-02-30")
    assert status == 400 and "not a calendar date" in json.loads(body)["error"]
    status, body = server.get(f"/{server.name}/organisation_mentions?limit=-5")
    assert status == 400 and "must be at least 0" in body


def test_each_report_lists_its_parameters_and_their_help(server):
    queries = {query["name"]: query for query in server.json(f"/{server.name}.json")["queries"]}
    assert set(queries) == {*BUILTINS, "states_by_letter", "typed_values"}
    status, page = server.get(f"/{server.name}/state_mentions")
    assert status == 200
    for param in Catalogue().get("state_mentions").params:
        assert f'name="{param.name}"' in page and str(escape(param.help)) in page  # (as Jinja escapes it)  # a field, and what it means


def test_a_report_of_the_reports_dir_is_offered_too(server):
    rows = server.json(f"/{server.name}/states_by_letter.json?_shape=array&letter=K")
    assert rows and all(row["name"].startswith("K") for row in rows)
    status, body = server.get(f"/{server.name}/states_by_letter.json")
    assert status == 400 and "needs parameter 'letter'" in body


# --- views, metadata, links, limits ------------------------------------------------------

def test_the_views_come_with_their_descriptions_and_the_tables_are_hidden(server):
    database = server.json(f"/{server.name}.json")
    hidden = {table["name"]: table["hidden"] for table in database["tables"]}
    assert hidden["articles"] and hidden["membership_events"] and hidden["alembic_version"]
    assert {view["name"] for view in database["views"]} >= set(view_docs())
    docs = view_docs()["v_membership_events"]
    status, page = server.get(f"/{server.name}/v_membership_events")
    assert status == 200 and docs["about"] in page and docs["columns"]["evidence"] in page


def test_the_views_are_faceted(server):
    events = server.json(f"/{server.name}/v_membership_events.json")
    assert {"event_type", "certainty", "iso3"} <= set(events["facet_results"])
    articles = server.json(f"/{server.name}/v_articles.json")
    assert "publisher" in articles["facet_results"]


def test_article_ids_link_to_the_article_page(server):
    status, page = server.get(f"/{server.name}/v_articles")
    links = set(re.findall(r'href="/-/article/(\d+)"', page))
    assert status == 200 and len(links) == 5
    status, _ = server.get("/-/article/999999")
    assert status == 404


def test_sql_of_ones_own_runs_within_the_time_limit(server):
    rows = server.json(f"/{server.name}.json?_shape=array&sql=" + urllib.parse.quote(
        "SELECT iso3, count(*) AS n FROM v_state_mentions GROUP BY iso3 ORDER BY n DESC LIMIT 3"))
    assert len(rows) == 3
    endless = urllib.parse.quote("WITH RECURSIVE c(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM c) SELECT count(*) FROM c")
    started = time.monotonic()
    status, body = server.get(f"/{server.name}.json?sql={endless}")
    assert status == 400 and "too long" in body and time.monotonic() - started < 20


@needs_shared
def test_served_on_the_seeds(tmp_path):
    if not HAVE_DATASETTE:
        pytest.skip("Datasette is not installed: pip install '.[serve]'")
    seeds = Server(load(tmp_path / "seeds.db", SHARED / "seeds"))
    try:
        assert seeds.get("/")[0] == 200
        assert len(seeds.json("/seeds/v_articles.json?_shape=array")) == 5
        assert seeds.json("/seeds/roster.json?_shape=array")
        assert "<mark class=\"state\" title=" in seeds.get("/-/article/1")[1]
    finally:
        seeds.stop()


# --- the command line --------------------------------------------------------------------

def run_cli(*args: str, prelude: str = "") -> subprocess.CompletedProcess:
    code = f"{prelude}\nfrom sco_etl.cli import main\nmain({list(args)!r})"
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)


def one_line_error(result: subprocess.CompletedProcess, *expected: str) -> None:
    assert result.returncode == 1, result.stderr
    assert result.stderr.strip().count("\n") == 0, result.stderr
    for text in expected:
        assert text in result.stderr, result.stderr


def test_postgresql_is_refused_in_one_line_that_points_to_the_static_site():
    one_line_error(run_cli("serve", "--db", "postgresql+psycopg://me@127.0.0.1/news"), "SQLite", "report all")


def test_a_missing_database_is_said_and_not_created(tmp_path):
    missing = tmp_path / "sc0.db"
    one_line_error(run_cli("serve", "--db", str(missing)), f"no database at {missing}")
    assert not missing.exists()


def test_serve_is_a_command_and_its_help_needs_no_datasette():
    listing = run_cli("--help", prelude="import sys; sys.modules['datasette'] = None")
    assert "serve" in listing.stdout
    help_text = run_cli("serve", "--help", prelude="import sys; sys.modules['datasette'] = None")
    assert help_text.returncode == 0 and "--port" in help_text.stdout and "/-/article/ID" in help_text.stdout


def test_ci_installs_the_extras_the_readme_tests_with():
    readme = re.search(r"pip install '\.\[([a-z,]+)\]' && python -m pytest", (REPO / "README.md").read_text())
    ci = re.search(r"pip install --quiet '\.\[([a-z,]+)\]'", (REPO / ".ci" / "run").read_text())
    assert readme and ci and readme.group(1) == ci.group(1) and "serve" in readme.group(1).split(",")


def test_a_report_that_cannot_be_read_is_said_before_serving(tmp_path):
    database = load(tmp_path / "news.db", SAMPLES / "main" / "articles")
    mine = tmp_path / "mine"
    mine.mkdir()
    (mine / "broken.sql.j2").write_text("SELECT 1 -- no declaration\n")
    one_line_error(run_cli("serve", "--db", str(database), "--reports-dir", str(mine)), "broken.sql.j2", "declaration")


def test_without_datasette_the_error_says_how_to_install_it(tmp_path):
    database = load(tmp_path / "news.db", SAMPLES / "main" / "articles")
    hide = "import sys; sys.modules['datasette'] = None  # as if not installed"
    one_line_error(run_cli("serve", "--db", str(database), prelude=hide), "pip install 'sco-etl[serve]'")


# --- in a real browser -------------------------------------------------------------------

def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="no chromium on this machine: apt-get install chromium (.ci/run does)")
@pytest.mark.parametrize("page, shot, expected", [
    ("/-/article/{article}", "serve_article", ['<mark class="event"', '<mark class="quote"', '<mark class="state"',
                                               '<mark class="organisation"', "Membership events"]),
    ("/{db}/roster?as_of=2016", "serve_roster_2016", ['value="2016"', "<td", "CHN"]),
    ("/{db}/v_membership_events?event_type=accession", "serve_facet",
     ['class="facet-results"', 'id="facet-event_type"', 'id="facet-certainty"', 'id="facet-iso3"']),
])
def test_served_pages_in_a_real_browser(server, tmp_path, page, shot, expected):
    articles = server.json(f"/{server.name}/v_membership_events.json?_shape=array&event_type=accession")
    address = server.root + page.format(db=server.name, article=articles[0]["article_id"])
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / f"{shot}.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    taken = subprocess.run([_chromium(), *flags, "--window-size=1200,1400", f"--screenshot={screenshot}", address],
                           capture_output=True, text=True, timeout=120)
    dom = subprocess.run([_chromium(), *flags, "--dump-dom", address], capture_output=True, text=True, timeout=120)
    console = [line for line in (taken.stderr + dom.stderr).splitlines() if "Uncaught" in line]
    assert console == [], console
    for text in expected:
        assert text in dom.stdout, text
    if shot == "serve_roster_2016":
        assert "IND" not in re.sub(r"<textarea.*?</textarea>", "", dom.stdout, flags=re.DOTALL)
    if shot == "serve_facet":
        rows = re.findall(r'<td class="col-event_type[^"]*"[^>]*>([^<]*)</td>', dom.stdout)
        assert rows and set(rows) == {"accession"}
    assert screenshot.exists() and screenshot.stat().st_size > 10_000


# --- inside: what the plugin adds to Datasette ---------------------------------------------

def test_parameters_are_renamed_for_binding_outside_quotes_and_comments():
    from sco_etl.serve.queries import magic_names

    sql = "SELECT ':a', \":a\" FROM t -- :a\nWHERE x = :a /* :a */ AND y = :b AND z::text = :other"
    assert magic_names(sql, {"a", "b"}) == ("SELECT ':a', \":a\" FROM t -- :a\nWHERE x = :_report_a /* :a */ "
                                            "AND y = :_report_b AND z::text = :other")


@needs_datasette
def test_every_connection_to_the_database_refuses_to_write(tmp_path):
    import asyncio
    import sqlite3

    from sco_etl.serve.app import build

    database = load(tmp_path / "news.db", SAMPLES / "main" / "articles")
    instance = build(database, [], 5)

    async def attempt() -> None:
        served = instance.get_database("news")
        assert await served.execute_fn(lambda connection: connection.execute("PRAGMA query_only").fetchone()[0]) == 1
        with pytest.raises(sqlite3.OperationalError, match="readonly"):
            await served.execute_write("DELETE FROM articles")

    asyncio.run(attempt())
    assert article_count(database) == 5


@needs_datasette
def test_in_a_read_only_folder_the_database_is_opened_immutable(tmp_path, monkeypatch):
    from sco_etl.serve import app

    database = load(tmp_path / "news.db", SAMPLES / "main" / "articles")
    assert app.build(database, [], 5).get_database("news").is_mutable  # read-only, and sees a load go on
    monkeypatch.setattr(app.os, "access", lambda path, mode: False)
    assert not app.build(database, [], 5).get_database("news").is_mutable
