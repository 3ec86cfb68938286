"""Shared services page driven as a user: quick usage entry by keyboard, monthly bulk entry with
its preview, a dated price change in the catalogue, the entrepreneur's services tab."""

from __future__ import annotations

from datetime import date

import pytest
from activation import make_active
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QLabel

from incubator_app import clock
from incubator_app.models import Entrepreneur, PathwayStage, ServiceUsage, SupportContract
from incubator_app.services.shared_services.catalogue import (
    create_shared_service,
    list_service_prices,
)
from incubator_app.services.shared_services.revenue import record_revenue
from incubator_app.ui.pages.shared_services import SharedServicesPage
from incubator_app.ui.services.entrepreneur_tab import EntrepreneurServicesTab


@pytest.fixture
def data(db, admin_actor):
    with db.session() as s:
        desk = create_shared_service(
            s, name="Bureau partagé", category="Bureau et hébergement", unit="month",
            unit_price_cents=15000, price_valid_from=date(2020, 1, 1), actor=admin_actor,
        )  # fmt: skip
        people = []
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
            people.append(p.id)
        s.commit()
        record_revenue(
            s, entrepreneur_id=people[0], month=date(2026, 3, 1), amount_cents=100000,
            actor=admin_actor,
        )  # fmt: skip
    return desk.id, people


def _usages(db) -> list[tuple[int, date, int]]:
    with db.session() as s:
        return [
            (u.entrepreneur_id, u.used_on, u.amount_cents)
            for u in s.query(ServiceUsage).order_by(ServiceUsage.id)
        ]


def test_the_page_has_a_title_and_opens_on_the_bookings(qtbot, context, data):
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    titles = [w.text() for w in page.findChildren(QLabel) if w.objectName() == "pageTitle"]
    assert titles == ["Services & bookings"]
    assert page.tabs.currentWidget() is page.bookings
    assert page.bookings.days()[0] <= clock.today() <= page.bookings.days()[-1]


