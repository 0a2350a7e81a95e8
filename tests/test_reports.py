"""Reports, ad-hoc SQL and the schema description, through the CLI and the library."""
from __future__ import annotations

import csv
import io
import json
import os
import re
import shutil
import subprocess
from collections import Counter
from pathlib import Path

import pytest
from conftest import BACKENDS, REPO, SAMPLES, postgres_schema_url
from sco_etl import db
from sco_etl.cli import main
from sco_etl.load.loader import Loader
from sco_etl.reports import FORMATS, Catalogue, Param, ReportError

BUILTINS = sorted(Catalogue().reports())
GOLDEN = Path(__file__).parent / "golden"
ARTIFACTS = Path(os.environ.get("SCO_ETL_TEST_ARTIFACTS", REPO / "tests" / "artifacts"))


@pytest.fixture
def loaded(db_url, engine):
    summary = Loader(engine).run([str(SAMPLES / "main" / "articles"), str(SAMPLES / "holdout1" / "articles")])
    assert not summary.failures
    return db_url


@pytest.fixture(scope="module", params=BACKENDS)
def samples_db(request, tmp_path_factory):
    """The samples loaded once per backend for the tests that only read them (a load per test,
    on two backends, was most of this module's time)."""
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('samples') / 'samples.db'}"
        _load_samples(url)
        yield url
        return
    for url in postgres_schema_url():
        _load_samples(url)
        yield url


def _load_samples(url: str) -> None:
    engine = db.create_db_engine(url)
    try:
        summary = Loader(engine).run([str(SAMPLES / "main" / "articles"), str(SAMPLES / "holdout1" / "articles")])
        assert not summary.failures
    finally:
        engine.dispose()


@pytest.fixture
def empty(db_url, engine):
    db.upgrade(engine)
    return db_url


def run(runner, *args):
    result = runner.invoke(main, list(args), catch_exceptions=False)
    return result


def test_at_least_the_eight_builtins_exist():
    assert {"membership_timeline", "roster", "state_mentions", "organisation_mentions", "quotes_by_speaker",
            "coverage", "article_digest", "data_quality"} <= set(BUILTINS)


@pytest.mark.parametrize("name", BUILTINS)
@pytest.mark.parametrize("fmt", FORMATS)
def test_every_builtin_renders_in_every_format(runner, samples_db, name, fmt):
    result = run(runner, "report", "run", name, "--db", samples_db, "--format", fmt)
    assert result.exit_code == 0, result.output
    assert result.output.strip()
    if fmt == "json":
        assert isinstance(json.loads(result.output), list)
    if fmt == "html":
        assert result.output.startswith("<!doctype html>") and "</html>" in result.output


@pytest.mark.parametrize("name", BUILTINS)
def test_every_builtin_runs_on_an_empty_database(runner, empty, name):
    for fmt in FORMATS:
        result = run(runner, "report", "run", name, "--db", empty, "--format", fmt)
        assert result.exit_code == 0, result.output
    assert json.loads(run(runner, "report", "run", name, "--db", empty, "--format", "json").output) == []


@pytest.mark.parametrize("name", ["membership_timeline", "state_mentions", "coverage", "roster", "coverage_over_time"])
def test_csv_matches_the_golden_file(runner, samples_db, name, tmp_path):
    """Golden files: regenerate with SCO_ETL_UPDATE_GOLDEN=1 after a reviewed change."""
    target = tmp_path / "out.csv"
    run(runner, "report", "run", name, "--db", samples_db, "--format", "csv", "-o", str(target))
    golden = GOLDEN / f"{name}.csv"
    if os.environ.get("SCO_ETL_UPDATE_GOLDEN"):
        golden.write_bytes(target.read_bytes())
    assert target.read_bytes() == golden.read_bytes(), f"{name} differs from {golden}"


def test_csv_is_rfc_4180(runner, samples_db, tmp_path):
    target = tmp_path / "digest.csv"
    run(runner, "report", "run", "article_digest", "--db", samples_db, "--format", "csv", "-o", str(target))
    output = target.read_bytes().decode("utf-8")
    assert "\r\n" in output
    rows = list(csv.reader(io.StringIO(output, newline="")))
    assert rows[0][0] == "file_name" and all(len(row) == len(rows[0]) for row in rows)


def test_json_keeps_types(runner, samples_db):
    records = json.loads(run(runner, "report", "run", "state_mentions", "--db", samples_db, "--format", "json").output)
    assert isinstance(records[0]["mentions"], int) and isinstance(records[0]["state"], str)


