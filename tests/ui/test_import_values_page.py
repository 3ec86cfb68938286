"""The values page of the import dialog, driven as a person would: the dry run shows the values no
list knows with the closest entries first, clear ones preselected, unclear ones left to choose
with the keyboard; the choices are imported and remembered for the next file."""

from __future__ import annotations

from pathlib import Path

import pytest
from activation import make_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from incubator_app.models import AuditEntry, Discipline, Entrepreneur
from incubator_app.ui.app import install_translators
from incubator_app.ui.entrepreneurs.import_dialog import ImportDialog, open_import_dialog

pytestmark = pytest.mark.ui

CORPUS = Path(__file__).parent.parent / "data" / "import"
CSV = CORPUS / "excel_fr_vocabulary.csv"
XLSX = CORPUS / "partner_export_vocabulary.xlsx"


def _count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def _discipline_of(db, last_name: str) -> str | None:
    with db.session() as session:
        person = session.scalars(select(Entrepreneur).filter_by(last_name=last_name)).one()
        found = session.get(Discipline, person.discipline_id) if person.discipline_id else None
        return found.label if found else None


def _run(qtbot, op) -> None:
    if op is not None and not op.done:
        with qtbot.waitSignal(op.finished, timeout=10_000):
            pass


@pytest.fixture
def make_dialog(qtbot, context):
    def make() -> ImportDialog:
        dlg = open_import_dialog(None, context)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
        qtbot.addWidget(dlg)
        qtbot.waitExposed(dlg)
        return dlg

    return make


def _rows(dialog: ImportDialog) -> list[tuple[str, str, str]]:
    page = dialog.values_page
    grid = page.grid
    return [
        (grid.itemAtPosition(r, 1).widget().text(), grid.itemAtPosition(r, 2).widget().text(),
         grid.itemAtPosition(r, 3).widget().currentText())
        for r in range(1, len(page.combos) + 1)
    ]  # fmt: skip


def _items(combo) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def _load(qtbot, dialog, path) -> None:
    _run(qtbot, dialog.load_file(path))


def _accept_report(qtbot, dialog) -> None:
    box: QMessageBox = dialog.result_box
    box.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_clear_values_are_preselected_and_imported(qtbot, make_dialog, db) -> None:
    dialog = make_dialog()
    _load(qtbot, dialog, CSV)
    assert dialog.stack.currentIndex() == 0 and dialog.values_button.isVisible()
    qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.stack.currentIndex() == 1)
    qtbot.waitUntil(lambda: dialog.report is not None)
    assert dialog.step_label.text().startswith("Step 2 of 2")
    assert _rows(dialog) == [
        ("“Livre, littérature”", "3", "Livre et édition (clear suggestion)"),
        ("“Master 2”", "1", "Bac + 5 (clear suggestion)"),
        ("“DE”", "1", "Yes (clear suggestion)"),
        ("“Demandeur d'emploi”", "1", "Yes (clear suggestion)"),
    ]
    assert dialog.summary_label.text() == "All 4 row(s) can be imported."
    assert dialog.values_page.combos[0].hasFocus()
    _run(qtbot, dialog.run_import())
    assert dialog.result_box.text() == "4 entrepreneur(s) imported."
    _accept_report(qtbot, dialog)
    assert _discipline_of(db, "Lemaire") == "Livre et édition"
    assert _count(db, AuditEntry) >= 4
    with db.session() as session:
        remembered = session.scalars(select(AuditEntry).filter_by(entity="import_value")).all()
    assert len(remembered) == 4


