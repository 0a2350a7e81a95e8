"""List what the extractor probably missed in a collection: sentences that use the words of a
membership change but gave no event, and sentences with a speech cue but no quote.

    python benchmarks/audit.py ~/realtext/*.jsonl                 # both lists
    python benchmarks/audit.py FOLDER --kind events --limit 200   # the first 200 event candidates

It loads the input into a scratch database (as ``sco-etl load`` does), reads the stable views
and prints one line per candidate: ``file | sentence``. Most candidates are no miss (a roster,
a wish, a term's end, a change told again that an earlier sentence already gave); read them in bulk to find the constructions that are, then write a test
sentence of your own for each (never the article's). The counts at the end compare two versions.
"""
from __future__ import annotations

import argparse
import re
import sqlite3
import subprocess
import sys
import tempfile
from pathlib import Path

from sco_etl.extract.sentences import split_sentences

# words that tell of a change of membership (stems: "join" finds "joined", "joining")
MEMBERSHIP = re.compile(r"\b(?:join|member|observer|dialogue[ -]partner|partner (?:country|countries|status)|accession"
                        r"|admi(?:t|ssion)|found(?:ed|ing|er)|chair|presiden(?:cy|t of)|helm|appl(?:y|ied|ication)"
                        r"|withdr[ae]w|quit|left the|leave the|rejoin|readmit|suspend)", re.IGNORECASE)
# a speech cue: quotation marks, or a reporting verb
SPEECH = re.compile(r"[\"“”]|\b(?:said|says|told|tells|added|noted|stressed|according to|stated|announced"
                    r"|emphasi[sz]ed|underlined|insisted|argued|warned)\b")


MARKS = re.compile(r"[\"“”]")


def load(inputs: list[str], database: Path) -> None:
    command = [sys.executable, "-m", "sco_etl.cli", "load", "-q", *inputs, "--db", str(database)]
    subprocess.run(command, check=True, stdout=subprocess.DEVNULL)


def candidates(database: Path, kind: str) -> list[tuple[str, str]]:
    """(file, sentence) pairs: the body's sentences with the cue and nothing extracted from them."""
    with sqlite3.connect(database) as connection:
        bodies = connection.execute("SELECT file_name, body FROM v_articles WHERE body IS NOT NULL").fetchall()
        if kind == "events":
            told = connection.execute("SELECT file_name, evidence FROM v_membership_events").fetchall()
        else:
            told = connection.execute("SELECT file_name, text FROM v_quotes").fetchall()
    by_file: dict[str, list[str]] = {}
    for file_name, found in told:
        by_file.setdefault(file_name, []).append(found or "")
    cue = MEMBERSHIP if kind == "events" else SPEECH
    listed = []
    for file_name, body in bodies:
        found = by_file.get(file_name, [])
        for span in split_sentences(body):
            sentence = body[span.start:span.end]
            # (an event's evidence is its sentence; a quote's words open inside theirs, or run over them)
            bare = MARKS.sub("", sentence)
            covered = any(MARKS.sub("", item)[:40] in bare or bare[:40] in MARKS.sub("", item) for item in found if item)
            if cue.search(sentence) and not covered:
                listed.append((file_name, " ".join(sentence.split())))
    return listed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("inputs", nargs="+", help="files or folders, as sco-etl load takes them")
    parser.add_argument("--kind", choices=("events", "quotes", "both"), default="both")
    parser.add_argument("--limit", type=int, default=None, help="print at most this many of each kind")
    options = parser.parse_args()
    with tempfile.TemporaryDirectory() as scratch:
        database = Path(scratch) / "audit.db"
        load(options.inputs, database)
        for kind in ("events", "quotes") if options.kind == "both" else (options.kind,):
            listed = candidates(database, kind)
            print(f"== {kind}: {len(listed)} sentences with the cue and nothing extracted")
            for file_name, sentence in listed[:options.limit]:
                print(f"{file_name} | {sentence}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
