"""Bytes to normalised text.

UTF-8 (with or without BOM) is tried first because nearly every scraper writes
it; anything else goes to charset-normalizer, which detects legacy encodings
(cp1252, UTF-16 without BOM, ...) and says when bytes are not text at all.
"""
from __future__ import annotations

import codecs
import re
import unicodedata

from sco_etl.parse.wrapping import unwrap


class UnreadableInput(ValueError):
    """The bytes are not an article we can read (empty, binary, undecodable)."""


BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# Unicode spaces that scraped pages use for layout: all become a plain space.
_SPACES = re.compile(r"[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\t\f\v]")
# Invisible characters that only break matching (zero-width, soft hyphen, BOM).
_INVISIBLE = re.compile(r"[\u00ad\u200b-\u200d\u2060\ufeff]")
_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def decode(raw: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``UnreadableInput`` with a one-line reason."""
    if not raw:
        raise UnreadableInput("empty file")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return raw.decode(encoding), encoding
    if b"\x00" not in raw:
        try:
            return raw.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            pass
    # imported only for bytes that are not UTF-8: most loads never need it
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise UnreadableInput("binary or undecodable content (not text in any known encoding)")
    text = str(best)
    if _CONTROL.search(text):  # \t \n \r are outside the class
        raise UnreadableInput(f"binary content (control characters after decoding as {best.encoding})")
    return text, best.encoding


def normalise(text: str) -> str:
    """NFC, ``\\n`` line endings, plain spaces, no invisible characters, no trailing blanks,
    hard-wrapped paragraphs on one line each."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return unwrap("\n".join(lines).strip("\n"))


def decode_article(raw: bytes) -> tuple[str, str]:
    """Decode and normalise; whitespace-only content is unreadable too."""
    text, encoding = decode(raw)
    text = normalise(text)
    if not text.strip():
        raise UnreadableInput("no text (only whitespace)")
    return text, encoding
