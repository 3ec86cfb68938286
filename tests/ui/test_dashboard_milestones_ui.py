"""Dashboard tiles and lists, the Milestones page (filters, mark achieved, action items), the
timeline strip and the entrepreneur milestones tab, driven as a user would."""

from __future__ import annotations

from datetime import date

import pytest
from activation import make_active
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialog

from incubator_app.models import (
    ActionItem,
    Coach,
    Entrepreneur,
    Milestone,
    MilestoneStatus,
    PathwayStage,
)
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.milestones.entrepreneur_tab import EntrepreneurMilestonesTab
from incubator_app.ui.milestones.timeline_strip import MilestoneTimelineStrip, StripItem

pytestmark = pytest.mark.ui

TODAY = date(2026, 11, 10)


@pytest.fixture
def people(db, admin_actor):
    with db.session() as s:
        coach = Coach(display_name="Alice Coach")
        s.add(coach)
        s.flush()
        ana = Entrepreneur(
            first_name="Ana",
            last_name="Lys",
            entry_date=date(2026, 1, 5),
            stage=PathwayStage.INCUBATED,
            referent_coach_id=coach.id,
        )
        ben = Entrepreneur(
            first_name="Ben",
            last_name="Roc",
            entry_date=date(2026, 1, 5),
            stage=PathwayStage.INCUBATED,
        )
        s.add_all([ana, ben])
        s.flush()
        s.add_all(
            [
                Milestone(entrepreneur_id=ana.id, title="Premier devis", due_on=date(2026, 11, 3)),
                Milestone(entrepreneur_id=ana.id, title="Statut", due_on=date(2026, 11, 25)),
                Milestone(entrepreneur_id=ben.id, title="Site web", due_on=date(2027, 2, 1)),
                Milestone(
                    entrepreneur_id=ben.id,
                    title="Étude",
                    due_on=date(2026, 6, 1),
                    status=MilestoneStatus.ACHIEVED,
                    achieved_on=date(2026, 6, 3),
                ),
                ActionItem(entrepreneur_id=ana.id, text="Relancer", due_on=date(2026, 11, 1)),
                ActionItem(entrepreneur_id=ben.id, text="Réserver", due_on=date(2026, 12, 1)),
            ]
        )
        s.commit()
        return {"coach": coach.id, "ana": ana.id, "ben": ben.id}


def _window(qtbot, context) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 800)
    win.show()
    make_active(qtbot, win)
    return win


def _wait_ops(qtbot, context) -> None:
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=5000)


def _accept_next_dialog(edit=None) -> None:
    """Accepts the next modal dialog (after `edit(dialog)`)."""

    def go() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, QDialog):
            QTimer.singleShot(20, go)
            return
        if edit:
            edit(dialog)
        dialog.accept()

    QTimer.singleShot(0, go)


