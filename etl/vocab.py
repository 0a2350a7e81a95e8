"""The controlled vocabularies of ``annotation.md``, declared once.

The schema turns each into a CHECK constraint; extractors and the evaluator
import them from here, so a value outside the rules cannot reach the database.
"""

EVENT_TYPES = (
    "founding_member", "accession", "application", "observer", "dialogue_partner",
    "partner", "chairmanship", "withdrawal",
    # a roster ("currently includes A, B and C") is a status report, not a change
    "member",
)
CERTAINTIES = ("occurred", "planned", "reported")
QUOTE_KINDS = ("direct", "indirect")
DATE_PRECISIONS = ("day", "month", "year")

ORGANISATION_KINDS = (
    "intergovernmental", "organ", "government_body", "news_outlet", "university",
    "research_institute", "company", "ngo", "political_party", "other",
)
ORGANISATION_NAME_KINDS = ("canonical", "acronym", "alias")
STATE_NAME_KINDS = ("short", "official", "common", "alternative", "adjective", "demonym", "capital")

# interrupted: stopped (Ctrl-C), or found dead ("running" with no process left) by a later load
LOAD_RUN_STATUSES = ("running", "succeeded", "partial", "failed", "interrupted")
SOURCE_FILE_OUTCOMES = ("loaded", "duplicate")  # how the file's article got stored
