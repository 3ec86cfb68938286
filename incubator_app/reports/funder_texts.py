"""Texts shared by the funder report's PDF and workbook: headings, breakdown labels, shares,
and the default file name. No reportlab or openpyxl here."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterable, Sequence
from datetime import date

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.labels import label
from incubator_app.services.funding.indicators import HOURS, INDICATOR_LABELS, PERCENT
from incubator_app.services.reporting.funder_kpis import BeneficiaryRow, FunderKpis, Tally
from incubator_app.services.reporting.indicators import (
    IndicatorValue,
    share_bp,  # noqa: F401 (the one rounding)
)

CTX = "FunderReport"

TITLE = QT_TRANSLATE_NOOP("FunderReport", "Funder report")
KEY_FIGURES = QT_TRANSLATE_NOOP("FunderReport", "Key figures")
ENTRIES_EXITS = QT_TRANSLATE_NOOP("FunderReport", "Entries and exits")
SURVIVAL = QT_TRANSLATE_NOOP("FunderReport", "Businesses still active after exit")
COACHING = QT_TRANSLATE_NOOP("FunderReport", "Coaching")
PROFILE = QT_TRANSLATE_NOOP("FunderReport", "Participants' profile")
ANNEX = QT_TRANSLATE_NOOP("FunderReport", "Annex — beneficiaries")
NOTHING = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Nobody was supported under this grant during this period: there is nothing to report.",
)

FIGURES = {
    "people_supported": QT_TRANSLATE_NOOP("FunderReport", "People supported"),
    "beneficiaries": QT_TRANSLATE_NOOP("FunderReport", "Beneficiaries of the grant"),
    "admissions": QT_TRANSLATE_NOOP("FunderReport", "Admissions"),
    "incubations": QT_TRANSLATE_NOOP("FunderReport", "Support contracts started"),
    "exits": QT_TRANSLATE_NOOP("FunderReport", "Exits"),
    "positive_exits": QT_TRANSLATE_NOOP(
        "FunderReport", "Positive exits (business, job or training)"
    ),
    "sessions": QT_TRANSLATE_NOOP("FunderReport", "Coaching sessions"),
    "individual_sessions": QT_TRANSLATE_NOOP("FunderReport", "Individual sessions"),
    "collective_sessions": QT_TRANSLATE_NOOP("FunderReport", "Collective sessions (workshops)"),
    "coaching_hours": QT_TRANSLATE_NOOP("FunderReport", "Coaching hours delivered"),
    "participant_hours": QT_TRANSLATE_NOOP(
        "FunderReport", "Coaching hours received (per participant)"
    ),
    "hours_per_person": QT_TRANSLATE_NOOP("FunderReport", "Hours received per person supported"),
}

DIMENSIONS = {
    "gender": QT_TRANSLATE_NOOP("FunderReport", "Gender"),
    "age_band": QT_TRANSLATE_NOOP("FunderReport", "Age at admission"),
    "job_seeker": QT_TRANSLATE_NOOP("FunderReport", "Job seeker at entry"),
    "social_minima": QT_TRANSLATE_NOOP("FunderReport", "Receiving social minima"),
    "priority_district": QT_TRANSLATE_NOOP("FunderReport", "Living in a priority district (QPV)"),
}

_KEYS = {
    "female": QT_TRANSLATE_NOOP("FunderReport", "Women"),
    "male": QT_TRANSLATE_NOOP("FunderReport", "Men"),
    "other": QT_TRANSLATE_NOOP("FunderReport", "Other"),
    "undisclosed": QT_TRANSLATE_NOOP("FunderReport", "Not disclosed"),
    "unknown": QT_TRANSLATE_NOOP("FunderReport", "Not known"),
    "yes": QT_TRANSLATE_NOOP("FunderReport", "Yes"),
    "no": QT_TRANSLATE_NOOP("FunderReport", "No"),
    "under_26": QT_TRANSLATE_NOOP("FunderReport", "Under 26"),
    "26_34": QT_TRANSLATE_NOOP("FunderReport", "26 to 34"),
    "35_44": QT_TRANSLATE_NOOP("FunderReport", "35 to 44"),
    "45_54": QT_TRANSLATE_NOOP("FunderReport", "45 to 54"),
    "55_plus": QT_TRANSLATE_NOOP("FunderReport", "55 and over"),
}

COLUMNS = {
    "name": QT_TRANSLATE_NOOP("FunderReport", "Name"),
    "last_name": QT_TRANSLATE_NOOP("FunderReport", "Last name"),
    "first_name": QT_TRANSLATE_NOOP("FunderReport", "First name"),
    "stage": QT_TRANSLATE_NOOP("FunderReport", "Stage"),
    "admitted_on": QT_TRANSLATE_NOOP("FunderReport", "Admitted on"),
    "left_on": QT_TRANSLATE_NOOP("FunderReport", "Left on"),
    "exit": QT_TRANSLATE_NOOP("FunderReport", "Exit"),
    "sessions": QT_TRANSLATE_NOOP("FunderReport", "Sessions"),
    "hours": QT_TRANSLATE_NOOP("FunderReport", "Hours"),
    "count": QT_TRANSLATE_NOOP("FunderReport", "Number"),
    "share": QT_TRANSLATE_NOOP("FunderReport", "Share"),
    "figure": QT_TRANSLATE_NOOP("FunderReport", "Figure"),
    "value": QT_TRANSLATE_NOOP("FunderReport", "Value"),
    "outcome": QT_TRANSLATE_NOOP("FunderReport", "Outcome"),
    "after": QT_TRANSLATE_NOOP("FunderReport", "After"),
    "checked": QT_TRANSLATE_NOOP("FunderReport", "Checked"),
    "due": QT_TRANSLATE_NOOP("FunderReport", "Due"),
    "unknown_share": QT_TRANSLATE_NOOP("FunderReport", "Unknown"),
    "active": QT_TRANSLATE_NOOP("FunderReport", "Still active"),
    "rate": QT_TRANSLATE_NOOP("FunderReport", "Rate"),
}

TARGETS = QT_TRANSLATE_NOOP("FunderReport", "Targets of the grant")
TARGET_COLUMNS = {
    "indicator": QT_TRANSLATE_NOOP("FunderReport", "Indicator"),
    "target": QT_TRANSLATE_NOOP("FunderReport", "Target"),
    "actual": QT_TRANSLATE_NOOP("FunderReport", "Actual"),
    "gap": QT_TRANSLATE_NOOP("FunderReport", "Gap"),
}

COVER = {
    "funder": QT_TRANSLATE_NOOP("FunderReport", "Funder"),
    "grant": QT_TRANSLATE_NOOP("FunderReport", "Grant"),
    "reference": QT_TRANSLATE_NOOP("FunderReport", "Reference"),
    "amount": QT_TRANSLATE_NOOP("FunderReport", "Amount"),
    "grant_period": QT_TRANSLATE_NOOP("FunderReport", "Grant period"),
    "period": QT_TRANSLATE_NOOP("FunderReport", "Reported period"),
}
MONTHS_AFTER = QT_TRANSLATE_NOOP("FunderReport", "{months} months")
PERIOD_RANGE = QT_TRANSLATE_NOOP("FunderReport", "{start} – {end}")
ANNEX_TOTAL = QT_TRANSLATE_NOOP(
    "FunderReport", "{people} people supported, {hours} of coaching received in the period."
)
DEFINITIONS = QT_TRANSLATE_NOOP(
    "FunderReport",
    "People supported: beneficiaries of the grant whose pathway overlaps the period, or who "
    "attended a coaching session in it. Hours received count each participant of a workshop; "
    "hours delivered count each session once. Businesses still active: follow-up checks of "
    "people who left to create their business, known at the end of the period.",
)


def key_label(fmt: Formatter, key: str) -> str:
    text = _KEYS.get(key)
    return fmt.tr(text) if text else key


def figure_label(fmt: Formatter, name: str) -> str:
    return fmt.tr(FIGURES[name])


def period_text(fmt: Formatter, start: date, end: date) -> str:
    return fmt.tr(PERIOD_RANGE, start=fmt.date(start), end=fmt.date(end))


def headline_figures(k: FunderKpis, fmt: Formatter) -> list[tuple[str, str, int | float]]:
    """(name, formatted value, raw value) of the key figures, in reading order. Hours as raw
    values are hours (float, for spreadsheets); everything else is a count."""
    per_person = k.participant_minutes / k.people_supported if k.people_supported else 0
    return [
        ("people_supported", str(k.people_supported), k.people_supported),
        ("beneficiaries", str(k.beneficiaries), k.beneficiaries),
        ("admissions", str(k.admissions), k.admissions),
        ("incubations", str(k.incubations), k.incubations),
        ("exits", str(k.exits_total), k.exits_total),
        ("positive_exits", str(k.positive_exits), k.positive_exits),
        ("sessions", str(k.sessions), k.sessions),
        ("individual_sessions", str(k.individual_sessions), k.individual_sessions),
        ("collective_sessions", str(k.collective_sessions), k.collective_sessions),
        ("coaching_hours", fmt.hours(k.coaching_minutes), k.coaching_minutes / 60),
        ("participant_hours", fmt.hours(k.participant_minutes), k.participant_minutes / 60),
        ("hours_per_person", fmt.hours(round(per_person)), per_person / 60),
    ]


def breakdowns(k: FunderKpis) -> list[tuple[str, Sequence[Tally]]]:
    return [
        ("gender", k.by_gender),
        ("age_band", k.by_age_band),
        ("job_seeker", k.by_job_seeker),
        ("social_minima", k.by_social_minima),
        ("priority_district", k.by_priority_district),
    ]


def exit_label(fmt: Formatter, key: str) -> str:
    return label(fmt, "exit", key)


def annex_cells(
    rows: Iterable[BeneficiaryRow],
    fmt: Formatter,
    progress: Callable[[int], None] | None = None,
    every: int = 200,
) -> Iterable[tuple[BeneficiaryRow, str, str]]:
    """Each row with its stage and exit texts; reports `progress(n)` every `every` rows."""
    for n, row in enumerate(rows, start=1):
        if progress is not None and n % every == 0:
            progress(n)
        yield row, label(fmt, "stage", row.stage), label(fmt, "exit", row.exit_type)


def slugify(text: str, max_length: int = 60) -> str:
    """'Région Sud — 2026' → 'region-sud-2026' (ASCII, for file names)."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    slug = re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-")
    return slug[:max_length].rstrip("-") or "rapport"


