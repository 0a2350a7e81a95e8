"""CSV cells a spreadsheet opens as text.

Excel, LibreOffice and Google Sheets run a cell that starts with = + - or @ as a formula, also
after blanks and in the full-width forms (＝ ＋ － ＠) they read like the ASCII ones; a tab or
carriage return first can lead to the same. So a scraped title such as =HYPERLINK(...) becomes
a live link or worse in whoever opens the export. OWASP's advice on CSV injection: start such a
cell with a single quote, which spreadsheets read as "text". A number written as text (-5, +3,
1.5e3) is left alone: it is no formula, and the quote would make it a string.
"""
from __future__ import annotations

import re
from typing import Any

FORMULA = re.compile(r"[\t\r]|\s*[=+\-@＝＋－＠]")
NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?")
EXCEL_SAFE_HELP = ("CSV: start cells that begin with = + - @ (after blanks too, or full-width), a tab or a carriage "
                   "return with ' so that spreadsheets show them as text instead of running them as formulas; "
                   "numbers stay as they are.")


def excel_safe(value: Any) -> Any:
    """``value`` with a quote before it when it is text a spreadsheet would take as a formula."""
    if isinstance(value, str) and FORMULA.match(value) and not NUMBER.fullmatch(value):
        return "'" + value
    return value