def test_parameters_filter_and_are_validated(runner, samples_db):
    rows = json.loads(run(runner, "report", "run", "membership_timeline", "--db", samples_db, "-p", "state", "ind",
                          "--format", "json").output)
    assert rows and {row["iso3"] for row in rows} == {"IND"}
    bad = run(runner, "report", "run", "organisation_mentions", "--db", samples_db, "-p", "limit", "many")
    assert bad.exit_code != 0 and "parameter 'limit' must be int" in bad.output
    unknown = run(runner, "report", "run", "roster", "--db", samples_db, "-p", "colour", "red")
    assert unknown.exit_code != 0 and "no parameter 'colour'" in unknown.output
    date = run(runner, "report", "run", "roster", "--db", samples_db, "-p", "as_of", "2024-02-30")
    assert date.exit_code != 0 and "not a calendar date" in date.output


def test_roster_as_of_a_date_follows_the_events(runner, samples_db):
    def roster(as_of):
        output = run(runner, "report", "run", "roster", "--db", samples_db, "-p", "as_of", as_of, "--format", "json").output
        return {row["iso3"]: row["status"] for row in json.loads(output)}
    assert roster("2016").get("IND") is None
    assert roster("2018")["IND"] == "member"


def test_an_injection_through_a_parameter_is_only_a_value(runner, samples_db):
    attack = "x' OR '1'='1'; DROP TABLE articles; --"
    result = run(runner, "report", "run", "state_mentions", "--db", samples_db, "-p", "publisher", attack, "--format", "json")
    assert result.exit_code == 0 and json.loads(result.output) == []
    count = run(runner, "sql", "SELECT COUNT(*) AS n FROM articles", "--db", samples_db, "--format", "json").output
    assert json.loads(count)[0]["n"] > 0


def test_script_in_an_article_stays_inert_in_html(runner, db_url, write):
    path = write("xss.txt", "Summit <script>alert('x')</script> opens\n\n"
                            "Delegates from Kazakhstan met in Astana <img src=x onerror=alert(1)> on Monday to discuss "
                            "the SCO agenda and regional trade in detail.\n")
    assert run(runner, "load", str(path), "--db", db_url, "--quiet").exit_code == 0
    html = run(runner, "report", "run", "article_digest", "--db", db_url, "--format", "html").output
    assert "<script>alert" not in html and "&lt;script&gt;alert" in html
    assert "<img src=x" not in html


def test_user_reports_add_and_override(runner, samples_db, tmp_path):
    folder = tmp_path / "my_reports"
    folder.mkdir()
    (folder / "roster.sql.j2").write_text('{#---\nname = "roster"\ntitle = "My roster"\n---#}\nSELECT 1 AS mine\n')
    (folder / "states_by_letter.sql.j2").write_text(
        '{#---\nname = "states_by_letter"\ntitle = "States by letter"\n[[params]]\nname = "letter"\n'
        'type = "str"\nrequired = true\nhelp = "first letter"\n---#}\n'
        "SELECT name FROM states WHERE name LIKE :letter || '%' ORDER BY name\n")
    listing = run(runner, "report", "list", "--reports-dir", str(folder)).output
    assert "My roster" in listing and "states_by_letter" in listing
    mine = run(runner, "report", "run", "roster", "--db", samples_db, "--reports-dir", str(folder), "--format", "csv").output
    assert mine.splitlines() == ["mine", "1"]
    missing = run(runner, "report", "run", "states_by_letter", "--db", samples_db, "--reports-dir", str(folder))
    assert missing.exit_code != 0 and "needs parameter 'letter'" in missing.output


def test_show_prints_parameters_and_sql_for_either_dialect(runner):
    output = run(runner, "report", "show", "state_mentions", "-p", "publisher", "Xinhua", "--dialect", "postgresql").output
    assert "publisher: str" in output and ":publisher" in output and "Xinhua" not in output.split("SQL")[1]


def test_param_conversion():
    assert Param("n", "int").convert("7") == 7
    assert Param("b", "bool").convert("yes") is True
    assert Param("d", "date").convert("2024-07") == "2024-07"
    with pytest.raises(ReportError, match="one of"):
        Param("c", "choice", choices=("a", "b")).convert("z")


def test_report_all_writes_every_report_and_an_index(runner, samples_db, tmp_path):
    target = tmp_path / "site"
    assert run(runner, "report", "all", "--db", samples_db, "-o", str(target)).exit_code == 0
    written = sorted(path.stem for path in target.glob("*.html"))
    assert written == sorted(BUILTINS + ["index"])
    index = (target / "index.html").read_text()
    assert all(f'href="{name}.html"' in index for name in BUILTINS)
    assert "http://" not in index and "https://" not in index  # self-contained


