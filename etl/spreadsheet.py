"""CSV cells a spreadsheet opens as text.

Excel, LibreOffice and Google Sheets run a cell that starts with = + - or @ as a formula
(a tab or carriage return first can lead to the same), so a scraped title such as
=HYPERLINK(...) becomes a live link or worse in whoever opens the export. OWASP's advice on
CSV injection: start such a cell with a single quote, which spreadsheets read as "text".
"""
from __future__ import annotations

from typing import Any

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
EXCEL_SAFE_HELP = ("CSV: start cells that begin with = + - @ (or a tab or carriage return) with ' so that "
                   "spreadsheets show them as text instead of running them as formulas.")


def excel_safe(value: Any) -> Any:
    """``value`` with a quote before it when it is text a spreadsheet would take as a formula."""
    return "'" + value if isinstance(value, str) and value.startswith(FORMULA_STARTS) else value
