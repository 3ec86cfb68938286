"""Funder report (PDF): cover page, key figures, entries and exits, survival of the businesses
created, coaching, participants' profile with charts, and the annex of beneficiaries.

`build_funder_report(kpis, rows, path, identity=…, locale="fr")` takes plain data from
`services.funder_kpis`; `rows` may be the streamed iterator of `iter_beneficiary_rows`: the annex
is laid out chunk by chunk, so memory does not grow with the number of beneficiaries.
`write_funder_report(session, grant_id, start, end, path, actor=…)` does both steps for the
command line and the app. The file is written atomically (temp file + rename).
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date
from pathlib import Path

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from sqlalchemy.orm import Session

from incubator_app.reports.charts import Series, bar_chart, pie_chart
from incubator_app.reports.document import Cover, build_pdf, paragraph, section, subsection
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.funder_events import events_section
from incubator_app.reports.funder_fse import fse_section
from incubator_app.reports.funder_texts import (
    ANNEX,
    ANNEX_TOTAL,
    COACHING,
    COLUMNS,
    COVER,
    DEFINITIONS,
    DIMENSIONS,
    ENTRIES_EXITS,
    KEY_FIGURES,
    MONTHS_AFTER,
    NOTHING,
    PROFILE,
    SURVIVAL,
    TARGET_COLUMNS,
    TARGETS,
    TITLE,
    annex_cells,
    exit_label,
    figure_label,
    headline_figures,
    indicator_cells,
    key_label,
    period_text,
    share_bp,
)
from incubator_app.reports.page import ReportMeta
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import Column, data_table, data_tables, kpi_tiles
from incubator_app.services.actor import Actor
from incubator_app.services.funding.fse.indicators import IndicatorTable, grant_fse_table
from incubator_app.services.reporting.event_figures import EventFigures, event_figures
from incubator_app.services.reporting.funder_kpis import (
    BeneficiaryRow,
    FunderKpis,
    ReportIdentity,
    Tally,
    iter_beneficiary_rows,
    report_identity,
)
from incubator_app.services.reporting.indicators import IndicatorValue, grant_indicators

ANNEX_CHUNK = 250
Progress = Callable[[int, int], None]


class ReportCancelled(Exception):  # noqa: N818 (the user asked for it)
    """Raised between annex rows when the caller's `cancelled()` returns True."""


def build_funder_report(
    kpis: FunderKpis,
    rows: Iterable[BeneficiaryRow],
    path: str | os.PathLike[str],
    *,
    identity: ReportIdentity,
    locale: str = "fr",
    generated_on: date | None = None,
    progress: Progress | None = None,
    indicators: Sequence[IndicatorValue] = (),
    events: EventFigures | None = None,
    fse: IndicatorTable | None = None,
) -> Path:
    fmt = Formatter(locale)
    g = kpis.grant
    meta = ReportMeta(
        title=f"{fmt.tr(TITLE)} — {g.reference}",
        incubator_name=identity.incubator_name,
        logo_png=identity.logo_png,
        subtitle=f"{g.funder_name} — {g.title}",
        **({"generated_on": generated_on} if generated_on else {}),
    )
    cover = Cover(
        lines=[
            (fmt.tr(COVER["funder"]), g.funder_name),
            (fmt.tr(COVER["grant"]), g.title),
            (fmt.tr(COVER["reference"]), g.reference),
            (fmt.tr(COVER["amount"]), fmt.money(g.amount_cents)),
            (fmt.tr(COVER["grant_period"]), period_text(fmt, g.period_start, g.period_end)),
            (fmt.tr(COVER["period"]), period_text(fmt, kpis.period_start, kpis.period_end)),
            (figure_label(fmt, "people_supported"), str(kpis.people_supported)),
        ],
        note="" if kpis.has_data else fmt.tr(NOTHING),
    )
    story = _story(kpis, rows, fmt, meta, progress, indicators, events, fse)
    return build_pdf(path, story, meta, fmt, cover=cover)


