"""The Exchange page driven as a user: record an exchange by keyboard (payer, receiver, hours,
Enter), see it in the member's statement and chart, reverse it, answer a payment request,
find an offer's matches, read the overview; the PDF of a statement."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from incubator_app.models import Entrepreneur, PathwayStage
from incubator_app.services.exchange.accounts import (
    ensure_incubator_account,
    open_entrepreneur_account,
)
from incubator_app.services.exchange.ledger import record_transfer
from incubator_app.services.exchange.listings import publish_listing
from incubator_app.services.exchange.payment_requests import request_payment
from incubator_app.ui.pages.exchange import ExchangePage

SHOTS = os.environ.get("INCUBATOR_SCREENSHOTS")


@pytest.fixture
def members(db, admin_actor):
    with db.session() as s:
        out = []
        for first, last, commune in (
            ("Léa", "Fabre", "Marseille"),
            ("Hugo", "Morel", "Aubagne"),
            ("Inès", "Haddad", "Marseille"),
        ):
            p = Entrepreneur(
                first_name=first, last_name=last, commune=commune, entry_date=date(2026, 1, 5),
                stage=PathwayStage.INCUBATED,
            )  # fmt: skip
            s.add(p)
            s.commit()
            out.append(open_entrepreneur_account(s, p.id, actor=admin_actor))
        house = ensure_incubator_account(s, actor=admin_actor)
        for m in out:
            record_transfer(
                s,
                from_ids=[house.id],
                to_ids=[m.id],
                minutes=120,
                category="Accueil",
                note="Heures de bienvenue",
                actor=admin_actor,
            )
        publish_listing(
            s,
            account_id=out[0].id,
            kind="offer",
            title="Enregistrement d'une maquette",
            category="Son et musique",
            tags="enregistrement, mixage",
            actor=admin_actor,
        )
        publish_listing(
            s,
            account_id=out[1].id,
            kind="request",
            title="Maquette de trois titres à enregistrer",
            category="Son et musique",
            tags="enregistrement",
            actor=admin_actor,
        )
        request_payment(
            s,
            payer_id=out[2].id,
            payee_id=out[0].id,
            minutes=45,
            note="Affiche pour un spectacle",
            actor=admin_actor,
        )
    return out  # fmt: skip


def _shot(widget, name: str) -> None:
    if SHOTS:
        Path(SHOTS).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(SHOTS) / f"{name}.png"))


def test_record_by_keyboard_then_statement_and_reversal(qtbot, context, members):
    lea, hugo, _ = members
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    tab = page.transfers
    qtbot.waitUntil(lambda: tab.payer.count() == 4)
    assert tab.requests.rowCount() == 1
    tab.payer.setFocus()
    qtbot.keyClicks(tab.payer.lineEdit(), "Hugo Morel")
    qtbot.keyClick(tab.payer.lineEdit(), Qt.Key.Key_Tab)
    # QTest types ASCII only: the accented name is inserted as a paste would.
    tab.payee.lineEdit().insert("Léa Fabre")
    tab.hours.setFocus()
    qtbot.keyClicks(tab.hours, "1h30")
    qtbot.keyClick(tab.hours, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "recorded" in tab.status.text())
    assert "1 h 30 from Hugo Morel to Léa Fabre" in tab.status.text()
    _shot(page, "exchange-record")

    page.apply_filters(account_id=lea.id)
    st = page.statement
    qtbot.waitUntil(lambda: st.model.rowCount() == 2)
    assert "balance 3 h 30" in st.summary.text()
    assert st.model.index(0, 5).data() == "+1 h 30"
    _shot(page, "exchange-statement")
    st.table.selectRow(0)
    assert st.reverse_button.isEnabled()


def test_hours_typed_wrong_are_shown_inline(qtbot, context, members):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    tab = page.transfers
    qtbot.waitUntil(lambda: tab.payer.count() == 4)
    tab.payer.setEditText("Hugo Morel")
    tab.payee.setEditText("Léa Fabre")
    tab.hours.setText("beaucoup")
    tab.record()
    assert "Not a duration" in tab.error.text()
    tab.hours.setText("100h")
    tab.record()
    qtbot.waitUntil(
        lambda: "above the maximum" in tab.error.text() or "between" in tab.error.text()
    )


def test_accept_a_payment_request(qtbot, context, members):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    tab = page.transfers
    qtbot.waitUntil(lambda: tab.requests.rowCount() == 1)
    tab.request_table.selectRow(0)
    tab.accept_selected()
    qtbot.waitUntil(lambda: tab.requests.rowCount() == 0)


def test_offers_show_their_matches_and_the_overview_its_figures(qtbot, context, members):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.tabs.setCurrentWidget(page.listings)
    tab = page.listings
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.waitUntil(lambda: tab.matches.rowCount() == 1)
    assert tab.matches.index(0, 2).data() in ("Léa Fabre", "Hugo Morel")
    _shot(page, "exchange-listings")
    page.tabs.setCurrentWidget(page.overview)
    ov = page.overview
    qtbot.waitUntil(lambda: ov.balances.rowCount() == 4)
    qtbot.waitUntil(lambda: "active members" in ov.headline.text())
    assert "3 active members out of 3" in ov.headline.text()
    names = [ov.balances.index(r, 0).data() for r in range(4)]
    assert names == ["Hugo Morel", "Inès Haddad", "La couveuse", "Léa Fabre"]
    _shot(page, "exchange-overview")


def test_statement_pdf(qtbot, context, members, tmp_path):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.apply_filters(account_id=members[0].id)
    st = page.statement
    qtbot.waitUntil(lambda: st.pdf_button.isEnabled())
    target = tmp_path / "releve.pdf"
    page.show()
    st.save_pdf(str(target))
    qtbot.waitUntil(target.exists, timeout=15000)
    assert target.read_bytes().startswith(b"%PDF")
    # The save says so, briefly, over the page (ui/save_confirmation.py).
    qtbot.waitUntil(lambda: page.findChild(QLabel, "saveConfirmation") is not None)
    confirmation = page.findChild(QLabel, "saveConfirmation")
    assert confirmation.text() == f"Statement saved to {target}"


def test_the_page_speaks_french(qtbot, qapp, context, members):
    from incubator_app.ui.app import install_translators

    install_translators(qapp, "fr")
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    tab = page.transfers
    qtbot.waitUntil(lambda: "attente" in tab.requests_label.text())
    assert [page.tabs.tabText(i) for i in range(4)] == [
        "&Saisir", "&Offres et demandes", "&Relevé", "&Vue d'ensemble",
    ]  # fmt: skip
    assert tab.record_button.text() == "&Enregistrer"
    assert tab.requests_label.text() == "1 demande en attente."
    _shot(page, "exchange-record-fr")
    page.tabs.setCurrentWidget(page.overview)
    qtbot.waitUntil(lambda: "membres actifs" in page.overview.headline.text())
    assert "3 membres actifs sur 3" in page.overview.headline.text()
    _shot(page, "exchange-overview-fr")
    page.tabs.setCurrentWidget(page.listings)
    qtbot.waitUntil(lambda: page.listings.model.rowCount() == 2)
    assert page.listings.model.index(0, 0).data() in ("Offre", "Demande")
    _shot(page, "exchange-listings-fr")
    page.apply_filters(account_id=members[0].id)
    qtbot.waitUntil(lambda: page.statement.model.rowCount() == 1)
    assert "solde 2 h" in page.statement.summary.text()
    _shot(page, "exchange-statement-fr")


def test_publish_an_offer_and_open_accounts(qtbot, context, members, db, admin_actor):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.listings)
    tab = page.listings
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    tab.open_publish_dialog()
    qtbot.waitUntil(lambda: getattr(tab, "dialog", None) is not None and tab.dialog.isVisible())
    dialog = tab.dialog
    dialog.member.setEditText("Inès Haddad")
    dialog.title_edit.setText("Coaching de pitch")
    dialog.category.setEditText("Scène et voix")
    dialog.estimate.setText("1h")
    dialog.publish()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.published is not None and dialog.published.estimated_minutes == 60
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3)
    # A new entrepreneur gets an account from the overview.
    with db.session() as s:
        s.add(Entrepreneur(first_name="Noé", last_name="Blanc", entry_date=date(2026, 2, 1),
                           stage=PathwayStage.INCUBATED))  # fmt: skip
        s.commit()
    page.tabs.setCurrentWidget(page.overview)
    ov = page.overview
    qtbot.waitUntil(lambda: ov.balances.rowCount() == 4)
    ov.open_all_accounts()
    qtbot.waitUntil(lambda: ov.balances.rowCount() == 5)
