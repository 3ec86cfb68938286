"""Reports in Italian and Spanish (issue 19): the funder report's PDF written with
`locale="it"` / `"es"` has its headings in that language (read back with pdftotext), none of the
French or English ones, and amounts and dates the locale's way (45.000,00 €, 30/06/2026)."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest
from funder_fixture import PERIOD, build_funder_fixture
from pdf_checks import pdf_text, qpdf_ok

from incubator_app.reports.funder_report import write_funder_report

pytestmark = pytest.mark.core

# Headings of the funder report as the it/es catalogues give them, and some of fr/en.
HEADINGS = {
    "it": ("Rapporto per il finanziatore", "Cifre chiave", "Persone accompagnate", "Pagina 1 / "),
    "es": ("Informe para el financiador", "Cifras clave", "Personas acompañadas", "Página 1 / "),
}
FOREIGN = ("Rapport financeur", "Funder report", "Key figures", "Chiffres clés", "Page 1 / ")


@pytest.mark.parametrize("lang", ["it", "es"])
def test_the_funder_report_speaks_the_language_chosen_for_it(
    session, admin, tmp_path, lang
) -> None:
    fixture = build_funder_fixture(session)
    pdf = write_funder_report(
        session, fixture.grant_id, *PERIOD, tmp_path / f"{lang}.pdf", actor=admin, locale=lang
    )
    qpdf_ok(pdf)
    text = pdf_text(pdf)
    for heading in HEADINGS[lang]:
        assert heading in text, heading
    for foreign in FOREIGN:
        assert foreign not in text, foreign
    assert "45.000,00 €" in text
    assert "01/01/2026" in text and "30/06/2026" in text
    if folder := os.environ.get("INCUBATOR_PDF_PNG_DIR"):  # to look at a page
        subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(pdf),
                        os.path.join(folder, f"funder-{lang}")], check=True)  # fmt: skip
        shutil.copy(pdf, os.path.join(folder, f"funder-{lang}.pdf"))