def test_sql_is_read_only_unless_write(runner, loaded):
    refused = run(runner, "sql", "DELETE FROM quotes", "--db", loaded)
    assert refused.exit_code != 0 and "read-only" in refused.output
    before = json.loads(run(runner, "sql", "SELECT COUNT(*) AS n FROM quotes", "--db", loaded, "--format", "json").output)
    assert before[0]["n"] > 0
    assert run(runner, "sql", "DELETE FROM quotes WHERE id = :id", "-p", "id", "1", "--db", loaded, "--write").exit_code == 0
    after = json.loads(run(runner, "sql", "SELECT COUNT(*) AS n FROM quotes", "--db", loaded, "--format", "json").output)
    assert after[0]["n"] == before[0]["n"] - 1


def test_sql_binds_named_parameters(runner, samples_db):
    output = run(runner, "sql", "SELECT iso3 FROM v_state_mentions WHERE iso3 = :iso3 LIMIT 1", "-p", "iso3", "KAZ",
                 "--db", samples_db, "--format", "csv").output
    assert output.splitlines() == ["iso3", "KAZ"]


def test_schema_describes_views_and_tables(runner):
    output = run(runner, "schema").output
    assert "v_membership_events:" in output and "evidence" in output and "membership_events:" in output


def _chromium() -> str | None:
    return shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


