"""The evaluator: pure scoring, and end to end on the sample corpus."""
import pytest
from conftest import SAMPLES
from sco_etl.evaluate import evaluate, fetch_database, load_gold, quote_similarity
from sco_etl.load.loader import Loader

GOLD = {
    "organisations": {"SCO": ["Shanghai Cooperation Organization", "SCO"], "TASS": ["TASS"]},
    "articles": {
        "a.txt": {
            "article": {"title": "T", "publisher": "TASS", "published_on": "2024-07-04", "authors": ["Ann Lee"]},
            "states": ["CHN", "RUS"], "states_optional": [],
            "organisations": ["SCO"], "organisations_optional": ["TASS"],
            "quotes": [{"speaker": "Ann Lee", "speaker_names": ["Ann Lee", "Lee"], "kind": "direct",
                        "text": "We will meet again next year in Minsk"}],
            "quotes_optional": [],
            "events": [{"state": "BLR", "organisation": "SCO", "type": "accession", "date": "2024-07-04",
                        "certainty": "occurred"}],
            "events_optional": [{"state": "CHN", "organisation": "SCO", "type": "member", "date": None,
                                 "certainty": "reported"}],
            "body_must_not_contain": ["Copyright"],
        }
    },
}


def rows(**overrides):
    base = {
        "articles": [{"article_id": 1, "file_name": "a.txt", "title": "T", "publisher": "TASS",
                      "published_on": "2024-07-04", "authors": "Ann Lee", "body": "text"}],
        "state_mentions": [{"file_name": "a.txt", "iso3": "CHN"}, {"file_name": "a.txt", "iso3": "IND"}],
        "organisation_mentions": [{"file_name": "a.txt", "organisation_id": 1, "organisation": "Shanghai Cooperation Organisation"},
                                  {"file_name": "a.txt", "organisation_id": 2, "organisation": "TASS"}],
        "organisation_names": [{"organisation_id": 1, "name": "SCO"}, {"organisation_id": 2, "name": "TASS"}],
        "quotes": [{"file_name": "a.txt", "speaker": "Lee", "kind": "direct",
                    "text": "we will meet again next year in Minsk."}],
        "membership_events": [
            {"file_name": "a.txt", "iso3": "BLR", "organisation": "Shanghai Cooperation Organization",
             "acronym": "SCO", "event_type": "accession", "event_date": "2024-07", "certainty": "occurred"},
            {"file_name": "a.txt", "iso3": "CHN", "organisation": "Shanghai Cooperation Organization",
             "acronym": "SCO", "event_type": "member", "event_date": None, "certainty": "reported"},
        ],
    }
    base.update(overrides)
    return base


def test_scores_each_category():
    report = evaluate(GOLD, rows())
    assert (report.states.true_positives, report.states.false_positives, report.states.false_negatives) == (1, 1, 1)
    assert report.states.misses == ["a.txt: RUS"] and report.states.false_hits == ["a.txt: IND"]
    # British spelling matches the gold's American one; the optional TASS is neither credited nor penalised
    assert (report.organisations.true_positives, report.organisations.false_positives) == (1, 0)
    assert report.quotes.f1 == 1.0 and report.speakers.value == 1.0
    # the optional roster entry is ignored; the event matches but its date is wrong
    assert report.events.f1 == 1.0 and report.event_dates.value == 0.0
    assert report.metadata.value == 1.0 and report.boilerplate.value == 1.0


def test_an_events_organisation_matches_the_gold_by_any_of_its_names():
    """The gold names an organ as "SCO Council of Heads of Government"; the database by its
    canonical name, with the gold's among its names (as a mention is matched)."""
    gold = {**GOLD, "organisations": {**GOLD["organisations"], "CHG": ["SCO Council of Heads of Government"]}}
    gold["articles"] = {"a.txt": {**GOLD["articles"]["a.txt"], "events": [
        {"state": "PAK", "organisation": "CHG", "type": "chairmanship", "date": "2023", "certainty": "occurred"}]}}
    event = {"file_name": "a.txt", "organisation_id": 3, "iso3": "PAK", "acronym": None,
             "organisation": "Council of Heads of Government of the Shanghai Cooperation Organization",
             "event_type": "chairmanship", "event_date": "2023", "certainty": "occurred"}
    names = rows()["organisation_names"] + [{"organisation_id": 3, "name": "SCO Council of Heads of Government"}]
    assert evaluate(gold, rows(membership_events=[event], organisation_names=names)).events.f1 == 1.0
    assert evaluate(gold, rows(membership_events=[event])).events.f1 == 0.0  # without that name: no match


