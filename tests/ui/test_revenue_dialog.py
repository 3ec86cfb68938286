"""Revenue entry driven as a user: keyboard-only from the Revenue tab (French amounts), a bad
amount refused inline, a correction from the record's Services & revenue tab that the page
showing revenue picks up."""

from __future__ import annotations

from datetime import date

import pytest
from activation import make_active
from PySide6.QtCore import Qt

from incubator_app.models import (
    Entrepreneur,
    PathwayStage,
    Revenue,
    RevenueChannel,
    SupportContract,
)
from incubator_app.services.shared_services.revenue import record_revenue
from incubator_app.ui.app import install_translators
from incubator_app.ui.pages.shared_services import SharedServicesPage
from incubator_app.ui.services.entrepreneur_tab import EntrepreneurServicesTab


@pytest.fixture
def people(db, admin_actor):
    with db.session() as s:
        ids = []
        for first, last in (("Anna", "Aubert"), ("Bruno", "Blanc")):
            p = Entrepreneur(
                first_name=first, last_name=last, entry_date=date(2026, 1, 5),
                stage=PathwayStage.INCUBATED,
            )  # fmt: skip
            s.add(p)
            s.flush()
            s.add(
                SupportContract(
                    entrepreneur_id=p.id,
                    start_date=date(2026, 1, 5),
                    end_date=date(2027, 1, 4),
                    revenue_share_bp=1000,
                )  # fmt: skip
            )
            ids.append(p.id)
        s.commit()
        record_revenue(
            s, entrepreneur_id=ids[1], month=date(2026, 3, 1), amount_cents=100000,
            actor=admin_actor,
        )  # fmt: skip
    return ids


def _rows(db) -> list[tuple[int, date, str, int]]:
    with db.session() as s:
        return [
            (r.entrepreneur_id, r.month, r.channel.value, r.amount_cents)
            for r in s.query(Revenue).order_by(Revenue.id)
        ]


def _plain(text: str) -> str:
    return text.replace("\u202f", " ").replace("\u00a0", " ")


def _revenue_page(qtbot, context, month: date) -> SharedServicesPage:
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    make_active(qtbot, page)
    page.tabs.setCurrentWidget(page.revenue)
    page.revenue.set_month(month)
    return page


def _table_row(tab, name: str) -> list[str]:
    model = tab.model
    for r in range(model.rowCount()):
        if model.index(r, 0).data() == name:
            return [_plain(model.index(r, c).data()) for c in range(model.columnCount())]
    raise AssertionError(f"{name} not in the revenue table")


def test_keyboard_entry_from_the_revenue_tab(qtbot, qapp, context, db, people):
    anna, _bruno = people
    install_translators(qapp, "fr")
    page = _revenue_page(qtbot, context, date(2026, 4, 1))
    tab = page.revenue
    tab.table.setFocus()
    qtbot.keyClick(tab.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.person.hasFocus)
    assert dialog.month.date().toPython() == date(2026, 4, 1)
    qtbot.keyClicks(dialog.person, "Anna Aubert")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    assert dialog.focusWidget() is dialog.month  # the person is preset
    qtbot.keyClick(dialog.month, Qt.Key.Key_Tab)  # month section → year section
    qtbot.keyClick(dialog.month, Qt.Key.Key_Tab)
    assert dialog.channel.hasFocus()  # invoiced under the incubator: the default
    qtbot.keyClick(dialog.channel, Qt.Key.Key_Tab)
    assert dialog.amount.hasFocus()
    qtbot.keyClicks(dialog.amount, "1 234,50")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert (anna, date(2026, 4, 1), "incubator", 123450) in _rows(db)
    row = _table_row(tab, "Aubert Anna")
    assert row[1] == "1 234,50 €" and row[3] == "1 234,50 €"
    assert row[5] == "123,45 €"  # the 10 % contribution
    assert "123,45 €" in _plain(tab.totals.text())


@pytest.mark.parametrize("typed", ["-5", "douze", "12,345", ""])
def test_a_bad_amount_is_refused_and_nothing_is_saved(qtbot, context, db, people, typed):
    anna, _bruno = people
    page = _revenue_page(qtbot, context, date(2026, 4, 1))
    before = _rows(db)
    qtbot.mouseClick(page.revenue.new_button, Qt.MouseButton.LeftButton)
    dialog = page.revenue.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.person.set_entrepreneur(anna)
    dialog.amount.setText(typed)
    dialog.amount.setFocus()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    assert dialog.isVisible()
    assert dialog.error.isVisible()
    assert "Amount: Type an amount in euros" in dialog.error.text()
    assert _rows(db) == before
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _rows(db) == before


def test_correction_from_the_record_tab_replaces_the_month(qtbot, context, db, people):
    _anna, bruno = people
    page = _revenue_page(qtbot, context, date(2026, 3, 1))
    assert _table_row(page.revenue, "Blanc Bruno")[3] == "1,000.00 €"
    tab = EntrepreneurServicesTab(context, bruno)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.person.text().startswith("Bruno Blanc")
    assert dialog.focusWidget() is dialog.month  # the person is preset
    dialog.month.setDate(dialog.month.date().fromString("03/2026", "MM/yyyy"))
    assert "1,000.00 €" in _plain(dialog.current.text())  # saving replaces it
    dialog.amount.setText("1500.5")
    dialog.amount.setFocus()
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Enter)
    qtbot.waitUntil(lambda: not dialog.isVisible())

    assert _rows(db) == [(bruno, date(2026, 3, 1), RevenueChannel.INCUBATOR.value, 150050)]
    assert "1,500.50 €" in _plain(tab.revenue_totals.text())
    # The REVENUE broadcast reloads the page showing everyone's revenue.
    qtbot.waitUntil(lambda: _table_row(page.revenue, "Blanc Bruno")[3] == "1,500.50 €")


def test_a_concurrent_change_is_refused_inline(qtbot, context, db, admin_actor, people):
    _anna, bruno = people
    tab = EntrepreneurServicesTab(context, bruno)
    qtbot.addWidget(tab)
    tab.show()
    qtbot.mouseClick(tab.record_button, Qt.MouseButton.LeftButton)
    dialog = tab.dialog
    qtbot.waitUntil(dialog.isVisible)
    dialog.month.setDate(dialog.month.date().fromString("03/2026", "MM/yyyy"))
    with db.session() as s:  # someone else corrects it meanwhile
        record_revenue(
            s, entrepreneur_id=bruno, month=date(2026, 3, 1), amount_cents=90000,
            actor=admin_actor,
        )  # fmt: skip
    dialog.amount.setText("10")
    qtbot.keyClick(dialog.amount, Qt.Key.Key_Return)
    qtbot.waitUntil(dialog.error.isVisible)
    assert "Someone else changed" in dialog.error.text()
    assert dialog.isVisible()
    assert _rows(db)[0][3] == 90000
