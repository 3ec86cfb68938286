"""The Milestones page's "Follow-up" tab: the campaign of the month with contact details, an
e-mail put in the outbox, a call logged and the answer recorded from the keyboard; a coach does
not get the tab; the dashboard's card leads to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

import pytest
from activation import make_active
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from incubator_app.models import (
    Entrepreneur,
    FollowUpCheckpoint,
    FollowUpContact,
    OutboxMessage,
    Role,
)
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.pages.milestones import MilestonesPage

pytestmark = pytest.mark.ui


@pytest.fixture
def left(db, admin_actor):
    """Hélène left on 05/11/2025: her 12-month checkpoint is due in November 2026 (the frozen
    clock's month)."""
    with db.session() as s:
        left_on = date(2025, 11, 5)
        person = create_entrepreneur(
            s, first_name="Hélène", last_name="Durand", email="helene@example.org",
            phone="06 11 22 33 44", entry_date=left_on - timedelta(days=400), actor=admin_actor,
        )  # fmt: skip
        for stage, on, kw in (
            ("admitted", left_on - timedelta(days=380), {}),
            ("incubated", left_on - timedelta(days=365), {}),
            ("graduated", left_on, {"exit_type": "business_created", "reason": "SAS"}),
        ):
            v = s.get(Entrepreneur, person.id).version_id
            change_stage(s, person.id, stage, on=on, expected_version=v, actor=admin_actor, **kw)
        return person.id


def _answer_next_dialog(fill=None) -> None:
    def go() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, go)
            return
        if isinstance(dialog, QMessageBox):
            dialog.button(QMessageBox.StandardButton.Yes).click()
            return
        if fill is not None:
            fill(dialog)
        dialog.accept()

    QTimer.singleShot(0, go)


def test_email_call_and_answer_from_the_tab(qtbot, context, left, db):
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1120, 720)
    win.show()
    make_active(qtbot, win)
    win.show_filtered("milestones", view="follow_up")
    page = win.current_page
    panel = page.follow_up
    assert page.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.count_label.text() == "1 person(s)"
    assert panel.model.index(0, 1).data() == "Hélène Durand"
    assert panel.model.index(0, 2).data() == "12 months"
    assert panel.model.index(0, 3).data() == "helene@example.org"
    assert panel.model.index(0, 6).data() == "To contact"
    panel.table.setFocus()
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    panel.table.selectRow(0)

    _answer_next_dialog()
    panel.email_button.click()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=5000)
    qtbot.waitUntil(
        lambda: panel.model.rowCount() == 1 and panel.model.index(0, 6).data() == "Contacted"
    )
    with db.session() as s:
        message = s.query(OutboxMessage).one()
        assert message.to_address == "helene@example.org"

    panel.table.setCurrentIndex(panel.model.index(0, 0))
    _answer_next_dialog(lambda d: (d.reached.setChecked(True), d.note.setPlainText("rappel")))
    panel.call_button.click()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=5000)
    with db.session() as s:
        assert s.query(FollowUpContact).filter_by(channel="call").one().note == "rappel"

    def fill(d):
        d.legal_form.setCurrentIndex(d.legal_form.findData("company"))
        d.jobs.setValue(3)

    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    _answer_next_dialog(fill)
    panel.answer_button.click()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=5000)
    # Answered: gone from the "Not answered" list, there under "Answered".
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)
    panel.state_combo.setCurrentIndex(panel.state_combo.findData("answered"))
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.model.index(0, 6).data().startswith("Answered 1")
    with db.session() as s:
        cp = s.query(FollowUpCheckpoint).filter_by(entrepreneur_id=left, months_after_exit=12).one()
        assert (cp.business_active, cp.legal_form, cp.jobs_created) == (True, "company", 3)
    panel.grab().save("/tmp/follow_up_tab.png")


def test_a_coach_has_no_follow_up_tab(qtbot, context, left):
    coach = replace(context.actor, login="cora", role=Role.COACH, coach_id=None)
    page = MilestonesPage(replace(context, actor=coach))
    qtbot.addWidget(page)
    assert page.follow_up is None
    assert [page.tabs.tabText(i) for i in range(page.tabs.count())] == [
        "&Milestones",
        "Action &items",
    ]
