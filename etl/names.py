"""Spelling-insensitive keys for names, so one organisation or person is one row.

"The Shanghai Cooperation Organisation", "Shanghai Cooperation Organization"
and "shanghai cooperation organization" share one key.
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# British and American spellings that news outlets mix for the same body.
_SPELLINGS = {
    "organisation": "organization", "organisations": "organizations",
    "centre": "center", "centres": "centers", "defence": "defense",
    "programme": "program", "programmes": "programs", "labour": "labor",
}
_LEADING_ARTICLE = re.compile(r"^the\s+")
_NOT_WORD = re.compile(r"[^\w\s]")


@lru_cache(maxsize=8192)
def name_key(name: str) -> str:
    """Casefolded, accent-free, British/American-neutral key without a leading "the".

    Remembered: the writer asks for the same few thousand names again and again."""
    text = unicodedata.normalize("NFKD", name)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = text.casefold().replace("&", " and ").replace("’", "'")
    text = _NOT_WORD.sub(" ", text.replace("'s ", "s "))
    words = [_SPELLINGS.get(word, word) for word in text.split()]
    return _LEADING_ARTICLE.sub("", " ".join(words))
