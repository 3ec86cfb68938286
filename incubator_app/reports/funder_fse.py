"""The FSE+ (ESF+) part of the funder report: the common indicators of Regulation (EU)
2021/1057, Annex I, of the grant's participants (services/funding/fse/indicators.py), as a
section of the PDF and a sheet of the workbook. Both appear only for an FSE+ co-funded grant
(the funder is the European Union, or the grant's co-funders name the FSE / ESF)."""

from __future__ import annotations

from collections.abc import Iterator

from openpyxl import Workbook
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import paragraph, section, subsection
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import Column, data_table
from incubator_app.services.funding.fse.indicators import (
    OUTPUT,
    RESULT,
    UNKNOWN,
    IndicatorRow,
    IndicatorTable,
)

TITLE = QT_TRANSLATE_NOOP("FunderReport", "ESF+ common indicators")
SHEET = QT_TRANSLATE_NOOP("FunderReport", "ESF+")
OUTPUTS = QT_TRANSLATE_NOOP("FunderReport", "Participants at entry (output indicators)")
RESULTS = QT_TRANSLATE_NOOP("FunderReport", "After leaving (result indicators)")
MISSING = QT_TRANSLATE_NOOP("FunderReport", "Missing data (not counted above)")
COLUMNS = (
    QT_TRANSLATE_NOOP("FunderReport", "Code"),
    QT_TRANSLATE_NOOP("FunderReport", "Indicator"),
    QT_TRANSLATE_NOOP("FunderReport", "Total"),
    QT_TRANSLATE_NOOP("FunderReport", "Women"),
    QT_TRANSLATE_NOOP("FunderReport", "Men"),
    QT_TRANSLATE_NOOP("FunderReport", "Non-binary"),
    QT_TRANSLATE_NOOP("FunderReport", "Gender unknown"),
)
NOTE = QT_TRANSLATE_NOOP(
    "FunderReport",
    "Regulation (EU) 2021/1057, Annex I. Participants: beneficiaries of the grant who entered "
    "in the period; results: questionnaires answered in the period (within four weeks after "
    "leaving, and six months after). A missing or declined answer is never guessed: it is "
    "counted under missing data.",
)


def _cells(r: IndicatorRow, fmt: Formatter) -> tuple:
    return (r.code, fmt.tr(r.label), r.total, r.women, r.men, r.non_binary, r.gender_unknown)


def fse_section(table: IndicatorTable, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(TITLE))
    weights = (0.9, 3.4, 0.9, 1.0, 1.0, 1.1, 1.3)
    columns = [
        Column(fmt.tr(title), weight, "left" if i < 2 else "right")
        for i, (title, weight) in enumerate(zip(COLUMNS, weights, strict=True))
    ]
    for kind, title in ((OUTPUT, OUTPUTS), (RESULT, RESULTS), (UNKNOWN, MISSING)):
        yield subsection(fmt.tr(title))
        rows = [tuple(str(c) for c in _cells(r, fmt)) for r in table.rows if r.kind == kind]
        yield data_table(columns, rows, width=width)
        yield Spacer(1, 0.2 * cm)
    yield paragraph(fmt.tr(NOTE), get_styles().muted)


def fse_sheet(wb: Workbook, table: IndicatorTable, fmt: Formatter, cell, header) -> None:
    """Adds the sheet to a write-only workbook (`cell`/`header` are the workbook's helpers:
    user text neutralised, numbers kept as numbers)."""
    ws = wb.create_sheet(fmt.tr(SHEET)[:31])
    ws.append([cell(ws, fmt.tr(TITLE))])
    ws.append([cell(ws, table.start, "DD/MM/YYYY"), cell(ws, table.end, "DD/MM/YYYY")])
    for kind, title in ((OUTPUT, OUTPUTS), (RESULT, RESULTS), (UNKNOWN, MISSING)):
        ws.append([])
        ws.append([cell(ws, fmt.tr(title))])
        ws.append(header(ws, [fmt.tr(c) for c in COLUMNS]))
        for r in table.rows:
            if r.kind == kind:
                ws.append([cell(ws, v) for v in _cells(r, fmt)])
    ws.append([])
    ws.append([cell(ws, fmt.tr(NOTE))])
