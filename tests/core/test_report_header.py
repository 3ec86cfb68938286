"""The running header: a very long incubator name and a long report title are shortened with an
ellipsis and keep a gap between them; short ones print whole."""

from __future__ import annotations

import re
import subprocess
from html import unescape
from pathlib import Path

import pytest
from reportlab.pdfbase.pdfmetrics import stringWidth

from incubator_app.reports import Formatter, ReportMeta, build_pdf, paragraph, section
from incubator_app.reports.fonts import BOLD, FAMILY
from incubator_app.reports.page import (
    HEADER_GAP,
    HEADER_NAME_SIZE,
    HEADER_TITLE_SIZE,
    header_texts,
)

pytestmark = pytest.mark.core

LONG_NAME = (
    "Couveuse d'entreprises culturelles et créatives de la région Provence-Alpes-Côte d'Azur "
    "et des territoires associés"
)
LONG_TITLE = "Rapport d'activité pour le financeur — Région Sud, subvention RS-2026-0001"


def _widths(name: str, title: str) -> float:
    return stringWidth(name, BOLD, HEADER_NAME_SIZE) + stringWidth(title, FAMILY, HEADER_TITLE_SIZE)


def test_short_texts_are_whole() -> None:
    assert header_texts("Couveuse", "Bilan", 400) == ("Couveuse", "Bilan")


def test_long_texts_fit_with_an_ellipsis() -> None:
    name, title = header_texts(LONG_NAME, LONG_TITLE, 400)
    assert name.endswith("…") and title.endswith("…")
    assert _widths(name, title) <= 400


def test_a_short_title_leaves_the_room_to_the_name() -> None:
    name, title = header_texts(LONG_NAME, "Bilan", 400)
    assert title == "Bilan" and name.endswith("…")
    assert _widths(name, title) <= 400
    assert len(name) > len(header_texts(LONG_NAME, LONG_TITLE, 400)[0])


def _header_words(pdf: Path) -> list[tuple[float, float, str]]:
    """(xMin, xMax, word) of the words on the header line of page 1 (pdftotext -bbox)."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(pdf), "-"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    html = unescape(html)
    words = re.findall(
        r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)</word>', html
    )
    top = min(float(y) for _x, y, _x2, _w in words)
    return [(float(x), float(x2), w) for x, y, x2, w in words if float(y) - top < 3]


def test_rendered_header_leaves_a_gap(tmp_path: Path) -> None:
    meta = ReportMeta(title=LONG_TITLE, incubator_name=LONG_NAME, subtitle="2026")
    pdf = build_pdf(
        tmp_path / "long.pdf", [section("Bilan"), paragraph("Texte.")], meta, Formatter("fr")
    )
    words = _header_words(pdf)
    split = [w for _x, _x2, w in words].index("Rapport")
    name, title = words[:split], words[split:]
    assert title[0][0] - max(x2 for _x, x2, _w in name) >= HEADER_GAP * 0.9  # points
    assert " ".join(w for *_, w in name).startswith("Couveuse d'entreprises")
    assert name[-1][2].endswith("…") and title[-1][2].endswith("…")
