"""Saved web pages, scraper records, standard input and --format; export and its round trip."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from sco_etl.cli import main
from sco_etl.load.loader import Loader
from sqlalchemy import text

PAGES = Path(__file__).parent / "fixtures" / "pages"

BRIEF = ("Kazakhstan and Uzbekistan agreed on Monday to link their power grids, the two "
         "governments said in a joint statement after talks in Tashkent.")


def rows(engine, query: str, **params) -> list[tuple]:
    with engine.connect() as connection:
        return [tuple(row) for row in connection.execute(text(query), params)]


def states_of(engine, file_name: str) -> set[str]:
    return {iso3 for (iso3,) in rows(engine, "SELECT iso3 FROM v_state_mentions WHERE file_name = :f", f=file_name)}


# --- HTML -------------------------------------------------------------------------------

def test_news_page_loses_its_furniture_and_keeps_its_metadata(engine):
    results = []
    Loader(engine).run([str(PAGES / "news_page.html")], on_result=results.append)
    assert [r.outcome for r in results] == ["loaded"]
    [(title, publisher, published, authors, body)] = rows(
        engine, "SELECT title, publisher, published_on, authors, body FROM v_articles")
    assert title == "Mongolia weighs full membership of the bloc"
    assert (publisher, published, authors) == ("Steppe Herald", "2025-03-14", "Bolor Erdene")
    assert "Mongolia, an observer of the Shanghai Cooperation Organisation since 2004" in body
    for furniture in ("cookies", "Home", "Related stories", "Brazil", "All rights reserved", "dataLayer"):
        assert furniture not in body
    # states named only in related links and navigation are not the article's
    assert states_of(engine, "news_page.html") == {"MNG", "KAZ", "KGZ"}
    [(speaker, quote)] = rows(engine, "SELECT speaker, text FROM v_quotes")
    assert speaker == "Batmunkh Battsetseg" and quote.startswith("We value our partnership")
    [(url,)] = rows(engine, "SELECT url FROM articles")
    assert url == "https://steppeherald.example/world/2025/03/14/mongolia-membership"


def test_json_ld_gives_date_author_and_publisher(engine):
    Loader(engine).run([str(PAGES / "json_ld_only.html")])
    [(title, publisher, published, authors)] = rows(
        engine, "SELECT title, publisher, published_on, authors FROM v_articles")
    assert (title, publisher, published, authors) == (
        "Iran becomes a full member", "Tehran Daily", "2023-07-04", "Sara Karimi")
    events = rows(engine, "SELECT iso3, event_type, event_date FROM v_membership_events")
    assert ("IRN", "accession", "2023-07-04") in events  # "on Tuesday" read against the page's date


def test_a_pages_title_lent_as_its_site_name_gives_the_site_after_the_separator():
    from sco_etl.ingest.readers.html import _site_name

    assert _site_name("Grid talks resume - Steppe Post", "Grid talks resume") == "Steppe Post"
    assert _site_name("Steppe Post", "Grid talks resume") == "Steppe Post"
    assert _site_name("Grid talks resume", "Grid talks resume") is None


def test_time_element_dates_a_page_without_meta_tags(engine):
    Loader(engine).run([str(PAGES / "time_element_only.html")])
    [(published, body)] = rows(engine, "SELECT published_on, body FROM v_articles")
    assert published == "2024-07-04"
    assert body.count("\n\n") == 1  # two paragraphs, not one run-on line


def test_a_page_with_no_text_fails_alone(engine, write):
    write("empty.html", "<html><head><title></title></head><body><nav><a href='/'>Home</a></nav></body></html>")
    write("ok.html", (PAGES / "json_ld_only.html").read_bytes())
    summary = Loader(engine).run([str(write("blank.htm", b"   ").parent)])
    failed = {Path(r.path).name for r in summary.failures}
    assert failed == {"empty.html", "blank.htm"}
    assert summary.count("loaded") == 1


# --- JSON Lines and JSON ------------------------------------------------------------------

RECORDS = [
    {"url": "https://www.reuters.com/world/asia/grid-1", "title": "Central Asian grid deal",
     "published": "2025-02-03T09:00:00Z", "author": ["Aida Sultanova", {"name": "Timur Ismailov"}],
     "text": BRIEF},
    "this line is not JSON {",
    [1, 2, 3],
    {"title": "A record with no text at all", "url": "https://example.org/x"},
    {"headline": "Variant field names", "content": BRIEF.replace("Monday", "Friday"),
     "datePublished": 1738800000, "byline": "By Jane Roe and John Doe", "site_name": "Daily Steppe"},
]


def write_jsonl(path: Path, records: list) -> Path:
    lines = [record if isinstance(record, str) else json.dumps(record) for record in records]
    path.write_text("\n".join(lines[:2]) + "\n\n" + "\n".join(lines[2:]) + "\n", encoding="utf-8")
    return path


def test_jsonl_records_load_with_their_fields_winning(engine, tmp_path):
    source = write_jsonl(tmp_path / "scrape.jsonl", RECORDS)
    summary = Loader(engine).run([str(source)])
    assert summary.count("loaded") == 2
    articles = rows(engine, "SELECT file_name, title, publisher, published_on, authors FROM v_articles "
                            "ORDER BY file_name")
    assert articles == [
        ("scrape.jsonl#1", "Central Asian grid deal", "Reuters", "2025-02-03", "Aida Sultanova; Timur Ismailov"),
        ("scrape.jsonl#6", "Variant field names", "Daily Steppe", "2025-02-06", "Jane Roe; John Doe"),
    ]
    assert rows(engine, "SELECT url FROM articles WHERE file_name = 'scrape.jsonl#1'") == [
        ("https://www.reuters.com/world/asia/grid-1",)]
    assert states_of(engine, "scrape.jsonl#1") == {"KAZ", "UZB"}


def test_malformed_records_fail_one_by_one_with_reasons(engine, tmp_path):
    source = write_jsonl(tmp_path / "scrape.jsonl", RECORDS)
    summary = Loader(engine).run([str(source)])
    reasons = {Path(r.path).name: r.reason for r in summary.failures}
    assert set(reasons) == {"scrape.jsonl#2", "scrape.jsonl#4", "scrape.jsonl#5"}
    assert reasons["scrape.jsonl#2"].startswith("invalid JSON")
    assert "JSON object" in reasons["scrape.jsonl#4"] and "no text" in reasons["scrape.jsonl#5"]
    logged = rows(engine, "SELECT path, reason FROM load_failures ORDER BY path")
    assert [Path(path).name for path, _ in logged] == sorted(reasons)


def test_reloading_records_skips_unchanged_and_reloads_a_changed_one(engine, tmp_path):
    source = write_jsonl(tmp_path / "scrape.jsonl", RECORDS)
    Loader(engine).run([str(source)])
    changed = list(RECORDS)
    changed[4] = {**RECORDS[4], "title": "Variant field names, corrected"}
    write_jsonl(source, changed)
    results = []
    Loader(engine).run([str(source)], on_result=results.append)
    outcomes = {Path(r.path).name: r.outcome for r in results if r.outcome != "failed"}
    assert outcomes == {"scrape.jsonl#1": "unchanged", "scrape.jsonl#6": "loaded"}
    assert rows(engine, "SELECT count(*) FROM articles") == [(2,)]


def test_json_array_and_wrapped_list(engine, tmp_path):
    (tmp_path / "list.json").write_text(json.dumps([RECORDS[0]]), encoding="utf-8")
    (tmp_path / "wrapped.json").write_text(json.dumps({"articles": [RECORDS[4]]}), encoding="utf-8")
    (tmp_path / "broken.json").write_text('{"articles": [', encoding="utf-8")
    results = []
    summary = Loader(engine).run([str(tmp_path)], on_result=results.append)
    assert sorted(Path(r.path).name for r in results if r.outcome == "loaded") == [
        "list.json#1", "wrapped.json#1"]
    assert [Path(r.path).name for r in summary.failures] == ["broken.json"]
    assert "invalid JSON" in summary.failures[0].reason


def test_news_api_exports_with_nested_lists_source_objects_and_wrapped_hits(engine, tmp_path):
    # a news API's export: the records one level down, the source and authors as objects
    api = {"uri": "1", "dateTimePub": "2025-02-03T09:00:00Z", "date": "2025-02-01", "title": "Central Asian grid deal",
           "body": BRIEF, "source": {"uri": "dailysteppe.example", "title": "Daily Steppe"},
           "authors": [{"uri": "a", "name": "Aida Sultanova", "type": "author"}]}
    (tmp_path / "api.json").write_text(json.dumps({"articles": {"results": [api], "totalResults": 1}}), encoding="utf-8")
    # a search index's dump: each hit holds its article under "_source"
    hit = {"_index": "news", "_id": "7", "_source": {"headline": "Grid talks", "content": BRIEF.replace("Monday", "Friday"),
                                                      "publishedAt": "2025-02-07T10:00:00Z", "source": "Steppe Post"}}
    (tmp_path / "dump.json").write_text(json.dumps({"hits": {"total": 1, "hits": [hit]}}), encoding="utf-8")
    (tmp_path / "other.json").write_text(json.dumps({"data": {"count": 0, "note": "nothing here"}}), encoding="utf-8")
    summary = Loader(engine).run([str(tmp_path)])
    assert rows(engine, "SELECT file_name, title, publisher, published_on, authors FROM v_articles ORDER BY file_name") == [
        ("api.json#1", "Central Asian grid deal", "Daily Steppe", "2025-02-03", "Aida Sultanova"),
        ("dump.json#1", "Grid talks", "Steppe Post", "2025-02-07", None),
    ]
    [failure] = summary.failures
    assert Path(failure.path).name == "other.json" and "no article records" in failure.reason


def test_a_channel_export_its_posts_in_rich_text_pieces_and_its_service_messages_skipped(engine, tmp_path):
    export = {"name": "Steppe Post", "type": "public_channel", "messages": [
        {"id": 1, "type": "service", "date": "2025-02-01T09:00:00", "action": "pin_message", "text": ""},
        {"id": 2, "type": "message", "date": "2025-02-03T09:00:00", "from": "Steppe Post 🇰🇿",
         "text": ["🇰🇿 ", {"type": "bold", "text": "Central Asian grid deal"}, f"\n\n{BRIEF}\n\n",
                  {"type": "hashtag", "text": "#energy"}, " ", {"type": "hashtag", "text": "#Tashkent"}]},
    ]}
    (tmp_path / "result.json").write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    summary = Loader(engine).run([str(tmp_path)])
    assert not summary.failures and summary.count("loaded") == 1  # the service message is no article, nor a failure
    [(file_name, title, publisher, published, body)] = rows(
        engine, "SELECT file_name, title, publisher, published_on, body FROM v_articles")
    assert (file_name, title, publisher, published) == ("result.json#2", "Central Asian grid deal", "Steppe Post 🇰🇿",
                                                        "2025-02-03")
    assert body == BRIEF  # the bold piece is the headline, the hashtags are furniture


# --- news feeds ------------------------------------------------------------------------------

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel><title>Steppe Post</title><link>https://steppepost.example</link>
<item><title>Central Asian grid deal</title><link>https://steppepost.example/grid</link>
<dc:creator><![CDATA[Aida Sultanova]]></dc:creator>
<pubDate>Tue, 04 Feb 2025 01:30:00 +0500</pubDate>
<description><![CDATA[<p>Kazakhstan and Uzbekistan agreed [&#8230;]</p>]]></description>
<content:encoded><![CDATA[<p>{brief}</p>
<p>The post <a href="https://steppepost.example/grid">Central Asian grid deal</a> appeared first on
<a href="https://steppepost.example">Steppe Post</a>.</p>]]></content:encoded></item>
<item><title>Grid talks resume</title><link>https://steppepost.example/talks</link>
<dc:creator>Steppe Post staff</dc:creator><pubDate>Thu, 06 Feb 2025 10:00:00 +0500</pubDate>
<description><![CDATA[<p>{second}</p>]]></description></item>
</channel></rss>""".format(brief=BRIEF, second=BRIEF.replace("Monday", "Thursday"))

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>Tallgrass Courier</title>
<entry><title>Grid deal signed</title><link href="https://tallgrass.example/grid"/><id>tag:tallgrass,2025:1</id>
<published>2025-02-03T09:00:00+06:00</published><author><name>Timur Ismailov</name></author>
<content type="html">&lt;p&gt;{BRIEF}&lt;/p&gt;</content></entry></feed>"""


def test_rss_and_atom_entries_load_as_articles(engine, tmp_path):
    (tmp_path / "feed.xml").write_text(RSS, encoding="utf-8")
    (tmp_path / "atom.atom").write_text(ATOM, encoding="utf-8")
    (tmp_path / "empty.rss").write_text("<rss version='2.0'><channel><title>Nothing</title></channel></rss>",
                                        encoding="utf-8")
    summary = Loader(engine).run([str(tmp_path)])
    articles = rows(engine, "SELECT file_name, title, publisher, published_on, authors, body FROM v_articles "
                            "ORDER BY file_name")
    assert [row[:5] for row in articles] == [
        ("atom.atom#1", "Grid deal signed", "Tallgrass Courier", "2025-02-03", "Timur Ismailov"),
        # the date as printed (4 February in +05:00 is 3 February in UTC); a staff credit is no author
        ("feed.xml#1", "Central Asian grid deal", "Steppe Post", "2025-02-04", "Aida Sultanova"),
        ("feed.xml#2", "Grid talks resume", "Steppe Post", "2025-02-06", None),
    ]
    assert all("appeared first on" not in body for *_, body in articles)
    assert states_of(engine, "feed.xml#1") == {"KAZ", "UZB"}
    [failure] = summary.failures
    assert Path(failure.path).name == "empty.rss" and "no entries" in failure.reason


def test_a_feed_on_standard_input_is_sniffed(runner, db_url):
    result = runner.invoke(main, ["load", "-", "--db", db_url, "--json"], input=ATOM)
    assert result.exit_code == 0, result.output
    assert json.loads(result.output)["files"]["loaded"] == 1


# --- a news database's text export ----------------------------------------------------------

EXPORT = """Job Number: 31415

