"""The actor window: opened by Enter from the directory list, its fields with their sources,
an invalid SIRET refused in the window (nothing written), an edit saved and shown as typed by
the person, and links added and removed from the keyboard."""

from __future__ import annotations

import os

from activation import make_active
from PySide6.QtCore import Qt
from sqlalchemy import select

from incubator_app.models import ActorContact, ActorLink, Contact, DirectoryActor
from incubator_app.ui.directory.actor_window import ActorWindow, PickDialog
from incubator_app.ui.pages.directory import DirectoryPage


def _actors(context) -> list[int]:
    with context.db.session() as s:
        rows = [
            DirectoryActor(name="Théâtre du Port", kind="venue", commune_insee="13201"),
            DirectoryActor(name="Réseau des scènes", kind="network", commune_insee="13055"),
        ]
        s.add_all(rows)
        s.add(Contact(first_name="Ottilie", last_name="Brandwijk", organisation="Théâtre"))
        s.commit()
        return [r.id for r in rows]


def _shot(widget, name: str) -> None:
    folder = os.environ.get("DIRECTORY_SCREENSHOTS")
    if folder:
        widget.grab().save(os.path.join(folder, name))


def _picked(qtbot, window: ActorWindow, text: str, how: str | None = None) -> None:
    qtbot.waitUntil(lambda: window.findChild(PickDialog) is not None, timeout=10_000)
    dialog = window.findChild(PickDialog)
    dialog.text.setText(text)
    qtbot.waitUntil(lambda: dialog.matches.count() == 1, timeout=10_000)
    if how is not None:
        dialog.role.setText(how)
    _shot(dialog, "pick.png")
    dialog._accept()
    dialog.deleteLater()


def test_the_actor_window_edits_and_links(qtbot, qapp, context):
    if os.environ.get("DIRECTORY_SCREENSHOT_LANG") == "fr":
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    theatre, network = _actors(context)
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    make_active(qtbot, page)
    table = page.view.table
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 2, timeout=10_000)
    table.setFocus()
    table.setCurrentIndex(page.view.model.index(1, 0))  # sorted by name: the theatre second
    qtbot.keyClick(table, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.view.findChild(ActorWindow) is not None, timeout=10_000)
    window = page.view.findChild(ActorWindow)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    assert window.actor_id == theatre
    assert window.edits["name"].text() == "Théâtre du Port"
    assert "Marseille" in window.place.text()

    window.edits["siret"].setText("73282932000075")
    window.save.click()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert "SIRET" in window.error.text() and "73282932000075" in window.error.text()
    _shot(window, "actor-error.png")
    window.edits["siret"].setText("732 829 320 00074")
    window.edits["website"].setText("https://www.theatreduport.fr/")
    window.edits["aliases"].setText("TdP, Le Port")
    qtbot.keyClick(window, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.edits["website"].text() == "theatreduport.fr", timeout=10_000)
    assert not window.error.isVisible()
    assert window.edits["siren"].text() == "732829320"
    assert "admin" in window.origins["website"].text()
    _shot(window, "actor-details.png")

    window.tabs.setCurrentIndex(1)
    window.actor_links.list.setFocus()
    window.actor_links.add.click()
    _picked(qtbot, window, "scènes")
    qtbot.waitUntil(lambda: window.actor_links.list.count() == 1, timeout=10_000)
    assert "Réseau des scènes" in window.actor_links.list.item(0).text()
    window.contacts.add.click()
    _picked(qtbot, window, "brand", "direction")
    qtbot.waitUntil(lambda: window.contacts.list.count() == 1, timeout=10_000)
    assert window.contacts.list.item(0).text() == "Ottilie Brandwijk — direction"
    _shot(window, "actor-links.png")
    # Delete in the list removes the link under the cursor.
    window.actor_links.list.setCurrentRow(0)
    window.actor_links.list.setFocus()
    make_active(qtbot, window)
    qtbot.keyClick(window.actor_links.list, Qt.Key.Key_Delete)
    qtbot.waitUntil(lambda: window.actor_links.list.count() == 0, timeout=10_000)
    with context.db.session() as s:
        assert s.scalars(select(ActorLink)).all() == []
        assert s.scalars(select(ActorContact.role)).all() == ["direction"]
        assert s.get(DirectoryActor, theatre).siret == "73282932000074"
    # Insert in a list opens the search of what to link.
    window.entrepreneurs.list.setFocus()
    qtbot.keyClick(window.entrepreneurs.list, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: window.findChild(PickDialog) is not None, timeout=10_000)
    picker = window.findChild(PickDialog)
    assert picker.kind.isVisibleTo(picker) and picker.kind.count() == 2
    picker.reject()
    picker.deleteLater()
    window.tabs.setCurrentIndex(2)
    _shot(window, "actor-sources.png")
    window.close()


