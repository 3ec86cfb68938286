"""The log dialog driven from the keyboard alone: pick an entrepreneur by typing, Tab through
the defaults, Ctrl+Enter saves; the duplicate warning; collective and recurring sessions."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from activation import make_active
from coaching_fixtures import Host, seed_people, shot
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QLabel, QPushButton
from sqlalchemy import select

from incubator_app import clock
from incubator_app.models import (
    ActionItem,
    CoachingSession,
    Entrepreneur,
    PathwayStage,
    Role,
    SessionParticipant,
)
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.ui.coaching.log_dialog import open_log_session_dialog

pytestmark = pytest.mark.ui
CTRL = Qt.KeyboardModifier.ControlModifier


@pytest.fixture
def people(db, admin_actor):
    return seed_people(db)


@pytest.fixture
def host(qtbot, context):
    widget = Host(context)
    qtbot.addWidget(widget)
    return widget


def _open(qtbot, host, **kw):
    dialog = open_log_session_dialog(host, **kw)
    # The dialog deletes itself on close: its outcome is recorded on the host.
    host.outcomes = []
    dialog.accepted.connect(lambda: host.outcomes.append("accepted"))
    dialog.rejected.connect(lambda: host.outcomes.append("rejected"))
    qtbot.waitExposed(dialog)
    make_active(qtbot, dialog)
    return dialog


def _pick_by_typing(qtbot, dialog, letters: str, downs: int = 1) -> None:
    picker = dialog.picker
    before = dialog.participants.count()
    assert QApplication.focusWidget() is picker
    qtbot.keyClicks(picker, letters)
    popup = picker.completer().popup()
    qtbot.waitUntil(popup.isVisible)
    for _ in range(downs):
        qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.participants.count() > before or before == 1)
    qtbot.waitUntil(lambda: not popup.isVisible() and picker.text() == "")


def _tab_to(qtbot, dialog, target, limit: int = 30) -> list[str]:
    visited = []
    for _ in range(limit):
        if QApplication.focusWidget() is target:
            return visited
        qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
        visited.append(QApplication.focusWidget().objectName())
    raise AssertionError(f"Tab never reached {target.objectName()}: {visited}")


def _press(qtbot, box, text: str) -> None:
    """Tab to the message box's button showing `text`, then Space (keyboard only)."""
    for _ in range(8):
        focused = box.focusWidget()
        if isinstance(focused, QPushButton) and focused.text().replace("&", "") == text:
            qtbot.keyClick(focused, Qt.Key.Key_Space)
            return
        qtbot.keyClick(focused or box, Qt.Key.Key_Tab)
    raise AssertionError(f"no button {text!r}")


def _sessions(db):
    with db.session() as s:
        return list(s.scalars(select(CoachingSession).order_by(CoachingSession.id)))


def test_plain_session_logged_with_the_keyboard_alone(qtbot, host, db, people):
    dialog = _open(qtbot, host)
    _pick_by_typing(qtbot, dialog, "dupo")
    assert dialog.participants.names() == ["Léa Dupont — Atelier céramique"]
    shot(dialog, "log_dialog_filled_start")
    visited = _tab_to(qtbot, dialog, dialog.summary)
    # Date, time and duration come before the text fields: defaults are passed with Tab.
    assert visited.index("sessionDate") < visited.index("startTime") < visited.index("duration")
    qtbot.keyClicks(dialog.summary, "Devis revu")
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.notes
    qtbot.keyClicks(dialog.notes, "Fatigue")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    (saved,) = _sessions(db)
    # The defaults are the incubator's day and time (frozen: Wednesday 18/11/2026 10:00 Paris),
    # whatever zone the computer is set to.
    assert saved.session_date == clock.today() == date(2026, 11, 18)
    assert saved.start_time == time(10, 0)
    assert saved.duration_minutes == 60
    # The admin has no coach profile and logs a first session: the first coach by name.
    assert saved.coach_id == people["ana"]
    assert saved.summary == "Devis revu" and saved.confidential_notes == "Fatigue"
    with db.session() as s:
        assert s.scalars(select(SessionParticipant.entrepreneur_id)).all() == [people["Dupont"]]


