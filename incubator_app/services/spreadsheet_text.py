"""User text written into CSV and XLSX files (no Qt).

A cell that starts with = + - @ (or a tab or a carriage return) is run as a formula by
spreadsheets ("CSV injection"); a leading apostrophe makes them show it as typed. The
entrepreneur import strips that apostrophe again, so exports round-trip.
"""

from __future__ import annotations

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(text: str) -> str:
    """`=HYPERLINK(…)` → `'=HYPERLINK(…)`; any other text is returned unchanged."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text
