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
    assert tab.record_button.text() == "E&nregistrer"
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
    page.tabs.setCurrentWidget(page.rules)
    qtbot.waitUntil(lambda: page.rules.default_min.text() == "−20 h")
    assert page.tabs.tabText(4) == "Rè&gles"
    assert page.rules.kind_fields["entrepreneur"][0].placeholderText() == "par défaut"
    _shot(page, "exchange-rules-fr")
    page.statement.open_member_settings()
    qtbot.waitUntil(lambda: page.statement.dialog.isVisible())
    assert page.statement.dialog.windowTitle() == "Réglages du membre — Léa Fabre"
    _shot(page.statement.dialog, "exchange-member-fr")
    page.statement.dialog.reject()


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


def test_a_workshop_for_several_members_by_keyboard(qtbot, context, members):
    lea, hugo, ines = members
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    tab = page.transfers
    qtbot.waitUntil(lambda: tab.payer.count() == 4)
    # Two learners pay, "+" after each name adds it and clears the picker for the next one.
    qtbot.keyClicks(tab.payer.lineEdit(), "Hugo Morel")
    qtbot.keyClick(tab.payer.lineEdit(), Qt.Key.Key_Plus)
    assert tab.payer.currentText() == ""
    assert tab.payer_group.list_label.text() == "1 member(s) added: Hugo Morel"
    # A few letters are enough when they name one member only.
    qtbot.keyClicks(tab.payer.lineEdit(), "hadd+")
    # A name that is no member is not added.
    qtbot.keyClicks(tab.payer.lineEdit(), "Nobody")
    qtbot.keyClick(tab.payer.lineEdit(), Qt.Key.Key_Plus)
    assert "Choose the member from the list" in tab.error.text()
    tab.payer.setEditText("")
    assert tab.hours_label.text() == "Ho&urs each:" and not tab.as_request.isEnabled()
    tab.payee.lineEdit().insert("Léa Fabre")
    qtbot.keyClicks(tab.hours, "1h")
    qtbot.keyClick(tab.hours, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "recorded" in tab.status.text())
    assert "1 h from Hugo Morel, Inès Haddad to Léa Fabre. 1 h each, 2 h in all." in (
        tab.status.text()
    )
    assert tab.payer_group.list_label.isHidden() and tab.as_request.isEnabled()
    _shot(page, "exchange-workshop")
    page.apply_filters(account_id=lea.id)
    st = page.statement
    qtbot.waitUntil(lambda: st.model.rowCount() == 2)
    assert st.model.index(0, 3).data() == "Hugo Morel +1"
    assert st.model.index(0, 5).data() == "+2 h"
    assert "balance 4 h" in st.summary.text()


def test_several_members_on_both_sides_are_refused(qtbot, context, members):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    tab = page.transfers
    qtbot.waitUntil(lambda: tab.payer.count() == 4)
    for picker, names in ((tab.payer, ("Hugo Morel", "Inès Haddad")), (tab.payee, ("Léa Fabre",))):
        for name in names:
            picker.setEditText(name)
            qtbot.keyClick(picker.lineEdit(), Qt.Key.Key_Plus)
    tab.payee.setEditText("La couveuse")
    tab.hours.setText("1")
    tab.record()
    assert "one side only" in tab.error.text()