def test_duration_used_last_is_the_next_default(qtbot, host, db, people):
    dialog = _open(qtbot, host, entrepreneur_id=people["Martin"])
    assert dialog.participants.names() == ["Paul Martin — Studio son"]
    dialog.duration.setFocus()
    dialog.duration.selectAll()
    qtbot.keyClicks(dialog.duration, "90")
    qtbot.keyClick(dialog.duration, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    again = _open(qtbot, host)
    assert again.duration.value() == 90
    qtbot.keyClick(again.picker, Qt.Key.Key_Escape)
    assert host.outcomes == ["rejected"]
    assert len(_sessions(db)) == 1


def test_coach_used_last_is_the_next_default_of_a_user_without_a_profile(qtbot, host, db, people):
    dialog = _open(qtbot, host, entrepreneur_id=people["Martin"])
    assert dialog.coach.currentData() == people["ana"]
    dialog.coach.setCurrentIndex(dialog.coach.findData(people["bob"]))
    dialog.save()
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    again = _open(qtbot, host)
    assert again.coach.currentData() == people["bob"]
    qtbot.keyClick(again.picker, Qt.Key.Key_Escape)


def test_a_coach_logs_under_their_own_profile(qtbot, host, db, people):
    from dataclasses import replace

    host.context.settings.set_last_session_coach(
        f"{host.context.db_key}#{host.context.actor.login}", people["ana"]
    )
    host.context.actor = replace(host.context.actor, coach_id=people["bob"])
    dialog = _open(qtbot, host)
    assert dialog.coach.currentData() == people["bob"]
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Escape)


def test_saving_without_an_entrepreneur_says_so(qtbot, host, db, people):
    dialog = _open(qtbot, host)
    shot(dialog, "log_dialog_empty")
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return, CTRL)
    assert dialog.participants_error.isVisible()
    assert "entrepreneur" in dialog.participants_error.text()
    assert dialog.isVisible() and _sessions(db) == []


def test_duplicate_warning_go_back_then_save_anyway(qtbot, host, db, people, admin_actor):
    # Already logged at the dialog's defaults: today (frozen, 18/11/2026) at 10:00 Paris.
    with db.session() as s:
        log_coaching_session(
            s,
            session_date=date(2026, 11, 18),
            start_time=time(10, 0),
            duration_minutes=60,
            coach_id=people["ana"],
            participants=[people["Dupont"]],
            summary="Premier passage",
            actor=admin_actor,
        )
    dialog = _open(qtbot, host)
    _pick_by_typing(qtbot, dialog, "dupo")
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return, CTRL)
    box = dialog.duplicate_box
    qtbot.waitUntil(lambda: box is not None and box.isVisible())
    assert "already logged" in box.text() and "Premier passage" in box.informativeText()
    shot(box, "duplicate_warning")
    qtbot.keyClick(box, Qt.Key.Key_Escape)  # Go back
    qtbot.waitUntil(lambda: not box.isVisible())
    assert dialog.isVisible() and len(_sessions(db)) == 1
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Return, CTRL)
    box = dialog.duplicate_box
    qtbot.waitUntil(box.isVisible)
    _press(qtbot, box, "Save anyway")
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    assert len(_sessions(db)) == 2


