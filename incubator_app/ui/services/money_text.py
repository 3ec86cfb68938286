"""Amounts, quantities and rates as users read and type them (locale-aware, exact: the text is
parsed with Decimal, never through a float)."""

from __future__ import annotations

from datetime import date
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from incubator_app.models.vocabulary import ServiceUnit


def _decimal_text(cents: int) -> str:
    """12345 → '123,45' in French, '123.45' in English, with group separators."""
    locale = QLocale()
    whole, part = divmod(abs(cents), 100)
    sign = "-" if cents < 0 else ""
    return f"{sign}{locale.toString(whole)}{locale.decimalPoint()}{part:02d}"


def money(cents: int) -> str:
    """'1 234,50 €' (the euro sign after the number, as French users write it)."""
    return f"{_decimal_text(cents)}\u00a0€"


def quantity(hundredths: int) -> str:
    whole, part = divmod(hundredths, 100)
    if part == 0:
        return QLocale().toString(whole)
    text = f"{part:02d}".rstrip("0")
    return f"{QLocale().toString(whole)}{QLocale().decimalPoint()}{text}"


def rate(bp: int) -> str:
    whole, part = divmod(bp, 100)
    text = (
        str(whole)
        if part == 0
        else f"{whole}{QLocale().decimalPoint()}" + f"{part:02d}".rstrip("0")
    )
    return f"{text}\u00a0%"


def parse_hundredths(text: str) -> int | None:
    """'12,5' or '12.50' → 1250; None if it is not a number with at most two decimals ≥ 0."""
    cleaned = text.strip().replace("\u00a0", "").replace(" ", "").replace("€", "").replace("%", "")
    cleaned = cleaned.replace(",", ".")
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        return None
    if not value.is_finite() or value < 0 or value.as_tuple().exponent < -2:  # type: ignore[operator]
        return None
    return int((value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))


def unit_label(unit: ServiceUnit | str) -> str:
    labels = {
        "hour": QCoreApplication.translate("ServiceUnits", "hour"),
        "half_day": QCoreApplication.translate("ServiceUnits", "half-day"),
        "day": QCoreApplication.translate("ServiceUnits", "day"),
        "month": QCoreApplication.translate("ServiceUnits", "month"),
        "item": QCoreApplication.translate("ServiceUnits", "item"),
    }
    key = unit.value if isinstance(unit, ServiceUnit) else str(unit)
    return labels.get(key, key)


def day_text(value: date) -> str:
    return QLocale().toString(QDate(value), "dd/MM/yyyy")


def month_text(value: date) -> str:
    """'novembre 2026' / 'November 2026'."""
    return QLocale().toString(QDate(value.year, value.month, 1), "MMMM yyyy")
