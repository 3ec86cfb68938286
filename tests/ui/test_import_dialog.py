"""Import dialog: preview with detected settings, editable mapping, dry run listing every row's
problems, import through the worker with a report; export of the filtered list."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from incubator_app.models import Entrepreneur
from incubator_app.services.entrepreneurs.list import EntrepreneurFilter
from incubator_app.services.paging import SortOrder
from incubator_app.ui.entrepreneurs.export_actions import export_to
from incubator_app.ui.entrepreneurs.import_dialog import ImportDialog, open_import_dialog

pytestmark = pytest.mark.ui

CORPUS = Path(__file__).parent.parent / "data" / "import"


def _people(db) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(Entrepreneur)) or 0


@pytest.fixture
def dialog(qtbot, context) -> ImportDialog:
    dlg = open_import_dialog(None, context)
    # Kept alive after it closes, so that the test can still look at it.
    dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose, False)
    qtbot.addWidget(dlg)
    qtbot.waitExposed(dlg)
    return dlg


def _load(qtbot, dialog: ImportDialog, path: Path) -> None:
    op = dialog.load_file(path)
    with qtbot.waitSignals([op.finished], timeout=10_000):
        pass


def _problems(dialog) -> list[tuple[str, str, str, str]]:
    model = dialog.problems_model
    return [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]


def _run(qtbot, op) -> None:
    if not op.done:
        with qtbot.waitSignal(op.finished, timeout=10_000):
            pass


def test_preview_shows_detected_settings_and_guessed_mapping(qtbot, dialog) -> None:
    assert not dialog.dry_run_button.isEnabled()
    _load(qtbot, dialog, CORPUS / "excel_utf8_bom_semicolon.csv")
    settings = dialog.settings_label.text()
    assert "CSV" in settings and "UTF-8 with BOM" in settings and "semicolon" in settings
    assert "header on row 1" in settings and "2 row(s)" in settings
    model = dialog.preview_model
    assert model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole) == "Nom"
    assert model.index(0, 1).data() == "Hélène"
    assert model.index(0, 3).data() == "12 rue des Arts ⏎ Bâtiment B"
    assert [c.currentText() for c in dialog.combos[:3]] == ["Last name", "First name", "E-mail"]
    assert dialog.dry_run_button.isEnabled() and dialog.import_button.isEnabled()


def test_dry_run_lists_every_problem_then_nothing_is_imported(qtbot, dialog, db) -> None:
    _load(qtbot, dialog, CORPUS / "bad_values.csv")
    qtbot.mouseClick(dialog.dry_run_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.problems_model.rowCount() == 8)
    rows = _problems(dialog)
    assert ("Error", "2", "E-mail", "Not a valid e-mail address: helene.durand@") in rows
    assert ("Error", "3", "Prénom", "This field is required.") in rows
    assert "8 problem(s) in 2 row(s)" in dialog.summary_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was imported." in dialog.summary_label.text())
    assert _people(db) == 0
    assert dialog.isVisible()


def test_changing_the_mapping_fixes_a_file_and_imports_it(qtbot, dialog, db, tmp_path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Identité;Prénom;Remarque\r\nDurand;Hélène;x\r\nRoux;Léa;y\r\n", "utf-8")
    _load(qtbot, dialog, path)
    assert dialog.combos[0].currentText() == "(ignore)"
    op = dialog.dry_run()
    _run(qtbot, op)
    assert [p[2] for p in _problems(dialog)] == ["Last name"]
    dialog.combos[0].setFocus()
    dialog.combos[0].setCurrentIndex(dialog.combos[0].findData("last_name"))
    assert dialog.problems_model.rowCount() == 0
    assert "run the dry run again" in dialog.summary_label.text()
    _run(qtbot, dialog.dry_run())
    assert dialog.summary_label.text() == "All 2 row(s) can be imported."
    changes: list[set[str]] = []
    dialog.context.bus.changed.connect(changes.append)
    _run(qtbot, dialog.run_import())
    assert _people(db) == 2
    assert changes == [{"entrepreneur"}]
    box: QMessageBox = dialog.result_box
    assert box.isVisible() and box.text() == "2 entrepreneur(s) imported."
    box.accept()
    qtbot.waitUntil(lambda: not dialog.isVisible())


def test_unreadable_file_says_why_and_keeps_buttons_off(qtbot, dialog) -> None:
    op = dialog.load_file(CORPUS / "garbage.csv")
    with qtbot.waitSignal(op.failed, timeout=10_000):
        pass
    assert dialog.summary_label.text() == "This file cannot be imported."
    assert not dialog.import_button.isEnabled()


def test_export_of_the_filtered_list(qtbot, context, db, tmp_path) -> None:
    dlg = ImportDialog(context)
    qtbot.addWidget(dlg)
    _load(qtbot, dlg, CORPUS / "workbook.xlsx")
    _run(qtbot, dlg.run_import())
    target = tmp_path / "liste.csv"
    op = export_to(None, context, EntrepreneurFilter(text="roux"), SortOrder(), target)
    _run(qtbot, op)
    assert op.result == 1
    lines = target.read_bytes().decode("utf-8-sig").splitlines()
    assert lines[0].startswith("Last name;First name;")
    assert lines[1].startswith("Roux;Mathilde;")