Documents (2)

1. Grid deal signed

Search Terms: "Shanghai Cooperation Organisation"

Search Type: Terms and Connectors

Grid deal signed

Steppe Post

February 3, 2025 Monday 9:00 AM GMT

Copyright 2025 Steppe Post Media Ltd. All Rights Reserved

Section: REGION

Length: 31 words

Byline: Aida Sultanova

Body

{brief}

Load-Date: February 4, 2025

End of Document

Grid talks resume

Tallgrass Courier

February 6, 2025 Thursday

Body

{second}

Document STPOST0020250206el2600001
""".format(brief=BRIEF, second=BRIEF.replace("Monday", "Thursday"))


def test_a_news_database_export_is_split_into_its_documents(engine, tmp_path):
    (tmp_path / "export.txt").write_text(EXPORT, encoding="utf-8")
    (tmp_path / "single.txt").write_text(f"Grid deal\n\n{BRIEF}\n", encoding="utf-8")
    summary = Loader(engine).run([str(tmp_path)])
    assert summary.count("loaded") == 3
    articles = rows(engine, "SELECT file_name, title, publisher, published_on, authors, body FROM v_articles "
                            "ORDER BY file_name")
    assert [row[:5] for row in articles] == [
        # the publication's name under the headline (not an author), the date line with its weekday
        ("export.txt#1", "Grid deal signed", "Steppe Post", "2025-02-03", "Aida Sultanova"),
        ("export.txt#2", "Grid talks resume", "Tallgrass Courier", "2025-02-06", None),
        ("single.txt", "Grid deal", None, None, None),
    ]
    for *_, body in articles:  # neither the cover page nor a document's fields are body
        assert body.startswith("Kazakhstan and Uzbekistan") and "Search Terms" not in body and "Load-Date" not in body
    again = Loader(engine).run([str(tmp_path)])
    assert again.count("unchanged") == 3 and again.count("loaded") == 0
    (tmp_path / "closing_lines_only.txt").write_text("End of Document\n\nEnd of Document\n", encoding="utf-8")
    [failure] = Loader(engine).run([str(tmp_path)]).failures
    assert Path(failure.path).name == "closing_lines_only.txt" and "no document" in failure.reason


def test_a_large_export_is_read_where_a_large_text_is_refused(engine, tmp_path, monkeypatch):
    from sco_etl.load import work

    monkeypatch.setattr(work, "MAX_ARTICLE_BYTES", 1000)  # the exports below are larger
    (tmp_path / "export.txt").write_text(EXPORT, encoding="utf-8")
    (tmp_path / "long.txt").write_text(f"Grid deal\n\n{BRIEF * 10}\n", encoding="utf-8")
    summary = Loader(engine, workers=1).run([str(tmp_path)])
    assert summary.count("loaded") == 2
    [failure] = summary.failures
    assert Path(failure.path).name == "long.txt" and "too large for one article" in failure.reason


# --- standard input and --format -----------------------------------------------------------

def test_load_from_stdin_sniffs_the_format(runner, db_url, tmp_path):
    records = "\n".join(json.dumps(record) for record in (RECORDS[0], RECORDS[4]))
    result = runner.invoke(main, ["load", "-", "--db", db_url], input=records)
    assert result.exit_code == 0, result.output
    assert "2 loaded" in result.output
    again = runner.invoke(main, ["load", "-", "--db", db_url], input=records)
    assert "2 unchanged" in again.output


def test_plain_text_on_stdin(runner, db_url):
    result = runner.invoke(main, ["load", "-", "--db", db_url, "--json"], input=f"Grid deal\n\n{BRIEF}\n")
    assert json.loads(result.output)["files"]["loaded"] == 1


def test_format_forces_a_reader(runner, db_url, tmp_path):
    odd = tmp_path / "download.dat"
    odd.write_text(json.dumps(RECORDS[0]) + "\n", encoding="utf-8")
    refused = runner.invoke(main, ["load", str(odd), "--db", db_url])
    assert refused.exit_code == 1 and "--format" in refused.output
    forced = runner.invoke(main, ["load", str(odd), "--db", db_url, "--format", "jsonl"])
    assert forced.exit_code == 0 and "1 loaded" in forced.output


# --- export -------------------------------------------------------------------------------

def fact_counts(records: list[dict]) -> dict[str, int]:
    return {kind: sum(len(record[kind]) for record in records)
            for kind in ("states", "organisations", "quotes", "membership_events")}


def test_export_jsonl_rebuilds_the_same_facts_in_a_fresh_database(runner, db_url, tmp_path):
    samples = Path(__file__).resolve().parents[1] / "samples" / "main" / "articles"
    assert runner.invoke(main, ["load", str(samples), "--db", db_url, "-q"]).exit_code == 0
    exported = tmp_path / "export.jsonl"
    result = runner.invoke(main, ["export", "--db", db_url, "-o", str(exported)])
    assert result.exit_code == 0, result.output
    first = [json.loads(line) for line in exported.read_text("utf-8").splitlines()]
    assert len(first) == len(list(samples.glob("*.txt")))
    assert all(record["states"] for record in first)
    quote = next(q for record in first for q in record["quotes"])
    article = next(record for record in first if quote in record["quotes"])
    assert article["text"][quote["start_offset"]:quote["end_offset"]] == quote["text"]

    rebuilt = f"sqlite:///{tmp_path / 'rebuilt.db'}"
    assert runner.invoke(main, ["load", str(exported), "--db", rebuilt, "-q"]).exit_code == 0
    again = tmp_path / "again.jsonl"
    runner.invoke(main, ["export", "--db", rebuilt, "-o", str(again)])
    second = [json.loads(line) for line in again.read_text("utf-8").splitlines()]
    assert fact_counts(second) == fact_counts(first) and all(fact_counts(first).values())
    assert [(r["title"], r["published"], r["source"], r["author"]) for r in second] == [
        (r["title"], r["published"], r["source"], r["author"]) for r in first]
    # the rebuilt database shows the articles under their first names: their gold still matches
    assert sorted(r["file_name"] for r in second) == sorted(r["file_name"] for r in first)
    gold = Path(__file__).resolve().parents[1] / "samples" / "main" / "gold.json"
    scored = runner.invoke(main, ["eval", "--db", rebuilt, "--json", str(gold)])
    assert json.loads(scored.output)["articles_missing"] == []


def test_export_csv_writes_one_table_per_kind_with_headers(runner, db_url, tmp_path):
    runner.invoke(main, ["load", str(PAGES / "news_page.html"), "--db", db_url, "-q"])
    result = runner.invoke(main, ["export", "--db", db_url, "--format", "csv", "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    files = sorted(path.name for path in (tmp_path / "out").iterdir())
    assert files == ["articles.csv", "membership_events.csv", "organisations.csv", "quotes.csv", "states.csv"]
    header = (tmp_path / "out" / "quotes.csv").read_text("utf-8").splitlines()[0]
    assert header.startswith("article_id,quote_id,kind,text")


def test_export_csv_needs_a_folder(runner, db_url):
    runner.invoke(main, ["load", str(PAGES / "news_page.html"), "--db", db_url, "-q"])
    result = runner.invoke(main, ["export", "--db", db_url, "--format", "csv"])
    assert result.exit_code == 2 and "-o/--output" in result.output


@pytest.mark.parametrize("name", ["news_page.html", "json_ld_only.html", "time_element_only.html"])
def test_html_offsets_point_into_the_stored_text(engine, name):
    Loader(engine).run([str(PAGES / name)])
    for article_text, start, end, quoted in rows(
            engine, "SELECT a.text, q.start_offset, q.end_offset, q.text FROM quotes q JOIN articles a "
                    "ON a.id = q.article_id"):
        assert article_text[start:end] == quoted


def test_a_pages_photo_captions_are_kept_apart_and_count_for_mentions(engine, write):
    page = write("page.html", """<html><head><title>Rail link opens | Steppe Courier</title>
