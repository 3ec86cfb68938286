"""The statement builder against a local dataclass of the shape the issue-5 service returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import pytest

from incubator_app.models import RevenueChannel
from incubator_app.reports.statement import build_statement_pdf
from tests.core.pdf_checks import check_pdf, pdf_text

pytestmark = pytest.mark.core

NASTY = "Café <b>Théâtre</b> & Cie"


@dataclass(frozen=True)
class UsageLine:
    used_on: date
    service_name: str
    quantity_hundredths: int
    unit_price_cents: int
    amount_cents: int
    vat_rate_bp: int
    vat_cents: int
    total_cents: int


@dataclass(frozen=True)
class BookingLine:
    starts_at: datetime
    ends_at: datetime
    service_name: str
    units: int


@dataclass(frozen=True)
class RevenueLine:
    month: date
    channel: RevenueChannel
    amount_cents: int


@dataclass(frozen=True)
class Statement:
    entrepreneur_name: str
    incubator_name: str
    month: date
    usage_lines: tuple[UsageLine, ...] = ()
    booking_lines: tuple[BookingLine, ...] = ()
    revenue_lines: tuple[RevenueLine, ...] = ()
    contribution_cents: int = 0
    total_excl_vat_cents: int = 0
    total_vat_cents: int = 0
    total_incl_vat_cents: int = 0
    extra: dict = field(default_factory=dict)


def test_statement_pdf(tmp_path: Path) -> None:
    usage = tuple(
        UsageLine(
            date(2026, 11, 1 + i % 28),
            f"{NASTY} — salle {i}",
            150,
            82300,
            123450,
            2000,
            24690,
            148140,
        )
        for i in range(40)
    )
    statement = Statement(
        entrepreneur_name="Hélène Ørsted",
        incubator_name="Couveuse Écluse",
        month=date(2026, 11, 1),
        usage_lines=usage,
        booking_lines=(
            BookingLine(datetime(2026, 11, 3, 9), datetime(2026, 11, 3, 12), "Studio son", 3),
        ),
        revenue_lines=(RevenueLine(date(2026, 11, 1), RevenueChannel.INCUBATOR, 250000),),
        contribution_cents=25000,
        total_excl_vat_cents=40 * 123450,
        total_vat_cents=40 * 24690,
        total_incl_vat_cents=40 * 148140,
    )
    out = build_statement_pdf(statement, tmp_path / "releve.pdf", locale="fr")
    flat = " ".join(check_pdf(out, tmp_path).split())
    for expected in (
        "Hélène Ørsted",
        NASTY,
        "1 234,50 €",
        "246,90 € (20 %)",
        "Studio son",
        "09:00 – 12:00",
        "2 500,00 €",
        "49 380,00 €",
        "59 506,00 €",  # 40 × 1 481,40 € + 250,00 € contribution
    ):
        assert expected in flat
    assert "Service" in pdf_text(out, 2, 2)  # the usage table's header repeats on page 2


def test_empty_statement(tmp_path: Path) -> None:
    statement = Statement("Noé Vide", "Couveuse", date(2026, 2, 1))
    out = build_statement_pdf(statement, tmp_path / "vide.pdf", locale="en")
    text = check_pdf(out, tmp_path)
    assert "No shared service used this month." in text
    assert "February 2026" in text
