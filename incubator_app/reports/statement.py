"""Monthly statement (relevé mensuel) of an entrepreneur as a PDF:
`build_statement_pdf(statement, path, locale="fr")`, from the issue-5 service's
`MonthlyStatement` (services/shared_services/statements.py `monthly_statement`).

Every amount printed is a field of the statement (lines, VAT per rate, revenue lines, totals,
contribution, amount due): the PDF never recomputes what the service computed, so it always
agrees with the screen and the CSV. Booking times are printed in the booking zone
(Europe/Paris), whatever the machine's zone.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

from babel.dates import format_date
from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.models import BookingStatus, RevenueChannel, ServiceUnit
from incubator_app.reports.document import build_pdf, section
from incubator_app.reports.fonts import BOLD, FAMILY
from incubator_app.reports.formatting import NBSP, Formatter
from incubator_app.reports.labels import label
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import Palette, get_styles
from incubator_app.reports.tables import Column, data_table
from incubator_app.reports.text import escape
from incubator_app.services.shared_services.statements import (
    MonthlyStatement,
    StatementBooking,
    StatementUsageLine,
)

CTX = "Reports"
# Short unit after a quantity ("1,5 h", "2 j", "1 mois").
_UNITS: dict[ServiceUnit, tuple[str, str]] = {
    ServiceUnit.HOUR: QT_TRANSLATE_NOOP("Reports", "h"),
    ServiceUnit.HALF_DAY: QT_TRANSLATE_NOOP("Reports", "half day"),
    ServiceUnit.DAY: QT_TRANSLATE_NOOP("Reports", "d"),
    ServiceUnit.MONTH: QT_TRANSLATE_NOOP("Reports", "mo"),
    ServiceUnit.ITEM: QT_TRANSLATE_NOOP("Reports", "pc"),
}
_STATUS: dict[BookingStatus, tuple[str, str]] = {
    BookingStatus.CONFIRMED: QT_TRANSLATE_NOOP("Reports", "Confirmed"),
    BookingStatus.DONE: QT_TRANSLATE_NOOP("Reports", "Took place"),
}  # cancelled bookings are not on a statement


def build_statement_pdf(
    statement: MonthlyStatement, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    month = _capitalised(fmt.month(statement.month))
    meta = ReportMeta(
        title=fmt.tr(
            QT_TRANSLATE_NOOP("Reports", "Monthly statement — {name} — {month}"),
            name=statement.entrepreneur_name,
            month=month,
        ),
        incubator_name=statement.incubator_name or statement.incubator_legal_name or "",
    )
    return build_pdf(path, _story(statement, fmt, meta, month), meta, fmt)


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def _is_empty(st: MonthlyStatement) -> bool:
    return not (st.usage_lines or st.bookings or st.revenue_lines or st.contribution_cents)


def _story(
    st: MonthlyStatement, fmt: Formatter, meta: ReportMeta, month: str
) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Monthly statement"))), s.title)
    yield Paragraph(escape(month), s.subtitle)
    yield _parties(st, fmt, width)
    if _is_empty(st):
        yield Spacer(1, 0.5 * cm)
        yield _notice(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "Reports",
                    "Nothing to report for {month}: no service used, no booking, no revenue.",
                ),
                month=fmt.month(st.month),  # lower case inside a French sentence
            ),
            width,
        )
    yield from _usage(st, fmt, width)
    yield from _bookings(st, fmt, width)
    yield from _revenue(st, fmt, width)
    yield Spacer(1, 0.5 * cm)
    yield KeepTogether([_summary(st, fmt, width)])


def _parties(st: MonthlyStatement, fmt: Formatter, width: float) -> Table:
    """Who issues the statement (the incubator's identity) and for whom, side by side."""
    s = get_styles()
    issuer = st.incubator_legal_name or st.incubator_name
    left: list[Flowable] = [
        Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Issued by"))), s.label),
        Paragraph(f"<b>{escape(issuer or '—')}</b>", s.body),
    ]
    if st.incubator_legal_name and st.incubator_name and st.incubator_name != issuer:
        left.append(Paragraph(escape(st.incubator_name), s.small))
    if st.incubator_siret:
        siret = st.incubator_siret
        spaced = f"{siret[:3]} {siret[3:6]} {siret[6:9]} {siret[9:]}" if len(siret) == 14 else siret
        left.append(
            Paragraph(
                escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "SIRET {siret}"), siret=spaced)), s.small
            )
        )
    if st.incubator_address:
        left.append(Paragraph(escape(st.incubator_address), s.small))
    right: list[Flowable] = [
        Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Entrepreneur"))), s.label),
        Paragraph(f"<b>{escape(st.entrepreneur_name)}</b>", s.body),
    ]
    if st.project_name:
        right.append(
            Paragraph(
                escape(
                    fmt.tr(QT_TRANSLATE_NOOP("Reports", "Project: {name}"), name=st.project_name)
                ),
                s.small,
            )
        )
    right.append(
        Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "File no. {id}"), id=st.entrepreneur_id)),
            s.small,
        )
    )
    gap = 0.6 * cm
    half = (width - gap) / 2
    table = Table([[left, "", right]], colWidths=[half, gap, half])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (0, 0), Palette.zebra),
                ("BACKGROUND", (2, 0), (2, 0), Palette.zebra),
                ("LINEBEFORE", (0, 0), (0, 0), 2, Palette.accent),
                ("LINEBEFORE", (2, 0), (2, 0), 2, Palette.accent),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 6),
            ]
        )
    )
    return table