<meta property="og:site_name" content="Steppe Courier"></head><body><article>
<h1>Rail link opens</h1>
<p>The new rail link between the two capitals opened on Monday after four years of work, officials said.</p>
<p>Freight volumes are expected to double within a year, according to the operator's estimates.</p>
<figure><img src="a.jpg"><figcaption>A train crosses the border with Mongolia. Photo: Steppe Courier</figcaption></figure>
</article></body></html>""")
    Loader(engine).run([str(page)])
    with engine.connect() as connection:
        iso3s = set(connection.execute(text("SELECT iso3 FROM article_states")).scalars())
        kinds = set(connection.execute(text("SELECT kind FROM article_parts")).scalars())
        organisations = set(connection.execute(text(
            "SELECT o.name FROM article_organisations AS ao JOIN organisations AS o ON o.id = ao.organisation_id"
        )).scalars())
        body = connection.execute(text("SELECT body FROM articles")).scalar_one()
    assert "MNG" in iso3s and "caption" in kinds and "Mongolia" not in body
    assert "Steppe Courier" in organisations  # the publisher, printed in the photo credit


# --- Markdown ------------------------------------------------------------------------------

MARKDOWN_PAGE = f"""Title: Grid deal signed in Tashkent

URL Source: https://steppe.example/2025/02/grid

