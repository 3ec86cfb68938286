"""The Directory page's "Cross now": the new records by default (Enter on its menu), nothing new
the second time, every record again from the menu; the line under the list says what it did."""

from __future__ import annotations

import os
from pathlib import Path

from test_directory_page import _write

from incubator_app.services.directory.listings import import_listing
from incubator_app.ui.pages.directory import DirectoryPage


def test_cross_now_examines_the_new_records_then_nothing_then_everything_again(
    qtbot, qapp, context, tmp_path: Path
) -> None:
    left = [
        ["Festival des Nuits du Sud", "Vence", "06140", "nuitsdusud.com"],
        ["Cirque Zéphyr", "Nice", "06000", ""],
    ]
    right = [
        ["Nuits Du Sud", "Vence", "06140", "https://www.nuitsdusud.com"],
        ["Musée Renoir", "Cagnes-sur-Mer", "06800", ""],
    ]
    with context.db.session() as s:
        import_listing(s, _write(tmp_path / "a.csv", left), source="A", actor=context.actor)
        import_listing(s, _write(tmp_path / "b.csv", right), source="B", actor=context.actor)
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    page.show()
    view = page.view
    qtbot.waitUntil(lambda: view.model.rowCount() == 4, timeout=30_000)
    qtbot.waitUntil(lambda: "4" in view.cross_new.text(), timeout=10_000)
    assert view.cross.isEnabled() and view.cross.menu() is not None

    view.cross_new.trigger()
    qtbot.waitUntil(lambda: "examined" in view.cross_status.text(), timeout=30_000)
    assert view.cross_status.text().startswith("4 record")
    assert "1 pair(s) merged" in view.cross_status.text()
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=10_000)
    qtbot.waitUntil(lambda: "0" in view.cross_new.text(), timeout=10_000)
    shot = os.environ.get("DIRECTORY_SCREENSHOT")
    if shot:
        page.grab().save(shot)

    view.cross_new.trigger()
    qtbot.waitUntil(lambda: "Nothing new" in view.cross_status.text(), timeout=30_000)
    assert view.cross.isEnabled()

    view.cross_all.trigger()
    qtbot.waitUntil(lambda: view.cross_status.text().startswith("4 record"), timeout=30_000)
    assert view.model.rowCount() == 3
    assert view.cross_status.isVisible() and view.cross_status.wordWrap()
