"""The member's statement PDF and the funders' figures of the exchange."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
import time_machine
from exchange_helpers import incubator, make_members
from pdf_checks import check_pdf

from incubator_app.models.exchange import AccountKind
from incubator_app.reports.exchange_statement import build_exchange_statement_pdf
from incubator_app.services.exchange.accounts import open_named_account
from incubator_app.services.exchange.figures import exchange_figures
from incubator_app.services.exchange.ledger import record_transfer, reverse_transfer
from incubator_app.services.exchange.statement import member_statement
from incubator_app.services.periods import year_of

pytestmark = pytest.mark.core


def test_statement_pdf_prints_user_text_literally(session, admin, tmp_path):
    (lea,) = make_members(session, admin, 1)
    cafe = open_named_account(
        session, kind=AccountKind.ORGANISATION, name="Café <b>Théâtre</b> & Cie",
        commune="Marseille", actor=admin,
    )  # fmt: skip
    with time_machine.travel(datetime(2026, 10, 5, 10, tzinfo=UTC), tick=False):
        record_transfer(session, from_ids=[cafe.id], to_ids=[lea.id], minutes=150,
                        note="Affiche pour un spectacle", actor=admin)  # fmt: skip
    with time_machine.travel(datetime(2026, 11, 5, 10, tzinfo=UTC), tick=False):
        t = record_transfer(session, from_ids=[lea.id], to_ids=[cafe.id], minutes=45,
                            note="Relecture d'un dossier de subvention", actor=admin)  # fmt: skip
        reverse_transfer(session, t.id, reason="Saisi deux fois", actor=admin)
    statement = member_statement(session, lea.id, actor=admin)
    path = build_exchange_statement_pdf(statement, tmp_path / "releve.pdf", locale="fr")
    text = " ".join(check_pdf(path, tmp_path).split())
    assert "Relevé de l'échange de savoir-faire" in text
    assert "Café <b>Théâtre</b> & Cie" in text
    assert f"Annulation du n° {t.id}" in text
    assert "2 h 30" in text and "Solde" in text


def test_figures_count_exchanges_not_reversals_nor_the_incubator(session, admin):
    lea, hugo, ines = make_members(session, admin, 3)
    house = incubator(session, admin)
    with time_machine.travel(datetime(2026, 3, 10, 10, tzinfo=UTC), tick=False):
        record_transfer(session, from_ids=[house.id], to_ids=[lea.id, hugo.id, ines.id],
                        minutes=120, category="Accueil", actor=admin)  # fmt: skip
        record_transfer(session, from_ids=[lea.id], to_ids=[hugo.id], minutes=90,
                        category="Son et musique", actor=admin)  # fmt: skip
    with time_machine.travel(datetime(2026, 4, 2, 10, tzinfo=UTC), tick=False):
        wrong = record_transfer(session, from_ids=[ines.id], to_ids=[hugo.id], minutes=60,
                                category="Son et musique", actor=admin)  # fmt: skip
        reverse_transfer(session, wrong.id, reason="Erreur", actor=admin)
        record_transfer(session, from_ids=[lea.id, ines.id], to_ids=[hugo.id], minutes=30,
                        category="Scène et voix", actor=admin)  # fmt: skip
    f = exchange_figures(session, year_of(date(2026, 1, 1)), actor=admin)
    assert f.transfers == 3 and f.minutes_total == 360 + 90 + 60
    assert dict(f.by_category) == {"Accueil": 360, "Son et musique": 90, "Scène et voix": 60}
    assert f.by_month == ((date(2026, 3, 1), 450), (date(2026, 4, 1), 60))
    assert f.active_members == 3 and f.members == 3
    # Hours moved per member, given + received, halved (Léa 240, Hugo 270, Inès 150 minutes).
    assert f.average_minutes_per_active_member == round((240 + 270 + 150) / 2 / 3)
