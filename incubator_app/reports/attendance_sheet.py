"""Attendance sheets (feuilles d'émargement) and the monthly attendance summary (PDF).

`build_attendance_sheet(data, path, locale="fr")` prints one page per session with a signature
box for each participant (plus blank rows for walk-ins) and the coach's signature box;
`build_attendance_summary(data, path, locale="fr")` prints sessions attended / missed and hours
per entrepreneur for a month.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from babel.dates import format_date
from reportlab.lib.units import cm
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    PageBreak,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import build_pdf, section
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.labels import label
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import Palette, get_styles
from incubator_app.reports.tables import Column, data_table, key_value_table, kpi_tiles
from incubator_app.reports.text import escape
from incubator_app.services.reporting.attendance import (
    AttendanceSheetData,
    AttendanceSummaryData,
    SheetSession,
)

CTX = "Reports"
# Blank rows for walk-ins, fewer for a full room so that the coach's box stays on the page.
MAX_BLANK_ROWS = 3
ROWS_PER_PAGE = 14
SIGN_ROW_HEIGHT = 1.0 * cm


def build_attendance_sheet(
    data: AttendanceSheetData, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    meta = ReportMeta(
        title=fmt.tr(
            QT_TRANSLATE_NOOP("Reports", "Attendance sheet — {date}"), date=fmt.date(data.day)
        ),
        incubator_name=data.incubator_name,
        logo_png=data.logo_png,
    )
    return build_pdf(path, _sheets(data, fmt, meta), meta, fmt)


def _sheets(data: AttendanceSheetData, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    if not data.sessions:
        yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Attendance sheet"))), s.title)
        yield Paragraph(
            escape(
                fmt.tr(
                    QT_TRANSLATE_NOOP("Reports", "No coaching session on {date}."),
                    date=fmt.date(data.day),
                )
            ),
            s.muted,
        )
        return
    for i, sheet in enumerate(data.sessions):
        if i:
            yield PageBreak()
        yield from _sheet(sheet, fmt, meta)


def _sheet(sheet: SheetSession, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Attendance sheet"))), s.title)
    when = format_date(sheet.session_date, "full", locale=fmt.locale)
    when = when[:1].upper() + when[1:]
    if sheet.start_time is not None:
        when += f" · {fmt.time(sheet.start_time)} – {fmt.time(sheet.end_time)}"
    when += f" ({fmt.hours(sheet.duration_minutes)})"
    yield Paragraph(escape(when), s.subtitle)
    yield key_value_table(
        [
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Coach")), sheet.coach),
            (
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Session")),
                f"{label(fmt, 'kind', sheet.kind)}, {label(fmt, 'mode', sheet.mode).lower()} "
                f"(n° {sheet.session_id})",
            ),
            (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Topics")), ", ".join(sheet.topics) or "—"),
            (
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Expected participants")),
                str(len(sheet.participants)),
            ),
        ],
        width=width,
        columns=2,
        label_weight=1.4,
    )
    yield Spacer(1, 0.5 * cm)
    rows = [
        (str(n), p.name, p.project_name or "", "")
        for n, p in enumerate(sheet.participants, start=1)
    ]
    blanks = max(1, min(MAX_BLANK_ROWS, ROWS_PER_PAGE - len(rows)))
    rows += [(str(len(rows) + k), "", "", "") for k in range(1, blanks + 1)]
    yield data_table(
        [
            Column("#", 0.4, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Name")), 2.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Project")), 2.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Signature")), 2.6),
        ],
        rows,
        width=width,
        zebra=False,
        row_height=SIGN_ROW_HEIGHT,
    )
    yield Spacer(1, 0.6 * cm)
    yield KeepTogether(list(_coach_box(sheet, fmt, width)))


def _coach_box(sheet: SheetSession, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield signature_box(
        fmt.tr(
            QT_TRANSLATE_NOOP(
                "Reports", "I certify that the people who signed above attended this session."
            ),
        ),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Coach's signature")),
        sheet.coach,
        width,
    )


def signature_box(text: str, box_label: str, signer: str, width: float) -> Flowable:
    """The statement on the left, the signer's box on the right (also the event sheets')."""
    s = get_styles()
    signature = Table(
        [
            [Paragraph(escape(box_label), s.label)],
            [Paragraph(escape(signer), s.cell)],
            [""],
        ],
        colWidths=[7 * cm],
        rowHeights=[None, None, 2.2 * cm],
    )
    signature.setStyle(
        TableStyle(
            [
                ("BOX", (0, 0), (-1, -1), 0.8, Palette.muted),
                ("LEFTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    layout = Table(
        [[Paragraph(escape(text), s.muted), signature]], colWidths=[width - 7 * cm, 7 * cm]
    )
    layout.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (0, 0), 12),
                ("RIGHTPADDING", (1, 0), (1, 0), 0),
            ]
        )
    )
    return layout


def build_attendance_summary(
    data: AttendanceSummaryData, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    month = fmt.month(data.month)
    meta = ReportMeta(
        title=fmt.tr(QT_TRANSLATE_NOOP("Reports", "Monthly attendance — {month}"), month=month),
        incubator_name=data.incubator_name,
        logo_png=data.logo_png,
    )
    return build_pdf(path, _summary(data, fmt, meta, month), meta, fmt)


def _summary(
    data: AttendanceSummaryData, fmt: Formatter, meta: ReportMeta, month: str
) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Monthly attendance"))), s.title)
    yield Paragraph(escape(month[:1].upper() + month[1:]), s.subtitle)
    expected = sum(r.sessions for r in data.rows)
    attended = sum(r.attended for r in data.rows)
    yield kpi_tiles(
        [
            (str(len(data.rows)), fmt.tr(QT_TRANSLATE_NOOP("Reports", "entrepreneurs"))),
            (str(attended), fmt.tr(QT_TRANSLATE_NOOP("Reports", "sessions attended"))),
            (str(expected - attended), fmt.tr(QT_TRANSLATE_NOOP("Reports", "sessions missed"))),
            (fmt.hours(data.total_minutes), fmt.tr(QT_TRANSLATE_NOOP("Reports", "of coaching"))),
        ],
        width=width,
    )
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Per entrepreneur")))
    if not data.rows:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No coaching session this month."))), s.muted
        )
        return

    def rate(att: int, n: int) -> str:
        return fmt.percent(round(100 * att / n) * 100) if n else "—"

    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Entrepreneur")), 2.2),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Project")), 2.4),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Expected")), 1.2, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Attended")), 1.2, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Not attended")), 1.2, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Hours")), 1.2, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Rate")), 1.0, align="right"),
        ],
        [
            (
                r.name,
                r.project_name or "",
                str(r.sessions),
                str(r.attended),
                str(r.missed),
                fmt.hours(r.attended_minutes),
                rate(r.attended, r.sessions),
            )
            for r in data.rows
        ],
        width=width,
        total_row=(
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total")),
            "",
            str(expected),
            str(attended),
            str(expected - attended),
            fmt.hours(data.total_minutes),
            rate(attended, expected),
        ),
    )