def test_collective_session_with_attendance_and_action_item(qtbot, host, db, people):
    dialog = _open(qtbot, host)
    dialog.kind.setCurrentIndex(dialog.kind.findData("collective"))
    dialog.picker.setFocus()
    _pick_by_typing(qtbot, dialog, "dupo")
    _pick_by_typing(qtbot, dialog, "dupui")
    _pick_by_typing(qtbot, dialog, "moreau")
    assert dialog.participants.count() == 3
    dialog.participants.item(1).setCheckState(Qt.CheckState.Unchecked)
    dialog.topics.chips[next(iter(dialog.topics.chips))].click()
    dialog.actions.text.setFocus()
    qtbot.keyClicks(dialog.actions.text, "Envoyer la fiche")
    qtbot.keyClick(dialog.actions.quick[0], Qt.Key.Key_Space)  # +1 week
    qtbot.keyClick(dialog.actions.text, Qt.Key.Key_Return)
    assert dialog.actions.items.count() == 1
    shot(dialog, "log_dialog_collective")
    qtbot.keyClick(dialog.actions.text, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    (saved,) = _sessions(db)
    assert saved.kind.value == "collective"
    with db.session() as s:
        attended = {
            eid: flag
            for eid, flag in s.execute(
                select(SessionParticipant.entrepreneur_id, SessionParticipant.attended)
            )
        }
        (item,) = s.scalars(select(ActionItem)).all()
    assert sorted(attended.values()) == [False, True, True]
    assert item.text == "Envoyer la fiche"
    assert item.due_on == saved.session_date + timedelta(weeks=1)


def test_recurring_every_other_week_for_three_months(qtbot, host, db, people):
    dialog = _open(qtbot, host, entrepreneur_id=people["Dupuis"])
    dialog.repeat.setFocus()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Space)
    assert dialog.every.isEnabled()
    qtbot.keyClick(dialog.repeat, Qt.Key.Key_Tab)
    assert QApplication.focusWidget() is dialog.every
    qtbot.keyClick(dialog.every, Qt.Key.Key_Up)
    assert dialog.every.value() == 2
    shot(dialog, "log_dialog_recurring")
    qtbot.keyClick(dialog.every, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    sessions = _sessions(db)
    assert len(sessions) >= 6
    assert len({s.series_id for s in sessions}) == 1 and sessions[0].series_id
    gaps = {
        (b.session_date - a.session_date).days for a, b in zip(sessions, sessions[1:], strict=False)
    }
    assert gaps == {14}


def test_edit_a_series_occurrence_asks_the_scope(qtbot, host, db, people):
    dialog = _open(qtbot, host, entrepreneur_id=people["Dupuis"])
    dialog.repeat.setChecked(True)
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    sessions = _sessions(db)
    edit = _open(qtbot, host, session_id=sessions[2].id)
    assert edit.participants.names() == ["Marc Dupuis — Compagnie Les Fous"]
    edit.summary.setFocus()
    qtbot.keyClicks(edit.summary, "Nouveau creneau")
    edit.time.setTime(edit.time.time().addSecs(3600))
    qtbot.keyClick(edit.summary, Qt.Key.Key_Return, CTRL)
    box = edit.scope_box
    qtbot.waitUntil(box.isVisible)
    _press(qtbot, box, "This and the following")
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    after = _sessions(db)
    assert [s.summary for s in after] == [None, None] + ["Nouveau creneau"] * (len(after) - 2)
    assert after[0].start_time != after[2].start_time
    assert isinstance(after[2].start_time, time)


def test_picker_ignores_accents_cele_picks_celeste(qtbot, host, db, people):
    with db.session() as s:
        s.add(
            Entrepreneur(
                first_name="Céleste",
                last_name="Roux",
                project_name="Théâtre d'ombres",
                entry_date=date(2026, 1, 5),
                stage=PathwayStage.INCUBATED,
            )
        )
        s.commit()
    dialog = _open(qtbot, host)
    _pick_by_typing(qtbot, dialog, "cele")
    assert dialog.participants.names() == ["Céleste Roux — Théâtre d'ombres"]


def test_every_row_fits_the_default_width_without_horizontal_scrolling(qtbot, host, people):
    dialog = _open(qtbot, host)
    dialog.kind.setCurrentIndex(dialog.kind.findData("collective"))
    dialog.repeat.setChecked(True)
    viewport = dialog.scroll.viewport().width()
    assert dialog.scroll.widget().minimumSizeHint().width() <= viewport
    right = dialog.actions.quick[-1].mapTo(dialog.scroll.viewport(), QPoint(0, 0)).x()
    assert right + dialog.actions.quick[-1].width() <= viewport  # "+1 month" is not cut off


def test_the_coach_looked_at_last_is_the_next_default_everywhere(qtbot, host, context, people):
    from incubator_app.ui.coaching.caseload_view import CaseloadView
    from incubator_app.ui.coaching.week_view import WeekView

    week = WeekView(context)
    qtbot.addWidget(week)
    assert week.coach.currentData() == people["ana"]  # nothing known yet: the first
    week.coach.setCurrentIndex(week.coach.findData(people["bob"]))
    week.coach.activated.emit(week.coach.currentIndex())  # as a user's pick does
    caseload = CaseloadView(context)
    qtbot.addWidget(caseload)
    assert caseload.coach.currentData() == people["bob"]
    dialog = _open(qtbot, host)
    assert dialog.coach.currentData() == people["bob"]
    qtbot.keyClick(dialog.picker, Qt.Key.Key_Escape)


def test_moving_a_session_with_notes_warns_that_they_stay_with_their_author(
    qtbot, host, db, people, admin_actor
):
    from incubator_app.services.actor import Actor
    from incubator_app.services.administration.users import actor_for_user, create_user

    with db.session() as s:
        staff = create_user(
            s,
            login="staff1",
            display_name="Staff",
            role=Role.STAFF,
            password="long-enough-password",
            actor=Actor.system(),
        )
        host.context.actor = actor_for_user(s, staff.id)
        logged = log_coaching_session(
            s,
            session_date=date(2026, 11, 16),
            duration_minutes=60,
            coach_id=people["ana"],
            participants=[people["Dupont"]],
            confidential_notes="Difficultés personnelles",
            actor=admin_actor,
        )
    dialog = _open(qtbot, host, session_id=logged.id)
    warning = dialog.findChild(QLabel, "notesStayWarning")
    assert dialog.coach.isEnabled() and not dialog.notes.isEnabled()
    assert dialog.notes.toPlainText() == "" and warning.isHidden()
    dialog.coach.setCurrentIndex(dialog.coach.findData(people["bob"]))
    assert warning.isVisible() and "stay with their author" in warning.text()
    qtbot.wait(50)
    shot(dialog, "log_dialog_notes_stay")
    dialog.coach.setCurrentIndex(dialog.coach.findData(people["ana"]))
    assert warning.isHidden()
    dialog.coach.setCurrentIndex(dialog.coach.findData(people["bob"]))
    qtbot.keyClick(dialog.summary, Qt.Key.Key_Return, CTRL)
    qtbot.waitUntil(lambda: host.outcomes == ["accepted"])
    (moved,) = _sessions(db)
    assert moved.coach_id == people["bob"]
    assert moved.confidential_notes == "Difficultés personnelles"
    assert moved.notes_author_id == admin_actor.user_id
