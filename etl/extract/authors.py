"""What an author note says about the authors: "Jane Doe is a senior fellow at the X Institute."

The note names the author (the layout parser already took the name); this adds the
role, affiliation and nationality the note gives, as a ``PersonRef`` the loader merges
into the author's ``people`` row.
"""
from __future__ import annotations

import re

from sco_etl.extract.speakers import ArticleContext, parse_apposition
from sco_etl.model import Extraction, ParsedArticle, PersonRef, Span
from sco_etl.parse.people import PERSON_NAME, looks_like_person

NOTE_SENTENCE = re.compile(rf"(?P<name>{PERSON_NAME.pattern})\s+(?:is|was|serves\s+as)\s+(?P<role>(?:a|an|the)\s+[^.;]+)")


def extract_author_notes(article: ParsedArticle, found: Extraction) -> Extraction:
    context = ArticleContext(article.text, found.organisations)
    authors = set(article.authors)
    people = []
    for part in article.parts:
        if part.kind != "note":
            continue
        for match in NOTE_SENTENCE.finditer(article.text, part.start, part.end):
            name = match.group("name")
            if name not in authors or not looks_like_person(name):
                continue
            role, affiliation, nationality = parse_apposition(
                article.text, Span(match.start("role"), match.end("role")), context)
            people.append(PersonRef(full_name=name, role=role, affiliation=affiliation, nationality_iso3=nationality))
    return Extraction(people=people)
