"""Bytes to normalised text.

UTF-8 (with or without BOM) is tried first because nearly every scraper writes
it. Bytes that are more than 99% UTF-8, and hold UTF-8's multi-byte characters,
are UTF-8 with a few damaged bytes, not another charset: those bytes become U+FFFD
and the document says so (a warning in the load's summary); a guessed legacy
charset would garble every other non-ASCII character. (ASCII with a few stray high
bytes is more likely a legacy charset's accents: those go to the detector.) Anything else goes to charset-normalizer, which detects legacy
encodings (cp1252, UTF-16 without BOM, ...) and says when bytes are not text at all.
"""
from __future__ import annotations

import codecs
import re
import unicodedata
from typing import NamedTuple

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
# what ``surrogateescape`` makes of a byte that is not UTF-8 (UTF-8 itself never encodes these)
_ESCAPED_BYTE = re.compile("[\udc80-\udcff]")


class Decoded(NamedTuple):
    text: str
    encoding: str
    warning: str | None = None  # set when bytes that are not UTF-8 were replaced


def decode(raw: bytes) -> tuple[str, str]:
    """Return ``(text, encoding)``; raise ``UnreadableInput`` with a one-line reason."""
    return decode_reporting(raw)[:2]


def decode_utf8(raw: bytes) -> tuple[str, int]:
    """``raw`` as UTF-8, each byte that is not UTF-8 replaced by U+FFFD, and how many were."""
    try:
        return raw.decode("utf-8"), 0
    except UnicodeDecodeError:
        text = raw.decode("utf-8", "surrogateescape")  # one lone surrogate per invalid byte: counted exactly
        return _ESCAPED_BYTE.sub("\ufffd", text), len(_ESCAPED_BYTE.findall(text))


def replaced_warning(invalid: int) -> str:
    return f"{invalid:,} byte{'s' * (invalid != 1)} not valid UTF-8, replaced with U+FFFD"


def decode_reporting(raw: bytes) -> Decoded:
    """The text, its encoding and a warning when bytes were replaced; raise ``UnreadableInput``
    with a one-line reason."""
    if not raw:
        raise UnreadableInput("empty file")
    for bom, encoding in BOMS:
        if raw.startswith(bom):
            return Decoded(raw.decode(encoding), encoding)
    if b"\x00" not in raw:
        text, invalid = decode_utf8(raw)
        # (more bytes than characters: some of the valid ones are UTF-8's multi-byte characters)
        if invalid * 100 < len(raw) and len(raw) > len(text):
            return Decoded(text, "utf-8", replaced_warning(invalid) if invalid else None)
    # imported only for bytes that are not UTF-8: most loads never need it
    from charset_normalizer import from_bytes

    best = from_bytes(raw).best()
    if best is None:
        raise UnreadableInput("binary or undecodable content (not text in any known encoding)")
    text = str(best)
    if _CONTROL.search(text):  # \t \n \r are outside the class
        raise UnreadableInput(f"binary content (control characters after decoding as {best.encoding})")
    return Decoded(text, best.encoding)


def normalise(text: str) -> str:
    """NFC, ``\\n`` line endings, plain spaces, no invisible characters, no trailing blanks,
    hard-wrapped paragraphs on one line each."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n\n")
    text = _INVISIBLE.sub("", text)
    text = _SPACES.sub(" ", text)
    lines = [line.rstrip() for line in text.split("\n")]
    return unwrap("\n".join(lines).strip("\n"))


def decode_article(raw: bytes) -> Decoded:
    """Decode and normalise; whitespace-only content is unreadable too."""
    text, encoding, warning = decode_reporting(raw)
    text = normalise(text)
    if not text.strip():
        raise UnreadableInput("no text (only whitespace)")
    return Decoded(text, encoding, warning)
