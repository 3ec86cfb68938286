"""The record editor, driven as a user: edit and save with Enter, inline validation, the
conflict dialog, the duplicate warning, stage changes with the contract, documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from incubator_app.services.entrepreneurs.documents import list_documents
from incubator_app.services.entrepreneurs.pathway import list_contracts
from incubator_app.services.entrepreneurs.records import (
    create_entrepreneur,
    get_entrepreneur,
    update_entrepreneur,
)
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor


@pytest.fixture
def person(context) -> int:
    with context.db.session() as s:
        return create_entrepreneur(
            s,
            first_name="Hélène",
            last_name="Durand",
            email="helene@example.org",
            birth_year=1990,
            entry_date=date(2025, 10, 14),  # 400 days before the frozen day
            actor=context.actor,
        ).id


def open_editor(context, qtbot, entrepreneur_id):
    editor = EntrepreneurEditor(context, entrepreneur_id)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    return editor


def saved(context, person_id):
    with context.db.session() as s:
        return get_entrepreneur(s, person_id, actor=context.actor)


def test_edit_and_save_with_enter(context, person, qtbot) -> None:
    editor = open_editor(context, qtbot, person)
    assert not editor.save_button.isEnabled()  # nothing changed yet
    town = editor.profile.edits["commune"]
    town.setFocus()
    qtbot.keyClicks(town, "Marseille")
    assert editor.save_button.isEnabled()
    qtbot.keyClick(town, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: saved(context, person).commune == "Marseille")
    qtbot.waitUntil(lambda: not editor.dirty)
    assert not editor.save_button.isEnabled()


def test_invalid_field_shows_message_and_disables_save(context, person, qtbot, monkeypatch) -> None:
    editor = open_editor(context, qtbot, person)
    email = editor.profile.edits["email"]
    email.clear()
    qtbot.keyClicks(email, "helene-at-example")
    error = editor.profile.errors["email"]
    assert error.isVisible() and "e-mail" in error.text()
    assert not editor.save_button.isEnabled()
    year = editor.profile.birth_year
    year.clear()
    qtbot.keyClicks(year, "1850")
    assert "1900" in editor.profile.errors["birth_year"].text()
    email.clear()
    qtbot.keyClicks(email, "helene@example.com")
    year.clear()
    qtbot.keyClicks(year, "1991")
    assert not error.isVisible() and editor.save_button.isEnabled()
    # The record is left with unsaved changes: closing it at the end of the test asks, and the
    # test discards (without an answer the question would wait for ever).
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Discard)


def test_conflict_dialog_when_someone_saved_meanwhile(context, person, qtbot) -> None:
    editor = open_editor(context, qtbot, person)
    with context.db.session() as s:  # another user, another session
        update_entrepreneur(
            s, person, expected_version=1, phone="04 91 00 00 00", actor=context.actor
        )
    phone = editor.profile.edits["phone"]
    qtbot.keyClicks(phone, "06 12 34 56 78")
    editor.save_button.click()
    qtbot.waitUntil(lambda: editor.conflict_dialog is not None)
    dialog = editor.conflict_dialog
    assert dialog.isVisible()
    rows = {r.label: (r.yours, r.theirs) for r in dialog.rows}
    assert rows["Phone"] == ("06 12 34 56 78", "04 91 00 00 00")
    assert saved(context, person).phone == "04 91 00 00 00"  # nothing overwritten
    dialog.reload_button.click()
    assert phone.text() == "04 91 00 00 00"
    qtbot.keyClicks(editor.profile.edits["commune"], "Aix")
    editor.save_button.click()
    qtbot.waitUntil(lambda: saved(context, person).commune == "Aix")


def test_duplicate_warning_links_to_the_existing_record(context, person, qtbot) -> None:
    editor = open_editor(context, qtbot, None)
    assert editor.tabs.count() == 1
    qtbot.keyClicks(editor.profile.edits["first_name"], "Anna")
    qtbot.keyClicks(editor.profile.edits["last_name"], "Other")
    qtbot.keyClicks(editor.profile.edits["email"], "HELENE@example.org")
    editor.save_button.click()
    banner = editor.duplicate_banner
    assert banner.isVisible() and "Hélène Durand" in banner.text()
    assert "same e-mail" in banner.text()
    with qtbot.waitSignal(editor.open_record_requested) as signal:
        banner.linkActivated.emit(f"open:{person}")
    assert signal.args == [person]
    with qtbot.waitSignal(editor.created, timeout=5000) as created:
        editor.save_button.click()  # "Save anyway"
    assert created.args[0] != person
    assert editor.tabs.count() == 8  # with the ESF+ questionnaires (admin)


def test_stage_change_and_renewal(context, person, qtbot) -> None:
    editor = open_editor(context, qtbot, person)
    tab = editor.pathway_tab
    editor.tabs.setCurrentWidget(tab)
    options = list(tab.next_stage.values)
    assert options == [None, "admitted", "refused"]
    # Nothing is chosen for the user: the irreversible button waits for a stage.
    assert tab.next_stage.currentText() == "Choose…" and not tab.apply_button.isEnabled()
    tab.next_stage.setCurrentIndex(tab.next_stage.index_of("admitted"))
    tab.on_date.setDate(date(2026, 1, 22))
    tab.apply_button.click()
    qtbot.waitUntil(lambda: tab.stage_label.text() == "Admitted")
    tab.next_stage.setCurrentIndex(tab.next_stage.index_of("incubated"))
    tab.on_date.setDate(date(2026, 5, 2))
    tab.apply_button.click()
    qtbot.waitUntil(lambda: tab.stage_label.text() == "Incubated")
    assert tab.timeline.topLevelItemCount() == 3
    assert tab.renew_button.isEnabled()
    tab.renew_button.click()
    qtbot.waitUntil(lambda: "1 of 2" in tab.contract_label.text())
    tab.renew_button.click()
    qtbot.waitUntil(lambda: "2 of 2" in tab.contract_label.text())
    assert not tab.renew_button.isEnabled()
    with context.db.session() as s:
        contract = list_contracts(s, person, actor=context.actor)[0]
    assert contract.renewals == 2 and contract.end_date > contract.start_date
    # Exit needs an outcome and a reason.
    for leaving in ("graduated", "exited"):
        tab.next_stage.setCurrentIndex(tab.next_stage.index_of(leaving))
        assert tab.exit_type.value() is None and not tab.apply_button.isEnabled()
    tab.exit_type.setCurrentIndex(tab.exit_type.index_of("business_created"))
    assert tab.apply_button.isEnabled()
    tab.apply_button.click()
    assert "outcome and a reason" in tab.stage_error.text()
    # The record's version moved: a later profile save still goes through.
    qtbot.keyClicks(editor.profile.edits["commune"], "Arles")
    editor.save_button.click()
    qtbot.waitUntil(lambda: saved(context, person).commune == "Arles")


def test_attach_and_remove_a_document(context, person, qtbot, tmp_path) -> None:
    editor = open_editor(context, qtbot, person)
    tab = editor.documents_tab
    editor.tabs.setCurrentWidget(tab)
    path = tmp_path / "business-plan.pdf"
    path.write_bytes(b"%PDF-1.4 plan")
    tab.attach_paths([path])
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1)
    assert tab.list.topLevelItem(0).text(0) == "business-plan.pdf"
    tab.list.setCurrentItem(tab.list.topLevelItem(0))
    opened: list[str] = []
    tab.open_url = lambda url: opened.append(url.toLocalFile()) or True
    tab.open_selected()  # in the background (the file may come from the database first)
    qtbot.waitUntil(lambda: bool(opened), timeout=5000)
    assert Path(opened[0]).read_bytes() == b"%PDF-1.4 plan"
    tab.remove_button.click()
    assert "business-plan.pdf" in tab.confirm_box.text()
    tab.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 0)
    with context.db.session() as s:
        assert list_documents(s, person, actor=context.actor) == []


def test_hostile_document_names_are_shown_safely_or_refused(context, person, qtbot, tmp_path):
    """Issue 20 §2: a right-to-left override never disguises an extension on screen, and a
    Windows device name is refused with a message naming the file."""
    import os

    from PySide6.QtWidgets import QApplication

    from incubator_app.models import Document

    editor = open_editor(context, qtbot, person)
    tab = editor.documents_tab
    editor.tabs.setCurrentWidget(tab)
    disguised = tmp_path / "photo\u202egnp.js"
    disguised.write_bytes(b"alert(1)")
    tab.attach_paths([disguised])
    qtbot.waitUntil(lambda: tab.list.topLevelItemCount() == 1)
    assert tab.list.topLevelItem(0).text(0) == "photognp.js"
    # A row stored before the rule is listed with its override escaped.
    with context.db.session() as s:
        s.get(Document, tab.documents[0].id).original_name = "facture\u202efdp.exe"
        s.commit()
    tab.reload()
    assert tab.list.topLevelItem(0).text(0) == "facture\\u202efdp.exe"
    device = tmp_path / "NUL.pdf"
    if os.name != "nt":
        device.write_bytes(b"%PDF")
        tab.attach_paths([device])

        def box():
            found = [
                w for w in QApplication.topLevelWidgets() if w.objectName() == "errorMessageBox"
            ]
            return found[0] if found and found[0].isVisible() else None

        qtbot.waitUntil(lambda: box() is not None)
        assert "NUL.pdf" in box().text() and "Windows" in box().text()
        box().close()
    assert tab.list.topLevelItemCount() == 1
    if os.environ.get("INCUBATOR_SHOTS_DIR"):
        tab.grab().save(os.path.join(os.environ["INCUBATOR_SHOTS_DIR"], "documents_tab.png"))
