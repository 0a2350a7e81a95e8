"""Article pages: the text with its facts marked, and the facts listed (static site and serve share them)."""
from __future__ import annotations

import re

import pytest
from conftest import SAMPLES
from sco_etl.cli import main
from sco_etl.load.loader import Loader
from sco_etl.reports.articles import Mark, article_html, article_view, marked_tokens


def html_of(text: str, marks: list[Mark]) -> str:
    """The tokens as bare markup: [kind ... ] for each mark."""
    out = []
    for token in marked_tokens(text, marks):
        out.append(token.text if token.text is not None else f"[{token.mark.kind} " if token.mark else "]")
    return "".join(out)


def test_marks_nest_the_shorter_inside_the_longer():
    text = "Iran joined the SCO."
    marks = [Mark("state", 0, 4, "", ""), Mark("event", 0, 20, "", ""), Mark("organisation", 16, 19, "", "")]
    assert html_of(text, marks) == "[event [state Iran] joined the [organisation SCO].]"


def test_a_mark_that_overlaps_another_is_split_around_its_end():
    text = "abcdefgh"
    tokens = marked_tokens(text, [Mark("quote", 0, 5, "", "q"), Mark("event", 3, 8, "", "e")])
    assert html_of(text, [Mark("quote", 0, 5, "", "q"), Mark("event", 3, 8, "", "e")]) == "[quote abc[event de]][event fgh]"
    reopened = [token for token in tokens if token.mark is not None and token.mark.kind == "event"]
    assert [token.first for token in reopened] == [True, False]  # the id is carried once


def test_marks_outside_the_text_or_empty_are_left_out():
    article = {"article_id": 1, "file_name": "a.txt", "text": "Kazakhstan", "url": None}
    facts = {"states": [{"iso3": "KAZ", "state": "Kazakhstan", "mentions": 2, "spans": [[0, 10], [5, 50]]}],
             "quotes": [{"quote_id": 1, "kind": "direct", "speaker": None, "start_offset": 3, "end_offset": 3,
                         "text": "", "cue": None, "speaker_role": None}]}
    html = article_html(article_view(article, facts), [])
    assert html.count('<mark class="state"') == 2  # the legend's and the one span inside the text
    assert '<mark class="quote" title' not in html


def test_everything_from_the_article_is_escaped_and_only_web_addresses_link():
    article = {"article_id": 7, "file_name": "<b>x.txt", "title": "<script>alert(1)</script>", "publisher": None,
               "published_on": None, "authors": None, "dateline": None, "url": "javascript:alert(1)",
               "text": "<img src=x onerror=alert(1)> Kazakhstan"}
    facts = {"states": [{"iso3": "KAZ", "state": "Kazakhstan", "mentions": 1, "spans": [[29, 39]]}]}
    html = article_html(article_view(article, facts), [])
    assert "<script>" not in html and "<img" not in html and "&lt;img src=x" in html
    assert 'href="javascript:' not in html and "javascript:alert(1)" in html
    web = article_html(article_view({**article, "url": "https://example.org/a?b=1&c=2"}, facts), [])
    assert 'href="https://example.org/a?b=1&amp;c=2"' in web


@pytest.fixture
def site(runner, db_url, engine, tmp_path):
    assert not Loader(engine).run([str(SAMPLES / "main" / "articles")]).failures
    folder = tmp_path / "site"
    result = runner.invoke(main, ["report", "all", "--db", db_url, "-o", str(folder)])
    assert result.exit_code == 0, result.output
    return folder


def test_report_all_writes_a_page_per_article_with_its_facts_marked(site):
    pages = sorted(site.glob("articles/*.html"))
    assert len(pages) == len(list((SAMPLES / "main" / "articles").iterdir()))
    kinds = set()
    for page in pages:
        html = page.read_text()
        assert html.startswith("<!doctype html>") and 'href="../index.html"' in html
        assert html.count("<mark") == html.count("</mark>")
        kinds |= set(re.findall(r'<mark class="(\w+)" title=', html))
    assert kinds == {"state", "organisation", "quote", "event"}


def test_the_reports_link_file_names_to_the_article_pages(site):
    digest = (site / "article_digest.html").read_text()
    links = set(re.findall(r'href="(articles/\d+\.html)"', digest))
    assert links and all((site / link).is_file() for link in links)
    assert len(links) == len(list(site.glob("articles/*.html")))


def test_a_file_name_two_articles_share_links_to_the_digest(runner, tmp_path):
    for folder in ("a", "b"):
        path = tmp_path / folder / "same.txt"
        path.parent.mkdir()
        path.write_text(f"Story {folder}\n\nKazakhstan and Uzbekistan met in Astana on Monday to discuss trade, "
                        f"officials said, in a meeting of the SCO ({folder}).\n")
    database = tmp_path / "twice.db"
    assert runner.invoke(main, ["load", "-q", "--db", str(database), str(tmp_path / "a"), str(tmp_path / "b")]).exit_code == 0
    result = runner.invoke(main, ["report", "all", "--db", str(database), "-o", str(tmp_path / "site")])
    assert result.exit_code == 0, result.output
    digest = (tmp_path / "site" / "article_digest.html").read_text()
    assert 'href="article_digest.html#article-same.txt"' in digest and 'href="articles/' not in digest
    assert len(list((tmp_path / "site" / "articles").glob("*.html"))) == 2


def test_csv_report_all_writes_no_article_pages(runner, site, db_url, tmp_path):
    result = runner.invoke(main, ["report", "all", "--db", db_url, "-o", str(tmp_path / "csv"), "-f", "csv"])
    assert result.exit_code == 0 and not (tmp_path / "csv" / "articles").exists()
