"""The Coaching page: the sessions table with its filters and totals, the week view, the
caseload, and the entrepreneur record's Coaching tab."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from coaching_fixtures import seed_people, shot
from PySide6.QtCore import Qt

from incubator_app import clock
from incubator_app.services.administration.reference_lists import list_coaching_topics
from incubator_app.services.coaching.sessions import Participant, log_coaching_session
from incubator_app.services.milestones.action_items import create_action_item
from incubator_app.ui.coaching.entrepreneur_tab import EntrepreneurCoachingTab
from incubator_app.ui.coaching.week_view import monday_of
from incubator_app.ui.pages.coaching import CoachingPage

pytestmark = pytest.mark.ui
# The suite's frozen day (tests/conftest.py DEFAULT_INSTANT): a Wednesday. The sessions fall on
# its Monday, Wednesday, Thursday and Friday, and one 400 days earlier.
TODAY = date(2026, 11, 18)
MONDAY = monday_of(TODAY)


@pytest.fixture
def world(db, admin_actor):
    ids = seed_people(db)
    with db.session() as s:
        topics = [t.id for t in list_coaching_topics(s, actor=admin_actor)]

        def log(day, coach, people, minutes=60, at=time(10, 0), **kw):
            return log_coaching_session(
                s,
                session_date=day,
                start_time=at,
                duration_minutes=minutes,
                coach_id=ids[coach],
                participants=[ids[p] if isinstance(p, str) else p for p in people],
                actor=admin_actor,
                **kw,
            ).id

        ids["s_monday"] = log(
            MONDAY,
            "ana",
            ["Dupont"],
            90,
            time(14, 0),
            topic_ids=topics[:1],
            summary="Devis",
            confidential_notes="Secret A",
        )
        ids["s_wednesday"] = log(MONDAY + timedelta(days=2), "ana", ["Martin"], at=time(9, 0))
        log(MONDAY + timedelta(days=3), "bob", ["Moreau"], 45)
        log(
            MONDAY + timedelta(days=4),
            "ana",
            [Participant(ids["Dupont"]), Participant(ids["Dupuis"], False)],
            120,
            kind="collective",
            topic_ids=topics[1:3],
        )
        log(MONDAY - timedelta(days=400), "ana", ["Dupont"], 30)
        create_action_item(
            s,
            entrepreneur_id=ids["Dupont"],
            text="Relancer",
            due_on=TODAY - timedelta(days=3),
            assignee_coach_id=ids["ana"],
            actor=admin_actor,
        )
        ids["topics"] = topics
    return ids


@pytest.fixture
def page(qtbot, context, world):
    widget = CoachingPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _wait_totals(qtbot, view, expected: str) -> None:
    qtbot.waitUntil(lambda: view.totals_label.text().startswith(expected))


def _column(view, column: int) -> list[str]:
    model = view.model
    return [model.index(r, column).data() for r in range(model.rowCount())]


def test_sessions_newest_first_with_totals(qtbot, page, world):
    view = page.sessions
    view.apply_filters(period="all")
    _wait_totals(qtbot, view, "5 sessions")
    assert view.totals_label.text() == "5 sessions · 5 h 45 min · 4 entrepreneurs"
    dates = _column(view, 0)
    assert dates[-1] == (MONDAY - timedelta(days=400)).strftime("%d/%m/%Y")
    assert len(dates) == 5
    # Notes never reach the table, even for an admin.
    assert all("Secret" not in (_column(view, c)[0] or "") for c in range(9))
    shot(page, "sessions_table")


def test_filters_by_coach_topic_kind_and_entrepreneur(qtbot, page, world):
    view = page.sessions
    view.apply_filters(period="all", coach_id=world["bob"])
    _wait_totals(qtbot, view, "1 sessions")
    assert _column(view, 3) == ["Bob Garnier"]
    view.apply_filters(coach_id=None, topic_id=world["topics"][1])
    _wait_totals(qtbot, view, "1 sessions")
    assert _column(view, 4) == ["Léa Dupont, Marc Dupuis"]
    view.apply_filters(topic_id=None, kind="collective")
    _wait_totals(qtbot, view, "1 sessions")
    view.apply_filters(kind=None, entrepreneur_id=world["Dupont"])
    _wait_totals(qtbot, view, "3 sessions")
    assert "1 entrepreneurs" in view.totals_label.text()
    # Clicking the entrepreneur chip clears that filter.
    qtbot.mouseClick(view.person_chip, Qt.MouseButton.LeftButton)
    _wait_totals(qtbot, view, "5 sessions")


def test_period_combo_is_a_keyboard_filter(qtbot, page, world):
    assert clock.today() == TODAY
    view = page.sessions
    view.period.setFocus()
    view.apply_filters(period="all")
    _wait_totals(qtbot, view, "5 sessions")
    view.period.setCurrentIndex(view.period.findData("this_week"))
    _wait_totals(qtbot, view, "4 sessions")
    assert _column(view, 0)[-1] == "16/11/2026"
    # The last 12 months end today, Wednesday: Thursday's and Friday's sessions are still ahead,
    # the one 400 days ago is out of range.
    view.period.setCurrentIndex(view.period.findData("last_12_months"))
    _wait_totals(qtbot, view, "2 sessions")
    assert _column(view, 0) == ["18/11/2026", "16/11/2026"]


def test_week_view_lays_out_a_coachs_week(qtbot, page, world):
    page.tabs.setCurrentWidget(page.week)
    week = page.week
    week.set_coach(world["ana"])
    week.show_week(MONDAY)
    cells = week.session_cells()
    assert sorted((r, c) for r, c, _t in cells) == [(1, 2), (2, 4), (6, 0)]
    by_column = {c: text for _r, c, text in cells}
    assert by_column[0].startswith("14:00 · 90 min\nLéa Dupont")
    assert by_column[4].startswith("10:00 · 120 min\nLéa Dupont, Marc Dupuis")
    assert week.grid.rowSpan(6, 0) == 2  # 14:00, 90 minutes: two hour rows
    shot(page, "week_view")
    qtbot.mouseClick(week.next, Qt.MouseButton.LeftButton)
    assert week.session_cells() == []
    qtbot.mouseClick(week.previous, Qt.MouseButton.LeftButton)
    with qtbot.waitSignal(week.open_session) as opened:
        week.grid.cellDoubleClicked.emit(6, 0)
    assert opened.args == [world["s_monday"]]


def test_caseload_of_a_coach(qtbot, page, world):
    page.tabs.setCurrentWidget(page.caseload)
    caseload = page.caseload
    caseload.set_coach(world["ana"])
    model = caseload.model
    names = [model.index(r, 0).data() for r in range(model.rowCount())]
    # Overdue actions first; Moreau has Bob as referent and no session with Ana.
    assert names[0] == "Léa Dupont"
    assert set(names) == {"Léa Dupont", "Paul Martin", "Marc Dupuis"}
    first = [model.index(0, c).data() for c in range(model.columnCount())]
    assert first[6:] == ["1", "1"]
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None
    shot(page, "caseload")


def test_entrepreneur_tab_lists_sessions_and_logs_from_there(qtbot, context, world):
    tab = EntrepreneurCoachingTab(context, world["Dupont"], None)
    qtbot.addWidget(tab)
    tab.resize(1000, 400)
    tab.show()
    assert tab.model.rowCount() == 3
    assert tab.totals.text().startswith("3 sessions · 4 h")
    notes = [tab.model.index(r, 6).data() for r in range(3)]
    assert "Secret A" in notes  # an admin reads them
    shot(tab, "entrepreneur_tab")
    dialog = tab.log_session()
    qtbot.waitExposed(dialog)
    assert dialog.participants.names() == ["Léa Dupont — Atelier céramique"]
    dialog.reject()


def test_entrepreneur_tab_hides_notes_from_another_coach(qtbot, context, world, db):
    from dataclasses import replace

    from incubator_app.models import Role

    # Another account (the notes' author is the admin's account, who would read them).
    other = replace(
        context.actor, user_id=None, login="bob", role=Role.COACH, coach_id=world["bob"]
    )
    tab = EntrepreneurCoachingTab(replace(context, actor=other), world["Dupont"], None)
    qtbot.addWidget(tab)
    notes = [tab.model.index(r, 6).data() for r in range(tab.model.rowCount())]
    assert "Secret A" not in notes and "(confidential)" in notes
