"""Bad input gets a clear error and loses nothing else; a killed load leaves a consistent database."""
from __future__ import annotations

import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sco_etl import db
from sco_etl.load.loader import Loader
from sqlalchemy import text

ARTICLE = """Ministers meet in Astana
Published: 3 March 2025

Kazakhstan and Uzbekistan agreed on Monday to link their power grids, the two governments said in a joint statement.

"This is a historic step for the region," Kazakh Energy Minister Almasadam Satkaliyev said.
"""
PNG = bytes.fromhex("89504e470d0a1a0a0000000d4948445200000001000000010806000000") + bytes(200)


def names(results) -> dict[str, str | None]:
    return {Path(r.path).name: r.reason for r in results}


def logged(engine) -> dict[str, str]:
    with engine.connect() as connection:
        return {Path(path).name: reason for path, reason in connection.execute(
            text("SELECT path, reason FROM load_failures"))}


def loaded_names(engine) -> set[str]:
    with engine.connect() as connection:
        return {name for (name,) in connection.execute(text("SELECT file_name FROM articles"))}


def test_legacy_encodings_are_decoded(engine, write):
    accented = ARTICLE.replace("Uzbekistan", "Côte d'Ivoire").replace("This is", "Ça, c'est")
    write("cp1252.txt", accented.replace("historic", "“historic”").encode("cp1252"))
    write("latin1.txt", accented.replace("Monday", "Tuesday").encode("latin-1"))
    write("utf16.txt", accented.replace("Monday", "Friday").encode("utf-16"))
    summary = Loader(engine).run([str(write("utf8.txt", ARTICLE).parent)])
    assert summary.count("loaded") == 4 and not summary.failures
    with engine.connect() as connection:
        states = {row[0] for row in connection.execute(text(
            "SELECT iso3 FROM v_state_mentions WHERE file_name = 'utf16.txt'"))}
        bodies = [row[0] for row in connection.execute(text("SELECT body FROM v_articles"))]
    assert states == {"KAZ", "CIV"}
    assert all("\ufffd" not in body for body in bodies) and any("Ça, c'est" in body for body in bodies)


def test_an_image_is_refused_by_name_or_by_content(engine, write):
    write("photo.png", PNG)  # not picked up from a folder: not an article suffix
    write("photo.txt", PNG)
    summary = Loader(engine).run([str(write("ok.txt", ARTICLE).parent), str(write("photo.png", PNG))])
    reasons = names(summary.failures)
    assert "binary" in reasons["photo.txt"] and "unsupported file type '.png'" in reasons["photo.png"]
    assert loaded_names(engine) == {"ok.txt"}
    assert set(logged(engine)) == {"photo.txt", "photo.png"}


@pytest.mark.parametrize("name", ["huge.txt", "huge.md", "huge.html"])
def test_a_50_mb_file_is_refused_without_reading_it_and_the_rest_load(engine, write, tmp_path, name):
    big = write(name, b"")
    with big.open("wb") as handle:
        handle.truncate(50 * 2**20)
    summary = Loader(engine).run([str(write("ok.txt", ARTICLE).parent)])
    assert "too large for one article (50.0 MiB" in names(summary.failures)[name]
    assert loaded_names(engine) == {"ok.txt"}


