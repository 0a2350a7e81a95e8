"""Snapshot of what the pure pipeline makes of a corpus, to compare before and after a change.

    python benchmarks/snapshot.py OUT.txt [PATH ...]   (default: samples/, tests/fixtures/, ../shared/seeds)
    python benchmarks/snapshot.py OUT.txt --generated 4000 [PATH ...]

Each document's rows (the transform's output: article, parts, states, organisations,
people, quotes, events) are written as one block of text, in path order. Two
snapshots of the same inputs are byte-identical when a change (a speed-up, a
refactoring) left the output alone; ``diff`` shows what a new rule changed.
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

from generate_corpus import generate
from sco_etl.ingest.discover import discover
from sco_etl.ingest.readers import Input
from sco_etl.load.work import Task, run_tasks

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_PATHS = [ROOT / "samples", ROOT / "tests" / "fixtures", ROOT.parent / "shared" / "seeds"]


def snapshot(paths: list[str], out, scratch: str = "") -> int:
    """Write every document's rows to ``out``; paths under ``scratch`` are written without it,
    so that two snapshots of generated corpora compare."""
    documents = 0
    for path in sorted(discover(paths).files):
        result, = run_tasks([Task(Input(path, Path(path).name), {})])
        for item in result.items:
            documents += 1
            block = f"== {path}\n{item!r}\n"
            out.write(block.replace(scratch, "<generated>") if scratch else block)
    return documents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("paths", nargs="*")
    parser.add_argument("--generated", type=int, default=0, help="also this many generated articles")
    args = parser.parse_args()
    paths = args.paths or [str(path) for path in DEFAULT_PATHS if path.exists()]
    with tempfile.TemporaryDirectory() as scratch, args.out.open("w", encoding="utf-8") as out:
        if args.generated:
            generate(Path(scratch) / "generated", args.generated)
            paths.append(str(Path(scratch) / "generated"))
        documents = snapshot(paths, out, scratch)
    print(f"{documents:,} documents -> {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
