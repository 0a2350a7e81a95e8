"""The acceptance check of the static site (benchmarks/check_site.py): what it finds, and the
site of the samples and 1,100 generated roundups passing it."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import REPO

sys.path.insert(0, str(REPO / "benchmarks"))
from check_site import broken_links, tall_charts  # noqa: E402


def page(site: Path, name: str, body: str) -> None:
    path = site / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(f"<!doctype html><html><body>{body}</body></html>", "utf-8")


def test_the_check_finds_links_that_lead_nowhere_and_only_those(tmp_path):
    page(tmp_path, "index.html", '<a href="digest.html#article-a&amp;b.txt">a</a> <a href="articles/1.html">1</a> '
                                 '<a href="#top">top</a> <a href="https://example.org/x">out</a> '
                                 '<a href="missing.html">gone</a> <a href="digest.html#article-c.txt">no row</a>')
    page(tmp_path, "digest.html", '<tr id="article-a&amp;b.txt"></tr> <a href="../outside.html">up</a>')
    page(tmp_path, "articles/1.html", '<a href="../digest.html">back</a>')
    (tmp_path / "index.html").write_text((tmp_path / "index.html").read_text().replace("<body>", '<body id="top">'))
    checked, broken = broken_links(tmp_path)
    assert checked == 7  # the address out of the site is not followed
    assert broken == ["digest.html: ../outside.html (no such page)", "index.html: missing.html (no such page)",
                      "index.html: digest.html#article-c.txt (no such id on digest.html)"]


def test_the_check_finds_a_chart_taller_than_its_aspect_by_its_size_or_its_view_box(tmp_path):
    page(tmp_path, "a.html", '<svg class="chart" viewBox="0 0 640 1700"></svg>'
                             '<svg class="chart" viewBox="0 0 640 1500"></svg>'
                             '<svg class="chart" width="760" height="1901" viewBox="0 0 760 1901"></svg>')
    count, tall = tall_charts(tmp_path)
    assert count == 3 and tall == ["a.html: a chart 640 wide and 1700 tall", "a.html: a chart 760 wide and 1901 tall"]


ARTIFACTS = Path(os.environ.get("SCO_ETL_TEST_ARTIFACTS", REPO / "tests" / "artifacts"))
CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")


def test_the_site_of_the_samples_and_1100_roundups_passes_the_check():
    # (with Chromium, as CI has it: the timeline, roster, an article page and the coverage at that size)
    shots = ["--screenshots", str(ARTIFACTS)] if CHROMIUM else []
    done = subprocess.run([sys.executable, str(REPO / "benchmarks" / "check_site.py"), "1100", *shots],
                          capture_output=True, text=True, timeout=900, cwd=REPO / "benchmarks")
    assert done.returncode == 0, done.stdout + done.stderr
    if CHROMIUM:
        for name in ("site_timeline", "site_roster", "site_article_page", "site_coverage_over_time"):
            assert (ARTIFACTS / f"{name}.png").stat().st_size > 10_000, name
    assert ", 0 lead nowhere" in done.stdout and ", 0 taller than" in done.stdout and "0 not on their axis" in done.stdout
    articles, events = map(int, re.search(r"(\d+) articles, (\d+) membership events", done.stdout).groups())
    assert articles >= 1100 and events >= 5000
