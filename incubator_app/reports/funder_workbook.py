"""Funder report as an Excel workbook: one sheet of key figures, one of beneficiaries, one of the
events held under the grant (the PDF's events section, event by event, with the same total).

openpyxl's write-only mode streams rows to disk, so the beneficiaries sheet does not hold the
annex in memory. Numbers stay numbers (counts, hours as decimals, amounts in euros, shares as
fractions, real dates) with display formats, so funders can add them up. Text typed by users is
neutralised: a cell starting with = + - @ (or a tab / carriage return) gets a leading apostrophe
and is stored as text, never as a formula. The file is written atomically (temp + rename).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.file_modes import replaced_on_success
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.funder_fse import fse_sheet
from incubator_app.reports.funder_report import Progress, watch
from incubator_app.reports.funder_texts import (
    COLUMNS,
    COVER,
    DIMENSIONS,
    ENTRIES_EXITS,
    MONTHS_AFTER,
    PROFILE,
    SURVIVAL,
    TARGET_COLUMNS,
    TARGETS,
    TITLE,
    annex_cells,
    exit_label,
    figure_label,
    headline_figures,
    indicator_label,
    key_label,
)
from incubator_app.reports.labels import label as kind_label
from incubator_app.services.actor import Actor
from incubator_app.services.funding.fse.indicators import IndicatorTable, grant_fse_table
from incubator_app.services.reporting.event_figures import EventRow, event_rows
from incubator_app.services.reporting.funder_kpis import (
    BeneficiaryRow,
    FunderKpis,
    ReportIdentity,
    iter_beneficiary_rows,
    report_identity,
)
from incubator_app.services.reporting.indicators import IndicatorValue, grant_indicators
from incubator_app.services.spreadsheet_text import neutralise

SHEET_FIGURES = QT_TRANSLATE_NOOP("FunderReport", "Key figures")
SHEET_BENEFICIARIES = QT_TRANSLATE_NOOP("FunderReport", "Beneficiaries")
SHEET_EVENTS = QT_TRANSLATE_NOOP("FunderReport", "Events")
EVENT_COLUMNS = (
    QT_TRANSLATE_NOOP("FunderReport", "Event"),
    QT_TRANSLATE_NOOP("FunderReport", "Kind"),
    QT_TRANSLATE_NOOP("FunderReport", "Date"),
    QT_TRANSLATE_NOOP("FunderReport", "Hours"),
    QT_TRANSLATE_NOOP("FunderReport", "Registered"),
    QT_TRANSLATE_NOOP("FunderReport", "Attended"),
    QT_TRANSLATE_NOOP("FunderReport", "Absent"),
    QT_TRANSLATE_NOOP("FunderReport", "Attendance"),
    QT_TRANSLATE_NOOP("FunderReport", "Participant hours"),
    QT_TRANSLATE_NOOP("FunderReport", "Evaluations"),
    QT_TRANSLATE_NOOP("FunderReport", "Satisfaction (1-5)"),
)
NO_EVENT = QT_TRANSLATE_NOOP(
    "FunderReport", "No event attributed to this grant took place in the period."
)
EVENTS_NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Events attributed to the grant, not cancelled, that started in the period. Registered: "
    "places held; attendance: attended over the places marked present or absent.",
)
EVALUATIONS_NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Evaluations: the participants' answers recorded; average satisfaction: their mean score "
    "from 1 (poor) to 5 (excellent), over all the answers.",
)
INCUBATOR = QT_TRANSLATE_NOOP("FunderReport", "Incubator")
PERIOD_FROM = QT_TRANSLATE_NOOP("FunderReport", "Period from")
PERIOD_TO = QT_TRANSLATE_NOOP("FunderReport", "Period to")

DATE_FORMAT = "DD/MM/YYYY"
HOURS_FORMAT = "#,##0.0"
COUNT_FORMAT = "#,##0"
SCORE_FORMAT = "0.0"
MONEY_FORMAT = '#,##0.00 "€"'
SHARE_FORMAT = "0.0%"
_BOLD = Font(bold=True)
_HEADER_FONT = Font(bold=True, color="FFFFFF")
_HEADER_FILL = PatternFill("solid", fgColor="0B6E73")
_TITLE_FONT = Font(bold=True, size=14, color="0B6E73")


def _cell(ws: WriteOnlyWorksheet, value: Any, number_format: str | None = None, font=None):
    if isinstance(value, str):
        cell = WriteOnlyCell(ws, value=neutralise(value))
        cell.data_type = "s"  # never a formula, whatever the text
    else:
        cell = WriteOnlyCell(ws, value=value)
    if number_format:
        cell.number_format = number_format
    if font is not None:
        cell.font = font
    return cell


def _header(ws: WriteOnlyWorksheet, titles: Sequence[str]) -> list:
    cells = []
    for title in titles:
        c = _cell(ws, title, font=_HEADER_FONT)
        c.fill = _HEADER_FILL
        c.alignment = Alignment(vertical="center", wrap_text=True)
        cells.append(c)
    return cells


def build_funder_workbook(
    kpis: FunderKpis,
    rows: Iterable[BeneficiaryRow],
    path: str | os.PathLike[str],
    *,
    identity: ReportIdentity,
    locale: str = "fr",
    progress: Progress | None = None,
    indicators: Sequence[IndicatorValue] = (),
    events: Sequence[EventRow] = (),
    fse: IndicatorTable | None = None,
) -> Path:
    fmt = Formatter(locale)
    wb = Workbook(write_only=True)
    figures = wb.create_sheet(_sheet_title(fmt.tr(SHEET_FIGURES)))
    _figures_sheet(figures, kpis, identity, fmt, indicators)
    _beneficiaries_sheet(
        wb.create_sheet(_sheet_title(fmt.tr(SHEET_BENEFICIARIES))), kpis, rows, fmt, progress
    )
    _events_sheet(wb.create_sheet(_sheet_title(fmt.tr(SHEET_EVENTS))), events, fmt)
    if fse is not None:
        fse_sheet(wb, fse, fmt, _cell, _header)
    return _save_atomically(wb, Path(path))


def write_funder_workbook(
    session: Session,
    grant_id: int,
    start: date,
    end: date,
    path: str | os.PathLike[str],
    *,
    actor: Actor,
    locale: str = "fr",
    progress: Progress | None = None,
    cancelled: Callable[[], bool] | None = None,
) -> Path:
    kpis, indicators = grant_indicators(session, grant_id, start, end, actor=actor)
    rows = iter_beneficiary_rows(session, grant_id, start, end, actor=actor)
    return build_funder_workbook(
        kpis,
        watch(rows, cancelled),
        path,
        identity=report_identity(session),
        locale=locale,
        progress=progress,
        indicators=indicators,
        events=event_rows(session, grant_id, start, end, actor=actor),
        fse=grant_fse_table(session, grant_id, start, end, actor=actor),
    )


def _sheet_title(text: str) -> str:
    for ch in "[]:*?/\\":
        text = text.replace(ch, " ")
    return text[:31]


def _figures_sheet(
    ws,
    k: FunderKpis,
    identity: ReportIdentity,
    fmt: Formatter,
    indicators: Sequence[IndicatorValue] = (),
) -> None:
    ws.column_dimensions["A"].width = 46
    for col in "BCD":
        ws.column_dimensions[col].width = 16
    g = k.grant
    ws.append([_cell(ws, f"{fmt.tr(TITLE)} — {g.reference}", font=_TITLE_FONT)])
    for label, value, number_format in (
        (fmt.tr(INCUBATOR), identity.incubator_name, None),
        (fmt.tr(COVER["funder"]), g.funder_name, None),
        (fmt.tr(COVER["grant"]), g.title, None),
        (fmt.tr(COVER["reference"]), g.reference, None),
        (fmt.tr(COVER["amount"]), g.amount_cents / 100, MONEY_FORMAT),
        (fmt.tr(PERIOD_FROM), k.period_start, DATE_FORMAT),
        (fmt.tr(PERIOD_TO), k.period_end, DATE_FORMAT),
    ):
        ws.append([_cell(ws, label, font=_BOLD), _cell(ws, value, number_format)])
    ws.append([])
    ws.append(_header(ws, [fmt.tr(COLUMNS["figure"]), fmt.tr(COLUMNS["value"])]))
    for name, _text, raw in headline_figures(k, fmt):
        number_format = HOURS_FORMAT if isinstance(raw, float) else COUNT_FORMAT
        ws.append([_cell(ws, figure_label(fmt, name)), _cell(ws, raw, number_format)])

    if indicators:
        ws.append([])
        ws.append([_cell(ws, fmt.tr(TARGETS), font=_TITLE_FONT)])
        ws.append(
            _header(
                ws, [fmt.tr(TARGET_COLUMNS[c]) for c in ("indicator", "target", "actual", "gap")]
            )
        )
        for v in indicators:
            # Shares as fractions (formatted as %), hours as decimal hours, counts as counts.
            number_format = {"percent": SHARE_FORMAT, "hours": HOURS_FORMAT}.get(
                v.unit, COUNT_FORMAT
            )
            scale = 100 if v.unit == "percent" else 1
            ws.append(
                [
                    _cell(ws, indicator_label(fmt, v.key)),
                    *(
                        _cell(ws, None if x is None else x / scale, number_format)
                        for x in (v.target, v.actual, v.gap)
                    ),
                ]
            )

    ws.append([])
    ws.append([_cell(ws, fmt.tr(ENTRIES_EXITS), font=_TITLE_FONT)])
    ws.append(_header(ws, [fmt.tr(c) for c in (COLUMNS["outcome"], COLUMNS["count"])]))
    for t in k.exits:
        ws.append([_cell(ws, exit_label(fmt, t.key)), _cell(ws, t.count, COUNT_FORMAT)])

    ws.append([])
    ws.append([_cell(ws, fmt.tr(SURVIVAL), font=_TITLE_FONT)])
    columns = ("after", "due", "checked", "active", "rate", "unknown_share")
    ws.append(_header(ws, [fmt.tr(COLUMNS[c]) for c in columns]))
    for s in k.survival:
        ws.append(
            [
                _cell(ws, fmt.tr(MONTHS_AFTER, months=s.months)),
                _cell(ws, s.due, COUNT_FORMAT),
                _cell(ws, s.checked, COUNT_FORMAT),
                _cell(ws, s.active, COUNT_FORMAT),
                _cell(ws, s.active / s.checked if s.checked else None, SHARE_FORMAT),
                _cell(ws, s.unknown / s.due if s.due else None, SHARE_FORMAT),
            ]
        )

    ws.append([])
    ws.append([_cell(ws, fmt.tr(PROFILE), font=_TITLE_FONT)])
    total = k.people_supported
    for dim, tallies in (
        ("gender", k.by_gender),
        ("age_band", k.by_age_band),
        ("job_seeker", k.by_job_seeker),
        ("social_minima", k.by_social_minima),
        ("priority_district", k.by_priority_district),
    ):
        ws.append(
            _header(
                ws, [fmt.tr(DIMENSIONS[dim]), fmt.tr(COLUMNS["count"]), fmt.tr(COLUMNS["share"])]
            )
        )
        for t in tallies:
            ws.append(
                [
                    _cell(ws, key_label(fmt, t.key)),
                    _cell(ws, t.count, COUNT_FORMAT),
                    _cell(ws, t.count / total if total else None, SHARE_FORMAT),
                ]
            )
        ws.append([])


def _beneficiaries_sheet(
    ws,
    k: FunderKpis,
    rows: Iterable[BeneficiaryRow],
    fmt: Formatter,
    progress: Progress | None,
) -> None:
    widths = {"A": 22, "B": 18, "C": 14, "D": 14, "E": 14, "F": 22, "G": 11, "H": 11}
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    names = ("last_name", "first_name", "stage", "admitted_on", "left_on", "exit")
    ws.append(_header(ws, [fmt.tr(COLUMNS[n]) for n in (*names, "sessions", "hours")]))
    total = k.people_supported
    report = (lambda n: progress(n, total)) if progress is not None else None
    for row, stage, exit_text in annex_cells(rows, fmt, report):
        ws.append(
            [
                _cell(ws, row.last_name),
                _cell(ws, row.first_name),
                _cell(ws, stage),
                _cell(ws, row.admitted_on, DATE_FORMAT),
                _cell(ws, row.left_on, DATE_FORMAT),
                _cell(ws, exit_text),
                _cell(ws, row.sessions, COUNT_FORMAT),
                _cell(ws, round(row.minutes / 60, 2), HOURS_FORMAT),
            ]
        )
    if progress is not None:
        progress(total, total)


def _events_sheet(ws, events: Sequence[EventRow], fmt: Formatter) -> None:
    """One row per event held (same rows as the PDF's by-kind table, which adds them up), and
    their total."""
    widths = {
        "A": 46,
        "B": 18,
        "C": 12,
        "D": 9,
        "E": 11,
        "F": 11,
        "G": 9,
        "H": 12,
        "I": 14,
        "J": 12,
        "K": 16,
    }
    for col, width in widths.items():
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    ws.append(_header(ws, [fmt.tr(c) for c in EVENT_COLUMNS]))
    if not events:
        ws.append([_cell(ws, fmt.tr(NO_EVENT))])
        return

    def share(participants: int, absent: int) -> float | None:
        marked = participants + absent
        return round(participants / marked, 4) if marked else None

    def average(answers: int, total: int) -> float | None:
        return round(total / answers, 2) if answers else None

    for e in events:
        ws.append(
            [
                _cell(ws, e.title),
                _cell(ws, kind_label(fmt, "event", e.kind)),
                _cell(ws, e.starts_at.astimezone(clock.zone()).date(), DATE_FORMAT),
                _cell(ws, round(e.minutes / 60, 2), HOURS_FORMAT),
                _cell(ws, e.places, COUNT_FORMAT),
                _cell(ws, e.participants, COUNT_FORMAT),
                _cell(ws, e.absent, COUNT_FORMAT),
                _cell(ws, share(e.participants, e.absent), SHARE_FORMAT),
                _cell(ws, round(e.minutes * e.participants / 60, 2), HOURS_FORMAT),
                _cell(ws, e.answers, COUNT_FORMAT),
                _cell(ws, average(e.answers, e.satisfaction_sum), SCORE_FORMAT),
            ]
        )
    participants = sum(e.participants for e in events)
    absent = sum(e.absent for e in events)
    minutes = sum(e.minutes for e in events)
    answers = sum(e.answers for e in events)
    ws.append(
        [
            _cell(ws, fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Total")), font=_BOLD),
            _cell(ws, None),
            _cell(ws, None),
            _cell(ws, round(minutes / 60, 2), HOURS_FORMAT, _BOLD),
            _cell(ws, sum(e.places for e in events), COUNT_FORMAT, _BOLD),
            _cell(ws, participants, COUNT_FORMAT, _BOLD),
            _cell(ws, absent, COUNT_FORMAT, _BOLD),
            _cell(ws, share(participants, absent), SHARE_FORMAT, _BOLD),
            _cell(
                ws,
                round(sum(e.minutes * e.participants for e in events) / 60, 2),
                HOURS_FORMAT,
                _BOLD,
            ),
            _cell(ws, answers, COUNT_FORMAT, _BOLD),
            _cell(
                ws,
                average(answers, sum(e.satisfaction_sum for e in events)),
                SCORE_FORMAT,
                _BOLD,
            ),
        ]
    )
    ws.append([])
    ws.append([_cell(ws, fmt.tr(EVENTS_NOTE))])
    ws.append([_cell(ws, fmt.tr(EVALUATIONS_NOTE))])


def _save_atomically(wb: Workbook, target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    with replaced_on_success(target) as tmp:
        wb.save(tmp)
    return target