def default_file_name(subject: str, start: date, end: date, extension: str) -> str:
    """`rapport-<subject>-<period>.<ext>`, e.g. rapport-rs-2026-0001-2026-01-01-2026-06-30.pdf."""
    period = f"{start.isoformat()}-{end.isoformat()}"
    return f"rapport-{slugify(subject)}-{period}.{extension}"


def indicator_label(fmt: Formatter, key: str) -> str:
    text = INDICATOR_LABELS.get(key)
    return fmt.tr(text) if text else key


def indicator_number(fmt: Formatter, unit: str, value: int | float | None, signed=False) -> str:
    """A target, actual value or gap as the report prints it ("—" when there is none)."""
    if value is None:
        return "—"
    sign = "+" if signed and value > 0 else ""
    if unit == HOURS:
        return sign + fmt.hours(round(value * 60))
    if unit == PERCENT:
        return sign + fmt.percent(round(value * 100))
    return f"{sign}{value}"


def indicator_cells(
    values: Iterable[IndicatorValue], fmt: Formatter
) -> list[tuple[str, str, str, str]]:
    """(indicator, target, actual, gap) texts, one line per targeted indicator."""
    return [
        (
            indicator_label(fmt, v.key),
            indicator_number(fmt, v.unit, v.target),
            indicator_number(fmt, v.unit, v.actual),
            indicator_number(fmt, v.unit, v.gap, signed=True),
        )
        for v in values
    ]