def test_a_new_actor_is_typed_in_the_same_window(qtbot, qapp, context):
    if os.environ.get("DIRECTORY_SCREENSHOT_LANG") == "fr":
        from incubator_app.ui.app import install_translators

        install_translators(qapp, "fr")
    _actors(context)
    page = DirectoryPage(context)
    qtbot.addWidget(page)
    page.resize(1120, 720)
    make_active(qtbot, page)
    table = page.view.table
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 2, timeout=10_000)
    # Imported types outside the list stay readable; the list shows the others translated.
    assert page.view.model.index(0, 1).data() == "network"
    table.setFocus()
    qtbot.keyClick(table, Qt.Key.Key_Insert)
    qtbot.waitUntil(lambda: page.view.findChild(ActorWindow) is not None, timeout=10_000)
    window = page.view.findChild(ActorWindow)
    assert window.actor_id is None and not window.tabs.isTabEnabled(1)
    kind, sectors = window.choices["kind"], window.sectors.boxes
    assert kind.currentData() is None and kind.findData("third_place") > 0
    assert not any(box.isChecked() for box in sectors.values())
    window.edits["siret"].setText("73282932000075")
    window.save.click()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert "SIRET" in window.error.text()
    with context.db.session() as s:
        assert len(s.scalars(select(DirectoryActor)).all()) == 2  # nothing written
    window.edits["name"].setText("Tiers-lieu du Canal")
    window.edits["siret"].setText("")
    window.edits["commune_insee"].setText("13055")
    kind.setCurrentIndex(kind.findData("third_place"))
    sectors["non_profit"].setChecked(True)
    sectors["professional"].setChecked(True)
    _shot(window, "actor-new.png")
    window.save.click()
    qtbot.waitUntil(lambda: window.actor_id is not None, timeout=10_000)
    assert window.tabs.isTabEnabled(1) and "admin" in window.origins["kind"].text()
    with context.db.session() as s:
        made = s.get(DirectoryActor, window.actor_id)
        assert (made.name, made.kind, made.sector) == ("Tiers-lieu du Canal", "third_place",
                                                       "professional, non_profit")  # fmt: skip
    qtbot.waitUntil(lambda: page.view.model.rowCount() == 3, timeout=10_000)
    window.close()
    # The other actor's imported type is kept as written when it is saved.
    page.view.table.setCurrentIndex(page.view.model.index(0, 0))
    page.view.table.activated.emit(page.view.model.index(0, 0))
    qtbot.waitUntil(
        lambda: (
            any(w.actor_id not in (None, made.id) for w in page.view.findChildren(ActorWindow))
            and all(w.detail is not None for w in page.view.findChildren(ActorWindow))
        ),
        timeout=10_000,
    )
    other = next(w for w in page.view.findChildren(ActorWindow) if w.actor_id != made.id)
    assert other.choices["kind"].currentText() == "network"
    assert other.typed_values()["kind"] == "network"
    other.close()


def test_coordinates_and_registry_ids_are_edited_checked_and_audited(qtbot, qapp, context):
    from incubator_app.models import AuditEntry

    theatre, _network = _actors(context)
    window = ActorWindow(context, theatre)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    # Wrong coordinates: one message naming each, nothing written.
    window.edits["latitude"].setText("143.5")
    window.edits["longitude"].setText("est")
    window.save.click()
    qtbot.waitUntil(lambda: window.error.isVisible(), timeout=10_000)
    assert "143.5" in window.error.text() and "latitude" in window.error.text()
    assert "est" in window.error.text() and "longitude" in window.error.text()
    window.edits["latitude"].setText("43,2965")
    window.edits["longitude"].setText("")
    window.save.click()
    qtbot.waitUntil(lambda: "neither" in window.error.text(), timeout=10_000)
    window.edits["registry_ids"].setText("M0966")
    window.edits["longitude"].setText("5.3698")
    window.save.click()
    qtbot.waitUntil(lambda: "registry: id" in window.error.text(), timeout=10_000)
    with context.db.session() as s:
        row = s.get(DirectoryActor, theatre)
        assert (row.latitude, row.longitude, row.registry_ids) == (None, None, {})
        audit = select(AuditEntry).where(AuditEntry.entity == "directory_actor")
        assert s.scalars(audit).all() == []
    # Right ones: saved, shown as stored, typed by the person, audited.
    window.edits["registry_ids"].setText("Muséofile: M0966 ; deps = 12345")
    window.edits["siret"].setText("732 829 320 00074")
    window.save.click()
    qtbot.waitUntil(lambda: window.edits["latitude"].text() == "43.2965", timeout=10_000)
    assert not window.error.isVisible()
    assert window.edits["registry_ids"].text() == "museofile: M0966; deps: 12345"
    assert "admin" in window.origins["latitude"].text()
    _shot(window, "actor-coordinates.png")
    with context.db.session() as s:
        row = s.get(DirectoryActor, theatre)
        assert (row.latitude, row.longitude) == (43.2965, 5.3698)
        assert row.registry_ids == {"museofile": "M0966", "deps": "12345"}
        assert row.siret == "73282932000074"
        audited = s.scalars(audit).all()
        assert len(audited) == 1 and audited[0].entity_id == theatre
        assert "latitude" in str(audited[0].changes) and "registry_ids" in str(audited[0].changes)
    window.close()


