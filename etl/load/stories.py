"""Story groups: an article joins the story of the most similar copy loaded before it.

A story is named by the id of its first-loaded copy (``articles.story_id``); an article that
is no copy of anything earlier names its own. The writer assigns stories batch by batch,
in the batch's order:

1. the band keys of the batch's fingerprints are looked up in ``story_bands`` (what earlier
   batches stored), in one query per ``PER_LOOKUP`` keys, and among the batch's earlier
   articles (in memory);
2. of the articles found, the ``CANDIDATES`` sharing the most keys with the article are
   compared by signature (the estimate of ``fingerprint.similarity``);
3. those estimated at ``NOMINATED`` or more, at most ``VERIFIED`` of them, most similar
   first, are compared exactly: the Jaccard similarity of the two bodies' shingles. The
   most similar at or above ``fingerprint.SAME_STORY`` gives the article its story.

The estimate alone made false copies of templated briefs: of hundreds of candidates a few
always came out above the threshold by chance (on the generated benchmark corpus, 108 of its
116 groupings were pairs under 0.4 in fact). The exact comparison costs a body fetched and
shingled, for the few articles that have a candidate near the threshold.

A band key is stored for at most ``HOLDERS`` articles, the first loaded: a key that many
bodies share is a sentence of boilerplate or a template, and a copy of any of them finds
them by the keys it shares with them alone. Without the bound, an article whose keys are
held by thousands would bring every one of them back from the database, and each load of
such content would cost the square of its size.

Memory holds one batch's signatures, the candidates chosen for them and the bodies compared
exactly, whatever the size of the database.

Reprocessing an article (a new pipeline, ``--force``) keeps its id and assigns it again:
when it now matches a story it was not in, its own story (it and the copies that joined
it) and that one become one, under the smaller id, the first loaded. Deleting an article
(its file changed, and no other file holds its text) hands its story to the next copy
loaded (``move_story``), so a story's id is always one of its articles.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from functools import lru_cache
from itertools import chain
from typing import NamedTuple

import numpy as np
from sco_etl.fingerprint import SAME_STORY, band_key_table, band_keys, shingle_hashes, signature_table
from sco_etl.load import candidates as found_by_keys
from sco_etl.schema import tables
from sqlalchemy import Connection, Dialect, bindparam, delete, func, select, update

ARTICLES, SIGNATURES, BANDS = tables.articles, tables.story_signatures, tables.story_bands
# keys or ids per lookup: well under SQLite's 32,766 bound values, and PostgreSQL plans them as an array
PER_LOOKUP = 2000
# Articles a band key is stored for. A story syndicated more widely than this still finds
# its first copies by every key; only a key shared beyond it by unrelated texts is cut.
HOLDERS = 16
# Candidates compared by signature, per article: those sharing the most band keys with it.
# A copy over the threshold shares about three keys or more, an unrelated text one.
CANDIDATES = 8
# Signatures at this estimate or more are compared exactly. The estimate's standard error is
# about 0.04 at 128 slots: a pair of 0.4 is estimated under 0.3 about once in a hundred.
NOMINATED = 0.35
VERIFIED = 3  # candidates compared exactly, per article, at most

SET_STORY = update(ARTICLES).where(ARTICLES.c.id == bindparam("article")).values(story_id=bindparam("story"))
OWN_STORY = update(ARTICLES).where(ARTICLES.c.id.in_(bindparam("ids", expanding=True))).values(story_id=ARTICLES.c.id)
SIGNATURES_AND_STORIES = (select(SIGNATURES.c.article_id, SIGNATURES.c.signature, ARTICLES.c.story_id)
                          .join(ARTICLES, ARTICLES.c.id == SIGNATURES.c.article_id)
                          .where(SIGNATURES.c.article_id.in_(bindparam("ids", expanding=True))))
BODIES = select(ARTICLES.c.id, ARTICLES.c.body).where(ARTICLES.c.id.in_(bindparam("ids", expanding=True)))


class Placed(NamedTuple):
    """An article the batch wrote rows for, in the batch's order."""

    article_id: int
    signature: bytes | None  # None: a body too short to compare
    reprocessed: bool  # stored before, with the same id: it may already have copies
    body: str = ""  # what the signature was made of: compared exactly with a close candidate


