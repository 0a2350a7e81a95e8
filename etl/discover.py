"""Finding the files a load names: files, folders (searched recursively) and glob patterns.

Folders are walked by hand rather than with ``rglob`` so that symlinked
folders are followed (analysts link corpora together) while a link back to a
folder being searched, a loop, is reported instead of walked forever.
"""
from __future__ import annotations

import errno
import glob
import os
from dataclasses import dataclass, field
from pathlib import Path

from sco_etl.readers import supported_suffixes

STDIN = "-"
LOOP_REASON = "symlink loop: the link never reaches a file"


@dataclass
class Found:
    files: list[Path] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    stdin: bool = False


def discover(inputs: list[str]) -> Found:
    """Files named by ``inputs``, each once, in order; ``-`` stands for standard input."""
    found = Found()
    seen: dict[Path, None] = {}
    for item in inputs:
        if item == STDIN:
            found.stdin = True
            continue
        matches = _matches(item, found.problems)
        for match in matches:
            seen.setdefault(_identity(match), None)
    found.files = list(seen)
    return found


def _identity(path: Path) -> Path:
    try:
        return path.resolve()
    except (OSError, RuntimeError):  # a loop in the path itself
        return path.absolute()


def _matches(item: str, problems: list[tuple[str, str]]) -> list[Path]:
    path = Path(item).expanduser()
    if path.is_dir():
        files: list[Path] = []
        _walk(path, ancestors=set(), files=files, problems=problems)
        if not files:
            problems.append((item, f"no {'/'.join(supported_suffixes())} files in this folder"))
        return files
    if path.is_file():
        return [path]
    if glob.has_magic(item):
        files = sorted(Path(p) for p in glob.glob(str(path), recursive=True) if Path(p).is_file())
        if not files:
            problems.append((item, "pattern matched no files"))
        return files
    problems.append((item, _missing_reason(path)))
    return []


def _walk(folder: Path, ancestors: set[tuple[int, int]], files: list[Path],
          problems: list[tuple[str, str]]) -> None:
    try:
        status = folder.stat()
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        problems.append((str(folder), f"cannot list folder: {error.strerror or error}"))
        return
    key = (status.st_dev, status.st_ino)
    ancestors = ancestors | {key}
    for entry in entries:
        path = Path(entry.path)
        try:
            if entry.is_dir():
                target = entry.stat()
                if (target.st_dev, target.st_ino) in ancestors:
                    problems.append((str(path), "symlink loop: it leads back to a folder being searched"))
                else:
                    _walk(path, ancestors, files, problems)
            elif entry.is_file():
                if path.suffix.lower() in supported_suffixes():
                    files.append(path)
            elif entry.is_symlink() and path.suffix.lower() in supported_suffixes():
                problems.append((str(path), _missing_reason(path)))
        except OSError as error:
            problems.append((str(path), LOOP_REASON if error.errno == errno.ELOOP
                             else f"cannot read: {error.strerror or error}"))


def _missing_reason(path: Path) -> str:
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as error:
            if error.errno == errno.ELOOP:
                return LOOP_REASON
        return f"broken symlink (points to {os.readlink(path)}, which does not exist)"
    return "no such file or folder"