def test_quick_usage_entry_by_keyboard(qtbot, context, db, data):
    _desk, (anna, _bruno) = data
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 800)
    page.show()
    make_active(qtbot, page)
    page.tabs.setCurrentWidget(page.usage)
    page.usage.table.setFocus()
    qtbot.keyClick(page.usage.table, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = page.usage.dialog
    qtbot.waitUntil(dialog.isVisible)
    qtbot.waitUntil(dialog.service.hasFocus)
    qtbot.keyClick(dialog.service, Qt.Key.Key_Tab)
    assert dialog.person.hasFocus()
    qtbot.keyClicks(dialog.person, "Anna Aubert")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    dialog.day.setDate(QDate(2026, 3, 12))
    dialog.quantity.selectAll()
    qtbot.keyClicks(dialog.quantity, "1,5")
    assert "225,00" in dialog.amount.text() or "225.00" in dialog.amount.text()
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert _usages(db) == [(anna, date(2026, 3, 12), 22500)]
    page.usage.set_month(date(2026, 3, 1))
    assert page.usage.model.rowCount() == 1
    assert page.usage.model.index(0, 1).data() == "Aubert Anna"
    assert "1 usage" in page.usage.totals.text()


def test_quick_entry_with_an_unknown_name_says_so(qtbot, context, db, data):
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    page.usage.open_quick_entry()
    dialog = page.usage.dialog
    qtbot.keyClicks(dialog.person, "Zoe Personne")
    qtbot.keyClick(dialog.quantity, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: dialog.error.isVisible())
    assert "Zoe Personne" in dialog.error.text()
    assert dialog.isVisible() and _usages(db) == []


def test_monthly_bulk_entry_preview_then_charge(qtbot, context, db, data):
    desk, (anna, bruno) = data
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    page.usage.open_monthly_charge()
    dialog = page.usage.dialog
    dialog.month.setDate(QDate(2026, 3, 1))
    assert not dialog.charge_button.isEnabled()  # nothing charged without a preview
    qtbot.mouseClick(dialog.preview_button, Qt.MouseButton.LeftButton)
    assert dialog.model.rowCount() == 2
    assert "2 to charge" in dialog.summary.text()
    assert dialog.charge_button.isEnabled() and "2" in dialog.charge_button.text()
    qtbot.mouseClick(dialog.charge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert sorted(u[0] for u in _usages(db)) == [anna, bruno]
    # Again: everyone already charged, nothing to do.
    page.usage.open_monthly_charge()
    again = page.usage.dialog
    again.month.setDate(QDate(2026, 3, 1))
    again.show_preview()
    assert [again.model.index(r, 1).data() for r in range(2)] == ["already charged: skipped"] * 2
    assert not again.charge_button.isEnabled()


def test_catalogue_price_change_keeps_history(qtbot, context, db, data):
    desk, _people = data
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    page.show()
    make_active(qtbot, page)
    page.tabs.setCurrentWidget(page.catalogue)
    assert page.catalogue.model.rowCount() == 1
    page.catalogue.table.selectRow(0)
    page.catalogue.table.setFocus()
    qtbot.keyClick(page.catalogue.table, Qt.Key.Key_Return)
    dialog = page.catalogue.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.history_model.rowCount() == 1
    dialog.valid_from.setDate(QDate(2026, 7, 1))
    dialog.price.setText("160,50")
    dialog.vat.setText("5,5")
    qtbot.mouseClick(dialog.add_price, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.history_model.rowCount() == 2)
    with db.session() as s:
        prices = list_service_prices(s, desk, actor=context.actor)
    assert [(p.valid_from, p.unit_price_cents, p.vat_rate_bp) for p in prices] == [
        (date(2020, 1, 1), 15000, 2000),
        (date(2026, 7, 1), 16050, 550),
    ]
    dialog.price.setText("douze")
    qtbot.mouseClick(dialog.add_price, Qt.MouseButton.LeftButton)
    assert "12,50" in dialog.error.text()


def test_entrepreneur_services_tab(qtbot, context, data):
    _desk, (anna, _bruno) = data
    tab = EntrepreneurServicesTab(context, anna)
    qtbot.addWidget(tab)
    # Every month of the contract so far, zeros included, newest first.
    assert tab.chart.series is not None and tab.chart.series.start == date(2026, 1, 1)
    assert tab.revenue_model.rowCount() == len(tab.chart.series.months) >= 3
    assert tab.revenue_model.index(tab.revenue_model.rowCount() - 1, 3).data().startswith("0")
    assert "100,00" in tab.revenue_totals.text() or "100.00" in tab.revenue_totals.text()
    assert tab.chart.series is not None and tab.chart.series.contribution_cents == 10000


def test_statement_tab_saves_a_pdf(qtbot, context, data, tmp_path):
    import subprocess

    _desk, (anna, _bruno) = data
    page = SharedServicesPage(context)
    qtbot.addWidget(page)
    tab = page.statement
    assert not tab.pdf_button.isEnabled()  # nothing shown yet
    tab.set_entrepreneur(anna, "Anna Aubert")
    tab.set_month(date(2026, 3, 1))
    qtbot.mouseClick(tab.show_button, Qt.MouseButton.LeftButton)
    assert "Anna Aubert" in tab.summary.text() and tab.pdf_button.isEnabled()
    out = tmp_path / "releve.pdf"
    tab.save_pdf(str(out))  # what "Save PDF…" does once the file dialog has a name
    qtbot.waitUntil(lambda: "releve.pdf" in tab.summary.text(), timeout=10000)
    check = subprocess.run(["qpdf", "--check", str(out)], capture_output=True, text=True)
    assert check.returncode == 0, check.stdout
    text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True).stdout
    assert "Anna Aubert" in text and "1 000,00" in text.replace("\u00a0", " ")  # revenue
