"""Output formats chosen the same way by every command: a flag or -f, never two; else -o's extension."""
from __future__ import annotations

import csv
import io
import json

import click
import pytest
from conftest import SAMPLES
from sco_etl.cli import main
from sco_etl.cli.options import choose_output
from sco_etl.load.loader import Loader

FORMATS = ("table", "csv", "json", "nl", "markdown", "html")


@pytest.fixture
def loaded(db_url, engine):
    assert not Loader(engine).run([str(SAMPLES / "main" / "articles")]).failures
    return db_url


def run(runner, *args):
    return runner.invoke(main, [str(arg) for arg in args], catch_exceptions=False)


def choose(named=(), given=None, path=None, style=None):
    return choose_output(FORMATS, "table", {name: True for name in named}, given, path, style)


def test_a_flag_or_format_chooses_and_the_default_is_not_chosen():
    assert choose(["nl"]).format == "nl" and choose(["nl"]).chosen
    assert choose(given="csv").format == "csv"
    default = choose()
    assert (default.format, default.chosen, default.table_style) == ("table", False, "simple")


@pytest.mark.parametrize("named, given, message", [
    (["csv", "json"], None, "--csv and --json each choose an output format: give only one"),
    (["nl"], "csv", "--nl and -f/--format each choose"),
])
def test_two_formats_at_once_are_refused(named, given, message):
    with pytest.raises(click.UsageError, match=message):
        choose(named, given)


def test_fmt_styles_a_table_and_nothing_else():
    styled = choose(style="github")
    assert (styled.format, styled.table_style) == ("table", "github")
    assert choose(["table"], style="grid").table_style == "grid"
    with pytest.raises(click.UsageError, match="goes with --table, not --csv"):
        choose(["csv"], style="grid")
    with pytest.raises(click.UsageError, match="'nope' is not a table style"):
        choose(style="nope")


@pytest.mark.parametrize("name, expected", [("out.csv", "csv"), ("out.JSON", "json"), ("out.jsonl", "nl"),
                                            ("out.ndjson", "nl"), ("out.md", "markdown"), ("out.html", "html"),
                                            ("out.txt", "table")])
def test_the_extension_of_the_output_file_chooses_the_format(tmp_path, name, expected):
    assert choose(path=tmp_path / name).format == expected
    assert choose(["csv"], path=tmp_path / name).format == "csv"  # a flag wins over the name


@pytest.mark.parametrize("name", ["out.xlsx", "out"])
def test_an_extension_that_names_no_format_is_an_error(tmp_path, name):
    with pytest.raises(click.UsageError, match=f"-o {name}: .* names no output format here"):
        choose(path=tmp_path / name)


def test_sql_shortcut_flags_match_the_format_option(runner, loaded):
    query = "SELECT iso3, mentions FROM v_state_mentions ORDER BY iso3, mentions"
    for flag, fmt in [("--csv", "csv"), ("--json", "json"), ("--table", "table"), ("--markdown", "markdown")]:
        assert run(runner, "sql", query, "--db", loaded, flag).output == run(runner, "sql", query, "--db", loaded,
                                                                            "-f", fmt).output
    lines = run(runner, "sql", query, "--db", loaded, "--nl").output.splitlines()
    assert [json.loads(line) for line in lines] == json.loads(run(runner, "sql", query, "--db", loaded, "--json").output)


def test_sql_table_style(runner, loaded):
    output = run(runner, "sql", "SELECT 1 AS one", "--db", loaded, "--fmt", "github").output
    assert output.splitlines() == ["|   one |", "|-------|", "|     1 |"]


def test_sql_refuses_two_formats_with_a_clear_error(runner, loaded, tmp_path):
    result = run(runner, "sql", "SELECT 1 AS one", "--db", loaded, "--csv", "--json")
    assert result.exit_code == 2 and "--csv and --json each choose an output format: give only one" in result.output


def test_report_run_writes_the_format_its_output_file_names(runner, loaded, tmp_path):
    target = tmp_path / "states.json"
    assert run(runner, "report", "run", "state_mentions", "--db", loaded, "-o", target).exit_code == 0
    assert json.loads(target.read_text())[0]["state"]
    tabled = tmp_path / "states.csv"
    run(runner, "report", "run", "state_mentions", "--db", loaded, "-o", tabled)
    assert next(csv.reader(io.StringIO(tabled.read_text())))[:2] == ["state", "iso3"]
    unknown = run(runner, "report", "run", "state_mentions", "--db", loaded, "-o", tmp_path / "states.xlsx")
    assert unknown.exit_code == 2 and "'.xlsx' names no output format" in unknown.output
    assert not (tmp_path / "states.xlsx").exists()


