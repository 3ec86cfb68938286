"""The command line's arguments, checked in one place: record ids, days, months, output files.

Every command parses its ids, dates and files through these, so a hostile or mistyped value
(an id beyond 64 bits, the year 9999, a folder as the output) ends as one clear line on stderr
and exit status 2, never as a traceback deep in a library (no Qt here)."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

from incubator_app.i18n import QT_TRANSLATE_NOOP, msg

# Days far enough on both sides for a pathway, and far from date.max: a period's end + 1 day or
# + 1 month never overflows.
MIN_YEAR, MAX_YEAR = 1900, 2200
MAX_ID = 2**63 - 1  # SQLite's and PostgreSQL's bigint
_MONTH = re.compile(r"(\d{4})-(\d{1,2})")


class UserError(Exception):
    """A mistake on the command line: printed as one line, exit status 2."""


def _fail(text: tuple[str, str], **params: object) -> UserError:
    return UserError(str(msg(text, **params)))


def record_id(value: str | int, option: str) -> int:
    """A database id: a whole number from 1 to 2⁶³ − 1."""
    try:
        number = int(str(value).strip())
    except ValueError:
        number = 0
    if not 1 <= number <= MAX_ID:
        raise _fail(
            QT_TRANSLATE_NOOP("Cli", "{option}: {value} is not a record number."),
            option=option,
            value=value,
        )
    return number


def _in_range(day: date, option: str, value: str) -> date:
    if not MIN_YEAR <= day.year <= MAX_YEAR:
        raise _fail(
            QT_TRANSLATE_NOOP("Cli", "{option}: {value} is outside the years {low}–{high}."),
            option=option,
            value=value,
            low=MIN_YEAR,
            high=MAX_YEAR,
        )
    return day


def day(value: str, option: str) -> date:
    """YYYY-MM-DD, between MIN_YEAR and MAX_YEAR."""
    try:
        parsed = date.fromisoformat(value.strip())
    except ValueError:
        raise _fail(
            QT_TRANSLATE_NOOP("Cli", "{option}: {value} is not a date (YYYY-MM-DD)."),
            option=option,
            value=value,
        ) from None
    return _in_range(parsed, option, value)


def month(value: str, option: str = "--month") -> date:
    """YYYY-MM, as the first day of that month, between MIN_YEAR and MAX_YEAR."""
    found = _MONTH.fullmatch(value.strip())
    if found is None or not 1 <= int(found.group(2)) <= 12:
        raise _fail(
            QT_TRANSLATE_NOOP("Cli", "{option} must look like 2026-11, not “{value}”."),
            option=option,
            value=value,
        )
    return _in_range(date(int(found.group(1)), int(found.group(2)), 1), option, value)


def output_file(value: str, option: str = "-o") -> Path:
    """A file to write: its folder must exist (nothing is created behind the user's back) and
    it must not be a folder itself."""
    if not value.strip():
        raise _fail(QT_TRANSLATE_NOOP("Cli", "{option}: a file name is needed."), option=option)
    path = Path(value).expanduser().absolute()
    if path.is_dir():
        raise _fail(
            QT_TRANSLATE_NOOP("Cli", "{option}: {path} is a folder, not a file."),
            option=option,
            path=str(path),
        )
    if not path.parent.is_dir():
        raise _fail(
            QT_TRANSLATE_NOOP("Storage", "The folder {folder} does not exist."),
            folder=str(path.parent),
        )
    return path