def test_dashboard_tiles_show_figures_and_open_filtered_lists(qtbot, context, people):
    win = _window(qtbot, context)
    win.show_page("dashboard")
    page = win.current_page
    page.today_override = TODAY
    page.reload()
    _wait_ops(qtbot, context)
    assert page.tiles["active"].value_text == "2"
    assert page.tiles["milestones"].value_text == "2"
    assert "1 overdue" in page.tiles["milestones"].detail_text
    assert page.actions_card.rows_text()[0][:2] == ("Ana Lys", "Relancer")
    assert page.milestones_card.rows_text() == [
        ("Ana Lys", "Premier devis", page._date(date(2026, 11, 3)))
    ]
    # Keyboard: focus the milestones tile and press Enter → the Milestones page, this month.
    page.tiles["milestones"].setFocus()
    qtbot.keyClick(page.tiles["milestones"], Qt.Key.Key_Return)
    assert win.current_page_key == "milestones"
    milestones = win.current_page
    assert milestones.milestones.due_combo.currentData() == "this_month"
    # Mouse: the contracts tile opens the entrepreneurs page (its filters live elsewhere).
    calls = []
    win.show_page("dashboard")
    original = win.show_filtered
    win.show_filtered = lambda key, **f: (calls.append((key, f)), original(key, **f))
    qtbot.mouseClick(page.tiles["contracts"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.tiles["bookings"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(page.tiles["sessions"], Qt.MouseButton.LeftButton)
    assert calls == [
        ("entrepreneurs", {"contract_ending_within_days": 30}),
        ("services", {"date": TODAY}),
        ("coaching", {"period": "this_month"}),
    ]
    assert win.current_page_key == "coaching"


def test_milestones_page_filters_and_mark_achieved(qtbot, context, people, db):
    win = _window(qtbot, context)
    win.show_page("milestones")
    page = win.current_page
    page.today_override = TODAY
    page.apply_filters(due="overdue")
    model = page.milestones.model
    assert model.total == 1
    assert model.index(0, 1).data() == "Premier devis"
    assert model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole) is not None  # red
    page.apply_filters(due="this_month")
    assert model.total == 2
    page.apply_filters(coach_id=people["coach"], status=None)
    assert {model.index(r, 1).data() for r in range(model.total)} == {"Premier devis", "Statut"}
    page.apply_filters(status=None)
    assert model.total == 4
    # The user picks "Overdue" in the combo by keyboard, selects the row, Ctrl+D, accepts.
    page.apply_filters()
    combo = page.milestones.due_combo
    combo.setFocus()
    combo.setCurrentIndex(combo.findData("overdue"))
    assert model.total == 1
    page.milestones.table.setFocus()
    page.milestones.table.selectRow(0)
    _accept_next_dialog(lambda d: d.evidence_edit.setText("Devis signé"))
    qtbot.keyClick(page.milestones.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    _wait_ops(qtbot, context)
    qtbot.waitUntil(lambda: model.total == 0, timeout=3000)
    with db.session() as s:
        m = s.query(Milestone).filter_by(title="Premier devis").one()
        assert (m.status, m.achieved_on, m.evidence) == (
            MilestoneStatus.ACHIEVED,
            TODAY,
            "Devis signé",
        )


def test_action_items_tab_mark_done_and_reassign(qtbot, context, people, db):
    win = _window(qtbot, context)
    win.show_filtered("milestones", view="actions", state="overdue")
    page = win.current_page
    page.today_override = TODAY
    page.apply_filters(view="actions", state="overdue")
    assert page.tabs.currentWidget() is page.actions
    model = page.actions.model
    assert model.total == 1 and model.index(0, 1).data() == "Relancer"
    page.actions.table.selectRow(0)

    def pick(dialog):
        dialog.coach_combo.setCurrentIndex(dialog.coach_combo.findData(people["coach"]))

    _accept_next_dialog(pick)
    qtbot.mouseClick(page.actions.reassign_button, Qt.MouseButton.LeftButton)
    _wait_ops(qtbot, context)
    qtbot.waitUntil(lambda: model.index(0, 3).data() == "Alice Coach", timeout=3000)
    page.actions.table.selectRow(0)
    _accept_next_dialog()
    qtbot.mouseClick(page.actions.done_button, Qt.MouseButton.LeftButton)
    _wait_ops(qtbot, context)
    qtbot.waitUntil(lambda: model.total == 0, timeout=3000)
    with db.session() as s:
        item = s.query(ActionItem).filter_by(text="Relancer").one()
        assert (item.done, item.done_on, item.assignee_coach_id) == (True, TODAY, people["coach"])
    page.actions.set_filters(state="done")
    assert model.total == 1


def test_timeline_strip_paints_selects_and_tells(qtbot):
    strip = MilestoneTimelineStrip()
    qtbot.addWidget(strip)
    items = [
        StripItem(1, "Devis", date(2026, 3, 1), MilestoneStatus.ACHIEVED, date(2026, 3, 2)),
        StripItem(2, "Statut", date(2026, 9, 1), MilestoneStatus.PLANNED, overdue=True),
        StripItem(3, "Bilan", date(2027, 1, 31), MilestoneStatus.CANCELLED),
    ]
    strip.set_milestones(items, TODAY)
    strip.resize(700, 96)
    strip.show()
    qtbot.waitExposed(strip)
    image = strip.grab().toImage()
    assert not image.isNull()
    centres = [strip.marker_centre(i) for i in (1, 2, 3)]
    assert all(c is not None for c in centres)
    assert centres[0].x() < centres[1].x() < centres[2].x()
    # The mouse selects; the tooltip says what it is.
    seen = []
    strip.selection_changed.connect(seen.append)
    qtbot.mouseClick(strip, Qt.MouseButton.LeftButton, pos=centres[1].toPoint())
    assert strip.selected_id == 2 and seen == [2]
    tip = strip.tooltip_for(strip.item_at(centres[1]))
    assert "Statut" in tip and "overdue" in tip
    assert strip.item_at(centres[1] + QPoint(0, 40).toPointF()) is None
    # Keyboard: Right, End, Home, Enter.
    activated = []
    strip.activated.connect(activated.append)
    qtbot.keyClick(strip, Qt.Key.Key_Right)
    assert strip.selected_id == 3
    qtbot.keyClick(strip, Qt.Key.Key_Home)
    assert strip.selected_id == 1
    qtbot.keyClick(strip, Qt.Key.Key_Return)
    assert activated == [1]
    strip.set_milestones([], TODAY)
    assert strip.selected_id is None
    strip.repaint()


def test_entrepreneur_tab_lists_plans_adds_and_removes(qtbot, context, people, db, monkeypatch):
    tab = EntrepreneurMilestonesTab(context, people["ana"])
    qtbot.addWidget(tab)
    tab.today_override = TODAY
    tab.reload()
    tab.resize(900, 500)
    tab.show()
    make_active(qtbot, tab)
    _wait_ops(qtbot, context)
    assert [m.title for m in tab.milestones] == ["Premier devis", "Statut"]
    assert "overdue" in tab.model.index(0, 2).data()
    assert tab.strip.items[0].overdue is True
    # Selecting in the strip selects the row and the other way round.
    tab.table.selectRow(1)
    assert tab.strip.selected_id == tab.milestones[1].id
    # Plan from the default CAPE template (the test incubator seeds it).
    _accept_next_dialog()
    qtbot.mouseClick(tab.plan_button, Qt.MouseButton.LeftButton)
    _wait_ops(qtbot, context)
    qtbot.waitUntil(lambda: len(tab.milestones) == 7, timeout=3000)
    assert "Business plan validé" in {m.title for m in tab.milestones}
    # Add one by hand.
    _accept_next_dialog(lambda d: d.title_edit.setText("Résidence"))
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    _wait_ops(qtbot, context)
    qtbot.waitUntil(lambda: len(tab.milestones) == 8, timeout=3000)
    # Enter on the removal question keeps it: the safe answer is the default.
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    def press_enter() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            qtbot.keyClick(box, Qt.Key.Key_Return)
        else:
            QTimer.singleShot(20, press_enter)

    tab.table.selectRow(next(i for i, m in enumerate(tab.milestones) if m.title == "Résidence"))
    QTimer.singleShot(0, press_enter)
    tab.remove_selected()
    _wait_ops(qtbot, context)
    assert len(tab.milestones) == 8
    # Remove it with the Delete key (confirmation answered yes).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    row = next(i for i, m in enumerate(tab.milestones) if m.title == "Résidence")
    make_active(qtbot, tab)
    tab.table.setFocus()
    tab.table.selectRow(row)
    qtbot.keyClick(tab.table, Qt.Key.Key_Delete)
    _wait_ops(qtbot, context)
    qtbot.waitUntil(lambda: len(tab.milestones) == 7, timeout=3000)
    tab.grab().save("/tmp/h4plan-entrepreneur-tab.png")