def test_a_one_megabyte_line_loads(engine, write):
    sentence = "Kazakhstan and China discussed the Shanghai Cooperation Organisation, officials said. "
    write("one_line.txt", "Title\n\n" + sentence * (2**20 // len(sentence)))
    summary = Loader(engine).run([str(write("ok.txt", ARTICLE).parent)])
    assert summary.count("loaded") == 2 and not summary.failures
    with engine.connect() as connection:
        mentions = connection.execute(text(
            "SELECT mentions FROM v_state_mentions WHERE file_name = 'one_line.txt' AND iso3 = 'KAZ'")).scalar()
    assert mentions == 2**20 // len(sentence)


def test_unbalanced_quotation_marks_lose_only_their_paragraph(engine, write):
    broken = (ARTICLE + '\nThe minister then added in a long answer: "this quote never closes and runs on, '
              'as scraped text sometimes does.\n\nThe talks ended on Tuesday with a joint statement on energy '
              'and transport.\n\n"We will meet again in the autumn to sign the agreement," he said.\n\n'
              'Both delegations are expected to report to their governments next week.\n')
    write("unbalanced.txt", broken)
    summary = Loader(engine).run([str(write("unbalanced.txt", broken))])
    assert summary.count("loaded") == 1
    with engine.connect() as connection:
        quotes = {row[0] for row in connection.execute(text("SELECT text FROM v_quotes"))}
    assert quotes == {"This is a historic step for the region",
                      "We will meet again in the autumn to sign the agreement"}


def test_files_that_vanish_or_turn_into_folders_after_discovery(engine, write, monkeypatch):
    gone, changed = write("gone.txt", ARTICLE), write("folder.txt", ARTICLE.replace("Monday", "Sunday"))
    write("ok.txt", ARTICLE.replace("Monday", "Friday"))
    look_up = Loader._known

    def sabotage_then_look_up(loader, chunk):  # the walk has found the chunk's files; none is read yet
        gone.unlink()
        changed.unlink()
        changed.mkdir()
        return look_up(loader, chunk)

    monkeypatch.setattr(Loader, "_known", sabotage_then_look_up)
    db.upgrade(engine)  # a database with a schema: its stored state is looked up, chunk by chunk
    summary = Loader(engine).run([str(gone.parent)])
    reasons = names(summary.failures)
    assert "No such file" in reasons["gone.txt"] and "Is a directory" in reasons["folder.txt"]
    assert loaded_names(engine) == {"ok.txt"}
    assert set(logged(engine)) == {"gone.txt", "folder.txt"}


def test_symlink_loops_are_reported_and_not_followed_forever(engine, write):
    folder = write("ok.txt", ARTICLE).parent
    (folder / "nested").mkdir()
    (folder / "nested" / "back_to_top").symlink_to(folder, target_is_directory=True)
    (folder / "a.txt").symlink_to(folder / "b.txt")
    (folder / "b.txt").symlink_to(folder / "a.txt")
    (folder / "dangling.txt").symlink_to(folder / "never_written.txt")
    summary = Loader(engine).run([str(folder)])
    reasons = names(summary.failures)
    assert "symlink loop" in reasons["back_to_top"] and "symlink loop" in reasons["a.txt"]
    assert "broken symlink" in reasons["dangling.txt"]
    assert loaded_names(engine) == {"ok.txt"}


def test_a_path_that_does_not_exist_fails_and_the_others_load(engine, write, tmp_path):
    summary = Loader(engine).run([str(tmp_path / "missing"), str(write("ok.txt", ARTICLE))])
    assert names(summary.failures) == {"missing": "no such file or folder"}
    assert loaded_names(engine) == {"ok.txt"}


# --- kill -9 ---------------------------------------------------------------------------------

def article_count(database: Path) -> int:
    try:
        with sqlite3.connect(database, timeout=30) as connection:
            return connection.execute("SELECT count(*) FROM articles").fetchone()[0]
    except sqlite3.OperationalError:  # the schema is not there yet
        return 0


def test_a_load_killed_halfway_leaves_a_consistent_database_and_a_rerun_completes(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from generate_corpus import generate

    generate(tmp_path / "corpus", 1200, seed=5)
    database = tmp_path / "killed.db"
    command = [sys.executable, "-m", "sco_etl.cli", "load", str(tmp_path / "corpus" / "articles"),
               "--db", str(database), "-q"]
    process = subprocess.Popen(command, start_new_session=True)
    deadline = time.monotonic() + 120
    while article_count(database) < 200 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the load finished before it could be killed: make the corpus bigger"
    os.killpg(process.pid, signal.SIGKILL)  # the writer and its workers, without warning
    process.wait()
    stored = article_count(database)
    assert 200 <= stored < 1200

    with sqlite3.connect(database) as connection:
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        # every committed article is whole: its source row and its facts came with it
        assert connection.execute("SELECT count(*) FROM articles a WHERE NOT EXISTS "
                                  "(SELECT 1 FROM source_files s WHERE s.article_id = a.id)").fetchone()[0] == 0

    rerun = subprocess.run(command + ["--json"], capture_output=True, text=True, check=False)
    assert rerun.returncode == 0, rerun.stderr
    with sqlite3.connect(database) as connection:  # the killed load's row says it never finished
        assert connection.execute("SELECT status FROM load_runs ORDER BY id").fetchall() == [
            ("interrupted",), ("succeeded",)]
    assert f'"unchanged": {stored}' in rerun.stdout
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT count(*), count(DISTINCT file_name) FROM articles").fetchone() == (1200, 1200)
        assert connection.execute("SELECT count(*) FROM source_files").fetchone()[0] == 1200
        assert connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_workers_change_the_speed_never_the_result(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from generate_corpus import generate
    from sco_etl import db

    generate(tmp_path / "corpus", 80, seed=9)
    results = []
    for workers in (1, 2):
        engine = db.create_db_engine(f"sqlite:///{tmp_path / f'w{workers}.db'}")
        Loader(engine, workers=workers).run([str(tmp_path / "corpus" / "articles")])
        with engine.connect() as connection:
            results.append([tuple(row) for row in connection.execute(text(
                "SELECT a.file_name, (SELECT count(*) FROM article_states s WHERE s.article_id = a.id), "
                "(SELECT count(*) FROM quotes q WHERE q.article_id = a.id), "
                "(SELECT count(*) FROM membership_events e WHERE e.article_id = a.id) "
                "FROM articles a ORDER BY a.id"))])
        engine.dispose()
    assert len(results[0]) == 80 and results[0] == results[1]


# --- names, encodings and records that must fail alone -----------------------------------------

def test_a_file_name_that_is_not_utf8_loads_under_its_bytes_shown(engine, db_url, write):
    folder = write("ok.txt", ARTICLE).parent
    bad = os.path.join(os.fsencode(folder), b"bad\xff.txt")
    with open(bad, "wb") as handle:
        handle.write(ARTICLE.replace("Monday", "Friday").encode())
    with open(os.path.join(os.fsencode(folder), b"worse\xfe.txt"), "wb") as handle:
        handle.write(PNG)
    summary = Loader(engine).run([str(folder), os.fsdecode(bad)])
    assert summary.count("loaded") == 2
    assert [(Path(f.path).name, "binary" in f.reason) for f in summary.failures] == [("worse\\xfe.txt", True)]
    assert loaded_names(engine) == {"ok.txt", "bad\\xff.txt"}
    assert set(logged(engine)) == {"worse\\xfe.txt"}
    with engine.connect() as connection:
        assert connection.execute(text("SELECT status FROM load_runs")).scalar() == "partial"
    again = Loader(engine).run([str(folder)])
    assert again.count("unchanged") == 2 and again.count("loaded") == 0
    if db_url.startswith("sqlite"):  # a reload answered before the full loader
        from sco_etl.load.unchanged import check_reload
        (folder / "worse\udcfe.txt").unlink()
        check = check_reload(db_url, [str(folder)])
        assert check.summary is not None and check.summary.count("unchanged") == 2


def test_a_file_name_cannot_forge_lines_of_the_load_output(runner, db_url, tmp_path):
    from sco_etl.cli import main

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "bad\nfailed: forged.txt: made up.txt").write_bytes(PNG)
    stray = ARTICLE.replace("Uzbekistan", "Côte d'Ivoire") + "\nThe ministers met again in Astana.\n" * 20
    (folder / "warned\r\x1b[2K.txt").write_bytes(stray.encode().replace(b"again", b"ag\x92ain", 1))
    (folder / "tab\tbed.txt").write_text(ARTICLE.replace("Monday", "Friday"))
    result = runner.invoke(main, ["load", "--verbose", "--db", db_url, str(folder)])
    output = result.stdout + result.stderr
    assert not any(control in output for control in "\r\t\x1b")
    lines = output.split("\n")
    [failed] = [line.rsplit("/", 1)[-1] for line in lines if line.startswith("failed:")]
    assert failed.startswith("bad\\nfailed: forged.txt: made up.txt: binary")
    assert any(line.startswith("warning: ") and line.endswith("warned\\r\\x1b[2K.txt: 1 byte not valid UTF-8, "
                                                             "replaced with U+FFFD") for line in lines)
    assert any(line.startswith("loaded") and line.endswith("/tab\\tbed.txt") for line in lines)
    assert sum(line.startswith(("loaded", "failed:", "warning:")) for line in lines) == 4


JSONL_RECORDS = [
    {"title": "Côte d'Ivoire joins talks", "text": "Côte d'Ivoire and Kazakhstan met in Astana on Monday, "
                                                  "officials said. Ça, c'est un début."},
    {"title": "Second record", "text": "Uzbekistan and Tajikistan signed a water treaty in Dushanbe on "
                                       "Tuesday, officials said. OBAD_BYTE"},
    {"title": "Third record", "text": "Kyrgyzstan and China agreed on a railway in Bishkek on Friday, "
                                      "the ministers said. Déjà vu."},
]


@pytest.mark.parametrize("name", ["huge.json", "huge.csv", "huge.rss"])
def test_a_file_read_whole_over_256_mib_is_refused_without_reading_it(engine, write, name):
    import tracemalloc

    big = write(name, b"")
    with big.open("wb") as handle:  # sparse: no bytes written
        handle.truncate(257 * 2**20)
    tracemalloc.start()
    try:
        summary = Loader(engine, workers=1).run([str(big.parent)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
        big.unlink()
    assert names(summary.failures) == {
        name: "file over 256 MiB: split it, or export JSON Lines, which is read record by record"}
    assert peak < 30 * 2**20


def test_json_lines_over_256_mib_are_read_record_by_record(engine, write):
    big = write("huge.jsonl", b"")
    with big.open("wb") as handle:
        handle.write(json.dumps(JSONL_RECORDS[0]).encode() + b"\n")
        handle.truncate(257 * 2**20)  # then one long line of zero bytes, never held whole
    try:
        summary = Loader(engine, workers=1).run([str(big)])
    finally:
        big.unlink()
    assert summary.count("loaded") == 1
    assert names(summary.failures) == {"huge.jsonl#2": "record over 10 MiB (the limit for one article): not read"}


def test_one_invalid_byte_in_json_lines_spoils_only_its_record(engine, write):
    lines = [json.dumps(record, ensure_ascii=False).encode() for record in JSONL_RECORDS]
    lines[1] = lines[1].replace(b"OBAD_BYTE", b"\xff!")
    path = write("records.jsonl", b"\n".join(lines) + b"\n")
    summary = Loader(engine).run([str(path)])
    assert summary.count("loaded") == 3 and not summary.failures
    assert [(Path(w.path).name, "not valid UTF-8" in w.reason) for w in summary.warnings] == [("records.jsonl#2", True)]
    with engine.connect() as connection:
        texts = [row[0] for row in connection.execute(text("SELECT text FROM articles ORDER BY id"))]
    assert "Côte d'Ivoire and Kazakhstan" in texts[0] and "Déjà vu" in texts[2]
    assert "\ufffd!" in texts[1] and all("\ufffd" not in body for body in (texts[0], texts[2]))


def test_a_text_file_with_a_stray_byte_is_utf8_with_the_byte_replaced_and_reported(engine, write):
    article = ARTICLE.replace("Uzbekistan", "Côte d'Ivoire") + "\nThe ministers met again in Astana.\n" * 20
    path = write("stray.txt", article.encode().replace(b"again", b"ag\x92ain", 1))
    summary = Loader(engine).run([str(path)])
    assert summary.count("loaded") == 1 and not summary.failures
    assert [Path(w.path).name for w in summary.warnings] == ["stray.txt"]
    with engine.connect() as connection:
        body = connection.execute(text("SELECT text FROM articles")).scalar()
    assert "Côte d'Ivoire" in body and "ag\ufffdain" in body


def record_lines(*middle: bytes) -> bytes:
    first = json.dumps(JSONL_RECORDS[0], ensure_ascii=False).encode()
    last = json.dumps(JSONL_RECORDS[2], ensure_ascii=False).encode()
    return b"\n".join([first, *middle, last]) + b"\n"


def assert_only_second_failed(engine, summary, name: str, reason: str) -> None:
    assert [(Path(f.path).name, reason in f.reason) for f in summary.failures] == [(f"{name}#2", True)]
    assert summary.count("loaded") == 2
    assert set(logged(engine)) == {f"{name}#2"}
    assert all("\n" not in f.reason for f in summary.failures)


def test_a_json_line_nested_a_million_deep_fails_alone(engine, write):
    path = write("deep.jsonl", record_lines(b'{"text": ' + b"[" * 10**6 + b"]" * 10**6 + b"}"))
    assert_only_second_failed(engine, Loader(engine).run([str(path)]), "deep.jsonl", "nested too deeply")


def test_a_json_record_whose_html_lxml_rejects_fails_alone(engine, write):
    path = write("markup.jsonl", record_lines(json.dumps({"html": "<p>Hi\x01</p>"}).encode()))
    assert_only_second_failed(engine, Loader(engine).run([str(path)]), "markup.jsonl", "control characters")


def test_a_feed_entry_whose_html_lxml_rejects_fails_alone(engine, write):
    entries = [f"<item><title>Entry {n}</title><link>https://example.org/{n}</link><description><![CDATA[{body}]]>"
               "</description></item>" for n, body in enumerate([
                   "<p>Kazakhstan and China met in Astana on Monday, officials said in a statement.</p>",
                   "<p>Hi\x01</p>",
                   "<p>Uzbekistan and Tajikistan met in Dushanbe on Friday, officials said in a statement.</p>"], 1)]
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>{"".join(entries)}</channel></rss>'
    summary = Loader(engine).run([str(write("wire.rss", feed))])
    assert_only_second_failed(engine, summary, "wire.rss", "control characters")


HUGE_INTEGER = "1" + "0" * 5000  # past the digits Python converts from text (4,300)
TEXTS = [record["text"].replace(" OBAD_BYTE", "") for record in JSONL_RECORDS]
OF_THE_SECOND_RECORD = f'{{"title": "Second", "published": {HUGE_INTEGER}, "text": "{TEXTS[1]}"}}'


def test_a_json_line_holding_a_huge_integer_fails_alone(engine, write):
    path = write("numbers.jsonl", record_lines(OF_THE_SECOND_RECORD.encode()))
    assert_only_second_failed(engine, Loader(engine).run([str(path)]), "numbers.jsonl", "number over 4,300 digits")


def test_a_json_lists_record_holding_a_huge_integer_fails_alone(engine, write):
    first, last = (json.dumps(JSONL_RECORDS[n], ensure_ascii=False) for n in (0, 2))
    path = write("numbers.json", f"[{first}, {OF_THE_SECOND_RECORD}, {last}]")
    assert_only_second_failed(engine, Loader(engine).run([str(path)]), "numbers.json", "number over 4,300 digits")


def test_a_timestamp_too_large_for_a_date_is_no_date(engine, write):
    enormous = json.dumps({"text": TEXTS[1], "published": 10**4000}).encode()  # no float holds it
    summary = Loader(engine).run([str(write("stamps.jsonl", record_lines(enormous)))])
    assert summary.count("loaded") == 3 and not summary.failures


def test_a_spreadsheet_rows_and_a_feed_entrys_unreadable_url_fails_alone(engine, write):
    urls = ["https://a.example/1", "http://[oops/2", "https://a.example/3"]  # urlsplit refuses the second
    sheet = "title,published,url,text\n" + "".join(
        f'Row {n},{HUGE_INTEGER},{url},"{body}"\n' for n, (url, body) in enumerate(zip(urls, TEXTS), 1))
    summary = Loader(engine).run([str(write("sheet.csv", sheet))])
    assert_only_second_failed(engine, summary, "sheet.csv", "Invalid IPv6 URL")
    entries = "".join(f"<item><title>Entry {n}</title><link>{url}</link><pubDate>{HUGE_INTEGER}</pubDate>"
                      f"<description>{body}</description></item>"
                      for n, (url, body) in enumerate(zip(urls, TEXTS), 1))
    feed = f'<?xml version="1.0"?><rss version="2.0"><channel>{entries}</channel></rss>'  # (an outlet by URL)
    summary = Loader(engine).run([str(write("wire.rss", feed))])
    assert [(Path(f.path).name, "Invalid IPv6 URL" in f.reason) for f in summary.failures] == [("wire.rss#2", True)]
    assert summary.count("loaded") == 2


def test_a_csv_cell_over_128_kib_loads_and_one_over_10_mib_fails_alone(engine, write):
    sentence = "Kazakhstan and China discussed the Shanghai Cooperation Organisation, officials said. "
    long_text = sentence * (200 * 2**10 // len(sentence))
    rows = ["title,text", f'Long,"{long_text}"', f'Too long,"{"x" * (11 * 2**20)}"',
            f'Short,"{JSONL_RECORDS[2]["text"]}"']
    summary = Loader(engine).run([str(write("sheet.csv", "\n".join(rows) + "\n"))])
    assert_only_second_failed(engine, summary, "sheet.csv", "over 10 MiB")
    with engine.connect() as connection:
        assert connection.execute(text("SELECT max(length(text)) FROM articles")).scalar() > 128 * 2**10


def test_a_csv_cell_over_10_mib_fails_its_row_and_the_rows_after_it_keep_their_place(engine, write):
    # past the limit, the cell holds what would read as a row of its own if parsing lost its place
    cell = "x" * (10 * 2**20 + 1) + f"\nBogus,{TEXTS[1].replace(',', '')}\n"
    sheet = f'title,text\nFirst,"{TEXTS[0]}"\nToo long,"{cell}"\nLast,"{TEXTS[2]}"\n'
    summary = Loader(engine).run([str(write("sheet.csv", sheet))])
    assert_only_second_failed(engine, summary, "sheet.csv", "a cell over 10 MiB")
    assert loaded_names(engine) == {"sheet.csv#1", "sheet.csv#3"}


def test_a_json_line_over_10_mib_fails_alone_without_being_held_in_memory(engine, write):
    import tracemalloc

    path = write("huge.jsonl", record_lines(b'{"text": "' + b"x" * (40 * 2**20) + b'"}'))
    tracemalloc.start()
    try:
        summary = Loader(engine, workers=1).run([str(path)])
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert_only_second_failed(engine, summary, "huge.jsonl", "record over 10 MiB")
    assert peak < 30 * 2**20


def test_a_fifo_is_not_a_regular_file_and_is_never_opened(engine, write, tmp_path):
    folder = write("ok.txt", ARTICLE).parent
    os.mkfifo(folder / "pipe.txt")
    os.mkfifo(tmp_path / "named.jsonl")

    def blocked(*_):
        raise AssertionError("the load blocked on a FIFO")

    previous = signal.signal(signal.SIGALRM, blocked)
    signal.alarm(60)
    try:
        summary = Loader(engine).run([str(folder), str(tmp_path / "named.jsonl")])
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert {name: "not a regular file" in reason for name, reason in names(summary.failures).items()} == {
        "pipe.txt": True, "named.jsonl": True}
    assert set(logged(engine)) == {"pipe.txt", "named.jsonl"}
    assert loaded_names(engine) == {"ok.txt"}


# --- loads that never finished -------------------------------------------------------------------

def test_ctrl_c_exits_130_and_marks_the_load_interrupted(tmp_path):
    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "benchmarks"))
    from generate_corpus import generate

    generate(tmp_path / "corpus", 800, seed=7)
    database = tmp_path / "stopped.db"
    process = subprocess.Popen([sys.executable, "-m", "sco_etl.cli", "load", str(tmp_path / "corpus" / "articles"),
                                "--db", str(database), "-q"], start_new_session=True, stderr=subprocess.PIPE)
    deadline = time.monotonic() + 120
    while article_count(database) < 100 and process.poll() is None and time.monotonic() < deadline:
        time.sleep(0.05)
    assert process.poll() is None, "the load finished before it could be stopped: make the corpus bigger"
    os.killpg(process.pid, signal.SIGINT)  # as the terminal does: the loader and its workers
    _, err = process.communicate(timeout=60)
    assert process.returncode == 130, err
    assert b"Traceback" not in err
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT status, finished_at IS NOT NULL FROM load_runs").fetchall() == [
            ("interrupted", 1)]


def test_a_load_marks_the_dead_loads_of_this_host_interrupted_not_the_live_ones(engine, write):
    import socket

    db.upgrade(engine)
    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(120)"])
    here = socket.gethostname()
    try:
        with engine.begin() as connection:
            for pid, host in ((dead.pid, here), (alive.pid, here), (dead.pid, "elsewhere.example"), (None, None)):
                connection.execute(text(
                    "INSERT INTO load_runs (started_at, status, tool_version, inputs, files_seen, files_loaded, "
                    "files_unchanged, files_duplicate, files_failed, host, pid) VALUES (CURRENT_TIMESTAMP, "
                    "'running', 'x', '[]', 0, 0, 0, 0, 0, :host, :pid)"), {"host": host, "pid": pid})
        Loader(engine).run([str(write("ok.txt", ARTICLE))])
    finally:
        alive.kill()
        alive.wait()
    with engine.connect() as connection:
        statuses = [row[0] for row in connection.execute(text("SELECT status FROM load_runs ORDER BY id"))]
    assert statuses == ["interrupted", "running", "running", "running", "succeeded"]
