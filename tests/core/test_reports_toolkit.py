from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pdf_checks import check_pdf, page_count, pdf_text

from incubator_app.reports import (
    Column,
    Cover,
    Formatter,
    ReportMeta,
    Series,
    bar_chart,
    build_pdf,
    data_table,
    escape,
    line_chart,
    paragraph,
    pie_chart,
    section,
)

pytestmark = pytest.mark.core

NASTY = "Café <b>Théâtre</b> & Cie"


def test_amounts_and_dates_in_french_use_no_break_spaces() -> None:
    fmt = Formatter("fr")
    # Decision: U+00A0 for thousands and before the sign (babel's U+202F is normalised).
    assert fmt.money(123450) == "1\u00a0234,50\u00a0€"
    assert fmt.money(-5) == "-0,05\u00a0€"
    assert fmt.date(date(2026, 11, 21)) == "21/11/2026"
    assert fmt.hours(90) == "1,5\u00a0h"
    assert fmt.quantity(150) == "1,5"
    assert fmt.percent(550) == "5,5\u00a0%"
    assert fmt.month(date(2026, 11, 1)) == "novembre 2026"


def test_english_variant() -> None:
    fmt = Formatter("en")
    assert fmt.money(123450) == "€1,234.50"
    assert fmt.date(date(2026, 11, 21)) == "21/11/2026"
    assert fmt.month(date(2026, 11, 1)) == "November 2026"


def test_escape_keeps_markup_literal() -> None:
    assert escape(NASTY) == "Café &lt;b&gt;Théâtre&lt;/b&gt; &amp; Cie"
    assert escape("a\nb") == "a<br/>b"
    assert escape(None) == ""


def _meta() -> ReportMeta:
    return ReportMeta(title="Essai", incubator_name=NASTY, subtitle="Sous-titre")


def test_long_table_repeats_its_header_and_prints_user_text_literally(tmp_path: Path) -> None:
    fmt = Formatter("fr")
    meta = _meta()
    rows = [(f"{NASTY} n°{i}", fmt.money(123450)) for i in range(150)]
    story = [
        section("Tableau"),
        paragraph(NASTY),
        data_table(
            [Column("Bénéficiaire", 3), Column("Montant", 1, align="right")],
            rows,
            width=meta.content_width,
        ),
    ]
    out = build_pdf(tmp_path / "t.pdf", story, meta, fmt, cover=Cover(lines=[("Période", "2026")]))
    text = check_pdf(out, tmp_path)
    assert NASTY in text
    assert "1 234,50 €" in text
    pages = page_count(out)
    assert pages >= 4
    assert f"Page 1 / {pages}" in pdf_text(out, 1, 1)
    for page in (3, pages):  # page 2 starts the table (page 1 is the cover)
        assert "Bénéficiaire" in pdf_text(out, page, page)
    assert "Bénéficiaire" not in pdf_text(out, 1, 1)


def test_charts_render_with_labels(tmp_path: Path) -> None:
    fmt = Formatter("fr")
    meta = _meta()
    story = [
        bar_chart(
            ["janv.", "févr."],
            [Series("Heures", [3.5, 6]), Series("Séances", [1, 2])],
            width=meta.content_width,
        ),
        line_chart(
            ["janv.", "févr.", "mars"], [Series("Heures", [1, 0, 4])], width=meta.content_width
        ),
        pie_chart([("Femmes", 3), ("Hommes", 2)], width=meta.content_width),
        bar_chart([], [], width=meta.content_width, empty_text="Aucune donnée"),
    ]
    text = check_pdf(build_pdf(tmp_path / "c.pdf", story, meta, fmt), tmp_path)
    for expected in ("févr.", "Séances", "Femmes — 3 (60 %)", "Aucune donnée"):
        assert expected in text


def test_failed_build_leaves_no_partial_file_and_keeps_the_old_one(tmp_path: Path) -> None:
    target = tmp_path / "r.pdf"
    target.write_bytes(b"old")

    def story():
        yield section("Début")
        raise RuntimeError("data source failed")

    with pytest.raises(RuntimeError):
        build_pdf(target, story(), _meta(), Formatter("fr"))
    assert target.read_bytes() == b"old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]

    fresh = tmp_path / "new.pdf"
    with pytest.raises(RuntimeError):
        build_pdf(fresh, story(), _meta(), Formatter("fr"))
    assert not fresh.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == ["r.pdf"]


def test_generator_story_is_streamed(tmp_path: Path) -> None:
    meta = _meta()
    pulled = []

    def story():
        for i in range(300):
            pulled.append(i)
            yield paragraph(f"Ligne {i}")

    out = build_pdf(tmp_path / "s.pdf", story(), meta, Formatter("fr"))
    assert len(pulled) == 300
    assert "Ligne 299" in pdf_text(out)


def test_logo_is_drawn_from_png_bytes(tmp_path: Path) -> None:
    from io import BytesIO

    from PIL import Image

    buffer = BytesIO()
    Image.new("RGB", (120, 40), (11, 110, 115)).save(buffer, format="PNG")
    meta = ReportMeta(title="Logo", incubator_name="Couveuse", logo_png=buffer.getvalue())
    out = build_pdf(
        tmp_path / "l.pdf", [paragraph("x")], meta, Formatter("fr"), cover=Cover(lines=[("a", "b")])
    )
    check_pdf(out, tmp_path)
    import subprocess

    images = subprocess.run(["pdfimages", "-list", str(out)], capture_output=True, text=True).stdout
    assert len(images.strip().splitlines()) >= 4  # header lines + cover logo + page logo


def test_headings_and_figures_fit_wherever_the_page_ends(tmp_path: Path) -> None:
    """A section heading or a kept-together figure near the bottom of a page moves on cleanly."""
    from incubator_app.reports import figure, subsection

    meta = _meta()
    fmt = Formatter("fr")
    from reportlab.platypus import KeepTogether

    chart = bar_chart(["a", "b"], [Series("s", [1, 2])], width=meta.content_width, height=30)
    for filler in range(40, 62, 2):
        story = [paragraph(f"Ligne {i}") for i in range(filler)]
        story += [section("Section"), subsection("Sous-section"), figure("Figure", chart)]
        story += [KeepTogether([section("Commentaire"), paragraph("Court")])]
        story += [paragraph("Fin")]
        out = build_pdf(tmp_path / f"f{filler}.pdf", story, meta, fmt)
        assert "Fin" in pdf_text(out)


def test_report_texts_follow_the_report_language(tmp_path: Path, monkeypatch) -> None:
    from incubator_app.i18n import QT_TRANSLATE_NOOP
    from incubator_app.reports import translate

    (tmp_path / "incubator_app_fr.ts").write_text(
        '<?xml version="1.0" encoding="utf-8"?><TS version="2.1" language="fr">'
        "<context><name>Reports</name><message><source>Page {page} / {pages}</source>"
        "<translation>Feuille {page} sur {pages}</translation></message></context></TS>",
        encoding="utf-8",
    )
    monkeypatch.setattr(translate, "TRANSLATIONS_DIR", tmp_path)
    translate._catalog.cache_clear()
    try:
        key = QT_TRANSLATE_NOOP("Reports", "Page {page} / {pages}")
        assert Formatter("fr").tr(key, page=2, pages=5) == "Feuille 2 sur 5"
        assert Formatter("en").tr(key, page=2, pages=5) == "Page 2 / 5"
        out = build_pdf(tmp_path / "fr.pdf", [paragraph("x")], _meta(), Formatter("fr"))
        assert "Feuille 1 sur 1" in pdf_text(out)
    finally:
        translate._catalog.cache_clear()
