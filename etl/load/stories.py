"""Story groups: an article joins the story of the most similar copy loaded before it.

A story is named by the id of its first-loaded copy (``articles.story_id``); an article that
is no copy of anything earlier names its own. The writer assigns stories batch by batch,
in the batch's order: the band keys of the batch's fingerprints are looked up in
``story_bands`` (what earlier batches stored) and among the batch's earlier articles (in
memory), each candidate's signature is compared, and the most similar one at or above
``fingerprint.SAME_STORY`` gives its story. Memory holds one batch's signatures and the
candidates found for them, whatever the size of the database.

Reprocessing an article (a new pipeline, ``--force``) keeps its id and assigns it again:
when it now matches a story it was not in, its own story (it and the copies that joined
it) and that one become one, under the smaller id, the first loaded. Deleting an article
(its file changed, and no other file holds its text) hands its story to the next copy
loaded (``move_story``), so a story's id is always one of its articles.
"""
from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from typing import NamedTuple

from sco_etl.fingerprint import SAME_STORY, Fingerprint, similarities
from sco_etl.schema import tables
from sqlalchemy import Connection, bindparam, func, select, update

ARTICLES, SIGNATURES, BANDS = tables.articles, tables.story_signatures, tables.story_bands
# keys or ids per lookup: well under SQLite's 32,766 bound values, and PostgreSQL plans them as an array
PER_LOOKUP = 2000

SET_STORY = update(ARTICLES).where(ARTICLES.c.id == bindparam("article")).values(story_id=bindparam("story"))


class Placed(NamedTuple):
    """An article the batch wrote rows for, in the batch's order."""

    article_id: int
    fingerprint: Fingerprint | None
    reprocessed: bool  # stored before, with the same id: it may already have copies


def band_rows(article_id: int, fingerprint: Fingerprint) -> list[tuple[int, int]]:
    return [(key, article_id) for key in fingerprint.band_keys]


def assign_stories(connection: Connection, placed: list[Placed]) -> None:
    """Give each placed article its story (before the batch's own band keys are stored)."""
    if not placed:
        return
    own_ids = {article.article_id for article in placed}
    stored = _stored_candidates(connection, {key for article in placed if article.fingerprint
                                             for key in article.fingerprint.band_keys})
    signatures, stories = _signatures_and_stories(
        connection, {candidate for found in stored.values() for candidate in found} - own_ids)
    previous = _stories(connection, [article.article_id for article in placed if article.reprocessed])
    in_batch: dict[int, list[int]] = defaultdict(list)  # band key -> the batch's earlier articles
    for article in placed:
        own, story = article.article_id, article.article_id
        if article.fingerprint:
            keys = article.fingerprint.band_keys
            candidates = {found for key in keys for found in (*stored.get(key, ()), *in_batch.get(key, ()))}
            candidates.discard(own)
            if article.reprocessed and previous.get(own) == own:
                # its own copies joined because of it: only another story can say something new
                candidates = {found for found in candidates if stories.get(found) != own}
            best = _most_similar(article.fingerprint.signature, candidates, signatures)
            if best is not None:
                story = stories[best]
            signatures[own] = article.fingerprint.signature
            for key in keys:
                in_batch[key].append(own)
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
    connection.execute(SET_STORY, [{"article": article.article_id, "story": stories[article.article_id]}
                                   for article in placed])


def move_story(connection: Connection, article_id: int) -> None:
    """Before ``article_id`` is deleted: its copies' story goes to the first of them loaded."""
    following = connection.scalar(select(func.min(ARTICLES.c.id))
                                  .where(ARTICLES.c.story_id == article_id, ARTICLES.c.id != article_id))
    if following is not None:
        connection.execute(update(ARTICLES).where(ARTICLES.c.story_id == article_id, ARTICLES.c.id != article_id)
                           .values(story_id=following))


def _most_similar(signature: bytes, candidates: Iterable[int], signatures: dict[int, bytes]) -> int | None:
    """The candidate most similar to ``signature`` at or above SAME_STORY (the first loaded on a tie)."""
    known = sorted(candidate for candidate in candidates if candidate in signatures)
    if not known:
        return None
    values = similarities(signature, [signatures[candidate] for candidate in known])
    best = int(values.argmax())  # the first of the highest: the smallest id
    return known[best] if values[best] >= SAME_STORY else None


def _stored_candidates(connection: Connection, keys: set[int]) -> dict[int, list[int]]:
    found: dict[int, list[int]] = defaultdict(list)
    for chunk in _chunks(sorted(keys)):
        for key, article_id in connection.execute(
                select(BANDS.c.band_key, BANDS.c.article_id).where(BANDS.c.band_key.in_(chunk))):
            found[key].append(article_id)
    return found


def _signatures_and_stories(connection: Connection, ids: set[int]) -> tuple[dict[int, bytes], dict[int, int]]:
    signatures, stories = {}, {}
    for chunk in _chunks(sorted(ids)):
        for article_id, signature, story_id in connection.execute(
                select(SIGNATURES.c.article_id, SIGNATURES.c.signature, ARTICLES.c.story_id)
                .join(ARTICLES, ARTICLES.c.id == SIGNATURES.c.article_id)
                .where(SIGNATURES.c.article_id.in_(chunk))):
            signatures[article_id] = bytes(signature)
            stories[article_id] = story_id if story_id is not None else article_id
    return signatures, stories


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
    story groups): from their stored bodies, in id order, a batch at a time, as a load would."""
    from sco_etl.fingerprint import fingerprint
    from sco_etl.load.bulk import insert_many

    last = 0
    while rows := connection.execute(select(ARTICLES.c.id, ARTICLES.c.body).where(ARTICLES.c.id > last)
                                     .order_by(ARTICLES.c.id).limit(BACKFILL_BATCH)).all():
        placed = [Placed(article_id, fingerprint(body), reprocessed=False) for article_id, body in rows]
        assign_stories(connection, placed)
        with_fingerprint = [article for article in placed if article.fingerprint]
        insert_many(connection, SIGNATURES, ("article_id", "signature"),
                    [(article.article_id, article.fingerprint.signature) for article in with_fingerprint])
        insert_many(connection, BANDS, ("band_key", "article_id"),
                    [row for article in with_fingerprint for row in band_rows(article.article_id, article.fingerprint)])
        last = rows[-1][0]
