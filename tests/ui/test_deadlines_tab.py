"""The Milestones page's "Reporting deadlines" tab: the reports owed to funders across grants,
marked sent from the keyboard, the grant one key away; a coach does not get the tab; the
dashboard's card leads to it."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from activation import make_active
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from incubator_app.models import GrantDeadline, Role
from incubator_app.services.funding.grants import add_grant_deadline, create_funder, create_grant
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.pages.milestones import MilestonesPage

pytestmark = pytest.mark.ui

TODAY = date(2026, 11, 10)


@pytest.fixture
def deadlines(db, admin_actor):
    with db.session() as s:
        funder = create_funder(s, name="Région Sud", kind="region", actor=admin_actor)
        grant = create_grant(
            s,
            funder_id=funder.id,
            reference="CONV-2026-01",
            title="Accompagnement",
            amount_cents=2_000_000,
            period_start=date(2026, 1, 1),
            period_end=date(2026, 12, 31),
            actor=admin_actor,
        )
        late = add_grant_deadline(
            s, grant.id, label="Bilan intermédiaire", due_on=date(2026, 10, 31), actor=admin_actor
        )
        add_grant_deadline(
            s, grant.id, label="Bilan final", due_on=date(2027, 3, 31), actor=admin_actor
        )
        return {"grant": grant.id, "late": late.id}


def _accept_next_dialog() -> None:
    def go() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, go)
            return
        dialog.accept()

    QTimer.singleShot(0, go)


def test_mark_a_report_sent_then_open_its_grant(qtbot, context, deadlines, db):
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    make_active(qtbot, win)
    win.show_filtered("milestones", view="deadlines", state="overdue")
    page = win.current_page
    page.today_override = TODAY
    panel = page.deadlines
    panel.refresh()
    assert page.tabs.currentWidget() is panel
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert panel.count_label.text() == "1 reports"
    assert panel.model.index(0, 1).data() == "Bilan intermédiaire"
    assert panel.model.index(0, 4).data() == "Overdue"
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    _accept_next_dialog()
    panel.sent_button.click()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=5000)
    with db.session() as s:
        assert s.get(GrantDeadline, deadlines["late"]).submitted_on == TODAY
    qtbot.waitUntil(lambda: panel.model.rowCount() == 0)  # no longer overdue
    panel.set_filters(state="submitted")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    panel.table.setCurrentIndex(panel.model.index(0, 0))
    make_active(qtbot, win)  # the dialog had the activation
    panel.table.setFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert win.current_page_key == "funding"
    assert win.current_page.panel.grant.id == deadlines["grant"]


def test_a_coach_has_no_deadlines_tab(qtbot, context, deadlines):
    coach = replace(context.actor, login="cora", role=Role.COACH, coach_id=None)
    page = MilestonesPage(replace(context, actor=coach))
    qtbot.addWidget(page)
    assert page.deadlines is None and page.tabs.count() == 2
    staff = MilestonesPage(context)
    qtbot.addWidget(staff)
    assert staff.tabs.tabText(2) == "&Reporting deadlines"


def test_the_dashboard_card_shows_all_on_the_tab(qtbot, context, deadlines):
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show_page("dashboard")
    win.current_page.deadlines_card.show_all.emit()
    page = win.current_page
    assert win.current_page_key == "milestones" and page.tabs.currentWidget() is page.deadlines
    assert page.deadlines.state_combo.currentData() == "soon"