def test_missing_article_counts_against_every_category():
    report = evaluate(GOLD, rows(articles=[], state_mentions=[], organisation_mentions=[], quotes=[],
                                 membership_events=[]))
    assert report.articles_missing == ["a.txt"]
    assert report.states.recall == 0.0 and report.boilerplate.value == 0.0 and report.metadata.value == 0.0


def test_wrong_speaker_and_leftover_quote():
    quotes = [{"file_name": "a.txt", "speaker": "Bob", "kind": "direct", "text": "We will meet again next year in Minsk"},
              {"file_name": "a.txt", "speaker": None, "kind": "direct", "text": "Shanghai Spirit"}]
    report = evaluate(GOLD, rows(quotes=quotes))
    assert report.speakers.value == 0.0
    assert report.quotes.false_positives == 1


def test_an_organisation_speaks_under_any_of_its_names():
    gold = {**GOLD, "articles": {"a.txt": {**GOLD["articles"]["a.txt"], "quotes": [
        {"speaker": "Fijian Foreign Ministry", "speaker_names": ["Fijian Foreign Ministry"], "kind": "indirect",
         "text": "talks would resume in Suva next month"}]}}}
    quote = {"file_name": "a.txt", "speaker": "Fiji's Foreign Ministry", "kind": "indirect",
             "text": "talks would resume in Suva next month"}
    names = rows()["organisation_names"] + [{"organisation_id": 4, "name": "Fiji's Foreign Ministry"},
                                            {"organisation_id": 4, "name": "Fijian Foreign Ministry"}]
    assert evaluate(gold, rows(quotes=[quote], organisation_names=names)).speakers.value == 1.0
    assert evaluate(gold, rows(quotes=[quote])).speakers.value == 0.0  # without that name: another speaker


def test_quote_similarity():
    assert quote_similarity("A b c d", "a b c d.") == 1.0
    assert quote_similarity("a b", "c d") == 0.0


def test_end_to_end_on_the_sample_corpus(engine):
    summary = Loader(engine).run([str(SAMPLES / "main" / "articles")])
    assert not summary.failures
    report = evaluate(load_gold(SAMPLES / "main" / "gold.json"), fetch_database(engine))
    assert report.articles_missing == []
    assert report.metadata.value == 1.0, report.metadata.errors
    assert report.boilerplate.value == 1.0, report.boilerplate.errors
    assert report.states.f1 >= 0.95 and report.organisations.f1 >= 0.85
    # the bars for text written before the quote and event rules
    assert report.quotes.f1 >= 0.85 and report.speakers.value >= 0.92
    assert report.events.f1 >= 0.85, report.events.misses


def test_the_holdout_corpus_stays_at_its_measured_level(engine):
    """Two articles written after the rules (first scored: quotes 1.00, events F1 0.67; the
    general fixes that followed are pinned here so that they do not regress)."""
    summary = Loader(engine).run([str(SAMPLES / "holdout1" / "articles")])
    assert not summary.failures
    report = evaluate(load_gold(SAMPLES / "holdout1" / "gold.json"), fetch_database(engine))
    assert report.quotes.f1 >= 0.95 and report.speakers.value >= 0.95
    assert report.events.f1 >= 0.85 and report.event_dates.value == 1.0
    assert report.states.f1 >= 0.95 and report.organisations.f1 >= 0.85


