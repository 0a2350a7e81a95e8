"""Loading files: idempotence, replacement, duplicates, failures."""
from pathlib import Path

from sco_etl import db
from sco_etl.load.loader import Loader, discover
from sco_etl.schema.tables import article_parts, articles, load_failures, load_runs, source_files
from sqlalchemy import func, select, text

ARTICLE = """Council agrees new energy agenda
Published: 3 March 2025
By Dana Ospanova

Energy ministers of the member states agreed on Monday to draft a common roadmap for electricity trade by the end of the year.

The roadmap will be presented to the heads of government at their autumn meeting, the chair said.
"""


def count(engine, table: str) -> int:
    with engine.connect() as connection:
        return connection.execute(text(f"SELECT count(*) FROM {table}")).scalar_one()


def outcomes(engine, paths: list[str]) -> list[str]:
    """Each file's outcome, as the loader reports them one by one."""
    results = []
    Loader(engine).run(paths, on_result=results.append)
    return [result.outcome for result in results]


def test_load_then_reload_is_a_no_op(engine, write):
    path = write("a.txt", ARTICLE)
    assert outcomes(engine, [str(path)]) == ["loaded"]
    assert outcomes(engine, [str(path)]) == ["unchanged"]
    assert count(engine, "articles") == 1


def test_changed_file_replaces_its_article_and_derived_rows(engine, write):
    path = write("a.txt", ARTICLE)
    Loader(engine).run([str(path)])
    path.write_text(ARTICLE.replace("Dana Ospanova", "Marat Abenov"), encoding="utf-8")
    assert outcomes(engine, [str(path)]) == ["loaded"]
    assert count(engine, "articles") == 1
    with engine.connect() as connection:
        assert connection.execute(text("SELECT authors FROM v_articles")).scalar_one() == "Marat Abenov"
        assert connection.execute(text("SELECT count(*) FROM article_authors")).scalar_one() == 1


def test_same_content_under_two_names_is_stored_once(engine, write):
    write("a.txt", ARTICLE)
    write("copy/b.txt", ARTICLE)
    folder = str(Path(write("c.txt", ARTICLE)).parent)
    assert sorted(outcomes(engine, [folder])) == ["duplicate", "duplicate", "loaded"]
    assert count(engine, "articles") == 1
    assert count(engine, "source_files") == 3


def test_force_rewrites_a_text_once_though_two_files_hold_it(engine, write):
    write("a.txt", ARTICLE)
    folder = str(Path(write("copy/b.txt", ARTICLE)).parent.parent)
    Loader(engine).run([folder])
    results = []
    Loader(engine, force=True).run([folder], on_result=results.append)
    assert sorted(result.outcome for result in results) == ["loaded", "unchanged"]
    assert (count(engine, "articles"), count(engine, "article_authors")) == (1, 1)


def test_bad_files_are_named_and_the_rest_still_load(engine, write):
    write("good.txt", ARTICLE)
    write("empty.txt", b"")
    write("blank.txt", "   \n\n  ")
    write("binary.txt", bytes(range(256)) * 4)
    write("menu.txt", "Home\nSearch\nMenu")
    summary = Loader(engine).run([str(write("good2.txt", ARTICLE.replace("Monday", "Friday")).parent)])
    reasons = {Path(r.path).name: r.reason for r in summary.failures}
    assert set(reasons) == {"empty.txt", "blank.txt", "binary.txt", "menu.txt"}
    assert "empty" in reasons["empty.txt"] and "whitespace" in reasons["blank.txt"]
    assert "binary" in reasons["binary.txt"] and "running text" in reasons["menu.txt"]
    assert count(engine, "articles") == 2
    with engine.connect() as connection:
        run = connection.execute(select(load_runs)).one()
        assert (run.status, run.files_failed, run.files_loaded) == ("partial", 4, 2)
        assert connection.scalar(select(func.count()).where(load_failures.c.run_id == run.id)) == 4


def test_a_failure_while_writing_leaves_nothing_behind(engine, write, monkeypatch):
    from sco_etl.load.write import BatchWriter
    from sqlalchemy.exc import SQLAlchemyError

    def broken(self, connection, article_id, extraction, rows):
        raise SQLAlchemyError("disk on fire")

    monkeypatch.setattr(BatchWriter, "_fact_rows", broken)
    summary = Loader(engine).run([str(write("a.txt", ARTICLE))])
    assert summary.failures and "disk on fire" in summary.failures[0].reason
    assert count(engine, "articles") == 0
    assert count(engine, "article_parts") == 0
    assert count(engine, "people") == 0


