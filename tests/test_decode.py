import codecs

import pytest
from sco_etl.ingest.decode import UnreadableInput, decode, decode_article, normalise

TEXT = "Kyrgyz officials welcomed the “new format” of the SCO — and its café talks."


def test_utf8_with_and_without_bom():
    assert decode(TEXT.encode("utf-8")) == (TEXT, "utf-8")
    assert decode(codecs.BOM_UTF8 + TEXT.encode("utf-8")) == (TEXT, "utf-8-sig")


def test_utf16_with_bom():
    assert decode(TEXT.encode("utf-16"))[0] == TEXT


def test_utf16_without_bom_is_detected():
    text = "The Shanghai Cooperation Organization met in Astana on Thursday. " * 5
    assert decode(text.encode("utf-16-le"))[0] == text


def test_cp1252_is_detected():
    text = ("“We need interconnected grids,” said the minister. The ministers’ meeting ended "
            "with a communiqué on the energy market of the region. ") * 3
    decoded, encoding = decode(text.encode("cp1252"))
    assert decoded == text
    assert encoding != "utf-8"


@pytest.mark.parametrize("raw, reason", [
    (b"", "empty"),
    (b"   \n\t\r\n  ", "whitespace"),
    (bytes(range(256)) * 8, "binary"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x01\x00" + bytes(300), "binary"),
])
def test_unreadable_inputs_say_why(raw, reason):
    with pytest.raises(UnreadableInput, match=reason):
        decode_article(raw)


def test_normalise_line_endings_spaces_and_invisible_characters():
    raw = "Title\r\nFirst\u00a0line \r\rSecond\u200b line\t\n"
    assert normalise(raw) == "Title\nFirst line\n\nSecond line"


def test_normalise_composes_unicode():
    assert normalise("Tu\u0308rkiye") == "Türkiye"