# Articles in layouts none of the others has, each written and annotated before the
# extractor read it. Their first scores, and what they still miss:
#   holdout2 (a prose standfirst above date and byline, single quotation marks): organisations
#     F1 0.75, quotes 0.89, events 0.57, metadata 0.50; "after which Kyrgyzstan takes over".
#   holdout3 (a breadcrumb, "Published - August 28, 2025 08:45 pm IST", the author's name
#     alone under the dates): event dates 0.33, metadata 0.25.
#   holdout4 (a saved web page with a figure): states 0.91, organisations 0.89, events 0.67,
#     event dates 0.00.
#   holdout5 (a wire story as a JSON Lines record: "..., X said on Wednesday following talks
#     with ...", "the top Russian diplomat stressed", "the status of an SCO partner", "a year
#     ago"): quotes F1 0.75, speakers 0.33, events 0.91, event dates 0.80.
#   holdout6 (an opinion column: "Name | date" under a standfirst, an apposition between a
#     quote and its verb, "In a statement it said that"): metadata 0.25, boilerplate 0.33,
#     quotes F1 0.50, events 0.78; "Iran followed in 2023 and Belarus in 2024" (an
#     accession told by ellipsis) is still missed.
#   holdout7 (state media: "Chinese Foreign Ministry spokesperson ...", a headline "China to
#     take over SCO presidency"): organisations F1 0.80, events 0.86.
#   holdout8 (an analysis: the author's name between headline and date, "Copyright © 2025,
#     X", "since it joined", "wants observer status"): metadata 0.50, events 0.75.
#   holdout9 (a ministry's press release: "Tashkent, 10 June 2025", "Press Service of the
#     Ministry ...", "Minister of Foreign Affairs of the Republic of Uzbekistan Bakhtiyor
#     Saidov" then "the Minister underscored that ..."): organisations F1 0.67, quotes 0.67,
#     events 0.50, metadata 0.50; still missed: a recommendation to grant a status read as
#     a grant that occurred.
# The general fixes that followed are pinned here; each measure must reach 1.0 unless a
# lower floor is given.
#   holdout11 (a page scraped to Markdown by a reader service: "Title:", "URL Source:",
#     "Published Time: 2025-09-02T08:15:00+05:00", link lists, a bold byline, an image and its
#     "— Photo: AFP" caption): organisations F1 0.91 (a catalogued "Dawn" inside the
#     publisher's name), events 0.84, event dates 0.63, metadata 0.25, boilerplate 0.83.
#     Still missed: "officials said it could be granted partner status at next year's
#     summit" (a possibility, which the extractor does not report; the gold calls it planned).
#   holdout16 (an Indian outlet's page: "Reported by: X, Edited by: Y", "Qingdao, China:"
#     alone, "ALSO READ | ...", a "Track Latest News Live on ..." line, "© Copyright X 2025.",
#     "The host, Chinese Defence Minister X, said", "the admission of Laos as an SCO partner"):
#     organisations F1 0.75, quotes 0.86, events 0.71, metadata 0.50, boilerplate 0.71.
#   holdout17 (a news API's JSON export: records under articles.results, the source and
#     authors as objects): 0 on every measure (the file held "no article records"); with the
#     records read, organisations F1 0.80, quotes 0.89, events 0.91, event dates 0.70.
#   holdout18 (a state agency's text: "MOSCOW, March 14. /TASS/." with no year, "the diplomat
#     said", "Foreign Ministry Spokesperson X"): organisations F1 0.75, quotes 0.89, speakers
#     0.50, events 0.83, event dates 0.90, metadata 0.50, boilerplate 0.67.
#   holdout19 (a newsletter post: the author under the standfirst, footnote numbers, "Thanks
#     for reading X!", "the first state to hold it"): quotes F1 0.67, events 0.67, metadata
#     0.50, boilerplate 0.71.
#   holdout20 (a press-conference transcript in Q:/A: turns): refused ("no running text found");
#     once read, events F1 0.80, event dates 0.00.
#   holdout21 (an RSS 2.0 feed): refused (".xml" was no supported input); once read,
#     organisations F1 0.75, quotes 0.86, events 0.88, metadata 0.88, boilerplate 0.00.
#   holdout22 (a news database's text export: a cover page, two documents with their fields):
#     read as one article; once split, events F1 0.89, event dates 0.75, metadata 0.63.
#   holdout23 (a think tank's commentary on BRICS and the SCO): events F1 0.36, metadata 0.50,
#     boilerplate 0.67.
#   holdout24 (a messaging app's channel export as JSON): refused ("no article records").
#   holdout25 (a WordPress page with Yoast's JSON-LD graph): events F1 0.40, speakers 0.50,
#     metadata 0.75.
#   holdout26 (a broadcaster's video script: shotlist with soundbites, storyline, terms of use):
#     organisations F1 0.86, quotes 0.67, events 0.86, event dates 0.67, metadata 0.75,
#     boilerplate 0.60.
#   holdout27 (a Central Asian outlet: masthead, "02.08.2025", guillemets, "Author:"): quotes
#     F1 0.86, speakers 0.33, event dates 0.50, metadata 0.25.
#   holdout28 (a page saved as Markdown by a reader service, .md): refused (".md" was no
#     supported input); read as text, organisations F1 0.86, quotes 0.80, speakers 0.50,
#     events 0.67, metadata 0.75, boilerplate 0.89.
#   holdout29 (a scraper's CSV export, two rows): refused (".csv" was no supported input);
#     once read, all 1.000.
#   holdout30 (a wire agency's updated story: "UPDATE 1-" before the headline): metadata 0.75.
#   holdout31 (an explainer: question subheads, a dense history of statuses): events F1 0.87.
#   holdout32 (a wire factbox: a timeline of dated lines in the historical present, a
#     "(Compiled by ...; Editing by ...)" credit): events F1 0.79, metadata 0.75.
#   holdout33 (NATO, ASEAN, BRICS and the SCO enlarging side by side): events F1 0.89.
#   holdout34 (a paywalled page: JSON-LD, the first paragraphs, a subscription wall): quotes
#     F1 0.67, event dates 0.50.
#   holdout35 (an op-ed whose states are mostly their capitals; "Opinion | " before the
#     headline): events F1 0.50, metadata 0.75.
#   holdout36 (a long read: a byline over "Astana correspondent", "Updated 18:40, 9 July 2025",
#     advertisement lines in the body): events F1 0.92, event dates 0.67, metadata 0.50,
#     boilerplate 0.67.
#   holdout37 (a Next.js page whose article is only in __NEXT_DATA__): refused ("no running
#     text found").
#   holdout38 (an Iranian daily: masthead, "July 4, 2025 - 21:30 | Tir 13, 1404"): events F1
#     0.57, metadata 0.50.
#   holdout39 (a UN vote: two dozen states, several in rare forms): states F1 0.98,
#     organisations 0.80, metadata 0.75.
BLIND_HOLDOUTS = {"holdout2": {}, "holdout3": {}, "holdout4": {}, "holdout5": {},
                  "holdout6": {}, "holdout7": {}, "holdout8": {}, "holdout9": {}, "holdout10": {},
                  "holdout11": {"events": 0.94}, "holdout12": {"events": 0.95}, "holdout13": {}, "holdout14": {}, "holdout15": {},
                  "holdout16": {}, "holdout17": {}, "holdout18": {}, "holdout19": {},
                  "holdout20": {}, "holdout21": {}, "holdout22": {},
                  "holdout23": {}, "holdout24": {},
                  "holdout25": {}, "holdout26": {}, "holdout27": {}, "holdout28": {},
                  "holdout29": {}, "holdout30": {}, "holdout31": {},
                  "holdout32": {}, "holdout33": {}, "holdout34": {}, "holdout35": {},
                  "holdout36": {}, "holdout37": {}, "holdout38": {}, "holdout39": {}}