Published Time: 2025-02-04T09:00:00+05:00

Markdown Content:
Grid deal signed in Tashkent
============================

[Home](https://steppe.example/) › [Energy](https://steppe.example/energy)

By **Aida Sultanova**

**TASHKENT:** {BRIEF.replace("Uzbekistan", "[Uzbekistan](https://steppe.example/tags/uzbekistan)")}

The *line* will carry 2\\*500 megawatts, \\[officials\\] said, once the [second stage](https://steppe.example/b "Stage two") is built.

*   [Related: Kyrgyz dam talks resume](https://steppe.example/dam)

© 2025 Steppe Post. All rights reserved.
"""


@pytest.mark.parametrize("name", ["grid.md", "grid.txt"])  # a reader service's page saved either way
def test_a_markdown_page_loses_its_inline_markup_and_its_link_lists(engine, tmp_path, name):
    (tmp_path / name).write_text(MARKDOWN_PAGE, encoding="utf-8")
    assert Loader(engine).run([str(tmp_path)]).count("loaded") == 1
    (title, published_on, authors, url, body), = rows(
        engine, "SELECT v.title, v.published_on, v.authors, a.url, v.body FROM v_articles AS v "
                "JOIN articles AS a ON a.id = v.article_id")
    assert (title, published_on, authors, url) == ("Grid deal signed in Tashkent", "2025-02-04", "Aida Sultanova",
                                                   "https://steppe.example/2025/02/grid")
    assert body == (BRIEF + "\n\nThe line will carry 2*500 megawatts, [officials] said, once the second stage "
                    "is built.")
    assert states_of(engine, name) == {"KAZ", "UZB"}  # "Kyrgyz" stands in the link list: furniture
    with engine.connect() as connection:
        text_of = connection.execute(text("SELECT text FROM articles")).scalar_one()
    assert "**" not in text_of and "](https://steppe.example/tags" not in text_of  # the stored text is read


def test_markdown_is_read_only_from_markdown(engine, tmp_path):
    """A plain text file keeps its brackets and asterisks: only a .md file or a reader
    service's page is read as Markdown."""
    body = "The deal, signed on Monday [in Tashkent], covers 2*500 megawatts of *new* capacity, officials said."
    (tmp_path / "plain.txt").write_text(f"Grid deal signed\n\n{body}\n", encoding="utf-8")
    Loader(engine).run([str(tmp_path)])
    assert rows(engine, "SELECT body FROM articles") == [(body,)]


# --- spreadsheet exports --------------------------------------------------------------------

SECOND_BRIEF = ("Talks on a regional power market resumed in Almaty on Tuesday, the Kazakh energy ministry "
                "said, with Kyrgyz and Tajik officials taking part.")


@pytest.mark.parametrize("name, delimiter, bom", [("export.csv", ",", ""), ("export.csv", ";", "\ufeff"),
                                                   ("export.tsv", "\t", "")])
def test_a_spreadsheet_export_is_one_article_per_row(engine, tmp_path, name, delimiter, bom):
    """A comma, Excel's semicolon (with its byte-order mark) or a tab; quoted cells hold
    line breaks, delimiters and doubled quotation marks; a row without text fails alone."""
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if any(c in value for c in f'"\n{delimiter}') else value

    rows_ = [["Headline", "Date", "Author", "Source", "Content"],
             ["Grid deal signed", "04/02/2025", "Aida Sultanova", "Steppe Post",
              f'{BRIEF}\n\n"We are ready," an official said; more talks follow.'],
             ["No text here", "2025-02-05", "", "Steppe Post", ""],
             ["Power market talks resume", "2025-02-11", "", "Steppe Post", SECOND_BRIEF]]
    (tmp_path / name).write_text(bom + "\r\n".join(delimiter.join(cell(v) for v in row) for row in rows_) + "\r\n",
                                 encoding="utf-8", newline="")
    summary = Loader(engine).run([str(tmp_path)])
    assert (summary.count("loaded"), [Path(f.path).name for f in summary.failures]) == (2, [f"{name}#2"])
    assert rows(engine, "SELECT file_name, title, publisher, published_on, authors FROM v_articles "
                        "ORDER BY file_name") == [
        (f"{name}#1", "Grid deal signed", "Steppe Post", None, "Aida Sultanova"),  # 04/02: never guessed
        (f"{name}#3", "Power market talks resume", "Steppe Post", "2025-02-11", None)]
    assert states_of(engine, f"{name}#3") == {"KAZ", "KGZ", "TJK"}
    assert Loader(engine).run([str(tmp_path)]).count("unchanged") == 2  # a reload reads the stored rows


def test_a_spreadsheet_without_a_text_column_is_refused_with_the_columns_it_needs(engine, tmp_path):
    (tmp_path / "links.csv").write_text("title,url\nGrid deal,https://steppe.example/1\n", encoding="utf-8")
    summary = Loader(engine).run([str(tmp_path)])
    assert summary.failures[0].reason.startswith("no column of article text in the header row (looked for: text, ")


def test_a_spreadsheet_on_standard_input_is_sniffed_by_its_header_row(runner, db_url):
    rows_ = f'title,date,text\nGrid deal,2025-02-04,"{BRIEF}"\n'
    result = runner.invoke(main, ["load", "-", "--db", db_url, "--json"], input=rows_)
    assert json.loads(result.output)["files"]["loaded"] == 1
    titles = runner.invoke(main, ["sql", "SELECT title FROM v_articles", "--db", db_url, "--format", "csv"])
    assert titles.output.splitlines()[1:] == ["Grid deal"]


@pytest.mark.parametrize("first_line", ["Grid deal, text and power", "Kazakhstan, Uzbekistan sign text of deal"])
def test_a_headline_with_commas_is_no_header_row(first_line):
    from sco_etl.ingest.readers import sniff_reader

    assert sniff_reader(f"{first_line}\n\n{BRIEF}\n".encode()).name == "text"


# --- pages their scripts render -------------------------------------------------------------

def test_a_page_its_scripts_render_is_read_from_its_data(engine, tmp_path):
    """A Next.js page shows "Loading..."; its __NEXT_DATA__ holds the article, with the body
    as HTML under "body". A JSON-LD articleBody on a page without text is read the same way."""
    article = {"headline": "Grid deal signed in Tashkent", "publishedAt": "2025-02-04T09:00:00+05:00",
               "authors": [{"name": "Aida Sultanova"}], "body": f"<p>{BRIEF}</p><p>{SECOND_BRIEF}</p>"}
    data = {"props": {"pageProps": {"article": article}}, "buildId": "x1"}
    (tmp_path / "next.html").write_text(
        '<html><head><title>Grid deal signed in Tashkent | Steppe Post</title>'
        '<meta property="og:site_name" content="Steppe Post"></head><body><div id="__next">Loading…</div>'
        f'<script id="__NEXT_DATA__" type="application/json">{json.dumps(data)}</script></body></html>',
        encoding="utf-8")
    ld = {"@type": "NewsArticle", "headline": "Power market talks resume", "datePublished": "2025-02-11",
          "articleBody": SECOND_BRIEF + " " + BRIEF}
    (tmp_path / "ld.html").write_text(f'<html><body><div id="app"></div><script type="application/ld+json">'
                                      f'{json.dumps(ld)}</script></body></html>', encoding="utf-8")
    assert Loader(engine).run([str(tmp_path)]).count("loaded") == 2
    assert rows(engine, "SELECT file_name, title, publisher, published_on, authors FROM v_articles "
                        "ORDER BY file_name") == [
        ("ld.html", "Power market talks resume", None, "2025-02-11", None),
        ("next.html", "Grid deal signed in Tashkent", "Steppe Post", "2025-02-04", "Aida Sultanova")]
    (body,), = rows(engine, "SELECT body FROM v_articles WHERE file_name = 'next.html'")
    assert body == BRIEF + "\n\n" + SECOND_BRIEF  # the markup read, the page's "Loading…" not
    assert states_of(engine, "next.html") == {"KAZ", "UZB", "KGZ", "TJK"}


def test_a_page_whose_byline_element_runs_into_its_date_gives_the_names_alone(engine, tmp_path):
    # the markup's byline and date stand in one element, or the date in one of its own after a comma
    page = tmp_path / "bylines.html"
    page.write_text(
        "<html><head><title>Pacific leaders meet in Suva</title></head><body>"
        "<h1>Pacific leaders meet in Suva</h1>"
        '<div class="author"><span class="byline">By Ana Lima and Sione Vake</span> '
        '<span class="pub_time">Published: Apr 11, 2024 09:17 AM</span></div>'
        f"<article><p>{BRIEF}</p><p>{BRIEF}</p></article></body></html>", encoding="utf-8")
    Loader(engine).run([str(page)])
    [(authors,)] = rows(engine, "SELECT authors FROM v_articles")
    assert authors == "Ana Lima; Sione Vake"