def test_report_all_takes_the_shortcut_flags(runner, loaded, tmp_path):
    assert run(runner, "report", "all", "--db", loaded, "--nl", "-o", tmp_path / "site").exit_code == 0
    lines = (tmp_path / "site" / "state_mentions.jsonl").read_text().splitlines()
    assert lines and all(json.loads(line)["iso3"] for line in lines)
    both = run(runner, "report", "all", "--db", loaded, "--nl", "--csv", "-o", tmp_path / "other")
    assert both.exit_code == 2 and "give only one" in both.output


def test_sql_write_says_how_many_rows_it_changed(runner, loaded):
    count = json.loads(run(runner, "sql", "SELECT COUNT(*) AS n FROM quotes WHERE id <= 3", "--db", loaded,
                           "--json").output)[0]["n"]
    assert count == 3
    said = run(runner, "sql", "DELETE FROM quotes WHERE id <= 2", "--db", loaded, "--write")
    assert said.exit_code == 0 and said.stderr == "2 rows affected\n" and said.stdout == ""
    asked = run(runner, "sql", "DELETE FROM quotes WHERE id = 3", "--db", loaded, "--write", "--json")
    assert json.loads(asked.stdout) == [{"rows_affected": 1}]
    nothing = run(runner, "sql", "DELETE FROM quotes WHERE id = 3", "--db", loaded, "--write", "--csv")
    assert nothing.stdout.splitlines() == ["rows_affected", "0"]


def test_load_prints_its_summary_as_one_json_line(runner, db_url):
    result = run(runner, "load", SAMPLES / "main" / "articles", "--db", db_url, "--nl")
    assert result.exit_code == 0 and result.stdout.count("\n") == 1
    assert json.loads(result.stdout)["files"]["loaded"] == 5
    both = run(runner, "load", SAMPLES / "main" / "articles", "--db", db_url, "--json", "--nl")
    assert both.exit_code == 2 and "--json and --nl each choose an output format" in both.output


def test_eval_prints_its_figures_in_the_format_asked_for(runner, loaded):
    gold = SAMPLES / "main" / "gold.json"
    rows = list(csv.DictReader(io.StringIO(run(runner, "eval", gold, "--db", loaded, "--csv").stdout)))
    assert [row["measure"] for row in rows][:4] == ["states", "organisations", "quotes", "membership events"]
    assert rows[0]["f1"] == "1.0" and rows[0]["accuracy"] == "" and rows[-1]["total"]
    lines = run(runner, "eval", gold, "--db", loaded, "--nl").stdout.splitlines()
    assert [json.loads(line) for line in lines] == [{**row, **{k: _number(v) for k, v in row.items() if k != "measure"}}
                                                    for row in rows]
    assert run(runner, "eval", gold, "--db", loaded, "--fmt", "github").stdout.startswith("| measure ")
    assert "figures" in json.loads(run(runner, "eval", gold, "--db", loaded, "--json").stdout)  # as before


def _number(text: str) -> float | int | None:
    return None if text == "" else float(text) if "." in text else int(text)


def test_export_takes_the_shortcut_flags_and_the_extension(runner, loaded, tmp_path):
    by_name = tmp_path / "articles.ndjson"
    assert run(runner, "export", "--db", loaded, "-o", by_name).exit_code == 0
    assert len(by_name.read_text().splitlines()) == 5
    assert run(runner, "export", "--db", loaded, "--csv", "-o", tmp_path / "tables").exit_code == 0
    assert (tmp_path / "tables" / "articles.csv").exists()
    unknown = run(runner, "export", "--db", loaded, "-o", tmp_path / "articles.csv")
    assert unknown.exit_code == 2 and "(.jsonl, .ndjson do); choose one with --nl, --csv or --format" in unknown.output
    both = run(runner, "export", "--db", loaded, "--format", "jsonl", "--csv", "-o", tmp_path / "t")
    assert both.exit_code == 2 and "give only one" in both.output
