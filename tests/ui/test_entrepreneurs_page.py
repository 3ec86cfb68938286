"""The entrepreneurs list page, driven as a user: filter as you type, sort by a header click,
open with Enter, delete refused where history exists (archive offered)."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from incubator_app.services.entrepreneurs.pathway import change_stage
from incubator_app.services.entrepreneurs.records import create_entrepreneur, get_entrepreneur
from incubator_app.ui.pages.entrepreneurs import EntrepreneursPage
from incubator_app.ui.windowed_model import ROW_ID_ROLE


@pytest.fixture
def people(context):
    made = {}
    with context.db.session() as s:
        for first, last, project, entered in (
            ("Hélène", "Durand", "Théâtre du Sud", date(2025, 1, 10)),
            ("Paul", "Blanc", "Atelier Verre", date(2026, 2, 1)),
            ("Inès", "Arnaud", "Label Son", date(2026, 6, 15)),
        ):
            made[last] = create_entrepreneur(
                s,
                first_name=first,
                last_name=last,
                project_name=project,
                entry_date=entered,
                actor=context.actor,
            ).id
        change_stage(
            s,
            made["Blanc"],
            "admitted",
            on=date(2026, 3, 1),
            expected_version=None,
            actor=context.actor,
        )
    return made


@pytest.fixture
def page(context, people, qtbot):
    widget = EntrepreneursPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def names(page) -> list[str]:
    model = page.model
    return [model.index(r, 0).data() for r in range(model.rowCount())]


def test_filter_as_you_type_and_count(page, qtbot) -> None:
    assert names(page) == ["Arnaud Inès", "Blanc Paul", "Durand Hélène"]
    assert page.count_label.text() == "3 entrepreneur(s)"
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter_edit.hasFocus()
    qtbot.keyClicks(page.filter_edit, "du sud")
    qtbot.waitUntil(lambda: names(page) == ["Durand Hélène"])
    assert page.count_label.text() == "1 entrepreneur(s)"
    page.filter_edit.clear()
    qtbot.waitUntil(lambda: len(names(page)) == 3)
    page.stage_combo.setCurrentIndex(page.stage_combo.index_of("admitted"))
    assert names(page) == ["Blanc Paul"]


def test_sort_by_header_click(page, qtbot) -> None:
    header = page.table.horizontalHeader()
    x = header.sectionViewportPosition(6) + 10  # entry date
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert page.model.sort_order.key == "entry_date"
    first = names(page)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    assert names(page) == list(reversed(first))
    assert {first[0], first[-1]} == {"Durand Hélène", "Arnaud Inès"}


def test_enter_opens_the_record_and_apply_filters(page, people, qtbot) -> None:
    page.table.setFocus()
    page.table.selectRow(1)
    page.table.setCurrentIndex(page.model.index(1, 0))
    qtbot.keyClick(page.table, Qt.Key.Key_Return)
    editor = page._editors[people["Blanc"]]
    qtbot.addWidget(editor)
    assert editor.isVisible() and editor.heading.text().startswith("Paul Blanc")
    page.apply_filters(stage="candidate", text="dur")
    assert names(page) == ["Durand Hélène"]
    assert page.filter_edit.text() == "dur"


def test_delete_refused_with_history_offers_archive(page, people, context, qtbot) -> None:
    row = names(page).index("Blanc Paul")
    page.table.selectRow(row)
    qtbot.keyClick(page.table, Qt.Key.Key_Delete)
    box = page.confirm_box
    assert "Blanc" in box.text()
    box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: getattr(page, "refused_box", None) is not None)
    refused = page.refused_box
    assert "cannot be deleted" in refused.text() and "stage changes" in refused.text()
    archive = [b for b in refused.buttons() if "Archive" in b.text()][0]
    archive.click()
    qtbot.waitUntil(lambda: "Blanc Paul" not in names(page))
    with context.db.session() as s:
        assert get_entrepreneur(s, people["Blanc"], actor=context.actor).archived


def test_delete_without_history(page, people, context, qtbot) -> None:
    row = names(page).index("Arnaud Inès")
    page.table.selectRow(row)
    assert page.model.index(row, 0).data(ROW_ID_ROLE) == people["Arnaud"]
    page.delete_button.click()
    page.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: names(page) == ["Blanc Paul", "Durand Hélène"])
    QApplication.processEvents()
