"""Money arithmetic, exact: integer cents, quantities in hundredths, rates in basis points.

Rounding rule (used by usages, statements, revenue contributions and their totals):
- amount HT of a line = unit price × quantity, rounded half up to the cent;
- VAT of a line = amount HT × VAT rate, rounded half up to the cent (VAT is computed per line,
  never on a total);
- TTC of a line = HT + VAT;
- a total (per entrepreneur, per month, of a statement) is the sum of its lines' HT, VAT and TTC,
  so that a total always equals the sum of the lines printed above it;
- the contribution due to the incubator for a month = revenue × revenue-share rate, rounded half
  up to the cent.
Every value is ≥ 0, so `(x + half) // divisor` is half-up rounding. SQL totals use the same
integer expression (services/shared_services/usage_totals.py) and
agree with these functions to the cent.
"""

from __future__ import annotations


def amount_for(unit_price_cents: int, quantity_hundredths: int) -> int:
    """unit price × quantity / 100, rounded half up, in integers (both are never negative)."""
    return (unit_price_cents * quantity_hundredths + 50) // 100


def vat_for(amount_cents: int, vat_rate_bp: int) -> int:
    """VAT of one line: amount × rate (basis points) / 10 000, rounded half up."""
    return (amount_cents * vat_rate_bp + 5000) // 10000


def share_of(amount_cents: int, share_bp: int) -> int:
    """A percentage (basis points) of an amount, rounded half up: the revenue contribution."""
    return (amount_cents * share_bp + 5000) // 10000


def format_cents(cents: int) -> str:
    """Plain `1234.50` for CSV files and logs (the UI formats with the locale)."""
    sign = "-" if cents < 0 else ""
    whole, part = divmod(abs(cents), 100)
    return f"{sign}{whole}.{part:02d}"


def format_rate_bp(rate_bp: int) -> str:
    """`2000` → `20`, `550` → `5.5` (a percentage without trailing zeros)."""
    whole, part = divmod(rate_bp, 100)
    return f"{whole}" if part == 0 else f"{whole}.{part:02d}".rstrip("0")
