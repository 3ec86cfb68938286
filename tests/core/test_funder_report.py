"""Funder report files: the PDF (qpdf, pdftotext, first page not blank) and the workbook
(read back with openpyxl), on the hand-counted dataset of funder_fixture.py."""

from __future__ import annotations

import subprocess
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from funder_fixture import PERIOD, build_funder_fixture
from PIL import Image

from incubator_app.models import Entrepreneur, IncubatorProfile
from incubator_app.reports.formatting import Formatter
from incubator_app.reports.funder_report import build_funder_report, write_funder_report
from incubator_app.reports.funder_texts import default_file_name, share_bp, slugify
from incubator_app.reports.funder_workbook import neutralise, write_funder_workbook
from incubator_app.services.reporting.funder_kpis import (
    funder_kpis,
    iter_beneficiary_rows,
    report_identity,
)

pytestmark = pytest.mark.core
TRICKY = "Café <b>Théâtre</b> & Cie"


@pytest.fixture
def fx(session):
    fixture = build_funder_fixture(session)
    session.add(IncubatorProfile(name=TRICKY))
    alice = session.get(Entrepreneur, fixture.ids["alice"])
    alice.first_name = '=HYPERLINK("http://evil.example","x")'
    session.commit()
    return fixture


def _text(pdf: Path) -> str:
    out = subprocess.run(["pdftotext", "-layout", str(pdf), "-"], capture_output=True, check=True)
    return out.stdout.decode("utf-8").replace("\u00a0", " ")


def _ink_share(pdf: Path, tmp_path: Path, page: int = 1) -> float:
    prefix = tmp_path / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-gray", "-r", "40", "-f", str(page), "-l", str(page), str(pdf), str(prefix)],
        check=True,
    )
    image = Image.open(next(tmp_path.glob(f"page{page}*.pgm")))
    histogram = image.histogram()  # 256 grey levels
    return sum(histogram[:200]) / sum(histogram)


def test_pdf_is_valid_has_accented_names_and_ink(session, admin, fx, tmp_path):
    pdf = write_funder_report(session, fx.grant_id, *PERIOD, tmp_path / "r.pdf", actor=admin)
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    text = _text(pdf)
    for name in ("BÉRENGER Bruno", "CÉLESTE Chloé", "GARNIER Gaëlle", "HÉBERT Hugo"):
        assert name in text
    assert TRICKY in text  # user text printed literally, not as markup
    assert "Région Sud" in text and "RS-2026-0001" in text
    assert "01/01/2026" in text and "30/06/2026" in text
    hours = Formatter("fr").hours(435).replace("\u00a0", " ")
    assert f"5 personnes accompagnées, {hours} d'accompagnement reçues" in text
    assert "David" not in text and "Farid" not in text  # not supported / other grant
    assert _ink_share(pdf, tmp_path) > 0.005


def test_pdf_in_english_uses_english_number_formats(session, admin, fx, tmp_path):
    pdf = write_funder_report(
        session, fx.grant_id, *PERIOD, tmp_path / "en.pdf", actor=admin, locale="en"
    )
    text = _text(pdf)
    assert "€45,000.00" in text
    assert Formatter("en").hours(435).replace("\u00a0", " ") in text


def test_empty_period_gives_a_valid_report_that_says_so(session, admin, fx, tmp_path):
    pdf = write_funder_report(
        session, fx.grant_id, date(2020, 1, 1), date(2020, 12, 31), tmp_path / "e.pdf", actor=admin
    )
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    text = _text(pdf)
    assert "il n'y a rien à déclarer" in " ".join(text.split())
    assert "Annexe" not in text


