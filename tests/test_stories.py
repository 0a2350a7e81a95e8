"""Syndicated copies: fingerprints, story groups at load and on reloads, the migration."""
from __future__ import annotations

import random
import shutil
from collections import Counter
from pathlib import Path

import pytest
from conftest import SAMPLES, SHARED, needs_shared
from sco_etl import db
from sco_etl.fingerprint import SAME_STORY, fingerprint, similarity
from sco_etl.load.loader import Loader
from sco_etl.parse.layout import parse_article
from sqlalchemy import text
from stories import seed_copy

STORIES = Path(__file__).parent / "fixtures" / "stories"
NAMES = ("rail", "summit", "forum")


def body(name: str) -> str:
    return parse_article((STORIES / name).read_text(encoding="utf-8")).body


def stories(engine) -> dict[str, int]:
    """Each article's file name -> the file name of its story's article."""
    with engine.connect() as connection:
        rows = connection.execute(text(
            "SELECT a.file_name, s.file_name FROM v_articles AS a JOIN v_articles AS s ON s.article_id = a.story_id"))
        return dict(rows.all())


# --- the fingerprint -------------------------------------------------------------------

@pytest.mark.parametrize("name", NAMES)
def test_a_rewritten_copy_is_similar_and_an_independent_report_is_not(name):
    original = fingerprint(body(f"{name}_original.txt")).signature
    assert similarity(original, fingerprint(body(f"{name}_copy.txt")).signature) >= SAME_STORY
    assert similarity(original, fingerprint(body(f"{name}_independent.txt")).signature) < SAME_STORY / 4
    assert similarity(fingerprint(body(f"{name}_copy.txt")).signature,
                      fingerprint(body(f"{name}_independent.txt")).signature) < SAME_STORY / 4


def test_case_punctuation_and_spacing_do_not_count():
    one = fingerprint("The ministers agreed, on Wednesday, to set up a joint working group for customs rules.")
    two = fingerprint("the ministers agreed on wednesday -- to set up a joint “working group” for customs rules")
    assert one == two


def test_a_text_shorter_than_a_shingle_has_no_fingerprint():
    assert fingerprint("Four words only here.") is None
    assert fingerprint("") is None and fingerprint("... — !!") is None


def test_the_fingerprint_of_a_text_never_changes():
    # band keys are stored: a change of hashing would leave every stored article unfound
    found = fingerprint("Leaders of the member states signed a development strategy in Bishkek on Saturday.")
    assert found.band_keys[:2] == (7803448854524959552, -8794119781860225265)
    assert found.signature[:8].hex() == "66d20b2d67f0f8da"
    assert len(found.signature) == 256  # the low 16 bits of 128 minima


def test_short_texts_sharing_one_sentence_share_hardly_a_band_key():
    # 95 words each, one 15-word sentence in common (similarity 0.06): most of a short
    # text's slots are empty and borrowed; borrowed from the next slot, three slots of a band
    # were one shingle, and one key was held by 63 of the 200 texts
    rng = random.Random(3)
    words = [f"w{number}" for number in range(3000)]
    shared = "a joint statement is expected to be published later this week by the ministers"
    texts = [" ".join([*rng.choices(words, k=40), shared, *rng.choices(words, k=40)]) for _ in range(200)]
    holders = Counter(key for text_ in texts for key in set(fingerprint(text_).band_keys))
    assert max(holders.values()) <= 3


def test_other_scripts_make_words_too():
    cyrillic = fingerprint("Лидеры государств подписали стратегию развития организации в Бишкеке")
    assert cyrillic is not None
    assert similarity(cyrillic.signature, fingerprint(
        "ЛИДЕРЫ ГОСУДАРСТВ ПОДПИСАЛИ СТРАТЕГИЮ РАЗВИТИЯ ОРГАНИЗАЦИИ В БИШКЕКЕ").signature) == 1.0


def test_many_texts_signed_at_once_are_signed_as_each_alone():
    from sco_etl.fingerprint import signature, signatures

    texts = [body(f"{name}_{kind}.txt") for name in NAMES for kind in ("original", "copy", "independent")]
    texts += ["", "Four words only here.", "Five words and no more", "a word\0split by a NUL, and 𝔊𝔬𝔱𝔥𝔦𝔠 letters too"]
    texts += ["\n\n".join([texts[0]] * 40)] + texts  # a text longer than a group of texts, then more
    assert signatures(texts) == [signature(text_) for text_ in texts]
    assert signatures(texts)[9:12] == [None, None, signature("Five words and no more")]


