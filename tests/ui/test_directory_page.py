"""The Directory page: two listings crossed; the windowed list and its filters; the review queue
answered from the keyboard (S, D, K, U), a verdict taken back with U."""

from __future__ import annotations

import csv
import os
from pathlib import Path

import pytest
from activation import make_active
from PySide6.QtCore import Qt

from incubator_app.services.directory.listings import import_listing
from incubator_app.services.directory.runs import link_directory
from incubator_app.ui.directory.review_dialog import ReviewDialog
from incubator_app.ui.pages.directory import DirectoryPage

HEADER = ["Nom", "Commune", "Code postal", "Site internet"]


def _write(path: Path, rows: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle, delimiter=";")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


@pytest.fixture
def crossed(context, tmp_path: Path) -> None:
    left = [
        ["Festival des Nuits du Sud", "Vence", "06140", "nuitsdusud.com"],
        ["Théâtre du Rond-Point des Arts", "Vence", "06140", ""],
        ["Cirque Zéphyr", "Nice", "06000", ""],
        ["Musée Renoir", "Cagnes-sur-Mer", "06800", ""],
    ]
    right = [
        ["Nuits Du Sud", "Vence", "06140", "https://www.nuitsdusud.com"],
        ["Rond-Point des Arts Vivants", "Vence", "06140", ""],
        ["Zéphyr Cirque Nomade", "Nice", "06000", ""],
    ]
    with context.db.session() as s:
        import_listing(
            s,
            _write(tmp_path / "a.csv", left),
            source="Département",
            kind="festival",
            actor=context.actor,
        )
        import_listing(s, _write(tmp_path / "b.csv", right), source="Réseau", actor=context.actor)
        link_directory(s, review_above=-2, actor=context.actor)


def test_the_directory_lists_filters_and_reviews(qtbot, qapp, context, crossed) -> None:
    if os.environ.get("DIRECTORY_SCREENSHOT_LANG") == "fr":
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.resize(1200, 700)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 6, timeout=30_000)
    assert "(2)" in view.review.text()
    shot = os.environ.get("DIRECTORY_SCREENSHOT")
    if shot:
        page.grab().save(shot)
    view.only_one.setChecked(True)
    qtbot.waitUntil(lambda: view.model.rowCount() == 5, timeout=10_000)
    view.only_one.setChecked(False)
    view.search.setText("renoir")
    qtbot.waitUntil(lambda: view.model.rowCount() == 1, timeout=10_000)

    dialog = ReviewDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    make_active(qtbot, dialog)
    qtbot.waitUntil(lambda: len(dialog.items) == 2, timeout=10_000)
    review_shot = os.environ.get("DIRECTORY_REVIEW_SCREENSHOT")
    if review_shot:
        dialog.grab().save(review_shot)
    qtbot.keyClick(dialog, Qt.Key.Key_K)  # skip
    assert dialog.position == 1
    qtbot.keyClick(dialog, Qt.Key.Key_D)
    qtbot.waitUntil(lambda: len(dialog.items) == 1 and bool(dialog.decided), timeout=10_000)
    qtbot.keyClick(dialog, Qt.Key.Key_U)
    qtbot.waitUntil(lambda: len(dialog.items) == 2 and not dialog.decided, timeout=10_000)
    qtbot.keyClick(dialog, Qt.Key.Key_S)
    qtbot.waitUntil(lambda: len(dialog.items) == 1, timeout=10_000)