def _notice(text: str, width: float) -> Table:
    s = get_styles()
    table = Table([[Paragraph(escape(text), s.body)]], colWidths=[width])
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), Palette.accent_light),
                ("BOX", (0, 0), (-1, -1), 0.6, Palette.accent),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
            ]
        )
    )
    return table


def _muted(text: str) -> Paragraph:
    return Paragraph(escape(text), get_styles().muted)


def _day(fmt: Formatter, value: date) -> str:
    """'03/11': day/month (French and British order alike)."""
    return format_date(value, "dd/MM", locale=fmt.locale)


def _quantity(fmt: Formatter, line: StatementUsageLine) -> str:
    unit = _UNITS.get(line.unit)
    qty = fmt.quantity(line.quantity_hundredths)
    return f"{qty}{NBSP}{fmt.tr(unit)}" if unit else qty


def _usage(st: MonthlyStatement, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Shared services used")))
    if not st.usage_lines:
        yield _muted(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No shared service used this month.")))
        return
    yield data_table(
        [
            # Weights in points of the 482-pt A4 column: amounts and totals up to 9 999,99 € on
            # one line; the day of the month only (the month is the statement's).
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Date")), 38),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Service")), 120),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Qty")), 58, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Unit price")), 52, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Excl. VAT")), 60, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "VAT rate")), 34, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "VAT")), 60, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Incl. VAT")), 60, align="right"),
        ],
        [
            (
                _day(fmt, u.used_on),
                u.service_name,
                _quantity(fmt, u),
                fmt.money(u.unit_price_cents),
                fmt.money(u.amount_cents),
                fmt.percent(u.vat_rate_bp),
                fmt.money(u.vat_cents),
                fmt.money(u.total_cents),
            )
            for u in st.usage_lines
        ],
        width=width,
        total_row=(
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total")),
            "",
            "",
            "",
            fmt.money(st.totals.amount_cents),
            "",
            fmt.money(st.totals.vat_cents),
            fmt.money(st.totals.total_cents),
        ),
    )


def _vat_by_rate(st: MonthlyStatement, fmt: Formatter, width: float) -> Table:
    return data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "VAT rate")), 40),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Excl. VAT")), 67, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "VAT")), 64, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Incl. VAT")), 67, align="right"),
        ],
        [
            (
                fmt.percent(v.vat_rate_bp),
                fmt.money(v.amount_cents),
                fmt.money(v.vat_cents),
                fmt.money(v.amount_cents + v.vat_cents),
            )
            for v in st.vat_by_rate
        ],
        width=width,
    )


def _local(value: datetime) -> datetime:
    return value.astimezone(clock.zone())


def _slot(fmt: Formatter, b: StatementBooking) -> str:
    start, end = _local(b.starts_at), _local(b.ends_at)
    until = fmt.time(end.time())
    if end.date() != start.date():
        until = f"{_day(fmt, end.date())} {until}"
    return f"{fmt.time(start.time())} – {until}"