def test_rules_tab_sets_the_limits_of_a_category_of_members(qtbot, context, members):
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.tabs.setCurrentWidget(page.rules)
    rules = page.rules
    qtbot.waitUntil(lambda: rules.default_min.text() == "−20 h")
    assert rules.default_max.text() == "40 h" and rules.auto_accept.value() == 14
    entrepreneurs_min, entrepreneurs_max = rules.kind_fields["entrepreneur"]
    assert entrepreneurs_min.text() == "" and entrepreneurs_min.placeholderText() == "default"
    # A wrong value is named inline and nothing is saved.
    entrepreneurs_max.setText("-3")
    rules.save()
    assert "Maximum balance (Entrepreneurs): The maximum balance cannot be below zero." in (
        rules.error.text()
    )
    entrepreneurs_max.setText("")
    entrepreneurs_min.setText("1")
    rules.save()
    qtbot.waitUntil(lambda: "saved" in rules.status.text())
    assert entrepreneurs_min.text() == "−1 h"
    _shot(page, "exchange-rules")
    # Hugo has 2 h: 3 h 45 would take him to −1 h 45, below the entrepreneurs' minimum.
    page.tabs.setCurrentWidget(page.transfers)
    tab = page.transfers
    qtbot.waitUntil(lambda: tab.payer.count() == 4)
    tab.payer.setEditText("Hugo Morel")
    tab.payee.setEditText("Léa Fabre")
    tab.hours.setText("3h45")
    tab.record()
    qtbot.waitUntil(lambda: "below the minimum" in tab.error.text())
    assert "Hugo Morel would go down to -1 h 45, below the minimum of -1 h." in tab.error.text()


def test_rules_tab_is_read_only_for_a_viewer(qtbot, context, members):
    from incubator_app.services.administration.users import actor_for_user, create_user
    from incubator_app.ui.context import AppContext

    with context.db.session() as s:
        user = create_user(
            s, login="viewer1", display_name="Dom Viewer", role="viewer",
            password="long-enough-password", actor=context.actor,
        )  # fmt: skip
        actor = actor_for_user(s, user.id)
    viewer = AppContext(
        context.db, actor, context.profile, context.settings, context.ops, context.bus
    )
    page = ExchangePage(viewer)
    qtbot.addWidget(page)
    page.tabs.setCurrentWidget(page.rules)
    qtbot.waitUntil(lambda: page.rules.default_min.text() == "−20 h")
    assert not page.rules.default_min.isEnabled() and page.rules.save_button.isHidden()


def test_member_settings_opt_in_and_a_new_organisation(qtbot, context, members):
    lea = members[0]
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.show()
    page.apply_filters(account_id=lea.id)
    st = page.statement
    qtbot.waitUntil(lambda: st.settings_button.isEnabled())
    st.open_member_settings()
    dialog = st.dialog
    qtbot.waitUntil(dialog.isVisible)
    assert dialog.windowTitle() == "Member settings — Léa Fabre"
    assert dialog.commune.text() == "Marseille" and not dialog.public.isChecked()
    dialog.neighbourhood.setText("Le Panier")
    dialog.min_limit.setText("5")
    dialog.public.setChecked(True)
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert dialog.saved is not None
    assert (dialog.saved.neighbourhood, dialog.saved.min_minutes, dialog.saved.balance_public) == (
        "Le Panier", -300, True,
    )  # fmt: skip
    # A bad limit is named inline.
    st.open_member_settings()
    qtbot.waitUntil(lambda: st.dialog.isVisible())
    st.dialog.max_limit.setText("beaucoup")
    st.dialog.save()
    assert st.dialog.error.text().startswith("Maximum balance: Not a duration")
    st.dialog.reject()
    # A neighbours' association joins from the overview.
    page.tabs.setCurrentWidget(page.overview)
    ov = page.overview
    qtbot.waitUntil(lambda: ov.balances.rowCount() == 4)
    ov.open_new_member()
    new = ov.dialog
    qtbot.waitUntil(new.isVisible)
    new.kind.setCurrentIndex(new.kind.findData("organisation"))
    new.name.setText("Centre social du Panier")
    new.commune.setText("Marseille")
    new.save()
    qtbot.waitUntil(lambda: ov.balances.rowCount() == 5)
    assert new.saved is not None and new.saved.kind == "organisation"