def assign_stories(connection: Connection, placed: list[Placed]) -> list[tuple[int, int]]:
    """Give each placed article its story (before the batch's own band keys are stored);
    return the band rows (key, article) to store for them, in the keys' order (inserted in
    order, they go into the index's pages one after another: five times faster than at random)."""
    if not placed:
        return []
    nominated, band_rows, stories = _nominate(connection, [article for article in placed if article.signature])
    own_ids = {article.article_id for article in placed}
    shingles = _Shingles(connection, placed, {candidate for found in nominated.values()
                                              for candidate in found[:VERIFIED]} - own_ids)
    previous = _stories(connection, [article.article_id for article in placed if article.reprocessed])
    for article in placed:
        own, story = article.article_id, article.article_id
        candidates = nominated.get(own, [])
        if article.reprocessed and previous.get(own) == own:
            # its own copies joined because of it: only another story can say something new
            candidates = [found for found in candidates if stories.get(found) != own]
        best = _most_similar(own, candidates[:VERIFIED], shingles)
        if best is not None:
            story = stories[best]
        if story > own or (article.reprocessed and previous.get(own) == own and story != own):
            # a story loaded later, or this article's own copies: the two become one, the first id naming it
            first = min(story, own)
            connection.execute(update(ARTICLES).where(ARTICLES.c.story_id.in_((story, own)))
                               .values(story_id=first))
            for known, known_story in stories.items():
                if known_story in (story, own):
                    stories[known] = first
            story = first
        stories[own] = story
    _set_stories(connection, {article.article_id: stories[article.article_id] for article in placed})
    return band_rows


def _nominate(connection: Connection, signed: list[Placed]) -> tuple[dict[int, list[int]],
                                                                      list[tuple[int, int]], dict[int, int]]:
    """Each article's candidates estimated at NOMINATED or more (most similar first, then the
    first loaded), the band rows to store, and the stories of the stored candidates."""
    if not signed:
        return {}, [], {}
    ids = np.array([article.article_id for article in signed], dtype=np.int64)
    own = signature_table(article.signature for article in signed)
    keys = band_key_table(own)
    found = found_by_keys.match(ids, keys, *_stored_holders(connection, np.unique(keys).tolist()),
                                holders=HOLDERS, per_article=CANDIDATES)
    stored, signatures, stories = _signatures_and_stories(connection, set(found.candidate.tolist()) - set(ids.tolist()))
    article, candidate = found_by_keys.nominated(found, np.concatenate((ids, stored)),
                                                 np.concatenate((own, signatures)), at_least=NOMINATED)
    nominated: dict[int, list[int]] = defaultdict(list)
    for position, other in zip(article.tolist(), candidate.tolist()):
        nominated[int(ids[position])].append(other)
    band_rows = list(zip(found.stored_keys.tolist(), found.stored_articles.tolist()))
    return nominated, band_rows, stories


def _set_stories(connection: Connection, stories: dict[int, int]) -> None:
    """Most articles are their own story: one statement sets those."""
    own = [article_id for article_id, story in stories.items() if article_id == story]
    for chunk in _chunks(own):
        connection.execute(OWN_STORY, {"ids": chunk})
    copies = [{"article": article_id, "story": story} for article_id, story in stories.items() if article_id != story]
    if copies:
        connection.execute(SET_STORY, copies)


def _most_similar(own: int, candidates: list[int], shingles: _Shingles) -> int | None:
    """The candidate whose body is most similar to the article's at or above SAME_STORY,
    exactly (the first loaded on a tie)."""
    best, best_similarity = None, SAME_STORY
    for candidate in candidates:
        value = shingles.jaccard(own, candidate)
        if value > best_similarity or value == best_similarity and (best is None or candidate < best):
            best, best_similarity = candidate, value
    return best


class _Shingles:
    """The shingle sets of a batch's bodies and of the stored bodies it compares exactly with,
    each made once per batch; the stored bodies expected are read in one query."""

    def __init__(self, connection: Connection, placed: list[Placed], expected: set[int]) -> None:
        self.connection = connection
        self.bodies = {article.article_id: article.body for article in placed}
        for chunk in _chunks(sorted(expected)):
            self.bodies.update(connection.execute(BODIES, {"ids": chunk}).all())
        self.sets: dict[int, np.ndarray] = {}

    def jaccard(self, first: int, second: int) -> float:
        one, two = self._of(first), self._of(second)
        common = len(np.intersect1d(one, two, assume_unique=True))
        union = len(one) + len(two) - common
        return common / union if union else 0.0

    def _of(self, article_id: int) -> np.ndarray:
        if article_id not in self.sets:
            if article_id not in self.bodies:  # a reprocessed article's candidates, past the expected ones
                self.bodies[article_id] = self.connection.scalar(
                    select(ARTICLES.c.body).where(ARTICLES.c.id == article_id)) or ""
            self.sets[article_id] = np.unique(shingle_hashes(self.bodies.pop(article_id)))
        return self.sets[article_id]