def test_a_crashing_extractor_fails_only_its_file(engine, write, monkeypatch):
    from sco_etl import extract
    from sco_etl.model import Extraction

    def extract_or_crash(article):
        if "Friday" in article.text:
            raise RuntimeError("boom")
        return Extraction()

    monkeypatch.setattr(extract, "extract", extract_or_crash)  # where the pipeline imports it from
    write("ok.txt", ARTICLE)
    write("bad.txt", ARTICLE.replace("Monday", "Friday"))
    summary = Loader(engine).run([str(write("ok.txt", ARTICLE).parent)])
    assert [Path(r.path).name for r in summary.failures] == ["bad.txt"]
    assert "internal error" in summary.failures[0].reason
    assert count(engine, "articles") == 1


def test_discover_folders_globs_and_missing_paths(tmp_path, write):
    a = write("a.txt", ARTICLE)
    write("nested/deeper/b.txt", ARTICLE)
    write("notes.docx", "ignored in folders")
    found = discover([str(a.parent), str(a.parent / "**" / "*.txt"), str(tmp_path / "nope.txt")])
    assert sorted(Path(p).name for p in found.files) == ["a.txt", "b.txt"]
    assert [why for _path, why in found.problems] == ["no such file or folder"]


def test_a_file_reached_many_ways_is_found_once_in_walk_order(tmp_path, write):
    a = write("a.txt", ARTICLE)
    b = write("nested/b.txt", ARTICLE)
    c = write("nested/deeper/c.txt", ARTICLE)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "linked_folder").symlink_to(b.parent, target_is_directory=True)
    (elsewhere / "linked_file.txt").symlink_to(a)
    found = discover([str(c), str(b.parent), str(a.parent), str(a.parent), str(a),
                      str(a.parent / "**" / "*.txt"), str(elsewhere)])
    assert [Path(p).name for p in found.files] == ["c.txt", "b.txt", "a.txt"]
    assert found.problems == []


def test_explicit_file_of_unknown_type_fails_with_the_reason(engine, write):
    summary = Loader(engine).run([str(write("report.pdf", b"%PDF-1.4"))])
    assert "unsupported file type '.pdf'" in summary.failures[0].reason


def test_articles_keep_offsets_into_their_text(engine, write):
    Loader(engine).run([str(write("a.txt", ARTICLE))])
    with engine.connect() as connection:
        article = connection.execute(select(articles)).one()
        parts = connection.execute(select(article_parts).where(article_parts.c.article_id == article.id)
                                   .order_by(article_parts.c.ordinal))
        body_parts = [article.text[p.start_offset:p.end_offset] for p in parts if p.kind == "body"]
        assert "\n\n".join(body_parts) == article.body
        assert connection.execute(select(source_files)).one().raw_sha256


def test_a_new_database_is_set_up_while_the_workers_start(engine, write):
    """Into a new database the workers start before the schema exists: every file still loads
    once, in one run, and a problem the walk met is logged under that run."""
    for number in range(70):  # three chunks of inputs: the workers' path, not the single process's
        write(f"a{number:02}.txt", ARTICLE.replace("Monday", f"Monday, day {number},"))
    folder = write("empty.txt", b"").parent
    (folder / "broken.txt").symlink_to(folder / "nowhere.txt")
    summary = Loader(engine, workers=2).run([str(folder)])
    assert (summary.count("loaded"), summary.count("failed")) == (70, 2)
    assert count(engine, "articles") == 70
    with engine.connect() as connection:
        run = connection.execute(select(load_runs)).one()
        assert (run.id, run.files_loaded, run.files_failed) == (summary.run_id, 70, 2)
        logged = connection.execute(select(load_failures.c.run_id, load_failures.c.path)).all()
    assert sorted((run_id, Path(path).name) for run_id, path in logged) == [(run.id, "broken.txt"),
                                                                             (run.id, "empty.txt")]
    assert Loader(engine, workers=2).run([str(folder)]).count("unchanged") == 70  # then a reload


def test_sqlite_connections_of_a_load_keep_statement_journals_in_memory(tmp_path):
    """The writer's multi-row inserts would otherwise spill their statement journals to
    temporary files, one write per page; the reports' sorts are faster on files (see
    ``db._configure_sqlite_writer``)."""
    settings = {}
    for writer in (True, False):
        engine = db.create_db_engine(f"sqlite:///{tmp_path / 'pragmas.db'}", writer=writer)
        with engine.connect() as connection:
            settings[writer] = {name: connection.exec_driver_sql(f"PRAGMA {name}").scalar_one()
                                for name in ("foreign_keys", "journal_mode", "temp_store", "cache_size")}
        engine.dispose()
    assert settings[True] == {"foreign_keys": 1, "journal_mode": "wal", "temp_store": 2, "cache_size": -16384}
    assert settings[False] == {**settings[True], "temp_store": 0}