def test_a_long_text_is_fingerprinted_like_a_short_one():
    paragraph = body("rail_original.txt")
    long_text = "\n\n".join([paragraph] * 200)  # beyond the cached powers: computed for the text
    assert len(long_text) > 1 << 16
    assert similarity(fingerprint(long_text).signature, fingerprint(paragraph).signature) > 0.9


# --- story groups at load ---------------------------------------------------------------

def test_a_copy_joins_its_originals_story_and_an_independent_report_does_not(engine, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        for kind in ("original", "copy", "independent"):
            shutil.copy(STORIES / f"{name}_{kind}.txt", folder / f"{name}_{kind}.txt")
    # originals first: the story is named by the first copy loaded
    originals = sorted(folder.glob("*_original.txt"))
    assert not Loader(engine, workers=1).run([str(path) for path in originals]).failures
    assert not Loader(engine).run([str(folder)]).failures
    found = stories(engine)
    for name in NAMES:
        assert found[f"{name}_copy.txt"] == f"{name}_original.txt"
        assert found[f"{name}_original.txt"] == f"{name}_original.txt"
        assert found[f"{name}_independent.txt"] == f"{name}_independent.txt"


def test_the_first_copy_loaded_names_the_story(engine, write):
    copy = write("b_copy.txt", (STORIES / "rail_copy.txt").read_text())
    original = write("a_original.txt", (STORIES / "rail_original.txt").read_text())
    Loader(engine).run([str(copy)])
    Loader(engine).run([str(original)])
    assert stories(engine) == {"b_copy.txt": "b_copy.txt", "a_original.txt": "b_copy.txt"}


def test_copies_in_one_batch_find_each_other(engine, write):
    # one load, one batch: the batch's earlier articles are compared in memory
    paths = [write("1.txt", (STORIES / "summit_original.txt").read_text()),
             write("2.txt", (STORIES / "summit_copy.txt").read_text()),
             write("3.txt", (STORIES / "summit_copy.txt").read_text() + "\nPrinted edition.\n")]
    Loader(engine, workers=1).run([str(path) for path in paths])
    assert set(stories(engine).values()) == {"1.txt"}


def test_an_estimate_alone_makes_no_copy_the_bodies_are_compared(engine, write):
    from sco_etl.load.stories import Placed, assign_stories

    paths = [write("rail.txt", (STORIES / "rail_original.txt").read_text()),
             write("forum.txt", (STORIES / "forum_original.txt").read_text())]
    Loader(engine, workers=1).run([str(path) for path in paths])
    with engine.begin() as connection:
        ids = dict(connection.execute(text("SELECT file_name, id FROM articles")).all())
        connection.execute(text("DELETE FROM story_bands WHERE article_id = :id"), {"id": ids["forum.txt"]})
        # the forum article comes back with the rail article's signature: estimated 1.0, in fact unrelated
        assign_stories(connection, [Placed(ids["forum.txt"], fingerprint(body("rail_original.txt")).signature,
                                           True, body("forum_original.txt"))])
    assert stories(engine) == {"rail.txt": "rail.txt", "forum.txt": "forum.txt"}


def test_candidates_are_the_articles_sharing_the_most_keys_and_a_key_takes_a_few_holders():
    import numpy as np
    from sco_etl.load.candidates import match

    ids = np.array([10, 20])
    keys = np.array([[11, 12, 13, 14], [13, 14, 15, 16]])
    held_keys, held_by = np.array([11, 11, 12, 13]), np.array([1, 2, 2, 3])  # stored: key 11 by 1 and 2, ...
    found = match(ids, keys, held_keys, held_by, holders=2, per_article=2)
    chosen = {}
    for article, candidate in zip(found.article.tolist(), found.candidate.tolist()):
        chosen.setdefault(int(ids[article]), []).append(candidate)
    # 2 shares two keys with article 10; 1 and 3 one each, and the first loaded goes first;
    # 20 shares keys 13 and 14 with 10, stored in the same batch before it
    assert chosen == {10: [2, 1], 20: [10, 3]}
    # key 11 has its two holders; key 13 gets article 10 as its second, none for 20
    assert list(zip(found.stored_keys.tolist(), found.stored_articles.tolist())) == [
        (12, 10), (13, 10), (14, 10), (14, 20), (15, 20), (16, 20)]


def test_copies_beyond_a_keys_holders_still_join_their_story(engine, write, monkeypatch):
    from sco_etl.load import stories as module

    monkeypatch.setattr(module, "HOLDERS", 2)
    copy = (STORIES / "rail_copy.txt").read_text()
    first = [write("0.txt", (STORIES / "rail_original.txt").read_text()),
             *(write(f"{n}.txt", copy + f"\nDesk note {n}.\n") for n in (1, 2, 3))]
    Loader(engine, workers=1).run([str(path) for path in first])  # one batch
    Loader(engine, workers=1).run([str(write("4.txt", copy + "\nDesk note 4.\n"))])  # against the stored keys
    assert set(stories(engine).values()) == {"0.txt"}
    with engine.connect() as connection:
        assert connection.execute(text(
            "SELECT max(holders) FROM (SELECT count(*) AS holders FROM story_bands GROUP BY band_key) AS keys")
        ).scalar() == 2


def test_an_article_replaced_or_reprocessed_leaves_no_band_rows_behind(engine, write):
    from sco_etl.fingerprint import band_keys

    path = write("a.txt", (STORIES / "summit_original.txt").read_text())
    Loader(engine).run([str(path)])
    path.write_text((STORIES / "forum_original.txt").read_text(), encoding="utf-8")  # another article
    Loader(engine).run([str(path)])
    Loader(engine, force=True).run([str(path)])  # the same article, its rows written again
    with engine.connect() as connection:
        (article_id, signature), = connection.execute(text(
            "SELECT article_id, signature FROM story_signatures")).all()
        rows = connection.execute(text("SELECT band_key, article_id FROM story_bands")).all()
    assert sorted(rows) == sorted((key, article_id) for key in band_keys(bytes(signature)))


@needs_shared
def test_a_syndicated_seed_joins_its_seed_and_nothing_else_is_grouped(engine, tmp_path):
    seed, copy = seed_copy(SHARED / "seeds")
    (tmp_path / "syndicated.txt").write_text(copy, encoding="utf-8")
    inputs = [str(SHARED / "seeds"), str(SAMPLES / "main" / "articles"),
              *map(str, sorted(SAMPLES.glob("holdout*/articles"))), str(tmp_path / "syndicated.txt")]
    assert not Loader(engine).run(inputs).failures
    found = stories(engine)
    assert found["syndicated.txt"] == seed
    assert {name: story for name, story in found.items() if name != story} == {"syndicated.txt": seed}


# --- reloads --------------------------------------------------------------------------------

def test_an_original_replaced_hands_its_story_to_the_next_copy(engine, write):
    original = write("original.txt", (STORIES / "forum_original.txt").read_text())
    copies = [write(f"copy{n}.txt", (STORIES / "forum_copy.txt").read_text() + "\n" * n + f"Desk note {n}.")
              for n in (1, 2)]
    Loader(engine, workers=1).run([str(original)])
    Loader(engine, workers=1).run([str(path) for path in copies])
    assert set(stories(engine).values()) == {"original.txt"}
    original.write_text((STORIES / "rail_original.txt").read_text(), encoding="utf-8")  # another story now
    assert not Loader(engine).run([str(original)]).failures
    assert stories(engine) == {"original.txt": "original.txt", "copy1.txt": "copy1.txt", "copy2.txt": "copy1.txt"}
    with engine.connect() as connection:  # every story is one of its articles
        assert connection.execute(text("SELECT COUNT(*) FROM v_articles WHERE story_id NOT IN "
                                       "(SELECT article_id FROM v_articles)")).scalar() == 0


def test_an_original_edited_stays_in_its_story(engine, write):
    original = write("original.txt", (STORIES / "summit_original.txt").read_text())
    copy = write("copy.txt", (STORIES / "summit_copy.txt").read_text())
    Loader(engine).run([str(original)])
    Loader(engine).run([str(copy)])
    original.write_text(original.read_text() + "\nCorrection: an earlier version misspelt a name.\n", encoding="utf-8")
    assert not Loader(engine).run([str(original), str(copy)]).failures
    assert stories(engine) == {"copy.txt": "copy.txt", "original.txt": "copy.txt"}  # the copy is now the first


def test_force_keeps_every_story(engine, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for name in NAMES:
        for kind in ("original", "copy", "independent"):
            shutil.copy(STORIES / f"{name}_{kind}.txt", folder / f"{name}_{kind}.txt")
    Loader(engine).run([str(folder)])
    before = stories(engine)
    for batch in (1, 500):
        from sco_etl.load import loader as loader_module
        original_batch = loader_module.BATCH_DOCUMENTS
        loader_module.BATCH_DOCUMENTS = batch  # one document a batch: each finds the others stored
        try:
            assert not Loader(engine, force=True).run([str(folder)]).failures
        finally:
            loader_module.BATCH_DOCUMENTS = original_batch
        assert stories(engine) == before


def test_a_reprocessed_article_that_now_matches_an_earlier_story_brings_its_copies(engine, write):
    from sco_etl.load.stories import Placed, assign_stories

    paths = [write("first.txt", (STORIES / "rail_original.txt").read_text()),
             write("second.txt", (STORIES / "rail_copy.txt").read_text()),
             write("third.txt", (STORIES / "rail_copy.txt").read_text() + "\nPrinted edition.\n")]
    Loader(engine, workers=1).run([str(path) for path in paths])
    with engine.begin() as connection:
        ids = dict(connection.execute(text("SELECT file_name, id FROM articles")).all())
        # as an older pipeline might have left them: "second" a story of its own, "third" its copy
        connection.execute(text("UPDATE articles SET story_id = :second WHERE id <> :first"), ids | {
            "first": ids["first.txt"], "second": ids["second.txt"]})
        connection.execute(text("UPDATE articles SET story_id = id WHERE id = :first"), {"first": ids["first.txt"]})
        signature, body_ = connection.execute(text(
            "SELECT signature, body FROM story_signatures JOIN articles ON id = article_id WHERE id = :id"),
            {"id": ids["second.txt"]}).one()
        connection.execute(text("DELETE FROM story_bands WHERE article_id = :id"), {"id": ids["second.txt"]})
        assign_stories(connection, [Placed(ids["second.txt"], bytes(signature), True, body_)])
    assert stories(engine) == {"first.txt": "first.txt", "second.txt": "first.txt", "third.txt": "first.txt"}


# --- the migration ----------------------------------------------------------------------------

def test_the_migration_groups_the_articles_already_stored(engine):
    from alembic import command

    config = db.alembic_config()
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0008")
        for number, name in enumerate(("forum_original.txt", "rail_original.txt", "forum_copy.txt",
                                       "forum_independent.txt", "rail_copy.txt")):
            connection.execute(text(
                "INSERT INTO articles (file_name, text_sha256, text, encoding, body, pipeline_version) "
                "VALUES (:name, :sha, :body, 'utf-8', :body, 'old')"), {"name": name, "sha": str(number), "body": body(name)})
    db.upgrade(engine)
    assert stories(engine) == {"forum_original.txt": "forum_original.txt", "rail_original.txt": "rail_original.txt",
                               "forum_copy.txt": "forum_original.txt", "forum_independent.txt": "forum_independent.txt",
                               "rail_copy.txt": "rail_original.txt"}
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0008")
        assert "story_id" not in connection.execute(text("SELECT * FROM v_articles")).keys()


def test_migration_0010_fingerprints_every_article_again_in_the_compact_layout(engine):
    from alembic import command
    from sqlalchemy import inspect

    config = db.alembic_config()
    names = ("forum_original.txt", "rail_original.txt", "forum_copy.txt", "rail_copy.txt")
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.upgrade(config, "0009")
        for number, name in enumerate(names, 1):
            connection.execute(text(
                "INSERT INTO articles (id, file_name, text_sha256, text, encoding, body, pipeline_version, story_id) "
                "VALUES (:id, :name, :sha, :body, 'utf-8', :body, 'old', :id)"),
                {"id": number, "name": name, "sha": str(number), "body": body(name)})
        # what 0009's fingerprint left: a signature and a key that the current one does not make
        connection.execute(text("INSERT INTO story_signatures (article_id, signature) VALUES (1, :signature)"),
                           {"signature": bytes(256)})
        connection.execute(text("INSERT INTO story_bands (band_key, article_id) VALUES (12345, 1)"))
    db.upgrade(engine)
    assert stories(engine) == {"forum_original.txt": "forum_original.txt", "rail_original.txt": "rail_original.txt",
                               "forum_copy.txt": "forum_original.txt", "rail_copy.txt": "rail_original.txt"}
    with engine.connect() as connection:
        rows = set(connection.execute(text("SELECT band_key, article_id FROM story_bands")).all())
    assert rows == {(key, number) for number, name in enumerate(names, 1)
                    for key in fingerprint(body(name)).band_keys}
    assert inspect(engine).get_indexes("story_bands") == []
    with engine.begin() as connection:
        config.attributes["connection"] = connection
        command.downgrade(config, "0009")  # 0009's code reads another signature: none is left for it
        assert connection.execute(text("SELECT count(*) FROM story_signatures")).scalar() == 0
        assert connection.execute(text("SELECT count(*) FROM story_bands")).scalar() == 0
    assert [index["name"] for index in inspect(engine).get_indexes("story_bands")] == ["ix_story_bands_article_id"]


# --- reports that count stories ---------------------------------------------------------------

@pytest.fixture
def syndicated(engine, tmp_path):
    """The rail story, its syndicated copy (twice: two more sites) and an independent report."""
    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(STORIES / "rail_original.txt", folder / "a_original.txt")
    shutil.copy(STORIES / "rail_copy.txt", folder / "b_copy.txt")
    (folder / "c_copy.txt").write_text((STORIES / "rail_copy.txt").read_text().replace(
        "Eurasia Freight Review", "Source: Global Times"), encoding="utf-8")
    shutil.copy(STORIES / "rail_independent.txt", folder / "d_independent.txt")
    assert not Loader(engine, workers=1).run([str(folder)]).failures
    return engine


def report(engine, name: str, **values: str) -> list[dict]:
    from sco_etl.reports.engine import Catalogue, run_report

    catalogue = Catalogue()
    chosen = catalogue.reports()[name]
    with engine.connect() as connection:
        result = run_report(connection, catalogue, chosen, chosen.values(values))
    return [dict(zip(result.columns, row)) for row in result.rows]


def test_mention_reports_count_a_story_once_when_asked(syndicated):
    copies = {row["iso3"]: row for row in report(syndicated, "state_mentions")}
    stories = {row["iso3"]: row for row in report(syndicated, "state_mentions", by_story="true")}
    assert copies["AZE"]["articles"] == 4 and stories["AZE"]["articles"] == 2
    assert stories["AZE"]["mentions"] == 2  # the most a copy has, once per story
    organisations = {row["acronym"] or row["organisation"]: row["articles"] for row in report(syndicated, "organisation_mentions")}
    by_story = {row["acronym"] or row["organisation"]: row["articles"]
                for row in report(syndicated, "organisation_mentions", by_story="true")}
    assert (organisations["SCO"], by_story["SCO"]) == (4, 2)


def test_a_filtered_mention_count_by_story_keeps_its_filter(syndicated):
    rows = report(syndicated, "state_mentions", by_story="true", publisher="Global Times")
    assert {row["articles"] for row in rows} == {1}


def test_quotes_by_speaker_counts_a_quote_once_per_story_when_asked(syndicated):
    copies = [row for row in report(syndicated, "quotes_by_speaker", limit="0") if row["speaker"] == "Daulet Serikbayev"]
    stories = [row for row in report(syndicated, "quotes_by_speaker", limit="0", by_story="true")
               if row["speaker"] == "Daulet Serikbayev"]
    same_words = "A train that waits four days at a border is a train that nobody wants to use"
    assert sum(same_words in row["text"] for row in copies) == 4
    assert sum(same_words in row["text"] for row in stories) == 2  # the original's and the independent report's
    assert {row["file_name"] for row in stories if same_words in row["text"]} == {"a_original.txt", "d_independent.txt"}


def test_the_digest_says_who_else_published_the_story(syndicated):
    digest = {row["file_name"]: row["also_published_by"] for row in report(syndicated, "article_digest")}
    assert digest["a_original.txt"] == "Global Times, b_copy.txt"
    assert digest["b_copy.txt"] == "Global Times, Steppe Wire"
    assert digest["d_independent.txt"] is None