def move_story(connection: Connection, article_id: int) -> None:
    """Before ``article_id`` is deleted: its copies' story goes to the first of them loaded."""
    following = connection.scalar(select(func.min(ARTICLES.c.id))
                                  .where(ARTICLES.c.story_id == article_id, ARTICLES.c.id != article_id))
    if following is not None:
        connection.execute(update(ARTICLES).where(ARTICLES.c.story_id == article_id, ARTICLES.c.id != article_id)
                           .values(story_id=following))


def clear_fingerprint(connection: Connection, article_id: int) -> None:
    """Delete an article's band rows and signature. ``story_bands`` has no index by article
    (it would be a third of the table's size): the keys are found again from the signature."""
    signature = connection.scalar(select(SIGNATURES.c.signature).where(SIGNATURES.c.article_id == article_id))
    if signature is not None:
        connection.execute(delete(BANDS).where(BANDS.c.band_key.in_(band_keys(bytes(signature))),
                                               BANDS.c.article_id == article_id))
        connection.execute(delete(SIGNATURES).where(SIGNATURES.c.article_id == article_id))


def _stored_holders(connection: Connection, keys: list[int]) -> tuple[np.ndarray, np.ndarray]:
    """The stored rows of ``keys``: their keys and articles, sorted by key."""
    sql, positional = _holders_statement(connection.dialect)
    rows = []
    for chunk in _chunks(keys):
        chunk = chunk + chunk[-1:] * (PER_LOOKUP - len(chunk))  # one statement of PER_LOOKUP values
        rows += connection.exec_driver_sql(sql, tuple(chunk) if positional else
                                           {f"key{n}": key for n, key in enumerate(chunk)}).fetchall()
    # numpy reads a list of rows value by value through the row's sequence protocol: 2.7 s for
    # 200,000 rows, where one flat iterator takes 15 ms
    held = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=2 * len(rows)).reshape(-1, 2)
    held = held[np.argsort(held[:, 0], kind="stable")]
    return held[:, 0], held[:, 1]


@lru_cache(maxsize=4)
def _holders_statement(dialect: Dialect) -> tuple[str, bool]:
    """The lookup of PER_LOOKUP keys, compiled once: with the values as one expanding
    parameter, SQLAlchemy prepared 400,000 values a load of 10,000 articles one by one, and
    took longer than SQLite's answering."""
    statement = select(BANDS.c.band_key, BANDS.c.article_id).where(
        BANDS.c.band_key.in_([bindparam(f"key{n}", type_=BANDS.c.band_key.type) for n in range(PER_LOOKUP)]))
    compiled = statement.compile(dialect=dialect)
    return str(compiled), compiled.positiontup is not None  # positional: the values in the list's order


def _signatures_and_stories(connection: Connection, ids: set[int]) -> tuple[np.ndarray, np.ndarray, dict[int, int]]:
    """The stored signatures of ``ids``: their ids, their ``signature_table``, and their stories."""
    found, signatures, stories = [], [], {}
    for chunk in _chunks(sorted(ids)):
        for article_id, signature, story_id in connection.execute(SIGNATURES_AND_STORIES, {"ids": chunk}):
            found.append(article_id)
            signatures.append(signature)
            stories[article_id] = story_id if story_id is not None else article_id
    table = signature_table(bytes(signature) for signature in signatures)
    return np.array(found, dtype=np.int64), table, stories


def _stories(connection: Connection, ids: list[int]) -> dict[int, int]:
    stories = {}
    for chunk in _chunks(ids):
        for article_id, story_id in connection.execute(
                select(ARTICLES.c.id, ARTICLES.c.story_id).where(ARTICLES.c.id.in_(chunk))):
            stories[article_id] = story_id if story_id is not None else article_id
    return stories


def _chunks(values: list[int]) -> Iterable[list[int]]:
    for start in range(0, len(values), PER_LOOKUP):
        yield values[start:start + PER_LOOKUP]


BACKFILL_BATCH = 500


def backfill(connection: Connection) -> None:
    """Fingerprints and stories for the articles stored without them (a database migrated to
    story groups, or to another fingerprint): from their stored bodies, in id order, a batch
    at a time, as a load would."""
    from sco_etl.fingerprint import signature
    from sco_etl.load.bulk import insert_many

    last = 0
    while rows := connection.execute(select(ARTICLES.c.id, ARTICLES.c.body).where(ARTICLES.c.id > last)
                                     .order_by(ARTICLES.c.id).limit(BACKFILL_BATCH)).all():
        placed = [Placed(article_id, signature(body), reprocessed=False, body=body) for article_id, body in rows]
        band_rows = assign_stories(connection, placed)
        insert_many(connection, SIGNATURES, ("article_id", "signature"),
                    [(article.article_id, article.signature) for article in placed if article.signature])
        insert_many(connection, BANDS, ("band_key", "article_id"), band_rows)
        last = rows[-1][0]