def write_funder_report(
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
    """Computes the figures, streams the annex from the database, writes the PDF."""
    kpis, indicators = grant_indicators(session, grant_id, start, end, actor=actor)
    rows = iter_beneficiary_rows(session, grant_id, start, end, actor=actor)
    return build_funder_report(
        kpis,
        watch(rows, cancelled),
        path,
        identity=report_identity(session),
        locale=locale,
        progress=progress,
        indicators=indicators,
        events=event_figures(session, grant_id, start, end, actor=actor),
        fse=grant_fse_table(session, grant_id, start, end, actor=actor),
    )


def watch(rows: Iterable[BeneficiaryRow], cancelled: Callable[[], bool] | None):
    """Passes rows through, stopping with ReportCancelled once `cancelled()` is true."""
    for row in rows:
        if cancelled is not None and cancelled():
            raise ReportCancelled
        yield row


# --- the story ----------------------------------------------------------------------------------


def _story(
    k: FunderKpis,
    rows: Iterable[BeneficiaryRow],
    fmt: Formatter,
    meta: ReportMeta,
    progress: Progress | None,
    indicators: Sequence[IndicatorValue] = (),
    events: EventFigures | None = None,
    fse: IndicatorTable | None = None,
) -> Iterator[Flowable]:
    width = meta.content_width
    yield section(fmt.tr(KEY_FIGURES))
    if not k.has_data:
        yield paragraph(fmt.tr(NOTHING))
    figures = {name: text for name, text, _ in headline_figures(k, fmt)}
    yield kpi_tiles(
        [
            (figures[n], figure_label(fmt, n))
            for n in ("people_supported", "admissions", "exits", "sessions")
        ]
        + [
            (figures["coaching_hours"], figure_label(fmt, "coaching_hours")),
            (figures["participant_hours"], figure_label(fmt, "participant_hours")),
            (figures["incubations"], figure_label(fmt, "incubations")),
            (figures["beneficiaries"], figure_label(fmt, "beneficiaries")),
        ],
        width=width,
    )
    yield Spacer(1, 0.2 * cm)
    yield paragraph(fmt.tr(DEFINITIONS), get_styles().muted)
    yield from _targets(indicators, fmt, width)
    yield from _entries_exits(k, fmt, width)
    yield from _survival(k, fmt, width)
    yield from _coaching(k, fmt, width)
    if events is not None:
        yield from events_section(events, fmt, width)
    yield from _profile(k, fmt, width)
    if fse is not None:
        yield from fse_section(fse, fmt, width)
    yield from _annex(k, rows, fmt, width, progress)


def _targets(
    indicators: Sequence[IndicatorValue], fmt: Formatter, width: float
) -> Iterator[Flowable]:
    """Target, actual and gap of each indicator the grant's agreement sets (none: no section)."""
    if not indicators:
        return
    yield section(fmt.tr(TARGETS))
    yield data_table(
        [
            Column(fmt.tr(TARGET_COLUMNS["indicator"]), 4),
            Column(fmt.tr(TARGET_COLUMNS["target"]), 1.2, "right"),
            Column(fmt.tr(TARGET_COLUMNS["actual"]), 1.2, "right"),
            Column(fmt.tr(TARGET_COLUMNS["gap"]), 1.2, "right"),
        ],
        indicator_cells(indicators, fmt),
        width=width,
    )


def _count_share_rows(tallies: Iterable[Tally], total: int, fmt: Formatter, labeller):
    return [(labeller(t.key), str(t.count), fmt.percent(share_bp(t.count, total))) for t in tallies]


def _entries_exits(k: FunderKpis, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(ENTRIES_EXITS))
    yield data_table(
        [Column(fmt.tr(COLUMNS["figure"]), 4), Column(fmt.tr(COLUMNS["count"]), 1, "right")],
        [
            (figure_label(fmt, name), str(getattr(k, name)))
            for name in ("admissions", "incubations")
        ],
        width=width * 0.6,
    )
    yield subsection(fmt.tr(COLUMNS["outcome"]))
    exits_table = data_table(
        [
            Column(fmt.tr(COLUMNS["outcome"]), 3),
            Column(fmt.tr(COLUMNS["count"]), 1, "right"),
            Column(fmt.tr(COLUMNS["share"]), 1, "right"),
        ],
        _count_share_rows(k.exits, k.exits_total, fmt, lambda key: exit_label(fmt, key)),
        width=width * 0.48,
        total_row=(figure_label(fmt, "exits"), str(k.exits_total), ""),
    )
    chart = bar_chart(
        [exit_label(fmt, t.key) for t in k.exits],
        [Series(fmt.tr(COLUMNS["count"]), [t.count for t in k.exits])],
        width=width * 0.48,
        height=5.2 * cm,
        horizontal=True,
    )
    yield _side_by_side(exits_table, chart, width)


def _survival(k: FunderKpis, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(SURVIVAL))
    yield data_table(
        [
            Column(fmt.tr(COLUMNS["after"]), 2),
            Column(fmt.tr(COLUMNS["due"]), 1, "right"),
            Column(fmt.tr(COLUMNS["checked"]), 1, "right"),
            Column(fmt.tr(COLUMNS["active"]), 1, "right"),
            Column(fmt.tr(COLUMNS["rate"]), 1, "right"),
            Column(fmt.tr(COLUMNS["unknown_share"]), 1, "right"),
        ],
        [
            (
                fmt.tr(MONTHS_AFTER, months=s.months),
                str(s.due),
                str(s.checked),
                str(s.active),
                fmt.percent(share_bp(s.active, s.checked)) if s.checked else "—",
                fmt.percent(share_bp(s.unknown, s.due)) if s.due else "—",
            )
            for s in k.survival
        ],
        width=width * 0.9,
    )


def _coaching(k: FunderKpis, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(COACHING))
    names = (
        "sessions",
        "individual_sessions",
        "collective_sessions",
        "coaching_hours",
        "participant_hours",
        "hours_per_person",
    )
    figures = {name: text for name, text, _ in headline_figures(k, fmt)}
    yield data_table(
        [Column(fmt.tr(COLUMNS["figure"]), 4), Column(fmt.tr(COLUMNS["value"]), 1, "right")],
        [(figure_label(fmt, n), figures[n]) for n in names],
        width=width * 0.7,
    )


def _profile(k: FunderKpis, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(PROFILE))
    total = k.people_supported
    half = width * 0.48
    tables = []
    for dim, tallies in (("gender", k.by_gender), ("age_band", k.by_age_band)):
        tables.append(
            data_table(
                [
                    Column(fmt.tr(DIMENSIONS[dim]), 2.4),
                    Column(fmt.tr(COLUMNS["count"]), 1, "right"),
                    Column(fmt.tr(COLUMNS["share"]), 1, "right"),
                ],
                _count_share_rows(tallies, total, fmt, lambda key: key_label(fmt, key)),
                width=half,
            )
        )
    yield _side_by_side(tables[0], tables[1], width)
    yield Spacer(1, 0.3 * cm)
    pie = pie_chart(
        [(key_label(fmt, t.key), t.count) for t in k.by_gender], width=half, height=4.6 * cm
    )
    bars = bar_chart(
        [key_label(fmt, t.key) for t in k.by_age_band],
        [Series(fmt.tr(COLUMNS["count"]), [t.count for t in k.by_age_band])],
        width=half,
        height=4.6 * cm,
        horizontal=True,
    )
    yield _side_by_side(pie, bars, width)
    yield Spacer(1, 0.3 * cm)
    answers = ("yes", "no", "unknown")
    yield data_table(
        [Column("", 3)] + [Column(key_label(fmt, a), 1, "right") for a in answers],
        [
            (fmt.tr(DIMENSIONS[dim]), *(_count_and_share(tallies, a, total, fmt) for a in answers))
            for dim, tallies in (
                ("job_seeker", k.by_job_seeker),
                ("social_minima", k.by_social_minima),
                ("priority_district", k.by_priority_district),
            )
        ],
        width=width,
    )


def _count_and_share(tallies: Iterable[Tally], key: str, total: int, fmt: Formatter) -> str:
    count = next((t.count for t in tallies if t.key == key), 0)
    return f"{count} ({fmt.percent(share_bp(count, total))})"


def _annex(
    k: FunderKpis,
    rows: Iterable[BeneficiaryRow],
    fmt: Formatter,
    width: float,
    progress: Progress | None,
) -> Iterator[Flowable]:
    if not k.has_data:
        return
    yield PageBreak()
    yield section(fmt.tr(ANNEX))
    total = k.people_supported
    columns = [
        Column(fmt.tr(COLUMNS["name"]), 3),
        Column(fmt.tr(COLUMNS["stage"]), 1.25),
        Column(fmt.tr(COLUMNS["admitted_on"]), 1.3),
        Column(fmt.tr(COLUMNS["exit"]), 2.9),
        Column(fmt.tr(COLUMNS["sessions"]), 1.15, "right"),
        Column(fmt.tr(COLUMNS["hours"]), 1, "right"),
    ]
    report = (lambda n: progress(n, total)) if progress is not None else None
    cells = (
        (
            f"{row.last_name.upper()} {row.first_name}",
            stage,
            fmt.date(row.admitted_on),
            f"{exit_text} ({fmt.date(row.left_on)})" if exit_text else fmt.date(row.left_on),
            str(row.sessions),
            fmt.hours(row.minutes),
        )
        for row, stage, exit_text in annex_cells(rows, fmt, report)
    )
    yield from data_tables(columns, cells, width=width, chunk=ANNEX_CHUNK)
    yield Spacer(1, 0.3 * cm)
    yield paragraph(
        fmt.tr(ANNEX_TOTAL, people=total, hours=fmt.hours(k.participant_minutes)),
        get_styles().muted,
    )
    if progress is not None:
        progress(total, total)


def _side_by_side(left: Flowable, right: Flowable, width: float) -> Table:
    table = Table([[left, right]], colWidths=[width / 2, width / 2])
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
