"""Entrepreneur progress report (PDF) from `EntrepreneurReportData`.

`build_entrepreneur_report(data, path, locale="fr")`; the data comes from
`services.entrepreneur_report.entrepreneur_report_data`. Confidential notes are not part of the
data, so they cannot appear here.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.charts import Series, bar_chart
from incubator_app.reports.document import build_pdf, figure, paragraph, section
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.labels import label
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import Palette, get_styles
from incubator_app.reports.tables import Column, data_table, key_value_table, kpi_tiles
from incubator_app.reports.text import escape
from incubator_app.reports.timeline import Marker, Phase, timeline
from incubator_app.services.reporting.entrepreneur_report import EntrepreneurReportData, MonthHours

CTX = "Reports"
STAGE_COLOURS = {
    "candidate": Palette.neutral,
    "admitted": Palette.series[2],
    "incubated": Palette.accent,
    "graduated": Palette.ok,
    "exited": Palette.series[5],
    "refused": Palette.bad,
    "withdrew": Palette.warn,
}
STATUS_COLOURS = {
    "planned": Palette.neutral,
    "in_progress": Palette.series[2],
    "achieved": Palette.ok,
    "missed": Palette.bad,
    "cancelled": Palette.series[3],
}
# Over this many months the hours chart groups by quarter to stay readable.
MAX_MONTH_BARS = 24


def build_entrepreneur_report(
    data: EntrepreneurReportData, path: str | os.PathLike[str], *, locale: str = "fr"
) -> Path:
    fmt = Formatter(locale)
    title = fmt.tr(
        QT_TRANSLATE_NOOP("Reports", "Progress report — {name}"), name=data.profile.full_name
    )
    period = fmt.tr(
        QT_TRANSLATE_NOOP("Reports", "Period: {start} – {end}"),
        start=fmt.date(data.start),
        end=fmt.date(data.end),
    )
    meta = ReportMeta(
        title=title, incubator_name=data.incubator_name, logo_png=data.logo_png, subtitle=period
    )
    return build_pdf(path, _story(data, fmt, meta), meta, fmt)


def _story(data: EntrepreneurReportData, fmt: Formatter, meta: ReportMeta) -> Iterator[Flowable]:
    s = get_styles()
    width = meta.content_width
    p = data.profile
    yield Paragraph(escape(p.full_name), s.title)
    if p.project_name:
        yield Paragraph(escape(p.project_name), s.subtitle)
    kind = fmt.tr(QT_TRANSLATE_NOOP("Reports", "Progress report"))
    yield Paragraph(escape(f"{kind} · {meta.subtitle}"), s.muted)
    yield Spacer(1, 0.4 * cm)
    yield from _summary(data, fmt, width)
    yield from _pathway(data, fmt, width)
    yield from _coaching(data, fmt, width)
    yield from _sessions(data, fmt, width)
    yield from _actions(data, fmt, width)
    yield from _services_and_revenue(data, fmt, width)
    yield from _comment(data, fmt, width)


def _summary(data: EntrepreneurReportData, fmt: Formatter, width: float) -> Iterator[Flowable]:
    p = data.profile
    achieved = sum(1 for m in data.milestones if m.status == "achieved")
    yield kpi_tiles(
        [
            (
                str(data.attended_sessions),
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "sessions attended")),
            ),
            (fmt.hours(data.attended_minutes), fmt.tr(QT_TRANSLATE_NOOP("Reports", "of coaching"))),
            (
                f"{achieved} / {len(data.milestones)}",
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "milestones achieved")),
            ),
            (str(len(data.open_actions)), fmt.tr(QT_TRANSLATE_NOOP("Reports", "open actions"))),
        ],
        width=width,
    )
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Profile")))
    contract = ""
    if p.contract_start and p.contract_end:
        contract = fmt.tr(
            QT_TRANSLATE_NOOP("Reports", "{start} – {end} ({renewals} renewals)"),
            start=fmt.date(p.contract_start),
            end=fmt.date(p.contract_end),
            renewals=p.contract_renewals,
        )
    pairs = [
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Discipline")), p.discipline or "—"),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Current stage")), label(fmt, "stage", p.stage)),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Entry date")), fmt.date(p.entry_date)),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Referent coach")), p.referent_coach or "—"),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Cohort")), p.cohort or "—"),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Support contract (CAPE)")), contract or "—"),
        (fmt.tr(QT_TRANSLATE_NOOP("Reports", "Town")), p.commune or "—"),
        (
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Contact")),
            " · ".join(x for x in (p.email, p.phone) if x) or "—",
        ),
    ]
    if p.exit_type:
        pairs.append(
            (
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Exit")),
                f"{label(fmt, 'exit', p.exit_type)} ({fmt.date(p.exit_date)})",
            )
        )
    yield key_value_table(pairs, width=width, columns=2, label_weight=1.1)
    if p.project_description:
        yield Spacer(1, 0.2 * cm)
        yield paragraph(p.project_description)


def _pathway(data: EntrepreneurReportData, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Pathway and milestones")))
    steps = data.pathway
    first = min(
        [
            data.profile.entry_date,
            *(st.changed_on for st in steps),
            *(m.due_on for m in data.milestones),
        ]
    )
    last = max([data.end, *(st.changed_on for st in steps), *(m.due_on for m in data.milestones)])
    phases = []
    for i, st in enumerate(steps):
        until = steps[i + 1].changed_on if i + 1 < len(steps) else last
        phases.append(
            Phase(
                label(fmt, "stage", st.to_stage),
                st.changed_on,
                until,
                STAGE_COLOURS.get(st.to_stage, Palette.neutral),
            )
        )
    markers = [
        Marker(i, m.due_on, STATUS_COLOURS.get(m.status, Palette.neutral))
        for i, m in enumerate(data.milestones, start=1)
    ]
    stages = dict.fromkeys(st.to_stage for st in steps)
    statuses = dict.fromkeys(m.status for m in data.milestones)
    legend = [
        [(STAGE_COLOURS.get(st, Palette.neutral), label(fmt, "stage", st)) for st in stages],
        [(STATUS_COLOURS.get(st, Palette.neutral), label(fmt, "milestone", st)) for st in statuses],
    ]
    yield KeepTogether(
        [
            timeline(first, last, phases=phases, markers=markers, legend=legend, width=width),
            Spacer(1, 0.3 * cm),
        ]
    )
    if steps:
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Date")), 1),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Stage")), 1.4),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Reason")), 4),
            ],
            [
                (fmt.date(st.changed_on), label(fmt, "stage", st.to_stage), st.reason or "")
                for st in steps
            ],
            width=width,
        )
        yield Spacer(1, 0.3 * cm)
    if data.milestones:
        yield data_table(
            [
                Column("#", 0.35, align="right"),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Milestone")), 4),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Due on")), 1.1),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Status")), 1.1),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Achieved on")), 1.1),
            ],
            [
                (
                    str(i),
                    m.title,
                    fmt.date(m.due_on),
                    label(fmt, "milestone", m.status),
                    fmt.date(m.achieved_on),
                )
                for i, m in enumerate(data.milestones, start=1)
            ],
            width=width,
        )
    else:
        yield _nothing(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No milestone planned.")))


def _grouped_hours(data: EntrepreneurReportData, fmt: Formatter) -> tuple[list[str], list[float]]:
    months: list[MonthHours] = list(data.hours_by_month)
    if len(months) <= MAX_MONTH_BARS:
        return [fmt.short_month(m.month) for m in months], [m.minutes / 60 for m in months]
    quarters: dict[tuple[int, int], int] = {}
    for m in months:
        key = (m.month.year, (m.month.month - 1) // 3 + 1)
        quarters[key] = quarters.get(key, 0) + m.minutes
    names = [
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Q{quarter} {year}"), quarter=q, year=str(y)[2:])
        for y, q in quarters
    ]
    return names, [v / 60 for v in quarters.values()]


def _coaching(data: EntrepreneurReportData, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Coaching")))
    if not data.attended_sessions:
        yield _nothing(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No coaching session in this period.")))
        return
    names, hours = _grouped_hours(data, fmt)
    hours_title = (
        QT_TRANSLATE_NOOP("Reports", "Coaching hours per month")
        if len(data.hours_by_month) <= MAX_MONTH_BARS
        else QT_TRANSLATE_NOOP("Reports", "Coaching hours per quarter")
    )
    number = lambda v: fmt.number(v, 1 if v % 1 else 0)  # noqa: E731
    yield figure(
        fmt.tr(hours_title),
        bar_chart(
            names,
            [Series(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Hours")), hours)],
            width=width,
            value_format=number,
        ),
    )
    topics = data.hours_by_topic[:10]
    if topics:
        yield figure(
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Coaching hours per topic")),
            bar_chart(
                [t.topic for t in topics],
                [
                    Series(
                        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Hours")),
                        [t.minutes / 60 for t in topics],
                    )
                ],
                width=width,
                height=max(3 * cm, 0.75 * cm * len(topics)),
                horizontal=True,
                value_format=number,
            ),
        )


def _sessions(data: EntrepreneurReportData, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Sessions and their summaries")))
    if not data.sessions:
        yield _nothing(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No coaching session in this period.")))
        return
    absent = fmt.tr(QT_TRANSLATE_NOOP("Reports", "absent"))
    rows = []
    for se in data.sessions:
        when = fmt.date(se.session_date)
        if se.start_time:
            when += f"\n{fmt.time(se.start_time)}"
        duration = fmt.hours(se.duration_minutes) + ("" if se.attended else f" ({absent})")
        kind = f"{label(fmt, 'kind', se.kind)}, {label(fmt, 'mode', se.mode).lower()}"
        rows.append((when, duration, f"{se.coach}\n{kind}", "\n".join(se.topics), se.summary or ""))
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Date")), 1.1),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Duration")), 1.0),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Coach")), 1.5),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Topics")), 1.5),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Summary")), 3.6),
        ],
        rows,
        width=width,
    )


def _actions(data: EntrepreneurReportData, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Open actions")))
    if not data.open_actions:
        yield _nothing(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No open action.")))
        return
    today = data.end
    late = fmt.tr(QT_TRANSLATE_NOOP("Reports", "overdue"))
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Action")), 5),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Due on")), 1.9),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Who")), 1.6),
        ],
        [
            (
                a.text,
                fmt.date(a.due_on) + (f" ({late})" if a.due_on and a.due_on < today else ""),
                a.assignee or "",
            )
            for a in data.open_actions
        ],
        width=width,
    )


def _services_and_revenue(
    data: EntrepreneurReportData, fmt: Formatter, width: float
) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Shared services used")))
    if data.services:
        yield data_table(
            [
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Service")), 4),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Quantity")), 1.4, align="right"),
                Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Uses")), 0.8, align="right"),
                Column(
                    fmt.tr(QT_TRANSLATE_NOOP("Reports", "Amount excl. VAT")), 1.5, align="right"
                ),
            ],
            [
                (
                    sv.service,
                    f"{fmt.quantity(sv.quantity_hundredths)} {label(fmt, 'unit', sv.unit)}",
                    str(sv.uses),
                    fmt.money(sv.amount_cents),
                )
                for sv in data.services
            ],
            width=width,
            total_row=(
                fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total")),
                "",
                str(sum(sv.uses for sv in data.services)),
                fmt.money(sum(sv.amount_cents for sv in data.services)),
            ),
        )
    else:
        yield _nothing(
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "No shared service used in this period."))
        )
    yield section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Revenue of the activity")))
    if not data.revenue:
        yield _nothing(fmt.tr(QT_TRANSLATE_NOOP("Reports", "No revenue recorded in this period.")))
        return
    incubator = fmt.tr(QT_TRANSLATE_NOOP("Reports", "Invoiced by the incubator"))
    own = fmt.tr(QT_TRANSLATE_NOOP("Reports", "Own invoicing"))
    by_year: dict[int, list[int]] = {}
    for r in data.revenue:
        slot = by_year.setdefault(r.month.year, [0, 0])
        slot[0] += r.incubator_cents
        slot[1] += r.own_cents
    euros = lambda v: fmt.money(int(v * 100)).replace(",00", "")  # noqa: E731
    yield figure(
        fmt.tr(QT_TRANSLATE_NOOP("Reports", "Revenue per year")),
        bar_chart(
            [str(y) for y in by_year],
            [
                Series(incubator, [v[0] / 100 for v in by_year.values()]),
                Series(own, [v[1] / 100 for v in by_year.values()]),
            ],
            width=width,
            height=5.5 * cm,
            value_format=euros,
        ),
    )
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Month")), 2),
            Column(incubator, 2, align="right"),
            Column(own, 2, align="right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total")), 2, align="right"),
        ],
        [
            (
                fmt.month(r.month),
                fmt.money(r.incubator_cents),
                fmt.money(r.own_cents),
                fmt.money(r.total_cents),
            )
            for r in data.revenue
        ],
        width=width,
        total_row=(
            fmt.tr(QT_TRANSLATE_NOOP("Reports", "Total")),
            fmt.money(sum(r.incubator_cents for r in data.revenue)),
            fmt.money(sum(r.own_cents for r in data.revenue)),
            fmt.money(sum(r.total_cents for r in data.revenue)),
        ),
    )


# What fits in the comment's box on one page (about 30 lines of body text).
COMMENT_MAX_CHARS, COMMENT_MAX_LINES = 2400, 30


def _cut(text: str) -> str:
    lines = text.splitlines()
    if len(text) <= COMMENT_MAX_CHARS and len(lines) <= COMMENT_MAX_LINES:
        return text
    return "\n".join(lines[:COMMENT_MAX_LINES])[:COMMENT_MAX_CHARS].rstrip() + " […]"


def _comment(data: EntrepreneurReportData, fmt: Formatter, width: float) -> Iterator[Flowable]:
    s = get_styles()
    text = data.coach_comment or fmt.tr(QT_TRANSLATE_NOOP("Reports", "No comment."))
    cells: list[list[Flowable]] = [[Paragraph(escape(_cut(text)).replace("\n", "<br/>"), s.body)]]
    if _cut(text) != text:
        # A box must fit on a page: a longer comment is cut, and the reader is told so.
        note = fmt.tr(
            QT_TRANSLATE_NOOP(
                "Reports", "The comment is cut here: its full text has {count} characters."
            )
        ).format(count=fmt.number(len(text)))
        cells.append([Paragraph(escape(note), s.muted)])
    box = Table(cells, colWidths=[width])
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), Palette.accent_light),
                ("LINEBEFORE", (0, 0), (0, -1), 3, Palette.accent),
                ("LEFTPADDING", (0, 0), (-1, -1), 10),
                ("TOPPADDING", (0, 0), (-1, -1), 8),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 8),
            ]
        )
    )
    yield KeepTogether([section(fmt.tr(QT_TRANSLATE_NOOP("Reports", "Coach's comment"))), box])


def _nothing(text: str) -> Paragraph:
    return Paragraph(escape(text), get_styles().muted)


__all__ = ["build_entrepreneur_report"]
