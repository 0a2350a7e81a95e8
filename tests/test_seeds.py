"""The five commissioning articles, scored against their hand annotation (shared/, not in the repo)."""
from conftest import SHARED, needs_shared
from sco_etl.evaluate import evaluate, fetch_database, load_gold
from sco_etl.load.loader import Loader


@needs_shared
def test_seed_metadata_and_boilerplate_are_perfect(engine):
    summary = Loader(engine).run([str(SHARED / "seeds")])
    assert not summary.failures
    report = evaluate(load_gold(SHARED / "gold" / "seeds.json"), fetch_database(engine))
    assert report.articles_missing == []
    assert report.metadata.value == 1.0, report.metadata.errors
    assert report.boilerplate.value == 1.0, report.boilerplate.errors


@needs_shared
def test_seed_states_and_organisations_meet_the_bar(engine):
    Loader(engine).run([str(SHARED / "seeds")])
    report = evaluate(load_gold(SHARED / "gold" / "seeds.json"), fetch_database(engine))
    assert report.states.f1 >= 0.98, (report.states.misses, report.states.false_hits)
    assert report.organisations.f1 >= 0.95, (report.organisations.misses, report.organisations.false_hits)


@needs_shared
def test_seed_quotes_and_events_meet_the_bar(engine):
    Loader(engine).run([str(SHARED / "seeds")])
    report = evaluate(load_gold(SHARED / "gold" / "seeds.json"), fetch_database(engine))
    assert report.quotes.f1 >= 0.95, (report.quotes.misses, report.quotes.false_hits)
    assert report.speakers.value >= 0.95, report.speakers.errors
    assert report.events.f1 >= 0.95, (report.events.misses, report.events.false_hits)
    assert report.event_dates.value == 1.0, report.event_dates.errors
