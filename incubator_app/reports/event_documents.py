"""The PDFs of events' attendance: the sign-in sheet of one event session (feuille
d'émargement, laid out like the coaching sessions' sheets of attendance_sheet.py, whose
signature box it reuses) and the certificates of training completion of a course (attestation
de formation: one page per person who completed it, with the hours)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from babel.dates import format_date
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, PageBreak, Paragraph, Spacer

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.attendance_sheet import (
    MAX_BLANK_ROWS,
    ROWS_PER_PAGE,
    SIGN_ROW_HEIGHT,
    signature_box,
)
from incubator_app.reports.document import build_pdf
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.labels import label
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import Column, data_table, key_value_table
from incubator_app.reports.text import escape
from incubator_app.services.reporting.event_attendance import CertificatesData, EventSheetData


def build_event_sheet(
    data: EventSheetData, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    meta = ReportMeta(
        title=fmt.tr(
            QT_TRANSLATE_NOOP("Reports", "Attendance sheet — {date}"), date=fmt.date(data.starts_at)
        ),
        incubator_name=data.incubator_name,
        logo_png=data.logo_png,
    )
    return build_pdf(path, _sheet(data, fmt, meta), meta, fmt)


def _sheet(data: EventSheetData, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Attendance sheet"))), s.title)
    yield Paragraph(escape(data.title), s.subtitle)
    when = format_date(data.starts_at.date(), "full", locale=fmt.locale)
    when = when[:1].upper() + when[1:]
    when += f" · {fmt.time(data.starts_at)} – {fmt.time(data.ends_at)} ({fmt.hours(data.minutes)})"
    lines = [
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "When")), when),
        (
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Event")),
            f"{label(fmt, 'event', data.kind)} (n° {data.event_id})",
        ),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Place")), data.place or "—"),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Organiser")), data.organiser or "—"),
    ]
    if data.course_title:
        module = data.course_title
        if data.module_number:
            module = fmt.tr(
                QT_TRANSLATE_NOOP("Reports", "{course}, module {number} of {count}"),
                course=data.course_title,
                number=data.module_number,
                count=data.module_count,
            )
        lines.append((fmt.tr(QT_TRANSLATE_NOOP("Reports", "Course")), module))
    lines.append(
        (
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Expected participants")),
            str(sum(p.places for p in data.people)),
        )
    )
    yield key_value_table(lines, width=width, columns=2, label_weight=1.4)
    yield Spacer(1, 0.5 * cm)
    rows = []
    for n, p in enumerate(data.people, start=1):
        name = p.name if p.places == 1 else f"{p.name} (× {p.places})"
        rows.append((str(n), name, p.organisation or "", ""))
    blanks = max(1, min(MAX_BLANK_ROWS, ROWS_PER_PAGE - len(rows)))
    rows += [(str(len(rows) + k), "", "", "") for k in range(1, blanks + 1)]
    yield data_table(
        [
            Column("#", 0.4, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Name")), 2.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Organisation or project")), 2.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Signature")), 2.6),
        ],
        rows,
        width=width,
        zebra=False,
        row_height=SIGN_ROW_HEIGHT,
    )
    yield Spacer(1, 0.6 * cm)
    yield KeepTogether(
        [
            signature_box(
                fmt.tr(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "I certify that the people who signed above attended this event.",
                    )
                ),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Organiser's signature")),
                data.organiser,
                width,
            )
        ]
    )


def build_certificates(
    data: CertificatesData, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    meta = ReportMeta(
        title=fmt.tr(
            QT_TRANSLATE_NOOP("Reports", "Certificate of training — {course}"),
            course=data.course_title,
        ),
        incubator_name=data.incubator_name,
        logo_png=data.logo_png,
    )
    return build_pdf(path, _certificates(data, fmt, meta), meta, fmt)


def _certificates(data: CertificatesData, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    if not data.certificates:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Certificate of training"))), s.title
        )
        yield Paragraph(
            escape(
                fmt.tr(
                    QT_TRANSLATE_NOOP(
                        "Reports", "Nobody has completed « {course} » yet: no certificate."
                    ),
                    course=data.course_title,
                )
            ),
            s.muted,
        )
        return
    issuer = (
        data.legal_name
        or data.incubator_name
        or fmt.tr(QT_TRANSLATE_NOOP("Reports", "The incubator"))
    )
    for i, cert in enumerate(data.certificates):
        if i:
            yield PageBreak()
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Certificate of training"))), s.title
        )
        yield Spacer(1, 0.4 * cm)
        statement = fmt.tr(
            QT_TRANSLATE_NOOP(
                "Reports",
                "{issuer} certifies that {person} took part in the training « {course} », "
                "from {first} to {last}, and attended {attended} of its {total} ({percent}).",
            ),
            issuer=issuer,
            person=cert.person,
            course=data.course_title,
            first=fmt.date(data.first_day),
            last=fmt.date(data.last_day),
            attended=fmt.hours(cert.attended_minutes),
            total=fmt.hours(data.total_minutes),
            percent=fmt.percent(
                round(100 * cert.attended_minutes / data.total_minutes) * 100
                if data.total_minutes
                else 0
            ),
        )
        yield Paragraph(escape(statement), s.body)
        if data.description:
            yield Spacer(1, 0.2 * cm)
            yield Paragraph(escape(data.description), s.muted)
        yield Spacer(1, 0.5 * cm)
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Module")), 3.4),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Date")), 1.2),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Length")), 1.0, align="right"),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Attended")), 1.0, align="center"),
            ],
            [
                (
                    m.title,
                    fmt.date(m.day),
                    fmt.hours(m.minutes),
                    fmt.tr(QT_TRANSLATE_NOOP("Reports", "yes"))
                    if m.attended
                    else fmt.tr(QT_TRANSLATE_NOOP("Reports", "no")),
                )
                for m in cert.modules
            ],
            width=width,
            total_row=(
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total")),
                "",
                fmt.hours(data.total_minutes),
                fmt.hours(cert.attended_minutes),
            ),
        )
        yield Spacer(1, 0.3 * cm)
        yield Paragraph(
            escape(
                fmt.tr(
                    QT_TRANSLATE_NOOP(
                        "Reports",
                        "Completion rule: at least {percent} of the hours attended.",
                    ),
                    percent=fmt.percent(data.completion_percent * 100),
                )
            ),
            s.muted,
        )
        yield Spacer(1, 0.8 * cm)
        place_date = (
            fmt.tr(
                QT_TRANSLATE_NOOP("Reports", "Issued in {place} on {date}."),
                place=data.commune,
                date=fmt.date(data.issued_on),
            )
            if data.commune
            else fmt.tr(
                QT_TRANSLATE_NOOP("Reports", "Issued on {date}."), date=fmt.date(data.issued_on)
            )
        )
        yield KeepTogether(
            [
                signature_box(
                    place_date,
                    fmt.tr(QT_TRANSLATE_NOOP("Reports", "For the incubator")),
                    issuer,
                    width,
                )
            ]
        )