@pytest.mark.parametrize("folder", BLIND_HOLDOUTS)
def test_blind_holdouts_stay_at_their_measured_level(engine, folder):
    floors = {"quotes": 1.0, "events": 1.0, **BLIND_HOLDOUTS[folder]}
    summary = Loader(engine).run([str(SAMPLES / folder / "articles")])
    assert not summary.failures
    report = evaluate(load_gold(SAMPLES / folder / "gold.json"), fetch_database(engine))
    assert report.states.f1 == 1.0 and report.organisations.f1 == 1.0
    assert report.quotes.f1 >= floors["quotes"] and report.speakers.value == 1.0
    assert report.metadata.value == 1.0 and report.boilerplate.value == 1.0
    assert report.events.f1 >= floors["events"] and report.event_dates.value == 1.0


def test_finding_nothing_where_something_was_expected_is_no_precision():
    from sco_etl.evaluate import Score

    assert Score(false_negatives=3).precision == 0.0 and Score(false_negatives=3).f1 == 0.0
    assert Score().precision == 1.0 and Score().f1 == 1.0  # nothing there, nothing found


def test_the_speaker_as_the_gold_names_it_is_right_even_when_the_other_names_it_lists_leave_it_out():
    import copy
    gold = copy.deepcopy(GOLD)
    gold["articles"]["a.txt"]["quotes"][0]["speaker_names"] = ["Minister Ann Lee", "Lee"]
    data = rows(quotes=[{"file_name": "a.txt", "speaker": "Ann Lee", "kind": "direct",
                         "text": "we will meet again next year in Minsk."}])
    assert evaluate(gold, data).speakers.value == 1.0