def _bookings(st: MonthlyStatement, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Bookings")))
    if not st.bookings:
        yield _muted(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No booking this month.")))
        return
    yes, no = (
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "charged")),
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "not charged")),
    )
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Date")), 0.8),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Time (Paris)")), 1.5),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Resource")), 3.45),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Units")), 0.7, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Status")), 1.1),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Usage")), 1.25),
        ],
        [
            (
                _day(fmt, _local(b.starts_at).date()),
                _slot(fmt, b),
                b.service_name,
                str(b.units),
                fmt.tr(_STATUS[b.status]) if b.status in _STATUS else str(b.status),
                yes if b.charged else no,
            )
            for b in st.bookings
        ],
        width=width,
    )
    yield Spacer(1, 0.15 * cm)
    yield _muted(
        fmt.tr(
            QT_TRANSLATE_NOOP(
                "Reports",
                "A booking is charged by the service usage recorded for it; cancelled bookings "
                "are not listed.",
            )
        )
    )


def _revenue(st: MonthlyStatement, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Revenue and contribution")))
    rate = fmt.percent(st.revenue_share_bp)
    if not st.revenue_lines:
        yield _muted(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No revenue recorded this month.")))
        return
    rows = []
    for r in st.revenue_lines:
        on_this = r.channel == RevenueChannel.INCUBATOR
        rows.append(
            (
                label(fmt, "channel", r.channel),
                fmt.money(r.amount_cents),
                rate if on_this else "—",
                fmt.money(st.contribution_cents) if on_this else "—",
            )
        )
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Channel")), 3),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Revenue")), 1.4, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Contribution rate")), 1.4, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Contribution")), 1.4, align="right"),
        ],
        rows,
        width=width,
        total_row=(
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total")),
            fmt.money(st.revenue_total_cents),
            "",
            fmt.money(st.contribution_cents),
        ),
    )
    yield Spacer(1, 0.15 * cm)
    yield _muted(
        fmt.tr(
            QT_TRANSLATE_NOOP(
                "Reports",
                "The contribution ({rate} under the support contract) applies to the revenue "
                "invoiced by the incubator only; own invoicing owes none. It bears no VAT.",
            ),
            rate=rate,
        )
    )


def _summary(st: MonthlyStatement, fmt: Formatter, width: float) -> Table:
    """VAT per rate (left, when services were used) beside the totals box (right)."""
    s = get_styles()
    gap = 0.7 * cm
    right_w = 7.8 * cm
    left_w = width - right_w - gap
    left: list[Flowable] = []
    if st.vat_by_rate:
        left = [
            Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "VAT by rate"))), s.h2),
            _vat_by_rate(st, fmt, left_w),
        ]
    right = [
        Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Amount due"))), s.h2),
        _totals(st, fmt, right_w),
    ]
    table = Table([[left, "", right]], colWidths=[left_w, gap, right_w])
    table.setStyle(
        TableStyle(
            [
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ("RIGHTPADDING", (0, 0), (-1, -1), 0),
                ("TOPPADDING", (0, 0), (-1, -1), 0),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 0),
            ]
        )
    )
    return table


def _totals(st: MonthlyStatement, fmt: Formatter, box_w: float) -> Table:
    rows = [
        (
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Services, excl. VAT")),
            fmt.money(st.totals.amount_cents),
        ),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "VAT")), fmt.money(st.totals.vat_cents)),
        (
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Services, incl. VAT")),
            fmt.money(st.totals.total_cents),
        ),
        (
            fmt.tr(
                QT_TRANSLATE_NOOP("Reports", "Contribution on revenue ({rate})"),
                rate=fmt.percent(st.revenue_share_bp),
            ),
            fmt.money(st.contribution_cents),
        ),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total due")), fmt.money(st.amount_due_cents)),
    ]
    table = Table(rows, colWidths=[box_w * 0.64, box_w * 0.36])
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY, 9, 12),
                ("TEXTCOLOR", (0, 0), (-1, -1), Palette.ink),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, Palette.rule),
                ("FONT", (0, 2), (-1, 2), BOLD, 9, 12),
                ("FONT", (0, -1), (-1, -1), BOLD, 10.5, 13),
                ("TEXTCOLOR", (0, -1), (-1, -1), Palette.accent),
                ("BACKGROUND", (0, -1), (-1, -1), Palette.accent_light),
                ("LINEABOVE", (0, -1), (-1, -1), 1, Palette.accent),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
