"""Monthly statement (relevé mensuel) of an entrepreneur: services used, bookings, revenue and
what is owed — `build_statement_pdf(statement, path, locale="fr")`.

`statement` is duck-typed (the issue-5 `MonthlyStatement` fits). It needs these attributes:

- `entrepreneur_name: str`, `incubator_name: str`, `month: date` (any day of the month);
  optionally `logo_png: bytes | None`.
- `usage_lines`: each with `used_on: date, service_name: str, quantity_hundredths: int,
  unit_price_cents: int, amount_cents: int` (excl. VAT), `vat_rate_bp: int, vat_cents: int,
  total_cents: int` (incl. VAT).
- `booking_lines`: each with `starts_at: datetime, ends_at: datetime, service_name: str,
  units: int`.
- `revenue_lines`: each with `month: date, channel` (a RevenueChannel or its value),
  `amount_cents: int`.
- `contribution_cents: int` (the incubator's share of the revenue), `total_excl_vat_cents`,
  `total_vat_cents`, `total_incl_vat_cents: int`.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import build_pdf, section
from incubator_app.reports.fonts import BOLD, FAMILY
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.labels import label
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import Palette, get_styles
from incubator_app.reports.tables import Column, data_table
from incubator_app.reports.text import escape

CTX = "Reports"


def build_statement_pdf(
    statement: Any, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    month = fmt.month(statement.month)
    meta = ReportMeta(
        title=fmt.tr(
            QT_TRANSLATE_NOOP(CTX, "Monthly statement — {name} — {month}"),
            name=statement.entrepreneur_name,
            month=month,
        ),
        incubator_name=statement.incubator_name,
        logo_png=getattr(statement, "logo_png", None),
    )
    return build_pdf(path, _story(statement, fmt, meta, month), meta, fmt)


def _story(st: Any, fmt: Formatter, meta: ReportMeta, month: str) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(escape(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Monthly statement"))), s.title)
    yield Paragraph(escape(f"{st.entrepreneur_name} · {month[:1].upper()}{month[1:]}"), s.subtitle)

    yield section(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Shared services used")))
    usage = list(st.usage_lines)
    if usage:
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Date")), 1.2),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Service")), 2.4),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Qty")), 0.6, align="right"),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Unit price")), 1.1, align="right"),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Excl. VAT")), 1.3, align="right"),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "VAT")), 1.7, align="right"),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Incl. VAT")), 1.3, align="right"),
            ],
            [
                (
                    fmt.date(u.used_on),
                    u.service_name,
                    fmt.quantity(u.quantity_hundredths),
                    fmt.money(u.unit_price_cents),
                    fmt.money(u.amount_cents),
                    f"{fmt.money(u.vat_cents)} ({fmt.percent(u.vat_rate_bp)})",
                    fmt.money(u.total_cents),
                )
                for u in usage
            ],
            width=width,
            total_row=(
                fmt.tr(QT_TRANSLATE_NOOP(CTX, "Total")),
                "",
                "",
                "",
                fmt.money(st.total_excl_vat_cents),
                fmt.money(st.total_vat_cents),
                fmt.money(st.total_incl_vat_cents),
            ),
        )
    else:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP(CTX, "No shared service used this month."))), s.muted
        )

    bookings = list(st.booking_lines)
    if bookings:
        yield section(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Bookings")))
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Date")), 1.1),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Time")), 1.2),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Service")), 4),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Units")), 0.8, align="right"),
            ],
            [
                (
                    fmt.date(b.starts_at),
                    f"{fmt.time(b.starts_at)} – {fmt.time(b.ends_at)}",
                    b.service_name,
                    str(b.units),
                )
                for b in bookings
            ],
            width=width,
        )

    revenue = list(st.revenue_lines)
    yield section(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Revenue of the activity")))
    if revenue:
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Month")), 2),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Channel")), 3),
                Column(fmt.tr(QT_TRANSLATE_NOOP(CTX, "Amount")), 1.5, align="right"),
            ],
            [
                (fmt.month(r.month), label(fmt, "channel", r.channel), fmt.money(r.amount_cents))
                for r in revenue
            ],
            width=width,
        )
    else:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP(CTX, "No revenue recorded this month."))), s.muted
        )

    yield Spacer(1, 0.6 * cm)
    yield KeepTogether([_totals(st, fmt, width)])


def _totals(st: Any, fmt: Formatter, width: float) -> Table:
    rows = [
        (fmt.tr(QT_TRANSLATE_NOOP(CTX, "Services, excl. VAT")), fmt.money(st.total_excl_vat_cents)),
        (fmt.tr(QT_TRANSLATE_NOOP(CTX, "VAT")), fmt.money(st.total_vat_cents)),
        (fmt.tr(QT_TRANSLATE_NOOP(CTX, "Services, incl. VAT")), fmt.money(st.total_incl_vat_cents)),
        (
            fmt.tr(QT_TRANSLATE_NOOP(CTX, "Contribution on revenue")),
            fmt.money(st.contribution_cents),
        ),
        (
            fmt.tr(QT_TRANSLATE_NOOP(CTX, "Total due")),
            fmt.money(st.total_incl_vat_cents + st.contribution_cents),
        ),
    ]
    box_w = 9 * cm
    table = Table(rows, colWidths=[box_w * 0.6, box_w * 0.4], hAlign="RIGHT")
    table.setStyle(
        TableStyle(
            [
                ("FONT", (0, 0), (-1, -1), FAMILY, 9, 12),
                ("TEXTCOLOR", (0, 0), (-1, -1), Palette.ink),
                ("ALIGN", (1, 0), (1, -1), "RIGHT"),
                ("LINEBELOW", (0, 0), (-1, -2), 0.3, Palette.rule),
                ("FONT", (0, -1), (-1, -1), BOLD, 10.5, 13),
                ("BACKGROUND", (0, -1), (-1, -1), Palette.accent_light),
                ("LINEABOVE", (0, -1), (-1, -1), 1, Palette.accent),
                ("TOPPADDING", (0, 0), (-1, -1), 4),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
            ]
        )
    )
    return table
