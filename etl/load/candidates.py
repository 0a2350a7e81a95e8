"""A write batch's candidate copies, found by band keys in whole-array operations.

For the articles of a batch (their ids, in the batch's order, and their band keys) and the
(key, article) rows already stored for those keys, ``match`` says which band rows to store
and which earlier articles each one shares keys with, the ones sharing the most first;
``nominated`` compares their signatures. Done per article in Python, the same took a
tenth of a millisecond per article of the generated corpus (40 keys, 40 holders found),
as much as the rest of the writer's work on it; done on the batch's arrays, a tenth of that.

A key stores at most ``holders`` articles: those already stored, then the batch's first.
An article's candidates by a key are its stored holders and the batch's earlier articles
that the key stored; a key it shares with nobody brings none.
"""
from __future__ import annotations

from typing import NamedTuple

import numpy as np
from sco_etl.fingerprint import SLOTS


class Matches(NamedTuple):
    article: np.ndarray  # the position in the batch of each pair's article
    candidate: np.ndarray  # the id of its candidate
    shared: np.ndarray  # the band keys the two share
    stored_keys: np.ndarray  # the band rows to store: keys ...
    stored_articles: np.ndarray  # ... and articles, in the keys' order


def match(ids: np.ndarray, keys: np.ndarray, held_keys: np.ndarray, held_by: np.ndarray,
          holders: int, per_article: int) -> Matches:
    """``ids``: the batch's article ids, in its order; ``keys``: their band keys, one row per
    article; ``held_keys``, ``held_by``: the stored rows of those keys, sorted by key.
    Pairs of (article, candidate), at most ``per_article`` per article, most shared keys first
    and then the first loaded."""
    bands = keys.shape[1]
    owner = np.repeat(np.arange(len(ids)), bands)  # each key occurrence's article, in batch order
    unique, key_of = np.unique(keys.ravel(), return_inverse=True)
    held = np.bincount(np.searchsorted(unique, held_keys), minlength=len(unique))
    first_held = np.cumsum(held) - held
    # the batch's occurrences of each key, in the batch's order; rank: how many came before
    order = np.argsort(key_of, kind="stable")
    first_in_batch = np.searchsorted(key_of[order], np.arange(len(unique)))
    rank = np.empty(len(order), dtype=np.int64)
    rank[order] = np.arange(len(order)) - first_in_batch[key_of[order]]
    room = np.maximum(holders - held, 0)[key_of]
    stored = rank < room
    # candidates by each occurrence: the key's stored holders, then its earlier holders in the batch
    occurrence, at = _ranges(first_held[key_of], held[key_of])
    by_stored = owner[occurrence], held_by[at]
    occurrence, at = _ranges(first_in_batch[key_of], np.minimum(rank, room))
    by_batch = owner[occurrence], ids[owner[order[at]]]
    article = np.concatenate((by_stored[0], by_batch[0]))
    candidate = np.concatenate((by_stored[1], by_batch[1]))
    other = candidate != ids[article]  # a reprocessed article's own keys, stored again by another load
    article, candidate, shared = _count_pairs(article[other], candidate[other])
    article, candidate, shared = _strongest(article, candidate, shared, per_article)
    kept_keys, kept_articles = keys.ravel()[stored], ids[owner[stored]]
    in_key_order = np.argsort(kept_keys, kind="stable")
    return Matches(article, candidate, shared, kept_keys[in_key_order], kept_articles[in_key_order])


def nominated(found: Matches, signed: np.ndarray, signatures: np.ndarray,
              at_least: float) -> tuple[np.ndarray, np.ndarray]:
    """The pairs whose signatures agree in ``at_least`` of their slots or more (the estimate of
    their similarity), each article's most similar first, then the first loaded: (article,
    candidate). ``signatures`` has a signature a row (``fingerprint.signature_table``), one per id of ``signed``: the
    batch's articles first, in its order, then the stored candidates. A candidate without a
    signature (its rows being replaced by another load) is left out."""
    sorter = np.argsort(signed)
    rows = sorter[np.minimum(np.searchsorted(signed, found.candidate, sorter=sorter), len(signed) - 1)]
    known = signed[rows] == found.candidate
    article, candidate, rows = found.article[known], found.candidate[known], rows[known]
    estimate = np.count_nonzero(signatures[article] == signatures[rows], axis=1) / SLOTS
    near = estimate >= at_least
    article, candidate, estimate = article[near], candidate[near], estimate[near]
    order = np.lexsort((candidate, -estimate, article))
    return article[order], candidate[order]


def _ranges(starts: np.ndarray, counts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Every index of the ranges starts[i] .. starts[i] + counts[i] - 1, with its range's i."""
    which = np.repeat(np.arange(len(counts)), counts)
    offsets = np.arange(len(which)) - np.repeat(np.cumsum(counts) - counts, counts)
    return which, np.repeat(starts, counts) + offsets


def _count_pairs(article: np.ndarray, candidate: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Each distinct (article, candidate) pair once, with how many times it came (its shared
    keys). A pair is one integer: the article's position above the candidate's id (an id
    fits in 32 bits, as the column's type says)."""
    pairs, shared = np.unique((article.astype(np.int64) << 32) | candidate, return_counts=True)
    return pairs >> 32, pairs & 0xFFFFFFFF, shared


def _strongest(article: np.ndarray, candidate: np.ndarray, shared: np.ndarray,
               per_article: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    order = np.lexsort((candidate, -shared, article))
    article, candidate, shared = article[order], candidate[order], shared[order]
    first = np.searchsorted(article, article)  # where each article's pairs begin
    keep = np.arange(len(article)) - first < per_article
    return article[keep], candidate[keep], shared[keep]
