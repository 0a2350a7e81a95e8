"""The static site at a realistic size: render it and check what an analyst relies on.

    python benchmarks/check_site.py [N] [--keep DIR]   (default N: 1100)

Loads every annotated sample (samples/*/articles: the main set and the held-out ones), the
seeds when ../shared/seeds is there, and N generated roundup articles (generate_corpus.py
--kind roundup: five membership events each across seven blocs, about 5,500 events at 1,100)
into a fresh SQLite file, writes the site with `sco-etl report all` as a user runs it, and
checks that:
  - every in-site link resolves: each relative address names a page that was written, and
    each #fragment an id on that page (links out of the site, an article's own address, are
    not followed);
  - no chart is taller than 2.5 times its width;
  - the newest year of the data is on the axes: the membership timeline's (the newest year
    of an event it draws) and coverage over time's (the newest year of publication).
Prints what it found, each problem with its page; the exit status is 1 when there is one.
"""
from __future__ import annotations

import argparse
import html
import re
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from urllib.parse import unquote

from generate_corpus import roundups
from sco_etl import db
from sco_etl.load.loader import Loader

REPO = Path(__file__).resolve().parent.parent
SEEDS = REPO.parent / "shared" / "seeds"
SCO_ETL = [sys.executable, "-m", "sco_etl.cli"]
MAX_ASPECT = 2.5
HREF = re.compile(r'\bhref="([^"]*)"')
ID = re.compile(r'\bid="([^"]*)"')
SVG_CHART = re.compile(r'<svg class="chart"[^>]*>')
OUTSIDE = re.compile(r"^[a-z][a-z0-9+.-]*:", re.IGNORECASE)  # http:, https:, mailto:, ...


def build(root: Path, count: int) -> tuple[Path, Path]:
    """The database and the site of the samples, the seeds and ``count`` roundups."""
    corpus, database, site = root / "roundups", root / "site.db", root / "site"
    roundups(corpus, count)
    folders = sorted(str(path) for path in (REPO / "samples").glob("*/articles"))
    folders += [str(SEEDS)] if SEEDS.is_dir() else []
    engine = db.create_db_engine(f"sqlite:///{database}")
    summary = Loader(engine).run([*folders, str(corpus / "articles")])
    engine.dispose()
    if summary.failures:
        print(f"{len(summary.failures)} inputs failed to load (the check goes on without them)")
    subprocess.run([*SCO_ETL, "report", "all", "--db", str(database), "-o", str(site)], check=True)
    return database, site


def broken_links(site: Path) -> tuple[int, list[str]]:
    """How many in-site links the pages hold, and each one that leads nowhere."""
    ids: dict[Path, set[str]] = {}
    checked, broken = 0, []
    for page in sorted(site.rglob("*.html")):
        for address in HREF.findall(page.read_text("utf-8")):
            address = html.unescape(address)
            if OUTSIDE.match(address):
                continue
            checked += 1
            path, _, fragment = address.partition("#")
            target = (page.parent / unquote(path)).resolve() if path else page.resolve()
            if not target.is_relative_to(site.resolve()) or not target.is_file():
                broken.append(f"{page.relative_to(site)}: {address} (no such page)")
            elif fragment and unquote(fragment) not in _ids(target, ids):
                broken.append(f"{page.relative_to(site)}: {address} (no such id on {target.name})")
    return checked, broken


def _ids(page: Path, cache: dict[Path, set[str]]) -> set[str]:
    if page not in cache:
        cache[page] = {html.unescape(found) for found in ID.findall(page.read_text("utf-8"))}
    return cache[page]


def tall_charts(site: Path) -> tuple[int, list[str]]:
    """How many charts the reports draw, and each one taller than ``MAX_ASPECT`` times its width."""
    count, tall = 0, []
    for page in sorted(site.glob("*.html")):
        for tag in SVG_CHART.findall(page.read_text("utf-8")):
            count += 1
            width, height = _size(tag)
            if height > MAX_ASPECT * width:
                tall.append(f"{page.name}: a chart {width:g} wide and {height:g} tall")
    return count, tall