def test_an_offer_about_to_expire_warns_and_renews_in_one_click(
    qtbot, context, members, db, admin_actor
):
    with db.session() as s:
        publish_listing(
            s, account_id=members[2].id, kind="offer", title="Coaching de pitch",
            category="Scène et voix", expires_on=date(2026, 11, 21), actor=admin_actor,
        )  # fmt: skip
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.resize(1100, 720)
    page.show()
    page.tabs.setCurrentWidget(page.listings)
    tab = page.listings
    qtbot.waitUntil(lambda: tab.model.rowCount() == 3 and tab.expiring.isVisible())
    text = tab.expiring.text()
    assert text.startswith("1 listing(s) expire by 25/11/2026: « Coaching de pitch » (Inès Haddad")
    assert "1 new since the last visit" in text
    # Soonest expiry first, in the warning colour, with the reason in its tooltip.
    expires = tab.model.index(0, 6)
    assert expires.data() == "21/11/2026"
    assert expires.data(Qt.ItemDataRole.ForegroundRole).name() == "#a8431f"
    assert "Expires in 3 day(s)" in expires.data(Qt.ItemDataRole.ToolTipRole)
    assert tab.model.index(1, 6).data(Qt.ItemDataRole.ForegroundRole) is None
    _shot(page, "exchange-expiring")
    # The author's warning is recorded once: the next visit has nothing new.
    tab.reload()
    qtbot.waitUntil(lambda: tab.expiring.isVisible() and "new since" not in tab.expiring.text())
    tab.table.setCurrentIndex(tab.model.index(0, 1))
    qtbot.waitUntil(tab.renew_button.isEnabled)
    tab.renew()
    qtbot.waitUntil(lambda: not tab.expiring.isVisible())
    qtbot.waitUntil(
        lambda: tab.model.rowCount() == 3 and tab.model.index(2, 6).data() == "19/02/2027"
    )


def test_the_dashboard_lists_offers_about_to_expire_and_opens_them(
    qtbot, context, members, db, admin_actor
):
    from incubator_app.ui.main_window import MainWindow

    with db.session() as s:
        publish_listing(
            s, account_id=members[2].id, kind="offer", title="Coaching de pitch",
            category="Scène et voix", expires_on=date(2026, 11, 20), actor=admin_actor,
        )  # fmt: skip
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1280, 900)
    win.show()
    win.show_page("dashboard")
    page = win.current_page
    card = page.exchange_card
    qtbot.waitUntil(lambda: card.rows_text() != [], timeout=10_000)
    assert card.rows_text() == [
        ("Inès Haddad", "Coaching de pitch", page._date(date(2026, 11, 20)))
    ]
    assert card.count_label.text() == "1"
    _shot(win, "exchange-dashboard")
    card.show_all.emit()
    qtbot.waitUntil(lambda: isinstance(win.current_page, ExchangePage))
    assert win.current_page.tabs.currentWidget() is win.current_page.listings


def test_an_exchange_that_settles_an_offer(qtbot, context, members, db, admin_actor):
    from incubator_app.services.exchange.ledger import get_transfer

    lea, hugo, _ = members
    page = ExchangePage(context)
    qtbot.addWidget(page)
    page.show()
    page.tabs.setCurrentWidget(page.listings)
    tab = page.listings
    qtbot.waitUntil(lambda: tab.model.rowCount() == 2)
    row = next(r for r in range(2) if tab.model.index(r, 0).data() == "Offer")
    tab.table.setCurrentIndex(tab.model.index(row, 1))
    qtbot.waitUntil(tab.record_button.isEnabled)
    tab.record_button.click()
    rec = page.transfers
    assert page.tabs.currentWidget() is rec
    # The offer's author gives; Hugo, who asked for a recording, pays.
    qtbot.waitUntil(lambda: rec.payee.currentText() == "Léa Fabre")
    assert rec.settles.text() == "Settles the offer « Enregistrement d'une maquette » of Léa Fabre."
    assert rec.category.currentText() == "Son et musique"
    rec.payer.setEditText("Hugo Morel")
    rec.hours.setText("3")
    rec.record()
    qtbot.waitUntil(lambda: "recorded" in rec.status.text())
    assert rec.settles.isHidden()
    transfer_id = int(rec.status.text().split("no. ")[1].split(" ")[0])
    with db.session() as s:
        t = get_transfer(s, transfer_id, actor=admin_actor)
    offer_id = tab.model.row_at(row).id
    assert (t.listing_id, t.category, dict(t.legs)) == (
        offer_id, "Son et musique", {hugo.id: -180, lea.id: 180},
    )  # fmt: skip