def test_annex_spanning_pages_repeats_its_header(session, admin, fx, tmp_path):
    kpis = funder_kpis(session, fx.grant_id, *PERIOD, actor=admin)
    one = next(iter(iter_beneficiary_rows(session, fx.grant_id, *PERIOD, actor=admin)))
    many = (one for _ in range(300))
    pdf = build_funder_report(kpis, many, tmp_path / "long.pdf", identity=report_identity(session))
    pages = _text(pdf).split("\f")
    annex_pages = [p for p in pages if "Admis" in p and "Séances" in p and "Heures" in p]
    assert len(annex_pages) >= 5, pages[-2][:600]  # 300 rows over several pages, with the header


def test_failure_mid_annex_leaves_no_file(session, admin, fx, tmp_path):
    kpis = funder_kpis(session, fx.grant_id, *PERIOD, actor=admin)
    out = tmp_path / "out"
    out.mkdir()
    target = out / "broken.pdf"

    def rows():
        yield from iter_beneficiary_rows(session, fx.grant_id, *PERIOD, actor=admin)
        raise RuntimeError("database went away")

    with pytest.raises(RuntimeError):
        build_funder_report(kpis, rows(), target, identity=report_identity(session))
    assert list(out.iterdir()) == []


def test_workbook_reads_back_with_the_hand_counted_figures(session, admin, fx, tmp_path):
    path = write_funder_workbook(
        session, fx.grant_id, *PERIOD, tmp_path / "r.xlsx", actor=admin, locale="en"
    )
    wb = openpyxl.load_workbook(path)
    assert wb.sheetnames == ["Key figures", "Beneficiaries", "Events"]
    figures = {row[0].value: row[1] for row in wb["Key figures"].iter_rows(min_col=1, max_col=2)}
    assert figures["Incubator"].value == TRICKY
    assert figures["Amount"].value == 45000 and "€" in figures["Amount"].number_format
    assert figures["Period from"].value.date() == date(2026, 1, 1)
    assert figures["Period from"].number_format == "DD/MM/YYYY"
    assert figures["People supported"].value == 5
    assert figures["Admissions"].value == 2
    assert figures["Exits"].value == 2
    assert figures["Coaching sessions"].value == 4
    assert figures["Coaching hours delivered"].value == pytest.approx(5.25)
    assert figures["Coaching hours received (per participant)"].value == pytest.approx(7.25)
    assert figures["Business created"].value == 1 and figures["Activity stopped"].value == 1

    ws = wb["Beneficiaries"]
    rows = [[c.value for c in r] for r in ws.iter_rows()]
    assert rows[0] == [
        "Last name", "First name", "Stage", "Admitted on", "Left on", "Exit", "Sessions", "Hours"
    ]  # fmt: skip
    body = rows[1:]
    assert [r[0] for r in body] == ["Aubert", "Bérenger", "Céleste", "Garnier", "Hébert"]
    assert [r[6] for r in body] == [2, 1, 1, 0, 1]
    assert [r[7] for r in body] == [3.5, 2, 1, 0, 0.75]
    assert sum(r[7] for r in body) == pytest.approx(7.25)
    celeste = body[2]
    assert celeste[4].date() == date(2024, 2, 1) and celeste[5] == "Business created"
    # The formula typed as a first name is text, shown as typed after an apostrophe.
    alice = ws.cell(row=2, column=2)
    assert alice.data_type == "s"
    assert alice.value == "'" + '=HYPERLINK("http://evil.example","x")'
    assert ws.cell(row=2, column=8).number_format == "#,##0.0"


def test_neutralise_and_file_names():
    assert neutralise("=1+1") == "'=1+1"
    assert neutralise("+33 6") == "'+33 6" and neutralise("@x") == "'@x"
    assert neutralise("-") == "'-" and neutralise("Dupont") == "Dupont"
    assert slugify("Région Sud — Convention 2026 / n°14") == "region-sud-convention-2026-n14"
    assert slugify("«»") == "rapport"
    assert default_file_name("RS-2026-0001", *PERIOD, "xlsx") == (
        "rapport-rs-2026-0001-2026-01-01-2026-06-30.xlsx"
    )
    assert (share_bp(2, 3), share_bp(1, 8), share_bp(0, 0)) == (6670, 1250, 0)
