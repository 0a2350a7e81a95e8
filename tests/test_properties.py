"""Property-based tests: the parser and every extractor on arbitrary text.

Whatever the text, parsing either succeeds or raises ParseError (a clear "no
article here"), extraction never raises, and every offset lies inside the text
and points at the words it claims. Texts are built from news vocabulary (state
names, speech verbs, quotation marks, dates, layout cues) mixed with arbitrary
Unicode, so the search reaches the extractors' rules instead of bouncing off the
parser.
"""
from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sco_etl.extract import EXTRACTORS
from sco_etl.ingest.decode import normalise
from sco_etl.model import Extraction
from sco_etl.parse.layout import ParseError, parse_article

NEWS_WORDS = [
    "Kazakhstan", "China", "Russian", "Kazakh", "India", "Türkiye", "the Shanghai Cooperation Organisation",
    "SCO", "BRICS", "the bloc", "Ministry of Foreign Affairs", "(SCO)", "said", "told reporters", "added",
    "according to", "stressed that", "As", "put it,", "he said.", "President", "Foreign Minister",
    "Xi Jinping", "Sergey Lavrov", "joined", "became a full member of", "observer status", "will join",
    "chairmanship", "applied to join", "on Thursday", "in July 2024", "2024-07-04", "5 July 2024",
    "next year", '"', "“", "”", "'", ",", ".", ":", " -- ", "\n", "\n\n", "Published:", "By", "Source:",
    "Editor:", "Copyright", "(Xinhua)", "ASTANA,", "of", "and", "the", "that", "Mr", "Dr.",
    # cues of transcripts, newsletters, feeds, database exports and wire copy
    "\nQ:", "\nA:", "\n1\n", "Thanks for reading", "The post", "appeared first on", "\nEnd of Document\n",
    "Byline:", "Length: 96 words", "\nBody\n", "/TASS/.", "MOSCOW, March 14.", "the first state to hold it",
    "'s accession", "ALSO READ |", "Reported by:", "© Copyright", "Qingdao, China:", "from August 31 to September 1",
    "last July", "on Friday", "Spokesperson", "the diplomat", "told me", "no plans to", "will hold the presidency until",
    # video scripts, Markdown pages, Central Asian and wire layouts
    "SOUNDBITE (Russian)", "Clients are reminded:", "\nMarkdown Content:\n", "[the SCO](https://x.example/a)",
    "**", "*", "![Image 1: x](https://x.example/i.jpg)", "UPDATE 1-", "Author:", "02.08.2025", "15/07/2025",
    "«", "»", "Minister of Foreign Affairs", "reported.", "the organisation's tenth full member", "S.",
]
token = st.one_of(st.sampled_from(NEWS_WORDS), st.text(max_size=12))
article_text = st.lists(token, max_size=120).map(lambda words: normalise(" ".join(words)))

SETTINGS = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def parse_or_none(text: str):
    try:
        return parse_article(text)
    except ParseError:
        return None


@SETTINGS
@given(article_text)
def test_parser_parts_lie_inside_the_text(text):
    article = parse_or_none(text)
    if article is None:
        return
    assert article.text == text
    previous_end = 0
    for part in article.parts:
        assert 0 <= part.start < part.end <= len(text)
        assert part.start >= previous_end  # parts do not overlap
        previous_end = part.end
        assert text[part.start:part.end] == text[part.start:part.end].strip()


@SETTINGS
@given(article_text)
def test_every_extractor_returns_offsets_that_point_at_its_words(text):
    article = parse_or_none(text)
    if article is None:
        return
    found = Extraction()
    for extractor in EXTRACTORS:
        result = extractor(article, found)
        check_offsets(text, result)
        found = found.merge(result)


def check_offsets(text: str, found: Extraction) -> None:
    for mention in found.states:
        assert len(mention.iso3) == 3
        for span in mention.spans:
            assert 0 <= span.start < span.end <= len(text)
    for mention in found.organisations:
        for span in mention.spans:
            assert 0 <= span.start < span.end <= len(text)
            assert text[span.start:span.end].strip() == text[span.start:span.end]
    for quote in found.quotes:
        assert 0 <= quote.span.start < quote.span.end <= len(text)
        # the span's own words; a quote joined from halves (split by its attribution, or
        # running over paragraphs) spans both, and its words are theirs, in order
        words, region = quote.text.split(), text[quote.span.start:quote.span.end]
        assert words and quote.text == quote.text.strip()
        assert region.startswith(words[0]) and region.endswith(words[-1]) and _in_order(words, region)
    for event in found.events:
        assert 0 <= event.span.start < event.span.end <= len(text)
        assert text[event.span.start:event.span.end] == event.evidence