def test_an_unclear_value_is_chosen_with_the_keyboard(qtbot, make_dialog, db) -> None:
    dialog = make_dialog()
    _load(qtbot, dialog, XLSX)
    # Import first: the values are shown before anything is written.
    _run(qtbot, dialog.run_import())
    assert dialog.stack.currentIndex() == 1 and _count(db, Entrepreneur) == 0
    rows = _rows(dialog)
    assert rows[1] == ("“Arts visuels, arts numériques”", "2", "Choose…")
    ambiguous = dialog.values_page.combos[1]
    assert _items(ambiguous)[1:3] == ["Arts visuels", "Création numérique"]
    assert "(leave empty)" in _items(ambiguous)
    assert "1 value(s) still to choose" in dialog.summary_label.text()
    _run(qtbot, dialog.dry_run())
    assert {(p.row, p.field) for p in dialog.report.problems} == {
        (5, "discipline"),
        (7, "discipline"),
    }
    # Tab from the first combo reaches the second; arrows choose. (A progress window may have
    # taken the activation on a busy machine: give it back first.)
    make_active(qtbot, dialog)
    dialog.values_page.combos[0].setFocus()
    qtbot.keyClick(dialog.values_page.combos[0], Qt.Key.Key_Tab)
    assert ambiguous.hasFocus()
    qtbot.keyClick(ambiguous, Qt.Key.Key_Down)
    qtbot.keyClick(ambiguous, Qt.Key.Key_Down)
    assert ambiguous.currentText() == "Création numérique"
    assert dialog.summary_label.text() == "Every value has a choice: run the dry run."
    _run(qtbot, dialog.dry_run())
    assert dialog.report.ok
    _run(qtbot, dialog.run_import())
    _accept_report(qtbot, dialog)
    assert _discipline_of(db, "DUPONT") == "Création numérique"
    assert _discipline_of(db, "CARON") == "Audiovisuel et cinéma"

    # The next file from the same partner: every choice comes back, marked as remembered.
    again = make_dialog()
    _load(qtbot, again, XLSX)
    _run(qtbot, again.values_button.click() or None)
    qtbot.waitUntil(lambda: again.stack.currentIndex() == 1)
    assert [r[2] for r in _rows(again)] == [
        "Audiovisuel et cinéma (remembered)",
        "Création numérique (remembered)",
        "Yes (remembered)",
        "Yes (remembered)",
    ]
    qtbot.mouseClick(again.back_button, Qt.MouseButton.LeftButton)
    assert again.stack.currentIndex() == 0
    # Changing the mapping forgets the values step: it is computed again for the new mapping.
    again.combos[5].setCurrentIndex(again.combos[5].findData(None))
    assert again.step is None


def test_values_page_in_french(qtbot, qapp, make_dialog, db, tmp_path) -> None:
    install_translators(qapp, "fr")
    dialog = make_dialog()
    _load(qtbot, dialog, XLSX)
    _run(qtbot, dialog.dry_run())
    assert dialog.stack.currentIndex() == 1
    page = dialog.values_page
    assert page.intro.text().startswith("4 valeur(s) du fichier")
    assert dialog.step_label.text().startswith("Étape 2 sur 2")
    assert _rows(dialog)[0][2] == "Audiovisuel et cinéma (suggestion claire)"
    assert _rows(dialog)[1][2] == "Choisir…"
    assert _rows(dialog)[2][2] == "Oui (suggestion claire)"
    assert "(laisser vide)" in _items(page.combos[1])
    assert page.grid.itemAtPosition(2, 1).widget().text() == "« Arts visuels, arts numériques »"
    assert dialog.summary_label.text().endswith(
        "1 valeur(s) encore à choisir dans la page des valeurs."
    )
    assert dialog.back_button.text() == "&Retour"
    assert dialog.grab().save(str(tmp_path / "import_values_fr.png"))
    qtbot.mouseClick(dialog.back_button, Qt.MouseButton.LeftButton)
    assert dialog.step_label.text().startswith("Étape 1 sur 2")
    assert dialog.values_button.text() == "&Valeurs…"
    assert dialog.grab().save(str(tmp_path / "import_mapping_fr.png"))


def test_a_value_is_added_to_its_list_from_the_values_page(qtbot, make_dialog, db) -> None:
    dialog = make_dialog()
    _load(qtbot, dialog, XLSX)
    _run(qtbot, dialog.dry_run())
    ambiguous = dialog.values_page.combos[1]
    add = "Add “Arts visuels, arts numériques” to the list"
    assert add in _items(ambiguous)
    # An enumeration (job seeker) has no list to add to.
    assert not any(t.startswith("Add ") for t in _items(dialog.values_page.combos[2]))
    ambiguous.setCurrentIndex(_items(ambiguous).index(add))
    _run(qtbot, dialog.dry_run())
    assert dialog.report.ok
    _run(qtbot, dialog.run_import())
    _accept_report(qtbot, dialog)
    assert _discipline_of(db, "MARTIN") == "Arts visuels, arts numériques"
