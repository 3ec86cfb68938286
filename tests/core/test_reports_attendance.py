from __future__ import annotations

from datetime import date, time
from pathlib import Path

import pytest
from factories import make_coach, make_entrepreneur, make_topic
from pdf_checks import check_pdf, pdf_text

from incubator_app.errors import NotFound
from incubator_app.reports.attendance_sheet import build_attendance_sheet, build_attendance_summary
from incubator_app.services.coaching.sessions import Participant, log_coaching_session
from incubator_app.services.reporting.attendance import (
    attendance_sheet_data,
    attendance_summary_data,
)

pytestmark = pytest.mark.core

NASTY = "Café <b>Théâtre</b> & Cie"


@pytest.fixture
def workshop(session, admin):
    coach = make_coach(session, "Zoé Lefèvre")
    topic = make_topic(session, "Droits d'auteur")
    a = make_entrepreneur(session, "Hélène", "Ørsted")
    a.project_name = NASTY
    b = make_entrepreneur(session, "Noé", "Bâtisseur")
    c = make_entrepreneur(session, "Zoë", "Absente")
    session.commit()
    first = log_coaching_session(
        session,
        session_date=date(2026, 11, 3),
        start_time=time(14, 0),
        duration_minutes=150,
        coach_id=coach.id,
        kind="collective",
        topic_ids=[topic.id],
        participants=[Participant(a.id), Participant(b.id), Participant(c.id, attended=False)],
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2026, 11, 3),
        start_time=time(9, 30),
        duration_minutes=60,
        coach_id=coach.id,
        participants=[Participant(b.id)],
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2026, 11, 20),
        duration_minutes=90,
        coach_id=coach.id,
        participants=[Participant(a.id)],
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2026, 12, 1),
        duration_minutes=90,
        coach_id=coach.id,
        participants=[Participant(a.id)],
        actor=admin,
    )
    return first, a, b, c


def test_sheet_for_one_session(session, admin, workshop, tmp_path: Path) -> None:
    first, a, b, c = workshop
    data = attendance_sheet_data(session, actor=admin, session_id=first.id)
    assert len(data.sessions) == 1
    sheet = data.sessions[0]
    # Everyone expected is listed to sign, by last name.
    assert [p.name for p in sheet.participants] == ["Zoë Absente", "Noé Bâtisseur", "Hélène Ørsted"]
    assert sheet.end_time == time(16, 30)
    out = build_attendance_sheet(data, tmp_path / "emargement.pdf", locale="fr")
    flat = " ".join(check_pdf(out, tmp_path).split())
    for expected in (
        "Hélène Ørsted",
        NASTY,
        "Zoé Lefèvre",
        "14:00 – 16:30",
        "Droits d'auteur",
        "Signature",
    ):
        assert expected in flat


def test_sheet_for_a_day_has_one_page_per_session(session, admin, workshop, tmp_path: Path) -> None:
    data = attendance_sheet_data(session, actor=admin, day=date(2026, 11, 3))
    assert [s.start_time for s in data.sessions] == [time(9, 30), time(14, 0)]
    out = build_attendance_sheet(data, tmp_path / "jour.pdf", locale="en")
    check_pdf(out, tmp_path)
    assert "09:30" in pdf_text(out, 1, 1) and "14:00" in pdf_text(out, 2, 2)


def test_quiet_day_and_unknown_session(session, admin, tmp_path: Path) -> None:
    data = attendance_sheet_data(session, actor=admin, day=date(2026, 11, 4))
    out = build_attendance_sheet(data, tmp_path / "vide.pdf", locale="en")
    assert "No coaching session on 04/11/2026." in check_pdf(out, tmp_path)
    with pytest.raises(NotFound):
        attendance_sheet_data(session, actor=admin, session_id=424242)


def test_monthly_summary(session, admin, workshop, tmp_path: Path) -> None:
    _first, a, b, c = workshop
    data = attendance_summary_data(session, date(2026, 11, 17), actor=admin)
    rows = {r.name: (r.sessions, r.attended, r.missed, r.attended_minutes) for r in data.rows}
    assert rows == {
        "Hélène Ørsted": (2, 2, 0, 240),
        "Noé Bâtisseur": (2, 2, 0, 210),
        "Zoë Absente": (1, 0, 1, 0),
    }
    assert data.month == date(2026, 11, 1)
    out = build_attendance_summary(data, tmp_path / "mois.pdf", locale="fr")
    flat = " ".join(check_pdf(out, tmp_path).split())
    assert "Hélène Ørsted" in flat and NASTY in flat
    assert "7,5 h" in flat  # 450 minutes in total
    one = attendance_summary_data(session, date(2026, 11, 1), actor=admin, entrepreneur_id=c.id)
    assert [r.name for r in one.rows] == ["Zoë Absente"]