@pytest.mark.skipif(_chromium() is None, reason="no chromium on this machine: apt-get install chromium (.ci/run does)")
@pytest.mark.parametrize("name", ["membership_timeline", "state_mentions", "article_digest"])
def test_html_report_in_a_real_browser(runner, sqlite_url, tmp_path, name):
    engine = db.create_db_engine(sqlite_url)
    Loader(engine).run([str(SAMPLES / "main" / "articles"), str(SAMPLES / "holdout1" / "articles")])
    engine.dispose()
    site = tmp_path / "site"
    run(runner, "report", "all", "--db", sqlite_url, "-o", str(site))
    page = site / f"{name}.html"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / f"{name}.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
             "--disable-background-networking", "--disable-component-update", "--disable-sync",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    shot = subprocess.run([_chromium(), *flags, "--window-size=1200,1400", f"--screenshot={screenshot}", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    dom = subprocess.run([_chromium(), *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    console = [line for line in (shot.stderr + dom.stderr).splitlines() if "CONSOLE" in line or "Uncaught" in line]
    assert console == [], console
    assert "<table" in dom.stdout and "<tbody>" in dom.stdout and "<tr" in dom.stdout
    if name != "article_digest":
        assert "<svg" in dom.stdout
    if name == "membership_timeline":  # status over time: a chart per organisation, its bands drawn
        assert dom.stdout.count('class="timeline-chart"') >= 2 and 'class="band' in dom.stdout
    assert screenshot.exists() and screenshot.stat().st_size > 10_000


@pytest.mark.skipif(_chromium() is None, reason="no chromium on this machine: apt-get install chromium (.ci/run does)")
def test_a_large_timeline_in_a_real_browser(tmp_path):
    """60 states over 30 years in two organisations, drawn by Chromium: the page renders
    without errors, every chart within its aspect and the newest year on the axis."""
    from sco_etl.reports.engine import Report, Result
    from sco_etl.reports.output import to_html

    columns = ["event_date", "state", "organisation", "event_type", "certainty"]
    rows = []
    for n in range(60):
        for organisation, shift in (("SCO", 0), ("BRICS", 5)):
            start = 1996 + (n * 7 + shift) % 25
            rows += [(f"{start}-03", f"Republic of State {n}", organisation, "dialogue_partner", "occurred"),
                     (f"{start + 3}-09", f"Republic of State {n}", organisation, "observer", "occurred"),
                     (f"{start + 6}", f"Republic of State {n}", organisation, "accession",
                      "planned" if start + 6 > 2024 else "occurred")]
    rows.append(("2026-07-01", "Republic of State 1", "SCO", "chairmanship", "planned"))
    report = Report(name="membership_timeline", title="Membership timeline", description="", params=(),
                    chart={"type": "timeline", "date": "event_date", "lane": "state", "label": "event_type",
                           "group": "organisation", "certainty": "certainty"}, template="", origin="test")
    page = tmp_path / "timeline.html"
    page.write_text(to_html(Result(columns, rows), report), "utf-8")
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    screenshot = ARTIFACTS / "membership_timeline_large.png"
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             f"--user-data-dir={tmp_path / 'profile'}", "--enable-logging=stderr", "--v=0"]
    shot = subprocess.run([_chromium(), *flags, "--window-size=1200,2600", f"--screenshot={screenshot}", page.as_uri()],
                          capture_output=True, text=True, timeout=120)
    dom = subprocess.run([_chromium(), *flags, "--dump-dom", page.as_uri()], capture_output=True, text=True, timeout=120)
    assert [line for line in (shot.stderr + dom.stderr).splitlines() if "Uncaught" in line] == []
    boxes = [(float(w), float(h)) for w, h in re.findall(r'<svg class="chart"[^>]*? width="([\d.]+)" height="([\d.]+)"',
                                                         dom.stdout)]
    assert len(boxes) >= 2 and all(h <= 2.5 * w for w, h in boxes)
    assert ">2026</text>" in dom.stdout and 'class="band planned"' in dom.stdout
    assert screenshot.exists() and screenshot.stat().st_size > 10_000


@pytest.mark.parametrize("name", ["membership_timeline", "quotes_by_speaker", "article_digest", "organisation_mentions"])
def test_a_limited_report_is_the_first_rows_of_the_whole_and_says_it_stopped(runner, samples_db, name):
    whole = json.loads(run(runner, "report", "run", name, "--db", samples_db, "-f", "json", "-p", "limit", "0").stdout)
    assert len(whole) >= 3, "the samples give this report several rows"
    limited = run(runner, "report", "run", name, "--db", samples_db, "-f", "json", "-p", "limit", "2")
    assert json.loads(limited.stdout) == whole[:2]
    assert "returned 2 rows, its limit; there may be more: -p limit 0 shows all" in limited.stderr
    html = run(runner, "report", "run", name, "--db", samples_db, "-f", "html", "-p", "limit", "2").stdout
    assert "there may be more" in html
    roomy = run(runner, "report", "run", name, "--db", samples_db, "-f", "json", "-p", "limit", str(len(whole) + 1))
    assert json.loads(roomy.stdout) == whole and "may be more" not in roomy.stderr
    negative = run(runner, "report", "run", name, "--db", samples_db, "-p", "limit", "-5")
    assert negative.exit_code != 0 and "parameter 'limit' must be at least 0" in negative.output


def test_a_limited_timeline_is_the_start_of_the_whole_one(engine):
    """The timeline finds the date of the last event it will show before grouping; with any
    limit it must show what the whole timeline starts with, undated events included."""
    from sco_etl.reports.engine import run_report

    summary = Loader(engine).run([str(SAMPLES / folder / "articles") for folder in ("main", "holdout2", "holdout10")])
    assert not summary.failures
    catalogue = Catalogue()
    report = catalogue.reports()["membership_timeline"]

    def timeline(limit: int) -> list[tuple]:
        with engine.connect() as connection:
            return run_report(connection, catalogue, report, report.values({"limit": str(limit)})).rows

    whole = timeline(0)
    undated = sum(row[0] is None for row in whole)
    assert 0 < undated < len(whole)  # dated and undated, so the cut-off is tried on both sides
    for limit in range(1, len(whole) + 2):
        assert timeline(limit) == whole[:limit], limit


def test_a_month_or_a_year_as_an_upper_date_bound_takes_in_all_of_it(runner, samples_db):
    def states(date_to):
        output = run(runner, "report", "run", "state_mentions", "--db", samples_db, "-p", "date_to", date_to, "-f", "json").output
        return sum(row["articles"] for row in json.loads(output))
    everything = states("9999")
    published = json.loads(run(runner, "sql", "SELECT substr(published_on, 1, 7) AS month FROM articles "
                                              "WHERE published_on IS NOT NULL ORDER BY published_on DESC LIMIT 1",
                               "--db", samples_db, "-f", "json").output)[0]["month"]
    # the month of the latest article, as a bound, keeps that article (a string comparison would drop it)
    assert states(published) == everything and states(published[:4]) == everything


def test_as_of_a_date_an_undated_fact_is_listed_apart(runner, samples_db):
    output = run(runner, "report", "run", "roster", "--db", samples_db, "-p", "as_of", "1990", "--format", "json").output
    rows = json.loads(output)
    assert all(row["dated"] == "no" for row in rows), rows  # nothing dated was in force in 1990
    everything = json.loads(run(runner, "report", "run", "roster", "--db", samples_db, "--format", "json").output)
    assert any(row["dated"] == "yes" for row in everything)


def report_rows(runner, url, name, *params):
    output = run(runner, "report", "run", name, "--db", url, "--json", *params)
    assert output.exit_code == 0, output.output
    return json.loads(output.stdout)


def test_coverage_over_time_counts_articles_per_month_and_publisher(runner, samples_db):
    articles = json.loads(run(runner, "sql", "SELECT COALESCE(substr(published_on, 1, 7), '(undated)') AS month, "
                                             "COALESCE(publisher, '(unknown publisher)') AS publisher FROM v_articles",
                              "--db", samples_db, "--json").stdout)
    expected = Counter((row["month"], row["publisher"]) for row in articles)
    rows = report_rows(runner, samples_db, "coverage_over_time")
    assert {(row["month"], row["publisher"]): row["articles"] for row in rows} == expected
    months = [row["month"] for row in rows]
    assert months == sorted(months, key=lambda month: (month == "(undated)", month))
    assert "(unknown publisher)" in {row["publisher"] for row in rows}  # the samples have such articles


def test_coverage_over_time_shows_the_unknown_publisher_apart_however_many(runner, loaded):
    # every article but one becomes an unknown publisher's, in the month of the one left
    changed = run(runner, "sql", "UPDATE articles SET published_on = '2024-07-15', publisher_id = NULL "
                                 "WHERE publisher_id IS NULL OR publisher_id NOT IN "
                                 "(SELECT id FROM organisations WHERE name = 'The Astana Times')",
                  "--db", loaded, "--write")
    assert changed.exit_code == 0, changed.output
    july = [row for row in report_rows(runner, loaded, "coverage_over_time") if row["month"] == "2024-07"]
    assert july[0] == {"month": "2024-07", "publisher": "The Astana Times", "articles": 1}
    assert july[1]["publisher"] == "(unknown publisher)" and july[1]["articles"] > 1 and len(july) == 2


def test_coverage_over_time_takes_the_article_filters(runner, samples_db):
    def months(*params):
        return {row["month"] for row in report_rows(runner, samples_db, "coverage_over_time", *params)}
    everything = months() - {"(undated)"}
    assert months("-p", "date_from", "2024-07", "-p", "date_to", "2024-07") == {"2024-07"}
    assert months("-p", "date_to", "2024") == {month for month in everything if month <= "2024-12"}
    assert months("-p", "date_from", "2025") == {month for month in everything if month >= "2025"}
    by_publisher = report_rows(runner, samples_db, "coverage_over_time", "-p", "publisher", "xinhua news agency")
    assert {row["publisher"] for row in by_publisher} == {"Xinhua News Agency"}
    mentioning = json.loads(run(runner, "sql", "SELECT COUNT(DISTINCT article_id) AS n FROM v_state_mentions "
                                               "WHERE iso3 = 'IND'", "--db", samples_db, "--json").stdout)[0]["n"]
    by_state = report_rows(runner, samples_db, "coverage_over_time", "-p", "state", "india")
    assert 0 < sum(row["articles"] for row in by_state) == mentioning == sum(
        row["articles"] for row in report_rows(runner, samples_db, "coverage_over_time", "-p", "state", "ind"))
    by_body = report_rows(runner, samples_db, "coverage_over_time", "-p", "organisation", "sco")
    assert 0 < sum(row["articles"] for row in by_body) <= sum(row["articles"] for row in
                                                               report_rows(runner, samples_db, "coverage_over_time"))


def test_report_run_help_lists_the_reports_own_parameters(runner):
    help_text = run(runner, "report", "run", "coverage_over_time", "--help").output
    section = help_text.split("Parameters of coverage_over_time (-p NAME VALUE):")[1]
    for name in ("publisher", "date_from", "date_to", "organisation", "state"):
        assert f"  {name} " in section
    assert "a month or a" in section and "(date)" in section
    roster = " ".join(run(runner, "report", "run", "roster", "--db", "x.db", "--help").output.split())
    assert "Parameters of roster" in roster and "(date; default 9999)" in roster
    assert "Parameters of" not in run(runner, "report", "run", "--help").output


def test_report_all_gives_each_report_the_parameters_it_takes(runner, samples_db, tmp_path):
    site = tmp_path / "site"
    result = run(runner, "report", "all", "--db", samples_db, "-o", site, "--json",
                 "-p", "date_from", "2024-07", "-p", "date_to", "2024-07")
    assert result.exit_code == 0, result.output
    months = {row["month"] for row in json.loads((site / "coverage_over_time.json").read_text())}
    assert months == {"2024-07"}
    july = report_rows(runner, samples_db, "state_mentions", "-p", "date_from", "2024-07", "-p", "date_to", "2024-07")
    assert json.loads((site / "state_mentions.json").read_text()) == july
    # a report without the parameter keeps its defaults
    assert json.loads((site / "roster.json").read_text()) == report_rows(runner, samples_db, "roster")
    unknown = run(runner, "report", "all", "--db", samples_db, "-o", tmp_path / "other", "-p", "colour", "red")
    assert unknown.exit_code == 1 and "no report has a parameter 'colour'" in unknown.output
    assert not (tmp_path / "other").exists()


SCO_UP_TO_JULY_2024 = ("FROM v_articles WHERE substr(published_on, 1, 7) <= '2024-07' AND article_id IN "
                       "(SELECT article_id FROM v_organisation_mentions WHERE acronym = 'SCO')")


def test_the_digest_and_the_quotes_keep_only_the_filtered_articles(runner, samples_db):
    expected = {row["file_name"] for row in json.loads(run(runner, "sql", f"SELECT file_name {SCO_UP_TO_JULY_2024}",
                                                           "--db", samples_db, "--json").stdout)}
    filters = ("-p", "organisation", "sco", "-p", "date_to", "2024-07", "-p", "limit", "0")
    digest = report_rows(runner, samples_db, "article_digest", *filters)
    assert {row["file_name"] for row in digest} == expected and len(digest) < len(
        report_rows(runner, samples_db, "article_digest", "-p", "limit", "0"))

    def quoted(rows):
        return {(row["speaker"], row["text"], row["file_name"]) for row in rows}
    everything = report_rows(runner, samples_db, "quotes_by_speaker", "-p", "limit", "0")
    kept = report_rows(runner, samples_db, "quotes_by_speaker", *filters)
    assert kept and quoted(kept) == {quote for quote in quoted(everything) if quote[2] in expected} != quoted(everything)


def test_state_mentions_of_the_articles_that_mention_an_organisation(runner, samples_db):
    expected = json.loads(run(runner, "sql", "SELECT COUNT(*) AS n FROM v_state_mentions WHERE article_id IN "
                                             "(SELECT article_id FROM v_organisation_mentions WHERE acronym = 'SCO')",
                              "--db", samples_db, "--json").stdout)[0]["n"]
    rows = report_rows(runner, samples_db, "state_mentions", "-p", "organisation", "SCO")
    assert 0 < sum(row["articles"] for row in rows) == expected
    by_story = report_rows(runner, samples_db, "state_mentions", "-p", "organisation", "SCO", "-p", "by_story", "true")
    assert 0 < sum(row["articles"] for row in by_story) <= expected


def test_coverage_over_time_draws_a_row_per_publisher_and_the_unknown_apart(runner, samples_db):
    html = run(runner, "report", "run", "coverage_over_time", "--db", samples_db, "--html").stdout
    chart = html.split('<div class="monthly">')[1].split("</div>")[0]
    publishers = {row["publisher"] for row in report_rows(runner, samples_db, "coverage_over_time")}
    named = re.findall(r'<g class="series" data-total="\d+">.*?<title>(.*?): \d+ articles</title>', chart, re.DOTALL)
    assert set(named) == publishers - {"(unknown publisher)"}
    apart = re.findall(r'<g class="series apart" data-total="(\d+)">.*?<title>(.*?):', chart, re.DOTALL)
    assert apart == [("1", "(unknown publisher)")]  # its dated article; the undated one is told, not drawn
    assert chart.index('class="apart-rule"') < chart.index('class="series apart"')
    assert "1 undated article, not drawn" in chart


def test_coverage_lists_and_draws_the_unknown_publisher_after_the_named_ones_however_many(runner, loaded):
    # most articles lose their publisher: the unknown one has the most articles by far
    changed = run(runner, "sql", "UPDATE articles SET publisher_id = NULL WHERE publisher_id IS NULL OR publisher_id "
                                 "NOT IN (SELECT id FROM organisations WHERE name IN ('The Astana Times', 'AKIpress'))",
                  "--db", loaded, "--write")
    assert changed.exit_code == 0, changed.output
    publishers = [row for row in report_rows(runner, loaded, "coverage") if row["dimension"] == "publisher"]
    assert publishers[-1]["value"] == "(unknown)" and publishers[-1]["articles"] > publishers[0]["articles"]
    assert "(unknown)" not in {row["value"] for row in publishers[:-1]}
    chart = run(runner, "report", "run", "coverage", "--db", loaded, "--html").stdout.split("<figure>")[1]
    assert re.findall(r'<rect class="apart"[^>]*><title>([^:<]*)', chart) == ["(unknown)"]
    assert chart.index('class="apart-rule"') < chart.index('<rect class="apart"')


def sql_rows(runner, url, query):
    output = run(runner, "sql", query, "--db", url, "--json")
    assert output.exit_code == 0, output.output
    return json.loads(output.stdout)


MENTIONING_INDIA = "SELECT article_id FROM v_state_mentions WHERE iso3 = 'IND'"


def test_organisation_mentions_of_the_filtered_articles(runner, samples_db):
    def counted(*params):
        rows = report_rows(runner, samples_db, "organisation_mentions", "-p", "limit", "0", *params)
        return {row["organisation"]: row["articles"] for row in rows}, rows
    expected = Counter(row["organisation"] for row in sql_rows(
        runner, samples_db, f"SELECT organisation FROM v_organisation_mentions WHERE article_id IN ({MENTIONING_INDIA})"))
    by_state, rows = counted("-p", "state", "ind")
    assert by_state == expected and by_state != counted()[0]
    # the states named beside each organisation come from the kept articles only
    kept_states = {row["iso3"] for row in sql_rows(runner, samples_db, "SELECT iso3 FROM v_state_mentions WHERE "
                                                                   f"article_id IN ({MENTIONING_INDIA})")}
    assert {iso3 for row in rows for iso3 in (row["mentioned_with"] or "").split(", ") if iso3} <= kept_states
    july = Counter(row["organisation"] for row in sql_rows(
        runner, samples_db, "SELECT organisation FROM v_organisation_mentions JOIN v_articles USING (article_id) "
                        "WHERE published_on LIKE '2024-07%'"))
    assert counted("-p", "date_from", "2024-07", "-p", "date_to", "2024-07")[0] == july
    by_story, _ = counted("-p", "date_to", "2024-07", "-p", "by_story", "true")
    assert set(by_story) == set(counted("-p", "date_to", "2024-07")[0])


def test_coverage_of_the_filtered_articles(runner, samples_db):
    def breakdown(*params):
        rows = report_rows(runner, samples_db, "coverage", *params)
        return {dimension: {row["value"]: row["articles"] for row in rows if row["dimension"] == dimension}
                for dimension in ("publisher", "author", "month")}
    july = breakdown("-p", "date_to", "2024-07", "-p", "date_from", "2024-07")
    assert july["month"] == {"2024-07": 2}
    assert july["publisher"] == {"The Astana Times": 1, "Xinhua News Agency": 1}
    authors = {row["authors"] for row in sql_rows(runner, samples_db, "SELECT authors FROM v_articles "
                                                                  "WHERE published_on LIKE '2024-07%'")}
    assert set(july["author"]) == {name for names in authors if names for name in names.split("; ")}
    everything = breakdown()
    assert set(july["author"]) < set(everything["author"])
    india = breakdown("-p", "state", "IND", "-p", "by", "publisher")
    assert sum(india["publisher"].values()) == len(sql_rows(runner, samples_db, MENTIONING_INDIA)) > 0
    assert breakdown("-p", "publisher", "akipress")["publisher"] == {"AKIpress": 1}


def test_data_quality_keeps_the_checks_of_the_filtered_articles(runner, samples_db):
    everything = report_rows(runner, samples_db, "data_quality")
    kept_files = {row["file_name"] for row in sql_rows(runner, samples_db, "SELECT file_name FROM v_articles WHERE "
                                                                       f"article_id IN ({MENTIONING_INDIA})")}
    by_state = report_rows(runner, samples_db, "data_quality", "-p", "state", "IND")
    assert by_state == [row for row in everything if row["file_name"] in kept_files] != everything
    dated = report_rows(runner, samples_db, "data_quality", "-p", "date_from", "2025")
    assert dated and "article without date" not in {row["problem"] for row in dated}
    assert {row["file_name"] for row in dated} <= {row["file_name"] for row in sql_rows(
        runner, samples_db, "SELECT file_name FROM v_articles WHERE published_on >= '2025'")}
    assert report_rows(runner, samples_db, "data_quality", "-p", "publisher", "No Such Outlet") == []


@pytest.mark.parametrize("raw", ["false", "true"])
def test_the_membership_timeline_takes_a_date_range_a_month_or_a_year_meaning_all_of_it(runner, samples_db, raw):
    def dates(*params):
        rows = report_rows(runner, samples_db, "membership_timeline", "-p", "raw", raw, *params)
        return [row["event_date"] for row in rows]
    everything = dates()
    assert dates("-p", "date_from", "2017", "-p", "date_to", "2024-07") == [
        date for date in everything if date is not None and "2017" <= date[:7] <= "2024-07"]
    july = dates("-p", "date_from", "2024-07", "-p", "date_to", "2024-07")
    assert july and all(date.startswith("2024-07") for date in july)  # a day in July, within 'July'
    assert dates("-p", "date_to", "2001-06-15") == [date for date in everything if date and date[:10] <= "2001-06-15"]


@pytest.mark.parametrize("name", ["organisation_mentions", "coverage", "data_quality"])
def test_the_filters_are_bound_parameters_never_sql_text(runner, samples_db, name):
    attack = "x' OR '1'='1"
    output = run(runner, "report", "show", name, "-p", "publisher", attack, "-p", "state", attack,
                 "-p", "organisation", attack, "-p", "date_from", "2024-07").output
    sql_text = output.split("SQL (sqlite")[1]
    assert attack not in sql_text and "2024-07" not in sql_text
    assert ":publisher" in sql_text and ":state" in sql_text and ":organisation" in sql_text and ":date_from" in sql_text
    rows = report_rows(runner, samples_db, name, "-p", "publisher", attack)
    assert rows == []


def long_table(rows: int) -> str:
    """The HTML of a report of ``rows`` rows whose file names link to the digest's rows."""
    from sco_etl.reports.engine import Report, Result
    from sco_etl.reports.output import to_html

    report = Report(name="article_digest", title="Article digest", description="", params=(), chart={},
                    template="", origin="test")
    result = Result(["file_name", "publisher", "quotes"],
                    [(f"story_{n:04d}.txt", "Xinhua" if n % 10 == 3 else "TASS", n) for n in range(rows)])
    return to_html(result, report, article_links={})


def test_a_long_table_gets_a_filter_box_and_pages_that_only_a_script_uses():
    from sco_etl.reports.output import PAGED_FROM

    short, long = long_table(PAGED_FROM), long_table(PAGED_FROM + 1)
    assert 'class="table-tools"' not in short and "paged" not in short.split("<table")[1].split(">")[0]
    assert '<div class="table-tools" hidden>' in long and '<table class="sortable paged" id="rows" data-page-size=' in long
    rows = long.split("<tbody>")[1].split("</tbody>")[0]
    assert rows.count("<tr") == PAGED_FROM + 1 and "hidden" not in rows and "display" not in rows
    assert "<script src" not in long and "http://" not in long and "https://" not in long


def _browser_dom(tmp_path, html: str, address_suffix: str = "") -> str:
    page = tmp_path / "long.html"
    page.write_text(html, "utf-8")
    flags = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
             f"--user-data-dir={tmp_path / 'profile'}"]
    dom = subprocess.run([_chromium(), *flags, "--dump-dom", page.as_uri() + address_suffix],
                         capture_output=True, text=True, timeout=120)
    assert "Uncaught" not in dom.stderr, dom.stderr
    return dom.stdout


def _shown_rows(dom: str) -> list[str]:
    body = dom.split("<tbody>")[1].split("</tbody>")[0]
    return re.findall(r'<tr id="article-([^"]+)">', body)  # a hidden row is written <tr id=... hidden="">


@pytest.mark.skipif(_chromium() is None, reason="no chromium on this machine: apt-get install chromium (.ci/run does)")
def test_a_long_table_in_a_real_browser_pages_filters_and_opens_a_linked_row(tmp_path):
    html = long_table(1000)
    dom = _browser_dom(tmp_path, html)
    assert _shown_rows(dom) == [f"story_{n:04d}.txt" for n in range(100)]
    assert '<div class="table-tools">' in dom and "rows 1–100 of 1000, page 1 of 10" in dom
    # a link to a row on a later page opens that page
    linked = _shown_rows(_browser_dom(tmp_path, html, "#article-story_0567.txt"))
    assert "story_0567.txt" in linked and len(linked) == 100
    # words typed in the box keep the rows that hold them all, a page at a time
    typing = ('<script>var box = document.querySelector(".row-filter"); box.value = "xinhua 3";'
              'box.dispatchEvent(new Event("input"));</script></body>')
    filtered = _browser_dom(tmp_path, html.replace("</body>", typing))
    expected = [f"story_{n:04d}.txt" for n in range(1000) if n % 10 == 3 and "3" in f"story_{n:04d}.txt{n}"]
    assert _shown_rows(filtered) == expected[:100] and f"of {len(expected)} matching (1000 in all)" in filtered
    # (without scripts the page is the HTML as written: every row shown, the tools hidden; the test above)
