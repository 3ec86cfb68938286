"""The statement PDF built from the real `monthly_statement` on the test database (Anna's
hand-counted November of test_statements.py): what it prints equals the service's figures."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_checks import check_pdf, page_count, pdf_text
from test_statements import NOV, anna  # noqa: F401 (the hand-counted fixture)

from incubator_app.models import IncubatorProfile
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.statement import build_statement_pdf
from incubator_app.services.shared_services.catalogue import create_shared_service
from incubator_app.services.shared_services.statements import monthly_statement
from incubator_app.services.shared_services.usage import record_service_usage

pytestmark = pytest.mark.core

NASTY = "Café <b>Théâtre</b> & Cie"


def _flat(text: str) -> str:
    return " ".join(text.split())


@pytest.fixture
def helene(session, anna):  # noqa: F811
    """Anna renamed with accents, her project named with markup, and an incubator profile."""
    anna.first_name, anna.last_name, anna.project_name = "Hélène", "Ørsted-Aubert", NASTY
    session.add(
        IncubatorProfile(
            name="Couveuse Écluse",
            legal_name="Association Écluse",
            siret="12345678200010",
            address="3 rue des Arts",
            postal_code="69001",
            commune="Lyon",
        )
    )
    session.commit()
    return anna


def test_statement_pdf_prints_the_service_figures(session, admin, helene, tmp_path: Path):
    st = monthly_statement(session, helene.id, NOV, actor=admin)
    out = build_statement_pdf(st, tmp_path / "releve.pdf", locale="fr")
    text = _flat(check_pdf(out, tmp_path))
    fmt = Formatter("fr")
    money = {
        "HT": fmt.money(st.totals.amount_cents),
        "TVA": fmt.money(st.totals.vat_cents),
        "TTC": fmt.money(st.totals.total_cents),
        "revenue": fmt.money(st.revenue_total_cents),
        "contribution": fmt.money(st.contribution_cents),
        "due": fmt.money(st.amount_due_cents),
    }
    # The service's figures, formatted the French way (checked by hand in test_statements.py).
    assert {k: v.replace("\u00a0", " ") for k, v in money.items()} == {
        "HT": "82,88 €",
        "TVA": "7,06 €",
        "TTC": "89,94 €",
        "revenue": "1 734,56 €",
        "contribution": "123,46 €",
        "due": "213,40 €",
    }
    for value in money.values():
        assert value.replace("\u00a0", " ") in text
    for expected in (
        "Hélène Ørsted-Aubert",
        NASTY,  # printed literally, not as markup
        "Association Écluse",
        "123 456 782 00010",
        "3 rue des Arts, 69001 Lyon",
        "@SUM(1) Salle",
        "1,5 h",
        "03/11",
        "12,50 €",
        "5,5 %",
        "47,48 €",  # 45,00 € + 2,48 € VAT
        "1 234,56 €",  # revenue invoiced by the incubator: the contribution's base
        "10 %",
        "10:00 – 11:30",  # 09:00–10:30 UTC on 3 November, in Paris time
        "15:00 – 17:00",
    ):
        assert expected in text, expected
    assert "<b>" not in text.replace(NASTY, "")
    # VAT by rate: 0 %, 5,5 % and 20 % with their bases.
    for v in st.vat_by_rate:
        assert fmt.money(v.amount_cents).replace("\u00a0", " ") in text


def test_statement_pdf_in_english(session, admin, helene, tmp_path: Path):
    st = monthly_statement(session, helene.id, NOV, actor=admin)
    out = build_statement_pdf(st, tmp_path / "statement.pdf", locale="en")
    text = _flat(check_pdf(out, tmp_path))
    for expected in (
        "Monthly statement",
        "November 2026",
        "Invoiced by the incubator",
        "Own invoicing",
        "not charged",
        "Took place",
        "€213.40",
        "VAT by rate",
    ):
        assert expected in text, expected


def test_long_statement_repeats_the_table_header(session, admin, helene, tmp_path: Path):
    hall = create_shared_service(
        session, name=f"{NASTY} — grande salle", category="Salle", unit="day",
        unit_price_cents=82300, vat_rate_bp=2000, actor=admin, price_valid_from=date(2026, 1, 1),
    )  # fmt: skip
    for i in range(60):
        record_service_usage(
            session,
            service_id=hall.id,
            entrepreneur_id=helene.id,
            used_on=date(2026, 11, 1 + i % 28),
            quantity_hundredths=150,
            actor=admin,
        )
    st = monthly_statement(session, helene.id, NOV, actor=admin)
    out = build_statement_pdf(st, tmp_path / "long.pdf", locale="fr")
    text = _flat(check_pdf(out, tmp_path))
    assert page_count(out) >= 2
    assert "Service" in pdf_text(out, 2, 2)  # the usage table's header repeats on page 2
    assert "1,5 j" in text and "1 234,50 €" in text  # 823,00 € × 1,5 jour
    assert Formatter("fr").money(st.amount_due_cents).replace("\u00a0", " ") in text


def test_empty_month_says_so(session, admin, helene, tmp_path: Path):
    st = monthly_statement(session, helene.id, date(2025, 1, 1), actor=admin)
    out = build_statement_pdf(st, tmp_path / "vide.pdf", locale="en")
    text = _flat(check_pdf(out, tmp_path))
    for expected in (
        "Nothing to report for January 2025",
        "No shared service used this month.",
        "No booking this month.",
        "No revenue recorded this month.",
        "Hélène Ørsted-Aubert",
        "€0.00",
    ):
        assert expected in text, expected
