"""Amounts, dates, hours and quantities in the report's locale (babel).

French amounts use a no-break space (U+00A0) both as the thousands separator and before the
currency sign: babel writes a *narrow* no-break space (U+202F) for thousands, which some PDF
viewers' text extraction and search turn into odd characters; U+00A0 is in every font, keeps
`1 234,50 €` on one line and extracts as a plain space after normalisation.

>>> f = Formatter("fr")
>>> f.money(123450).replace("\\xa0", " ")
'1 234,50 €'
>>> f.date(date(2026, 11, 21))
'21/11/2026'
>>> Formatter("en").money(123450)
'€1,234.50'
>>> Formatter("it").money(123450).replace("\xa0", " "), Formatter("it").date(date(2026, 12, 3))
('1.234,50 €', '03/12/2026')
>>> Formatter("es").money(123450).replace("\xa0", " ")
'1.234,50 €'
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

from babel.dates import format_date, format_time
from babel.numbers import format_currency, format_decimal, format_percent

from incubator_app.i18n import Msg
from incubator_app.reports.translate import translate

#: Hours are printed to the tenth.
HOUR_STEP = Decimal("0.1")

BABEL_LOCALES = {"fr": "fr_FR", "en": "en_GB", "it": "it_IT", "es": "es_ES"}
NBSP = "\u00a0"
_NARROW_NBSP = "\u202f"


def babel_locale(lang: str) -> str:
    return BABEL_LOCALES.get(lang, lang)


def _clean(text: str) -> str:
    return text.replace(_NARROW_NBSP, NBSP)


@dataclass(frozen=True)
class Formatter:
    lang: str = "fr"
    currency: str = "EUR"

    @property
    def locale(self) -> str:
        return babel_locale(self.lang)

    def tr(self, key: tuple[str, str] | Msg, **params: Any) -> str:
        """A report text (marked with QT_TRANSLATE_NOOP) in this report's language."""
        return translate(key, self.lang, **params)

    def money(self, cents: int | None) -> str:
        if cents is None:
            return ""
        return _clean(format_currency(Decimal(cents) / 100, self.currency, locale=self.locale))

    def number(self, value: int | float | Decimal, decimals: int = 0) -> str:
        pattern = "#,##0" + ("." + "0" * decimals if decimals else "")
        return _clean(format_decimal(value, format=pattern, locale=self.locale))

    def quantity(self, hundredths: int) -> str:
        """150 → '1,5' (up to two decimals, no trailing zeros)."""
        return _clean(
            format_decimal(Decimal(hundredths) / 100, format="#,##0.##", locale=self.locale)
        )

    def hours(self, minutes: int) -> str:
        """90 → '1,5 h', 435 → '7,3 h': one decimal, halves rounded up (as people count)."""
        value = (Decimal(minutes) / 60).quantize(HOUR_STEP, rounding=ROUND_HALF_UP)
        return _clean(format_decimal(value, format="#,##0.#", locale=self.locale)) + NBSP + "h"

    def percent(self, basis_points: int) -> str:
        """2000 → '20 %', 550 → '5,5 %' (French spacing from the locale)."""
        value = Decimal(basis_points) / 10000
        return _clean(format_percent(value, locale=self.locale, decimal_quantization=False))

    def date(self, value: date | datetime | None) -> str:
        if value is None:
            return ""
        if isinstance(value, datetime):
            value = value.date()
        return format_date(value, "dd/MM/yyyy", locale=self.locale)

    def month(self, value: date) -> str:
        """'novembre 2026' / 'November 2026'."""
        return format_date(value, "LLLL yyyy", locale=self.locale)

    def short_month(self, value: date) -> str:
        """Axis labels: 'nov. 26' / 'Nov 26'."""
        return format_date(value, "LLL yy", locale=self.locale)

    def time(self, value: time | datetime | None) -> str:
        if value is None:
            return ""
        return format_time(value, "HH:mm", locale=self.locale)

    def datetime(self, value: datetime) -> str:
        return f"{self.date(value)} {self.time(value)}"
