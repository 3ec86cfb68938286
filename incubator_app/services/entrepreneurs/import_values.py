"""Turning spreadsheet cells into field values (no Qt, no database).

Each converter takes a cell as read from a CSV (text) or an XLSX (text, number, date, bool) and
returns the value to validate, or raises `BadValue` with a translatable message that names what
was expected. Empty cells become None before any converter runs.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any

from incubator_app import clock
from incubator_app.db.search_index import fold
from incubator_app.i18n import QT_TRANSLATE_NOOP, Msg, msg
from incubator_app.models import EducationLevel, Gender


class BadValue(Exception):  # noqa: N818 (a message carrier, caught row by row)
    def __init__(self, message: Msg) -> None:
        super().__init__(str(message))
        self.message = message


def key(text: str) -> str:
    """Comparison key of a header or a label: no accents, case, spaces or punctuation."""
    return re.sub(r"[^0-9a-z]+", "", fold(text))


def clean_cell(value: Any) -> Any:
    """Trims text (non-breaking spaces too); blank text is None."""
    if isinstance(value, str):
        value = value.replace("\xa0", " ").replace("\u202f", " ").strip()
        value = value.replace("\r\n", "\n").replace("\r", "\n")
        # Exports write 'text for a cell starting with = + - @ (formula injection): undo it.
        if len(value) > 1 and value[0] == "'" and value[1] in "=+-@\t":
            value = value[1:]
        return value or None
    return value


def as_text(value: Any) -> str:
    """Numbers typed in a spreadsheet come back as numbers: 12.0 is "12", never "12.0"."""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else str(value)
    return str(value)


def postal_code(value: Any) -> str:
    """Spreadsheets store 06414 as the number 6414: four digits get their zero back."""
    text = as_text(value).replace(" ", "")
    if text.isdigit() and len(text) == 4:
        text = "0" + text
    return text


def phone(value: Any) -> str:
    """A French number stored as a number lost its leading zero (612345678)."""
    text = as_text(value)
    if isinstance(value, int | float) and text.isdigit() and len(text) == 9:
        text = "0" + text
    return text


_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{2}|\d{4})$")
_YMD = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?)?$")


def _two_digit_year(year: int) -> int:
    pivot = clock.today().year % 100 + 1
    return 2000 + year if year <= pivot else 1900 + year


def parse_date(value: Any) -> date:
    """`21/11/2026`, `21-11-2026`, `21.11.26`, `2026-11-21`, or a date/datetime cell."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = as_text(value)
    try:
        if match := _DMY.match(text):
            day, month, year = (int(g) for g in match.groups())
            if len(match.group(3)) == 2:
                year = _two_digit_year(year)
            return date(year, month, day)
        if match := _YMD.match(text):
            year, month, day = (int(g) for g in match.groups())
            return date(year, month, day)
    except ValueError as exc:
        raise BadValue(
            msg(QT_TRANSLATE_NOOP("Import", "{value} is not a date of the calendar."), value=text)
        ) from exc
    raise BadValue(
        msg(
            QT_TRANSLATE_NOOP(
                "Import", "{value} is not a date (expected 21/11/2026 or 2026-11-21)."
            ),
            value=text,
        )
    )


def birth_year(value: Any) -> int:
    """A year (1985), or a birth date from which the year is taken."""
    if isinstance(value, date):
        return value.year
    text = as_text(value)
    if text.isdigit() and len(text) == 4:
        return int(text)
    try:
        return parse_date(text).year
    except BadValue:
        raise BadValue(
            msg(QT_TRANSLATE_NOOP("Import", "{value} is not a year (expected 1985)."), value=text)
        ) from None


_TRUE = {"oui", "o", "yes", "y", "vrai", "true", "1", "x"}
_FALSE = {"non", "n", "no", "faux", "false", "0"}


def yes_no(value: Any) -> bool:
    if isinstance(value, bool):
        return value
    word = key(as_text(value))
    if word in _TRUE:
        return True
    if word in _FALSE:
        return False
    raise BadValue(
        msg(QT_TRANSLATE_NOOP("Import", "{value} is not yes or no (oui/non)."), value=value)
    )


_GENDERS = {
    **dict.fromkeys(("f", "femme", "mme", "madame", "female", "woman", "feminin"), Gender.FEMALE),
    **dict.fromkeys(("h", "m", "homme", "monsieur", "male", "man", "masculin"), Gender.MALE),
    **dict.fromkeys(("autre", "other", "nonbinaire", "x"), Gender.OTHER),
    **dict.fromkeys(("nonrenseigne", "nsp", "undisclosed", "nondit"), Gender.UNDISCLOSED),
}


def gender(value: Any) -> Gender:
    found = _GENDERS.get(key(as_text(value))) or _enum_value(Gender, value)
    if found is None:
        raise BadValue(
            msg(
                QT_TRANSLATE_NOOP("Import", "{value} is not a gender (expected F, H or autre)."),
                value=value,
            )
        )
    return found


_EDUCATION = {
    **dict.fromkeys(("infrabac", "sansdiplome", "cap", "bep", "capbep", "brevet"), "below_bac"),
    **dict.fromkeys(("bac", "baccalaureat", "niveau4", "niveauiv"), "bac"),
    **dict.fromkeys(("bac2", "bts", "dut", "deug", "niveau5", "niveauiii"), "bac_2"),
    **dict.fromkeys(("bac3", "licence", "bachelor", "niveau6", "niveauii"), "bac_3"),
    **dict.fromkeys(("bac5", "master", "bac4", "niveau7", "niveaui"), "bac_5"),
    **dict.fromkeys(("doctorat", "doctorate", "phd", "bac8", "niveau8"), "doctorate"),
}


def education_level(value: Any) -> EducationLevel:
    code = _EDUCATION.get(key(as_text(value)))
    found = EducationLevel(code) if code else _enum_value(EducationLevel, value)
    if found is None:
        raise BadValue(
            msg(
                QT_TRANSLATE_NOOP(
                    "Import", "{value} is not an education level (expected bac, bac+2, bac+5…)."
                ),
                value=value,
            )
        )
    return found


def _enum_value(enum_cls: type, value: Any) -> Any:
    try:
        return enum_cls(as_text(value).strip().lower())
    except ValueError:
        return None
