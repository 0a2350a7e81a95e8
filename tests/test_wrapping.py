"""Hard-wrapped text (a PDF's text layer, an e-mail) read back into paragraphs, on text written
for these tests."""
from sco_etl.ingest.decode import normalise
from sco_etl.parse.layout import parse_article
from sco_etl.parse.wrapping import unwrap

WRAPPED = """Trade ministers of the member states met in Almaty on Tuesday to agree a
common list of goods that may cross the new border posts without a second
inspection, a step officials have discussed since the founding summit.

The list covers grain, fertiliser and machine parts, and a review is due
within a year. Customs officers will share one electronic declaration,
which the secretariat says should cut waiting times at the crossings by a
third. Traders have long complained of queues of several days.

Notes for editors
Press office: +7 727 000 000"""


def test_a_wrapped_paragraph_becomes_one_line_and_short_lines_stay():
    lines = unwrap(WRAPPED).split("\n")
    assert lines[0].startswith("Trade ministers") and lines[0].endswith("since the founding summit.")
    assert lines[2].startswith("The list covers") and lines[2].endswith("queues of several days.")
    assert lines[-2:] == ["Notes for editors", "Press office: +7 727 000 000"]


def test_a_word_broken_by_a_hyphen_joins_without_a_space_and_list_items_stay_apart():
    text = WRAPPED.replace("a second\ninspection", "a second in-\nspection").replace(
        "grain, fertiliser", "grain, dialogue-\npartner fertiliser")
    text += "\n\nThe list names three groups of goods for the first review of the agreement by the\n" \
            "- grain and fertiliser,\n- machine parts."
    unwrapped = unwrap(text)
    assert "a second in-spection" in unwrapped and "grain, dialogue-partner fertiliser" in unwrapped
    assert "\n- grain and fertiliser,\n- machine parts." in unwrapped


def test_text_with_a_paragraph_per_line_is_left_alone():
    text = ("Leaders meet in Astana\n2025-07-04 10:00\n"
            "Kazakhstan hosted the heads of state on Thursday for the first summit under its chairmanship.\n"
            "Officials said the talks covered trade and transport corridors across the region.\n"
            "The next summit will be held in Bishkek next year, the secretariat said on Friday.\n"
            "Editor: Zhang Wei")
    assert unwrap(text) == text


def test_a_wrapped_article_parses_into_whole_paragraphs():
    article = parse_article(normalise("Almaty talks agree border list\n\n" + WRAPPED))
    body = [article.text[p.start:p.end] for p in article.parts if p.kind == "body"]
    assert len(body) == 2 and "\n" not in body[0] and "second inspection" in body[0]


def test_a_field_or_a_row_of_links_is_never_a_lines_continuation():
    text = WRAPPED + "\n\nSubject: Almaty talks agree a common list of goods for the border posts\n" \
        "Reply-To: desk@example.org\n\nYou are receiving this because you subscribed to the daily\n" \
        "digest. Unsubscribe | Manage preferences | Forward to a friend\nDesk, 12 Abay Avenue, Almaty"
    lines = unwrap(text).split("\n")
    assert "Reply-To: desk@example.org" in lines and "Desk, 12 Abay Avenue, Almaty" in lines
