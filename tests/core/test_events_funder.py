"""The funder report's events section: events attributed to the grant that took place in the
period, by kind, counted by hand; the PDF prints them (pdftotext)."""

from __future__ import annotations

import os
import shutil
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest
from event_helpers import new_event
from funder_fixture import build_funder_fixture

from incubator_app.reports.funder_report import write_funder_report
from incubator_app.services.events.evaluations import record_evaluation
from incubator_app.services.events.records import cancel_event
from incubator_app.services.events.registrations import mark_attendance, register
from incubator_app.services.reporting.event_figures import event_figures

pytestmark = pytest.mark.core
PERIOD = (date(2026, 11, 1), date(2026, 11, 30))


@pytest.mark.clock("2026-11-02 09:00")
def test_events_figures_by_kind_and_in_the_pdf(session, admin, frozen_clock, tmp_path):
    fx = build_funder_fixture(session)
    grant, other = fx.grant_id, fx.other_grant_id

    def event(kind, hours, days, grants, capacity=10):
        return new_event(
            session,
            admin,
            kind=kind,
            hours=hours,
            capacity=capacity,
            starts_in=timedelta(days=days),
            grant_ids=grants,
            title=f"{kind} {days}",
        )

    workshop = event("workshop", 3, 2, [grant])  # 4 places: 2 + 1 present (3), 1 absent
    training = event("training", 7, 3, [grant])  # 2 places, 2 present
    elsewhere = event("workshop", 2, 4, [other])  # another grant: not counted
    cancelled = event("meeting", 2, 5, [grant])  # cancelled: not counted
    later = event("visit", 2, 40, [grant])  # after the period: not counted
    w = [
        register(
            session, workshop, email=f"w{i}@exemple.fr", name=f"W {i}", party_size=p, actor=admin
        )  # fmt: skip
        for i, p in enumerate((2, 1, 1))
    ]
    t = [register(session, training, email=f"t{i}@exemple.fr", name=f"T {i}", actor=admin)
         for i in range(2)]  # fmt: skip
    other_reg = register(session, elsewhere, email="e@exemple.fr", name="E", actor=admin)
    register(session, cancelled, email="c@exemple.fr", name="C", actor=admin)
    register(session, later, email="l@exemple.fr", name="L", actor=admin)
    cancel_event(session, cancelled, reason=None, actor=admin)
    frozen_clock.shift(timedelta(days=10))
    for reg, present in zip(w, (True, True, False), strict=True):
        mark_attendance(session, reg.id, present, actor=admin)
    for reg in t:
        mark_attendance(session, reg.id, True, actor=admin)
    # Evaluations: the workshop 5 and 4, the training 3; another grant's event is not counted.
    for reg, score in ((w[0], 5), (w[1], 4), (t[0], 3), (other_reg, 1)):
        record_evaluation(session, reg.id, score, "Bien", actor=admin)

    figures = event_figures(session, grant, *PERIOD, actor=admin)
    rows = {r.kind.value: r for r in figures.by_kind}
    assert set(rows) == {"workshop", "training"}
    ws = rows["workshop"]
    assert (ws.events, ws.places, ws.participants, ws.absent) == (1, 4, 3, 1)
    assert (ws.minutes, ws.participant_minutes, ws.attendance_bp) == (180, 540, 7500)
    tr = rows["training"]
    assert (tr.events, tr.participants, tr.minutes, tr.participant_minutes) == (1, 2, 420, 840)
    total = figures.total
    assert (total.events, total.participants, total.minutes) == (2, 5, 600)
    assert (ws.answers, ws.average_satisfaction, tr.answers, tr.average_satisfaction) == (
        2,
        4.5,
        1,
        3.0,
    )
    assert (total.answers, total.average_satisfaction) == (3, 4.0)

    pdf = write_funder_report(session, grant, *PERIOD, tmp_path / "r.pdf", actor=admin, locale="en")
    text = (
        subprocess.run(
            ["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True, text=True
        )
        .stdout.replace("\u00a0", " ")
        .replace("\u202f", " ")
    )
    assert "Workshops and trainings" in text
    line = next(x for x in text.splitlines() if x.strip().startswith("Total") and "10 h" in x)
    assert "75 %" in text or "75%" in text, line
    evaluations = next(
        x
        for x in text.splitlines()
        if x.strip().startswith("Total") and x.split()[-2:] == ["3", "4.0"]
    )
    assert "Evaluations" in text and "Average" in text, evaluations
    # The workbook's Events sheet: the same events, one per row, and the same total.
    from openpyxl import load_workbook

    from incubator_app.reports.funder_workbook import write_funder_workbook

    xlsx = write_funder_workbook(
        session, grant, *PERIOD, tmp_path / "r.xlsx", actor=admin, locale="en"
    )
    if os.environ.get("INCUBATOR_SCREENSHOTS"):  # to look at it
        shutil.copy(xlsx, Path(os.environ["INCUBATOR_SCREENSHOTS"]) / "funder-events.xlsx")
    sheet = load_workbook(xlsx)["Events"]
    values = [tuple(c.value for c in row) for row in sheet.iter_rows()]
    assert values[0][:11] == (
        "Event", "Kind", "Date", "Hours", "Registered", "Attended", "Absent", "Attendance",
        "Participant hours", "Evaluations", "Satisfaction (1-5)",
    )  # fmt: skip
    body = values[1:3]
    assert [(r[0], r[3], r[4], r[5], r[6], r[7], r[8]) for r in body] == [
        ("workshop 2", 3, 4, 3, 1, 0.75, 9),
        ("training 3", 7, 2, 2, 0, 1, 14),
    ]
    assert body[0][2].date() == date(2026, 11, 4)
    assert [(r[9], r[10]) for r in body] == [(2, 4.5), (1, 3)]
    total = values[3]
    assert total[0] == "Total"
    assert total[3:11] == (
        figures.total.minutes / 60,
        figures.total.places,
        figures.total.participants,
        figures.total.absent,
        round(figures.total.attendance_bp / 10_000, 4),
        figures.total.participant_minutes / 60,
        3,
        4,
    )


@pytest.mark.clock("2026-11-02 09:00")
def test_events_sheet_says_when_no_event_was_held(session, admin, tmp_path):
    from openpyxl import load_workbook

    from incubator_app.reports.funder_workbook import write_funder_workbook

    fx = build_funder_fixture(session)
    xlsx = write_funder_workbook(
        session, fx.grant_id, *PERIOD, tmp_path / "r.xlsx", actor=admin, locale="fr"
    )
    book = load_workbook(xlsx)
    assert len(book.sheetnames) == 3
    rows = [tuple(c.value for c in row) for row in book.worksheets[-1].iter_rows()]
    # The header, then one line saying so (in the report's language).
    assert len(rows) == 2 and rows[1][0] and rows[1][1] is None, rows