def _size(tag: str) -> tuple[float, float]:
    """A chart's width and height: its attributes, else its viewBox."""
    width, height = re.search(r'\bwidth="([\d.]+)"', tag), re.search(r'\bheight="([\d.]+)"', tag)
    if width and height:
        return float(width.group(1)), float(height.group(1))
    box = re.search(r'viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"', tag)
    return float(box.group(1)), float(box.group(2))


def missing_newest_years(database: Path, site: Path) -> tuple[dict[str, str], list[str]]:
    """The newest year of each chart's data, and each chart whose axis does not show it."""
    with sqlite3.connect(database) as connection:
        # the timeline draws the consolidated history, roster status reports left out (its default)
        newest_event = connection.execute("SELECT MAX(substr(event_date, 1, 4)) FROM v_membership_history "
                                          "WHERE certainty <> 'reported'").fetchone()[0]
        newest_article = connection.execute("SELECT MAX(substr(published_on, 1, 4)) FROM v_articles").fetchone()[0]
    newest = {"membership_timeline": newest_event, "coverage_over_time": newest_article}
    missing = []
    for name, year in newest.items():
        page = (site / f"{name}.html").read_text("utf-8")
        if year and not re.search(rf'<text class="year"[^>]*>{year}</text>', page):
            missing.append(f"{name}.html: the newest year of its data, {year}, is not on its axis")
    return newest, missing


SHOTS = {"site_timeline": "membership_timeline.html", "site_roster": "roster.html",
         "site_coverage_over_time": "coverage_over_time.html"}
BROWSER_FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync", "--hide-scrollbars"]


def screenshots(site: Path, folder: Path, profile: Path) -> list[Path]:
    """The pages an analyst opens first, as Chromium draws them (none without Chromium)."""
    browser = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if browser is None:
        return []
    folder.mkdir(parents=True, exist_ok=True)
    pages = dict(SHOTS)
    article = min((site / "articles").glob("*.html"), default=None)
    if article is not None:
        pages["site_article_page"] = str(article.relative_to(site))
    taken = []
    for name, page in pages.items():
        shot = folder / f"{name}.png"
        subprocess.run([browser, *BROWSER_FLAGS, f"--user-data-dir={profile}", "--window-size=1200,1600",
                        f"--screenshot={shot}", (site / page).as_uri()], capture_output=True, timeout=180)
        if shot.exists():
            taken.append(shot)
    return taken


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("count", type=int, nargs="?", default=1100, help="roundup articles to generate")
    parser.add_argument("--keep", type=Path, help="build in this directory and keep it (default: a temporary one)")
    parser.add_argument("--screenshots", type=Path, metavar="DIR",
                        help="with Chromium installed: screenshots of the timeline, the roster, an article's page "
                             "and the coverage over time, at this size, into DIR")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        root = args.keep or Path(scratch)
        root.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        database, site = build(root, args.count)
        built = time.perf_counter() - started
        with sqlite3.connect(database) as connection:
            articles, events = (connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
                                for table in ("articles", "membership_events"))
        pages = len(list(site.rglob("*.html")))
        print(f"{articles} articles, {events} membership events; {pages} pages written in {built:.1f} s")
        links, broken = broken_links(site)
        charts, tall = tall_charts(site)
        newest, missing = missing_newest_years(database, site)
        print(f"in-site links: {links} checked, {len(broken)} lead nowhere")
        print(f"charts: {charts} checked, {len(tall)} taller than {MAX_ASPECT:g} times their width")
        print(f"newest years: {', '.join(f'{name} {year}' for name, year in newest.items())}; "
              f"{len(missing)} not on their axis")
        problems = broken + tall + missing
        if args.screenshots:
            taken = screenshots(site, args.screenshots, root / "browser")
            print(f"screenshots: {', '.join(path.name for path in taken) or 'none (no Chromium)'}")
        for problem in problems[:50]:
            print(f"  {problem}")
        if len(problems) > 50:
            print(f"  ... and {len(problems) - 50} more")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
