"""Finding the files a load names: files, folders (searched recursively) and glob patterns.

Folders are walked by hand rather than with ``rglob`` so that symlinked
folders are followed (analysts link corpora together) while a link back to a
folder being searched, a loop, is reported instead of walked forever.

Files are found as the load needs them, not listed first: a list of every path
grew the loader's memory with the corpus (10 MB at 100,000 files, copied into
each forked worker's share). Each file is still found once. Rather than every
path seen, the walk remembers the real folders it has walked (a folder's files
are unique by name) and the files met one by one (named, globbed or linked),
which are few. What still grows: one folder's entries while it is walked (sorted, so
that every machine loads in the same order), and the matches of a glob pattern.
"""
from __future__ import annotations

import errno
import glob
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sco_etl.ingest.readers import has_suffix, supported_suffixes

STDIN = "-"
LOOP_REASON = "symlink loop: the link never reaches a file"
# a FIFO, socket or device: never opened (opening a FIFO blocks until something writes to it)
NOT_REGULAR_REASON = "not a regular file (a FIFO, socket or device)"


@dataclass(frozen=True)
class Problem:
    path: str
    reason: str


@dataclass
class Found:
    files: list[str] = field(default_factory=list)
    problems: list[tuple[str, str]] = field(default_factory=list)  # (path, reason)
    stdin: bool = False


def discover(inputs: list[str]) -> Found:
    """Every file ``inputs`` name, listed (for callers that want them all at once)."""
    found = Found(stdin=STDIN in inputs)
    for item in Walk(inputs):
        if isinstance(item, Problem):
            found.problems.append((item.path, item.reason))
        else:
            found.files.append(item)
    return found


def count_files(inputs: list[str]) -> int:
    """How many files ``inputs`` name (a walk that keeps nothing: for a progress bar)."""
    return sum(1 for item in Walk(inputs) if not isinstance(item, Problem))


class Walk:
    """The real path of each file ``inputs`` name, once, in order, with the problems met
    on the way where they are met; ``-`` (standard input) is skipped."""

    def __init__(self, inputs: list[str]) -> None:
        self.inputs = inputs
        self._walked: set[str] = set()  # real folders whose files have all been yielded
        self._singles: set[str] = set()  # files yielded one by one
        self._real_folders: dict[str, str] = {}
        self._skipped = 0  # files and folders met again
        self._suffixes = supported_suffixes()

    def __iter__(self) -> Iterator[str | Problem]:
        for item in self.inputs:
            if item != STDIN:
                yield from self._input(item)

    def _input(self, item: str) -> Iterator[str | Problem]:
        path = Path(item).expanduser()
        if path.is_dir():
            if self._real_folder(os.path.abspath(path)) in self._walked:
                return  # a folder inside one already walked, or named twice
            found, skipped = 0, self._skipped
            for found_item in self._walk(str(path), ancestors=frozenset()):
                found += not isinstance(found_item, Problem)
                yield found_item
            if not found and self._skipped == skipped:
                yield Problem(item, f"no {'/'.join(self._suffixes)} files in this folder")
        elif path.is_file():
            yield from self._single(str(path))
        elif glob.has_magic(item):
            files = sorted(p for p in glob.glob(str(path), recursive=True) if os.path.isfile(p))
            if not files:
                yield Problem(item, "pattern matched no files")
            for file in files:
                yield from self._single(file)
        else:
            yield Problem(item, _missing_reason(path))

    def _single(self, path: str) -> Iterator[str]:
        """A file met on its own: named, globbed, or a link met in a walk."""
        identity = self._identity(path)
        folder, _ = os.path.split(identity)
        walked_already = folder in self._walked and self._is_supported(os.path.basename(identity))
        if identity in self._singles or walked_already:
            self._skipped += 1
        else:
            self._singles.add(identity)
            yield identity

    def _walk(self, folder: str, ancestors: frozenset[tuple[int, int]]) -> Iterator[str | Problem]:
        try:
            status = os.stat(folder)
            # sorted, so a load's order (and its article ids) is the same on every machine
            entries = sorted(os.scandir(folder), key=lambda entry: entry.name)
        except OSError as error:
            yield Problem(folder, f"cannot list folder: {error.strerror or error}")
            return
        real_folder = self._real_folder(os.path.abspath(folder))
        self._walked.add(real_folder)
        ancestors = ancestors | {(status.st_dev, status.st_ino)}
        real_prefix = os.path.join(real_folder, "")  # joined once, not per file
        for entry in entries:
            path = entry.path
            try:
                if entry.is_dir():
                    target = entry.stat()
                    if (target.st_dev, target.st_ino) in ancestors:
                        yield Problem(path, "symlink loop: it leads back to a folder being searched")
                    elif self._real_folder(os.path.abspath(path)) in self._walked:
                        self._skipped += 1
                    else:
                        yield from self._walk(path, ancestors)
                elif entry.is_file():
                    if self._is_supported(entry.name):
                        # the folder's entry says whether it is a link: no system call per file
                        if entry.is_symlink():
                            yield from self._single(path)
                            continue
                        identity = real_prefix + entry.name
                        if identity in self._singles:
                            self._skipped += 1
                        else:
                            yield identity
                elif self._is_supported(entry.name):  # a link to nothing, a FIFO, a socket, a device
                    yield Problem(path, _missing_reason(Path(path)))
            except OSError as error:
                yield Problem(path, LOOP_REASON if error.errno == errno.ELOOP
                              else f"cannot read: {error.strerror or error}")

    def _is_supported(self, name: str) -> bool:
        return has_suffix(name, self._suffixes)

    def _identity(self, path: str) -> str:
        """The file's real path, so one file reached two ways loads once. A file that is
        not a symlink is its real folder plus its name: each folder is resolved once."""
        try:
            if os.path.islink(path):
                return str(Path(path).resolve())
            folder, name = os.path.split(os.path.abspath(path))
            return os.path.join(self._real_folder(folder), name)
        except (OSError, RuntimeError):  # a loop in the path itself
            return os.path.abspath(path)

    def _real_folder(self, folder: str) -> str:
        if folder not in self._real_folders:
            self._real_folders[folder] = str(Path(folder).resolve())
        return self._real_folders[folder]


def _missing_reason(path: Path) -> str:
    if path.exists():  # (a stat, which opens nothing)
        return NOT_REGULAR_REASON
    if path.is_symlink():
        try:
            os.stat(path)
        except OSError as error:
            if error.errno == errno.ELOOP:
                return LOOP_REASON
        return f"broken symlink (points to {os.readlink(path)}, which does not exist)"
    return "no such file or folder"
