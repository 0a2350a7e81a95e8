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
    files: list[str] = field(default_factory=list)  # real paths: plain strings, as a corpus has many
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    stdin: bool = False


def discover(inputs: list[str]) -> Found:
    """Files named by ``inputs``, each once, in order; ``-`` stands for standard input."""
    found = Found()
    seen: dict[str, None] = {}
    folders: dict[str, str] = {}
    for item in inputs:
        if item == STDIN:
            found.stdin = True
            continue
        for identity in _matches(item, found.problems, folders):
            seen.setdefault(identity, None)
    found.files = list(seen)
    return found


def _identity(path: str, folders: dict[str, str]) -> str:
    """The file's real path, so one file reached two ways loads once. A file that is not
    a symlink is its real folder plus its name: each folder is resolved once, not each
    file (resolving 10,000 files took longer than the rest of an unchanged reload)."""
    try:
        if os.path.islink(path):
            return str(Path(path).resolve())
        folder, name = os.path.split(os.path.abspath(path))
        return os.path.join(_real_folder(folder, folders), name)
    except (OSError, RuntimeError):  # a loop in the path itself
        return os.path.abspath(path)


def _real_folder(folder: str, folders: dict[str, str]) -> str:
    if folder not in folders:
        folders[folder] = str(Path(folder).resolve())
    return folders[folder]


def _matches(item: str, problems: list[tuple[str, str]], folders: dict[str, str]) -> list[str]:
    """The identities of the files ``item`` names."""
    path = Path(item).expanduser()
    if path.is_dir():
        files: list[str] = []
        _walk(str(path), ancestors=set(), files=files, problems=problems, folders=folders)
        if not files:
            problems.append((item, f"no {'/'.join(supported_suffixes())} files in this folder"))
        return files
    if path.is_file():
        return [_identity(str(path), folders)]
    if glob.has_magic(item):
        files = sorted(p for p in glob.glob(str(path), recursive=True) if os.path.isfile(p))
        if not files:
            problems.append((item, "pattern matched no files"))
        return [_identity(file, folders) for file in files]
    problems.append((item, _missing_reason(path)))
    return []


def _walk(folder: str, ancestors: set[tuple[int, int]], files: list[str],
          problems: list[tuple[str, str]], folders: dict[str, str]) -> None:
    try:
        status = os.stat(folder)
        entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
    except OSError as error:
        problems.append((folder, f"cannot list folder: {error.strerror or error}"))
        return
    key = (status.st_dev, status.st_ino)
    ancestors = ancestors | {key}
    suffixes = supported_suffixes()
    real_folder = _real_folder(os.path.abspath(folder), folders)
    for entry in entries:
        path = entry.path
        try:
            if entry.is_dir():
                target = entry.stat()
                if (target.st_dev, target.st_ino) in ancestors:
                    problems.append((path, "symlink loop: it leads back to a folder being searched"))
                else:
                    _walk(path, ancestors, files, problems, folders)
            elif entry.is_file():
                if os.path.splitext(entry.name)[1].lower() in suffixes:
                    # the folder's entry says whether it is a link: no system call per file
                    files.append(str(Path(path).resolve()) if entry.is_symlink()
                                 else os.path.join(real_folder, entry.name))
            elif entry.is_symlink() and os.path.splitext(entry.name)[1].lower() in suffixes:
                problems.append((path, _missing_reason(Path(path))))
        except OSError as error:
            problems.append((path, LOOP_REASON if error.errno == errno.ELOOP
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