def _in_order(words: list[str], region: str) -> bool:
    at = 0
    for word in words:
        at = region.find(word, at)
        if at < 0:
            return False
        at += len(word)
    return True


# words that start, continue and break trigger phrases, in any order
TRIGGER_WORDS = ("joined", "join", "became", "become", "a", "an", "full", "full-fledged", "member", "members",
                 "observer", "observers", "status", "of", "the", "SCO", "dialogue", "partner", "founded", "by",
                 "rotating", "chairmanship", "presidency", "chair", "bloc", "applied", "for", "accession",
                 "process", "admitted", "new", "gained", "membership", "Iran", "in", "2017", ".", ";", ",",
                 # case as re folds it: capitals, and a long s that IGNORECASE reads as "s"
                 "Joined", "BECAME", "Observer", "PRESIDENCY", "ſtatus", "Status")


@given(st.lists(st.sampled_from(TRIGGER_WORDS), max_size=40))
@settings(max_examples=300, deadline=None)
def test_triggers_are_found_where_each_pattern_alone_finds_them(words):
    """The event extractor tries each trigger only where one of them starts: it must find
    what scanning the sentence once per trigger finds (first listed wins an overlap)."""
    from sco_etl.extract.events import _trigger_matches, triggers
    from sco_etl.model import Span

    text = " ".join(words)
    expected = []
    for trigger in triggers():
        # (a row that says what stands before its phrase matches both as one)
        for match in (trigger.whole or trigger.pattern).finditer(text):
            if not any(m.start() < match.end() and match.start() < m.end() for _, m in expected):
                expected.append((trigger, match))
    found = _trigger_matches(text, Span(0, len(text)))
    assert [(trigger.event_type, match.span()) for trigger, match in found] == sorted(
        ((trigger.event_type, match.span()) for trigger, match in expected), key=lambda item: item[1][0])


@SETTINGS
@given(article_text)
def test_a_text_file_is_one_document_or_an_exports_documents(text):
    from sco_etl.ingest.decode import UnreadableInput
    from sco_etl.ingest.readers import Input
    from sco_etl.ingest.readers.text import DOCUMENT_END, TextReader

    try:
        documents = TextReader().read(Input("x.txt", "x.txt"), text.encode("utf-8"))
    except UnreadableInput as error:  # a clear reason: blank, binary, or closing lines with no document
        assert str(error)
        return
    assert documents and all(document.text.strip() for document in documents)
    if len(documents) > 1 or documents[0].source_path != "x.txt":
        assert [document.source_path for document in documents] == [f"x.txt#{n}" for n in range(1, len(documents) + 1)]
        # no document keeps a closing line (the words inside a sentence are the document's own)
        assert not any(DOCUMENT_END.search(document.text) for document in documents)


@SETTINGS
@given(article_text)
def test_markdown_is_read_line_by_line_and_plain_lines_stay(text):
    from sco_etl.ingest.readers.markdown import markdown_text

    read = markdown_text(text)
    assert read.count("\n") == text.count("\n")  # a line for a line: the layout parser reads lines
    for before, after in zip(text.split("\n"), read.split("\n")):
        if not any(mark in before for mark in "[*_`<&\\"):
            assert after == before


@SETTINGS
@given(st.lists(st.lists(token, max_size=8).map(" ".join), min_size=1, max_size=12), st.sampled_from(",;\t"))
def test_a_spreadsheet_is_rows_or_a_clear_reason(cells, delimiter):
    from sco_etl.ingest.decode import UnreadableInput
    from sco_etl.ingest.readers import Input
    from sco_etl.ingest.readers.delimited import DelimitedReader

    raw = ("title" + delimiter + "text\n" + "\n".join(delimiter.join(cells[i:i + 2])
                                                    for i in range(0, len(cells), 2))).encode("utf-8")
    try:
        documents = DelimitedReader().read(Input("x.csv", "x.csv"), raw)
    except UnreadableInput as error:
        assert str(error)
        return
    assert [document.source_path for document in documents] == [f"x.csv#{n}" for n in range(1, len(documents) + 1)]
