"""A text's fingerprint for finding syndicated copies: MinHash of word shingles, in numpy.

Two texts are copies of one story when their sets of word 5-grams ("shingles") overlap
much: the Jaccard similarity |A ∩ B| / |A ∪ B|. A copy on another site with its own
header and footer, a paragraph cut and a few words changed keeps most of its shingles
(each edit changes at most five); two outlets writing their own reports of one event
share names and perhaps a quote, but hardly a run of five words. MinHash (Broder, 1997)
estimates the Jaccard similarity from a short signature: here one-permutation hashing
(Li, Owen and Zhang, 2012): every shingle is hashed once, the hash's top bits pick one of
``SLOTS`` bins and each bin keeps its smallest hash; a bin no shingle fell in borrows from
the first filled bin of its own fixed pseudo-random order of the bins ("optimal
densification", Shrivastava, 2017), so that two signatures agree in a slot with
probability close to the similarity. A short text leaves most bins empty (100 words: 60%
of 128), and borrowing from the next bin to the right ("rotation", Shrivastava and Li,
2014, used before revision 0010) made neighbouring bins copies of one shingle: a band of
three slots then stood for one shingle, and templated briefs that share a sentence shared
that key by the hundred. Locality-sensitive hashing finds the candidates: the slots are cut into
``BANDS`` bands of ``ROWS`` slots and a band's values hashed to one key, so two texts
share a key with probability 1 - (1 - s^ROWS)^BANDS (s = 0.4: 0.93; s = 0.5: 0.995;
s = 0.1: 0.04). Three slots a band keep the candidates few: between the samples' unrelated
articles (mean similarity 0.002) two per new article at 100,000 stored. The keys are stored in the database and looked up there: no signature
is held in memory beyond a batch.

Why not datasketch, the usual library: its MinHash hashes each shingle with SHA-1 in a
Python loop and applies 128 permutations in numpy; on the seed articles (5.5 KB) it took
1.1–1.5 ms per article, and building the shingles as Python strings alone 0.27 ms. The
budget is 0.2 ms. Here the text's code points are one numpy array: word hashes, shingle
hashes and the bins are whole-array operations (``benchmarks/bench_stories.py`` prints the
cost). The thresholds and the similarities they were chosen from are in ``docs/stories.md``.

Pure functions: run in the loader's workers; the writer only compares and stores.
"""
from __future__ import annotations

from collections.abc import Iterable
from functools import lru_cache
from typing import NamedTuple

import numpy as np
from numpy.lib.stride_tricks import sliding_window_view

SHINGLE_WORDS = 5
SLOTS = 128
BANDS = 40
ROWS = 3  # BANDS * ROWS slots go into the keys; every slot into the estimate
# Two texts whose estimated similarity reaches this are one story. Measured on the pairs of
# tests/fixtures/stories and the seeds (docs/stories.md, benchmarks/bench_stories.py): copies
# with another header and footer, paragraphs cut and words edited 0.56–0.86; the same events
# written up independently by another outlet 0.03–0.04, sharing a quote; any two unrelated
# articles of the samples and seeds at most 0.06.
SAME_STORY = 0.4

_WORD_BASE = 0x100000001B3  # FNV's 64-bit prime: any odd multiplier spreads code points
# one odd multiplier per word of a shingle, so "a b" and "b a" hash apart
_POSITION = np.array([0x9E3779B97F4A7C15, 0xC2B2AE3D27D4EB4F, 0x165667B19E3779F9,
                      0x27D4EB2F165667C5, 0x94D049BB133111EB], dtype=np.uint64)[:SHINGLE_WORDS]
_EMPTY = np.uint64(0xFFFFFFFFFFFFFFFF)
_SLOT_BITS = np.uint64(64 - (SLOTS.bit_length() - 1))  # the hash's top bits pick its slot
_CACHED_POWERS = 1 << 16  # UTF-16 units of text whose powers are kept (a 64 KB body; 1 MiB of tables)


# A slot keeps the low 16 bits of its minimum: b-bit minwise hashing (Li and König, 2010). Two
# different minima agree in them once in 65,536, which moves an estimate by less than 0.0001,
# and a signature takes 256 bytes instead of 512 (a tenth of a load's database at 0.8 KB an article).
SIGNATURE = np.dtype("<u2")
_KEPT_BITS = np.uint64(0xFFFF)
_SHIFT, _MURMUR_1, _MURMUR_2 = np.uint64(33), np.uint64(0xFF51AFD7ED558CCD), np.uint64(0xC4CEB9FE1A85EC53)
_BORROWED = np.uint64(0x9E3779B97F4A7C15)  # times an empty slot's number, added to the value it borrows
# the band's number is part of its key: equal values in two different bands are no match
_BAND_NUMBERS = np.arange(BANDS, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)


