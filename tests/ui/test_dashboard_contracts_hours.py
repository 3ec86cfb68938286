"""The dashboard's "contracts ended, stage to update" tile and list open the entrepreneurs list
filtered on them; hours read "1 h 30", never a rounded "2 h"."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from incubator_app.models import Coach, SupportContract
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.ui.app import install_translators
from incubator_app.ui.durations import duration_text
from incubator_app.ui.main_window import MainWindow

pytestmark = pytest.mark.ui

TODAY = date(2026, 11, 18)  # the frozen clock's day


@pytest.fixture
def ended(db, admin_actor) -> int:
    """Zoé Marin, incubated, her contract ended ten days ago; a 90-minute session this month."""
    with db.session() as s:
        person = create_entrepreneur(
            s, first_name="Zoé", last_name="Marin", entry_date=date(2025, 1, 6), actor=admin_actor
        )
        for stage, on in (("admitted", date(2025, 2, 1)), ("incubated", date(2025, 3, 1))):
            change_stage(s, person.id, stage, on=on, expected_version=None, actor=admin_actor)
        contract = s.scalars(
            select(SupportContract).where(SupportContract.entrepreneur_id == person.id)
        ).one()
        contract.end_date = TODAY - timedelta(days=10)
        coach = Coach(display_name="Ana Lefèvre")
        s.add(coach)
        s.commit()
        log_coaching_session(
            s,
            session_date=TODAY - timedelta(days=1),
            duration_minutes=90,
            coach_id=coach.id,
            participants=[person.id],
            actor=admin_actor,
        )
        return person.id


def _dashboard(qtbot, context):
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1120, 720)
    win.show()
    qtbot.waitExposed(win)
    win.show_page("dashboard")
    page = win.current_page
    page.reload()
    qtbot.waitUntil(lambda: not context.ops.busy and page.data is not None, timeout=5000)
    return win, page


def test_ended_contracts_tile_and_list_open_the_filtered_entrepreneurs(
    qtbot, context, ended
) -> None:
    win, page = _dashboard(qtbot, context)
    tile = page.tiles["contracts_past_end"]
    assert (tile.title, tile.value_text) == ("Contracts ended, stage to update", "1")
    assert page.tiles["contracts"].value_text == "0"
    assert page.contracts_ended_card.rows_text() == [
        ("Zoé Marin", f"Ended on {page._date(TODAY - timedelta(days=10))}", "10 days late")
    ]
    qtbot.mouseClick(tile, Qt.MouseButton.LeftButton)
    assert win.current_page_key == "entrepreneurs"
    people = win.current_page
    assert people.past_end_check.isChecked() and not people.ending_check.isChecked()
    qtbot.waitUntil(lambda: people.model.total == 1, timeout=3000)
    contract_end = people.model.index(0, people.model.columnCount() - 1)
    assert contract_end.data().startswith("⚠")
    assert "update the stage" in contract_end.data(Qt.ItemDataRole.ToolTipRole)
    # Unticking the box lists everyone again; "show all" on the card ticks it back.
    people.past_end_check.setChecked(False)
    assert people.current_filter().contract_past_end is False
    win.show_page("dashboard")
    page.contracts_ended_card.link_button.click()
    assert win.current_page_key == "entrepreneurs" and people.past_end_check.isChecked()


def test_hours_show_minutes_not_a_rounded_hour(qtbot, context, ended, qapp) -> None:
    _win, page = _dashboard(qtbot, context)
    assert page.tiles["hours"].value_text == "1 h 30 min"
    assert page.hours_chart.bars[-1].tooltip.startswith("November 2026: 1 h 30 min")
    install_translators(qapp, "fr")
    assert duration_text(90) == "1 h 30"
    page.reload()
    qtbot.waitUntil(lambda: not context.ops.busy, timeout=5000)
    assert page.tiles["hours"].value_text == "1 h 30"


@pytest.mark.parametrize(
    ("minutes", "english", "french"),
    [
        (90, "1 h 30 min", "1 h 30"),
        (120, "2 h", "2 h"),
        (45, "45 min", "45 min"),
        (61, "1 h 01 min", "1 h 01"),
        (0, "0 min", "0 min"),
        (-90, "-1 h 30 min", "-1 h 30"),
        (60 * 1234 + 5, "1,234 h 05 min", "1\u202f234 h 05"),
    ],
)
def test_duration_text(qapp, minutes: int, english: str, french: str) -> None:
    assert duration_text(minutes) == english
    install_translators(qapp, "fr")
    assert duration_text(minutes) == french
