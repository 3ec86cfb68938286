"""The events section of the funder report (workshop attendance): events held in the period
under the grant, places, participants, attendance rate, hours delivered and participant hours,
by kind of event (data: services/reporting/event_figures.py)."""

from __future__ import annotations

from collections.abc import Iterator

from reportlab.lib.units import cm
from reportlab.platypus import Flowable, Spacer

from incubator_app.i18n import QT_TRANSLATE_NOOP
from incubator_app.reports.document import paragraph, section
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.labels import label
from incubator_app.reports.styles import get_styles
from incubator_app.reports.tables import Column, data_table
from incubator_app.services.reporting.event_figures import EventFigures, EventKindFigures


def _rate(fmt: Formatter, row: EventKindFigures) -> str:
    bp = row.attendance_bp
    return fmt.percent(bp) if bp is not None else "—"


def _satisfaction(fmt: Formatter, row: EventKindFigures) -> str:
    average = row.average_satisfaction
    return fmt.number(average, 1) if average is not None else "—"


def events_section(events: EventFigures, fmt: Formatter, width: float) -> Iterator[Flowable]:
    yield section(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Workshops and trainings")))
    total = events.total
    if total is None:
        yield paragraph(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "FunderReport", "No event attributed to this grant took place in the period."
                )
            ),
            get_styles().muted,
        )
        return

    def cells(name: str, r: EventKindFigures) -> tuple[str, ...]:
        return (
            name,
            str(r.events),
            str(r.places),
            str(r.participants),
            _rate(fmt, r),
            fmt.hours(r.minutes),
            fmt.hours(r.participant_minutes),
        )

    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Kind")), 1.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Events")), 0.9, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Places")), 0.9, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Participants")), 1.5, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Attendance")), 1.5, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Hours delivered")), 1.3, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Participant hours")), 1.4, "right"),
        ],
        [cells(label(fmt, "event", r.kind), r) for r in events.by_kind],
        width=width,
        total_row=cells(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Total")), total),
    )
    yield Spacer(1, 0.2 * cm)
    yield paragraph(
        fmt.tr(
            QT_TRANSLATE_NOOP(
                "FunderReport",
                "Events attributed to the grant, not cancelled, that started in the period. "
                "Participants: places of the people marked present; attendance: participants "
                "over the places marked present or absent; participant hours: each event's "
                "length for each participant.",
            )
        ),
        get_styles().muted,
    )
    yield from _evaluations(events, fmt, width)


def _evaluations(events: EventFigures, fmt: Formatter, width: float) -> Iterator[Flowable]:
    """The participants' evaluations of those events: answers and average satisfaction."""
    total = events.total
    assert total is not None
    yield Spacer(1, 0.3 * cm)
    if not total.answers:
        yield paragraph(
            fmt.tr(
                QT_TRANSLATE_NOOP(
                    "FunderReport", "No participant evaluation was recorded for these events."
                )
            ),
            get_styles().muted,
        )
        return
    yield data_table(
        [
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Kind")), 1.6),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Evaluations")), 1.2, "right"),
            Column(fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Average satisfaction")), 1.6, "right"),
        ],
        [
            (label(fmt, "event", r.kind), str(r.answers), _satisfaction(fmt, r))
            for r in events.by_kind
        ],
        width=width,
        total_row=(
            fmt.tr(QT_TRANSLATE_NOOP("FunderReport", "Total")),
            str(total.answers),
            _satisfaction(fmt, total),
        ),
    )
    yield Spacer(1, 0.2 * cm)
    yield paragraph(
        fmt.tr(
            QT_TRANSLATE_NOOP(
                "FunderReport",
                "Evaluations: the participants' answers recorded; average satisfaction: their "
                "mean score from 1 (poor) to 5 (excellent), over all the answers.",
            )
        ),
        get_styles().muted,
    )