class Fingerprint(NamedTuple):
    signature: bytes  # SLOTS values of SIGNATURE: the low bits of each slot's minimum
    band_keys: tuple[int, ...]  # BANDS signed 64-bit keys (PostgreSQL's BIGINT is signed)


def _mix(values: np.ndarray) -> np.ndarray:
    """MurmurHash3's 64-bit finaliser: every input bit reaches every output bit. In place
    (``values`` is always a temporary here): a short body's fingerprint is a few dozen numpy
    operations on small arrays, and their allocations are a good part of its cost."""
    values ^= values >> _SHIFT
    values *= _MURMUR_1
    values ^= values >> _SHIFT
    values *= _MURMUR_2
    values ^= values >> _SHIFT
    return values


@lru_cache(maxsize=1)
def _folding() -> np.ndarray:
    """Each UTF-16 unit's lower case, or 0 where it separates words: ASCII punctuation, the
    Latin-1 signs, Unicode's punctuation blocks (quotes, dashes, arrows, CJK marks). Letters
    and digits of any script are word characters, and so are surrogates (a character beyond
    the first plane is one word character, in two units)."""
    folded = np.array([ord(lower) if len(lower := chr(unit).lower()) == 1 else unit
                       for unit in range(0x10000)], dtype=np.uint16)
    separator = np.ones(0x10000, dtype=bool)
    separator[0xC0:] = False
    for first, last in ((0x30, 0x39), (0x41, 0x5A), (0x61, 0x7A)):
        separator[first:last + 1] = False
    for first, last in ((0xD7, 0xD7), (0xF7, 0xF7), (0x2000, 0x2BFF), (0x3000, 0x303F), (0xFE30, 0xFE4F),
                        (0xFF00, 0xFF0F)):
        separator[first:last + 1] = True
    folded[separator] = 0
    return folded


def _powers(base: int, count: int) -> np.ndarray:
    powers = np.full(count, base, dtype=np.uint64)
    powers[0] = 1
    return np.cumprod(powers, dtype=np.uint64)


@lru_cache(maxsize=1)
def _cached_powers() -> tuple[np.ndarray, np.ndarray]:
    return _powers(_WORD_BASE, _CACHED_POWERS), _powers(pow(_WORD_BASE, -1, 2**64), _CACHED_POWERS)


def word_hashes(text: str) -> np.ndarray:
    """One 64-bit hash per word (a run of word characters, case folded), in order."""
    return _words(np.frombuffer(text.encode("utf-16-le"), dtype=np.uint16))[0]