def test_several_sectors_are_checked_and_an_imported_one_is_kept(qtbot, qapp, context):
    with context.db.session() as s:
        museum = DirectoryActor(name="Musée du Canal", sector="Structure labellisée, associatif")
        s.add(museum)
        s.commit()
        museum_id = museum.id
    window = ActorWindow(context, museum_id)
    qtbot.addWidget(window)
    window.resize(1120, 720)
    make_active(qtbot, window)
    qtbot.waitUntil(lambda: window.detail is not None, timeout=10_000)
    boxes = window.sectors.boxes
    # Shown as written, checked as the territorial view reads it.
    assert "Structure labellisée, associatif" in window.sectors.written.full_text()
    assert window.sectors.written.isVisible()
    assert [c for c, box in boxes.items() if box.isChecked()] == ["non_profit"]
    _shot(window, "actor-sectors.png")
    # Saved with no box changed: the imported text is kept.
    window.edits["phone"].setText("04 91 00 00 00")
    window.save.click()
    qtbot.waitUntil(lambda: "admin" in window.origins["phone"].text(), timeout=10_000)
    with context.db.session() as s:
        assert s.get(DirectoryActor, museum_id).sector == "Structure labellisée, associatif"
    # From the keyboard: the label's mnemonic reaches the first box, Tab the next ones, Space
    # checks; for-profit unchecks non-profit.
    qtbot.keyClick(window, Qt.Key.Key_R, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: boxes["professional"].hasFocus(), timeout=10_000)
    qtbot.keyClick(boxes["professional"], Qt.Key.Key_Space)
    boxes["for_profit"].setFocus()
    qtbot.keyClick(boxes["for_profit"], Qt.Key.Key_Space)
    assert boxes["for_profit"].isChecked() and not boxes["non_profit"].isChecked()
    assert window.typed_values()["sector"] == "professional, for_profit"
    window.save.click()
    qtbot.waitUntil(lambda: not window.sectors.written.isVisibleTo(window), timeout=10_000)
    with context.db.session() as s:
        assert s.get(DirectoryActor, museum_id).sector == "professional, for_profit"
    window.close()


def test_the_last_merge_is_undone_from_the_window_and_remembered(qtbot, qapp, context, tmp_path):
    from PySide6.QtWidgets import QMessageBox

    from incubator_app.models import PairDecision
    from incubator_app.services.directory.listings import import_listing
    from incubator_app.services.directory.runs import link_directory

    header = ["Nom", "Commune", "Site internet"]
    with context.db.session() as s:
        for source, name in (("A", "Festival des Nuits du Sud"), ("B", "Nuits du Sud")):
            path = tmp_path / f"{source}.csv"
            path.write_text(f"{';'.join(header)}\r\n{name};Vence;nuitsdusud.com\r\n", "utf-8")
            import_listing(s, path, source=source, actor=context.actor)
        assert link_directory(s, actor=context.actor).merged == 1
        kept = s.scalar(select(DirectoryActor.id).where(DirectoryActor.merged_into_id.is_(None)))
    window = ActorWindow(context, kept)
    qtbot.addWidget(window)
    window.resize(1120, 720)
    make_active(qtbot, window)
    qtbot.waitUntil(lambda: window.unmerge.isEnabled(), timeout=10_000)
    assert "Nuits du Sud" in window.merged_with.text() and window.sources.rowCount() == 2
    window.tabs.setCurrentIndex(2)
    _shot(window, "actor-unmerge.png")
    box = window._ask_unmerge()
    assert box is not None and box.defaultButton() == box.button(QMessageBox.StandardButton.No)
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: not window.unmerge.isEnabled(), timeout=10_000)
    assert window.merged_with.text() == "" and window.sources.rowCount() == 1
    with context.db.session() as s:
        assert [p.verdict for p in s.scalars(select(PairDecision))] == ["different"]
        link_directory(s, full=True, actor=context.actor)
        live = s.scalars(select(DirectoryActor.id).where(DirectoryActor.merged_into_id.is_(None)))
        assert len(live.all()) == 2
    window.close()
