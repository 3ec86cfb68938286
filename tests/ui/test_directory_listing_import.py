"""Importing listings from the Directory page: the file previewed with its columns guessed, a
type renamed on the values step, the dry run, the import, then the crossing counts shown before
anything is merged, and the crossing applied."""

from __future__ import annotations

import csv
import os
from pathlib import Path

from sqlalchemy import func, select

from incubator_app.models import DirectoryActor, Listing
from incubator_app.ui.directory.listing_import import ListingImportDialog

HEADER = ["Nom du festival", "Type", "Commune", "Code postal", "Site internet", "Année de création"]
LEFT = [
    ["Festival des Nuits du Sud", "Festival de musique", "Vence", "6140", "nuitsdusud.com", "1998"],
    ["MUSIQUES À LA CITADELLE", "Festival de musique", "Cherbourg-Octeville", "50100", "", "2005"],
    ["Jazz sous les pins", "Festival de musique", "Paris", "75010, 75018", "", "12ème"],
]
RIGHT = [
    ["Nuits Du Sud", "", "Vence", "06140", "https://www.nuitsdusud.com/", "1998"],
    ["Musiques à la Citadelle", "", "Cherbourg", "50100", "", "2005"],
    ["Rock en Seine", "", "Saint-Cloud", "92210", "rockenseine.com", "2003"],
]


def _csv(path: Path, rows) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle, delimiter=";", lineterminator="\r\n")
        writer.writerow(HEADER)
        writer.writerows(rows)
    return path


def _shot(widget, name: str) -> None:
    folder = os.environ.get("DIRECTORY_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def _open(qtbot, context, path: Path, source: str) -> ListingImportDialog:
    dialog = ListingImportDialog(context)
    qtbot.addWidget(dialog)
    dialog.resize(1120, 720)
    dialog.show()
    dialog.source.setText(source)
    dialog.load_file(path)
    qtbot.waitUntil(lambda: dialog.table is not None, timeout=10_000)
    return dialog


def test_a_listing_is_imported_and_crossed_from_the_page(qtbot, qapp, context, tmp_path):
    english = os.environ.get("DIRECTORY_SCREENSHOT_LANG") != "fr"
    if not english:
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    left = _open(qtbot, context, _csv(tmp_path / "festivals.csv", LEFT), "Ministère")
    assert left.mapping()["Nom du festival"] == "name"
    assert left.mapping()["Type"] == "kind"
    assert left.values.rowCount() == 1  # one type in the file
    left.show_page(1)
    left.values.item(0, 2).setText("festival")
    _shot(left, "import-values.png")
    left.show_page(0)
    left.dry_run_button.click()
    qtbot.waitUntil(lambda: left.checked, timeout=10_000)
    assert left.summary.text().startswith("3 ")  # "3 row(s) can be imported."
    _shot(left, "import-mapping.png")
    with context.db.session() as s:
        assert s.scalar(select(func.count()).select_from(Listing)) == 0  # a dry run writes nothing
    left.import_button.click()
    qtbot.waitUntil(lambda: left.imported, timeout=10_000)
    assert left.stack.currentIndex() == 2
    qtbot.waitUntil(lambda: left.cross_button.isEnabled(), timeout=10_000)
    left.close()

    right = _open(qtbot, context, _csv(tmp_path / "reseau.csv", RIGHT), "Réseau")
    right.import_button.click()
    qtbot.waitUntil(lambda: right.imported, timeout=10_000)
    qtbot.waitUntil(lambda: right.cross_button.isEnabled(), timeout=20_000)
    assert not english or right.counts.text() == (
        "With these thresholds: 1 pair(s) merged, 1 to review, 0 rejected."
    )
    with context.db.session() as s:  # counted, nothing merged yet
        live = select(func.count()).select_from(DirectoryActor)
        assert s.scalar(live.where(DirectoryActor.merged_into_id.is_(None))) == 6
    # A review threshold above the automatic one is refused before counting.
    right.review_above.setValue(right.auto_above.value() + 1)
    assert not right.cross_button.isEnabled()
    right.review_above.setValue(3.0)
    qtbot.waitUntil(lambda: right.cross_button.isEnabled(), timeout=20_000)
    _shot(right, "import-crossing.png")
    right.cross_button.click()
    qtbot.waitUntil(lambda: right.crossed is not None, timeout=20_000)
    assert (right.crossed.merged, right.crossed.review) == (1, 1)
    with context.db.session() as s:
        assert s.scalar(live.where(DirectoryActor.merged_into_id.is_(None))) == 5
        kinds = s.scalars(select(DirectoryActor.kind).where(DirectoryActor.kind.is_not(None)))
        assert set(kinds) == {"festival"}


def test_duplicates_of_the_directory_are_counted_then_merged(qtbot, qapp, context, tmp_path):
    from incubator_app.ui.directory.dedupe_dialog import DedupeDialog

    rows = [LEFT[0], LEFT[0], LEFT[1]]
    importer = _open(qtbot, context, _csv(tmp_path / "twice.csv", rows), "Ministère")
    importer.import_button.click()
    qtbot.waitUntil(lambda: importer.imported, timeout=10_000)
    importer.close()
    dialog = DedupeDialog(context)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.apply.isEnabled(), timeout=20_000)
    _shot(dialog, "dedupe.png")
    with context.db.session() as s:  # counted, nothing merged yet
        live = select(func.count()).select_from(DirectoryActor)
        assert s.scalar(live.where(DirectoryActor.merged_into_id.is_(None))) == 3
    dialog.apply.click()
    qtbot.waitUntil(lambda: dialog.done_summary is not None, timeout=20_000)
    assert dialog.done_summary.merged == 1
    with context.db.session() as s:
        assert s.scalar(live.where(DirectoryActor.merged_into_id.is_(None))) == 2