def _words(units: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The hash of each word of ``units`` (UTF-16) and the unit it starts at.

    A word's hash is the polynomial sum of its units times powers of a base (mod 2^64),
    read off prefix sums over the whole text, shifted back to the word's own first unit by
    the base's inverse: a few operations on whole arrays, none per word, and a word's hash
    is the same wherever it stands."""
    folded = _folding()[units]
    edges = np.diff((folded != 0).view(np.int8), prepend=np.int8(0), append=np.int8(0))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    size = len(folded)
    powers, inverses = _cached_powers() if size <= _CACHED_POWERS else (
        _powers(_WORD_BASE, size), _powers(pow(_WORD_BASE, -1, 2**64), size))
    prefix = np.zeros(size + 1, dtype=np.uint64)
    np.cumsum(folded * powers[:size], out=prefix[1:])
    return _mix((prefix[ends] - prefix[starts]) * inverses[starts]), starts


def shingle_hashes(text: str) -> np.ndarray:
    """One 64-bit hash per run of SHINGLE_WORDS words (empty when the text has fewer)."""
    words = word_hashes(text)
    if len(words) < SHINGLE_WORDS:
        return np.empty(0, dtype=np.uint64)
    return _mix(sliding_window_view(words, SHINGLE_WORDS) @ _POSITION)


@lru_cache(maxsize=1)
def _probe_orders() -> np.ndarray:
    """Row i: the order in which an empty slot i looks for a filled slot to borrow from, a
    permutation of the slots drawn from the hash below (not from a random generator, whose
    stream may change between numpy versions: stored band keys depend on it)."""
    slot = np.arange(SLOTS, dtype=np.uint64)
    scores = _mix(slot[:, None] * np.uint64(0xBF58476D1CE4E5B9) + slot[None, :] * np.uint64(0x94D049BB133111EB)
                  + np.uint64(0x2545F4914F6CDD1D))
    return np.argsort(scores, axis=1, kind="stable").astype(np.uint8)


def signature(text: str) -> bytes | None:
    """The signature of an article's body; None when it is shorter than one shingle."""
    return signatures([text])[0]


def signatures(texts: list[str]) -> list[bytes | None]:
    """The signature of each text, as ``signature`` makes it, for many texts in one pass of
    array operations over their joined text: a short body's signature alone is dozens of
    numpy calls on arrays of a hundred values, and cost 0.3 ms in a worker between the
    extraction's work on the same article; a batch of them costs a few microseconds each.
    The texts go in groups of at most _CACHED_POWERS units (a longer text alone), whose
    powers are at hand and whose arrays stay small."""
    found: list[bytes | None] = []
    group: list[bytes] = []
    size = 0
    for text in texts:
        units = text.encode("utf-16-le")
        if group and size + len(units) // 2 + 1 > _CACHED_POWERS:
            found += _signatures(group)
            group, size = [], 0
        group.append(units)
        size += len(units) // 2 + 1  # and the separator
    return found + (_signatures(group) if group else [])


def _signatures(texts: list[bytes]) -> list[bytes | None]:
    """The signatures of ``texts`` (UTF-16), joined with a separator between them, so that no
    word runs from one into the next."""
    lengths = np.array([len(units) // 2 for units in texts], dtype=np.int64)
    first_unit = np.cumsum(lengths + 1) - lengths - 1  # of each text in the joined units
    words, starts = _words(np.frombuffer(b"\0\0".join(texts), dtype=np.uint16))
    text_of = np.searchsorted(first_unit, starts, side="right") - 1
    table = np.full((len(texts), SLOTS), _EMPTY, dtype=np.uint64)
    if len(words) >= SHINGLE_WORDS:
        shingles = _mix(sliding_window_view(words, SHINGLE_WORDS) @ _POSITION)
        text_of = text_of[: len(shingles)]
        within = text_of == np.searchsorted(first_unit, starts[SHINGLE_WORDS - 1:], side="right") - 1
        shingles, text_of = shingles[within], text_of[within]
        # one-permutation hashing: the hash's top bits pick its slot, a slot keeps its smallest hash
        np.minimum.at(table, (text_of, (shingles >> _SLOT_BITS).astype(np.intp)), shingles)
    filled = table != _EMPTY
    signed = filled.any(axis=1)
    _densify(table, filled & signed[:, None] | ~signed[:, None])
    low = (table & _KEPT_BITS).astype(SIGNATURE)
    return [row.tobytes() if has_shingles else None for row, has_shingles in zip(low, signed.tolist())]


def _densify(table: np.ndarray, filled: np.ndarray) -> None:
    """Each empty slot takes the value of the first filled slot in its own order, mixed with its
    own number: two empty slots of a band borrow from different shingles, and a borrowed value
    differs from the one it was borrowed from. (A row with no filled slot stays as it is.)
    The empty slots probe their orders together, step by step: a short text fills half its
    slots, so most find a donor at the first step and few need many."""
    rows, empty = np.nonzero(~filled)
    donors = np.empty(len(empty), dtype=np.intp)
    waiting = np.arange(len(empty))
    orders, filled = _probe_orders(), filled.ravel()
    for step in range(SLOTS):
        if not len(waiting):
            break
        probed = orders[empty[waiting], step]
        found = filled[rows[waiting] * SLOTS + probed]
        donors[waiting[found]] = probed[found]
        waiting = waiting[~found]
    table[rows, empty] = _mix(table[rows, donors] + empty.astype(np.uint64) * _BORROWED)


def fingerprint(text: str) -> Fingerprint | None:
    """The signature of an article's body and its band keys; None when it is shorter than one shingle."""
    found = signature(text)
    return None if found is None else Fingerprint(found, band_keys(found))


def band_keys(signature: bytes) -> tuple[int, ...]:
    """The band keys of a signature (they are a function of it: an article's keys are found
    again from its stored signature when its rows are deleted)."""
    return tuple(band_key_table(signature_table([signature]))[0].tolist())


def signature_table(signatures: Iterable[bytes]) -> np.ndarray:
    """Signatures as the rows of one array, SLOTS values a row."""
    return np.frombuffer(b"".join(signatures), dtype=SIGNATURE).reshape(-1, SLOTS)


def band_key_table(signatures: np.ndarray) -> np.ndarray:
    """The band keys of each row of ``signatures`` (``signature_table``), BANDS signed 64-bit
    keys a row: a batch's keys in one computation."""
    bands = signatures[:, : BANDS * ROWS].reshape(len(signatures), BANDS, ROWS).astype(np.uint64)
    keys = bands[:, :, 0] * _POSITION[0]
    for row in range(1, ROWS):
        keys += bands[:, :, row] * _POSITION[row]
    keys += _BAND_NUMBERS
    return _mix(keys).view(np.int64)


def similarity(first: bytes, second: bytes) -> float:
    """The estimated Jaccard similarity of two signatures: the share of slots they agree in."""
    one, two = signature_table([first]), signature_table([second])
    return float(np.count_nonzero(one == two)) / SLOTS
