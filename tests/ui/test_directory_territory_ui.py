"""The Directory page's territorial view: a département picked, its map (a shape per commune, a
point per actor), the communes table and the map following each other, the keyboard on the map
(Home, arrows), the isolated actors and the communes without any, the portrait PDF saved."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest
from activation import make_active
from PySide6.QtCore import Qt

from incubator_app.models import DirectoryActor
from incubator_app.ui.pages.directory import DirectoryPage

ACTORS = [
    ("Théâtre du Port", "venue", ["Théâtre"], "13201"),
    ("Scène publique", "venue", ["Théâtre"], "13055"),
    ("Fanfare du Vieux Port", "association", ["Musique"], "13055"),
    ("Musée de la Camargue", "museum", [], "13004"),
    ("Festival d'Aix", "festival", ["Musique"], "13001"),
    ("Chorale des Alpilles", "association", ["Musique"], "13100"),
]


@pytest.fixture
def placed(context) -> None:
    with context.db.session() as s:
        for name, kind, disciplines, insee in ACTORS:
            s.add(
                DirectoryActor(name=name, kind=kind, disciplines=disciplines, commune_insee=insee)
            )
        s.commit()


def test_the_territory_view_maps_lists_and_saves(qtbot, qapp, context, placed, tmp_path: Path):
    if os.environ.get("TERRITORY_SCREENSHOT_LANG") == "fr":
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.resize(1280, 760)
    page.show()
    page.tabs.setCurrentWidget(page.territory)
    view = page.territory
    view.choose("departement", "13")
    view.show_territory()
    qtbot.waitUntil(lambda: view.portrait is not None, timeout=30_000)
    assert view.communes.rowCount() == 119
    assert len(view.map.items_by_insee) == 119
    # The EPCI outlines are drawn over the communes.
    assert view.map.border_item is not None and not view.map.border_item.path().isEmpty()
    assert view.isolated.count() == 2  # the museum, the Alpilles choir
    assert view.without.count() == 119 - 4
    assert view.unconnected.count() == 6  # no actor of the fixture has a link or an event
    assert view.summary.text().startswith("Bouches-du-Rhône") and " 6 " in view.summary.text()
    # The communes table is sorted by actors: Marseille first.
    assert view.communes.item(0, 0).text() == "Marseille"
    shot = os.environ.get("TERRITORY_SCREENSHOT")
    if shot:
        view.communes.selectRow(0)
        page.grab().save(shot)

    make_active(qtbot, page)
    view.map.setFocus()
    qtbot.waitUntil(view.map.hasFocus, timeout=20_000)
    qtbot.keyClick(view.map, Qt.Key.Key_Home)
    assert view.map.selected_commune() == "13055"
    assert view.commune_actors.count() == 3
    assert view.communes.currentRow() == 0
    start = view.map.centres["13055"]
    qtbot.keyClick(view.map, Qt.Key.Key_Up)
    north = view.map.selected_commune()
    assert north not in (None, "13055") and view.map.centres[north].y() < start.y()
    qtbot.keyClick(view.map, Qt.Key.Key_Left)
    assert view.map.centres[view.map.selected_commune()].x() < view.map.centres[north].x()
    # A row of the table selects the commune on the map.
    row = next(
        r for r in range(view.communes.rowCount()) if view.communes.item(r, 0).text() == "Arles"
    )
    view.communes.selectRow(row)
    assert view.map.selected_commune() == "13004"
    assert view.commune_actors.count() == 1
    assert view.commune_actors.item(0).text() == "Musée de la Camargue — museum" + view.tr(
        " (isolated)"
    )

    # Shaded by EPCI: Vitrolles (no actor, in the Métropole with 4) takes the Métropole's shade;
    # the selection stays.
    vitrolles = view.map.items_by_insee["13117"].brush().color().name()
    view.by_epci.setChecked(True)
    assert view.map.items_by_insee["13117"].brush().color().name() != vitrolles
    assert "4" in view.map.items_by_insee["13117"].toolTip().splitlines()[1]
    assert view.map.selected_commune() == "13004"
    epci_shot = os.environ.get("TERRITORY_EPCI_SCREENSHOT")
    if epci_shot:
        page.grab().save(epci_shot)
    view.by_epci.setChecked(False)
    assert view.map.items_by_insee["13117"].brush().color().name() == vitrolles

    pdf = tmp_path / "portrait.pdf"
    view.save_pdf(str(pdf))
    qtbot.waitUntil(pdf.exists, timeout=30_000)
    text = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "Bouches-du-Rhône" in text and "Chorale des Alpilles" in text
