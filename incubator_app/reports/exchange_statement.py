"""A member's statement of the skills exchange as a PDF:
`build_exchange_statement_pdf(statement, path, locale="fr")`, from
services/exchange/statement.py `member_statement`. Every figure printed is a field of the
statement (the PDF never recomputes the ledger): balance, hours received and given, the balance
at the end of each month for the chart, and every movement with its counterpart."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Paragraph, Spacer

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.charts import Series, line_chart
from incubator_app.reports.document import build_pdf, figure, section
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import Column, data_table, kpi_tiles
from incubator_app.reports.text import escape
from incubator_app.services.exchange.hours import hours_text
from incubator_app.services.exchange.statement import MemberStatement


def _hours(minutes: int) -> str:
    return hours_text(minutes).replace("-", "−").replace(" h", "\u00a0h")


def build_exchange_statement_pdf(
    statement: MemberStatement,
    path: str | os.PathLike[str],
    *,
    locale: str = "fr",
    incubator_name: str = "",
) -> Path:
    fmt = Formatter(locale)
    meta = ReportMeta(
        title=fmt.tr(
            QT_TRANSLATE_NOOP("Reports", "Skills exchange statement — {name}"),
            name=statement.account.label,
        ),
        incubator_name=incubator_name,
    )
    return build_pdf(path, _story(statement, fmt, meta), meta, fmt)


def _period_text(st: MemberStatement, fmt: Formatter) -> str:
    if st.period is None:
        return fmt.tr(QT_TRANSLATE_NOOP("Reports", "All exchanges to date"))
    return fmt.tr(
        QT_TRANSLATE_NOOP("Reports", "From {start} to {end}"),
        start=st.period.start.strftime("%d/%m/%Y"),
        end=st.period.last_day.strftime("%d/%m/%Y"),
    )


def _story(st: MemberStatement, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    yield Paragraph(
        escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Skills exchange statement"))), s.title
    )
    yield Paragraph(f"{escape(st.account.label)} — {escape(_period_text(st, fmt))}", s.subtitle)
    yield kpi_tiles(
        [
            (_hours(st.closing_minutes), fmt.tr(QT_TRANSLATE_NOOP("Reports", "Balance"))),
            (_hours(st.opening_minutes), fmt.tr(QT_TRANSLATE_NOOP("Reports", "At the start"))),
            (_hours(st.minutes_in), fmt.tr(QT_TRANSLATE_NOOP("Reports", "Hours received"))),
            (_hours(st.minutes_out), fmt.tr(QT_TRANSLATE_NOOP("Reports", "Hours given"))),
        ],
        width=width,
    )
    yield Spacer(1, 0.4 * cm)
    # Balance at the end of each month with movements (from the statement's series).
    months: dict[str, int] = {}
    for day, balance in st.series:
        months[day.strftime("%m/%Y")] = balance
    if len(months) >= 2:
        yield figure(
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Balance at the end of each month (hours)")),
            line_chart(
                list(months),
                [Series(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Balance")),
                        [v / 60 for v in months.values()])],
                width=width,
                value_format=lambda v: f"{v:g}",
            ),
        )  # fmt: skip
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Exchanges")))
    if not st.lines:
        yield Paragraph(
            escape(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No exchange in this period."))), s.muted
        )
        return
    reversal = fmt.tr(QT_TRANSLATE_NOOP("Reports", "Reversal of no. {id}"), id="{id}")
    rows = []
    for line in st.lines:
        what = line.note or line.category or ""
        if line.reverses_id is not None:
            what = f"{reversal.replace('{id}', str(line.reverses_id))} — {what}"
        rows.append(
            [
                line.done_on.strftime("%d/%m/%Y"),
                str(line.transfer_id),
                line.counterpart,
                what,
                ("+" if line.minutes > 0 else "") + _hours(line.minutes),
                _hours(line.balance_after),
            ]
        )
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Date")), 1.1),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No.")), 0.6, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "With")), 1.8),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "What")), 3.0),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Hours")), 0.9, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Balance")), 0.9, "right"),
        ],
        rows,
        width=width,
    )
