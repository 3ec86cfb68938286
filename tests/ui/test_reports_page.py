"""Reports page driven as a user: pick a report, its parameters, generate, preview pages, zoom,
save as PDF / Excel (through the page's save-path seam, the file dialog's stand-in)."""

from __future__ import annotations

import subprocess
import sys
from datetime import date
from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import QDate, Qt

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "core"))
from funder_fixture import build_funder_fixture  # noqa: E402

from incubator_app.ui.pages.reports import ReportsPage  # noqa: E402

pytestmark = pytest.mark.ui


@pytest.fixture
def fx(db, admin_actor):
    with db.session() as session:
        return build_funder_fixture(session)


@pytest.fixture
def page(qtbot, context, fx):
    widget = ReportsPage(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    qtbot.waitUntil(lambda: widget.form.grant.count() > 0, timeout=10_000)
    return widget


class SavePaths:
    """Stands in for the Save dialog: records the proposed path, answers with a chosen one."""

    def __init__(self, answer: Path) -> None:
        self.answer = answer
        self.proposed: list[str] = []

    def __call__(self, _parent, default_path: str, _filter: str) -> str:
        self.proposed.append(default_path)
        return str(self.answer)


def _generate(qtbot, page: ReportsPage) -> None:
    qtbot.mouseClick(page.form.generate, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.preview.page_count > 0 and page.operation is None, timeout=30_000)


def _choose_kind(qtbot, page: ReportsPage, text: str) -> None:
    page.form.kind.setFocus()
    index = page.form.kind.findText(text)
    assert index >= 0, text
    while page.form.kind.currentIndex() != index:
        key = Qt.Key.Key_Down if page.form.kind.currentIndex() < index else Qt.Key.Key_Up
        qtbot.keyClick(page.form.kind, key)


def test_funder_report_preview_navigation_zoom_and_saving(qtbot, page, fx, tmp_path):
    _choose_kind(qtbot, page, "Funder report")
    assert page.form.grant.isVisible() and not page.form.picker.isVisible()
    page.form.select_grant(fx.grant_id)
    assert page.form.grant.currentText().startswith("RS-2026-0001 — Région Sud")
    assert page.form.quick.currentText() == "Grant period"
    assert page.form.start.date() == QDate(2026, 1, 1)
    assert page.form.end.date() == QDate(2026, 12, 31)
    assert not page.save_pdf.isEnabled()

    _generate(qtbot, page)
    pages = page.preview.page_count
    assert pages >= 4 and page.preview.view.isVisible()
    assert page.preview.page_label.text() == f"Page 1 / {pages}"
    assert f"{pages} page(s)" in page.status.text()

    page.preview.view.setFocus()
    qtbot.keyClick(page.preview.view, Qt.Key.Key_PageDown)
    assert page.preview.page_label.text() == f"Page 2 / {pages}"
    qtbot.keyClick(page.preview.view, Qt.Key.Key_PageUp)
    assert page.preview.current_page == 0
    assert not page.preview.previous.isEnabled()
    qtbot.mouseClick(page.preview.next, Qt.MouseButton.LeftButton)
    assert page.preview.current_page == 1

    before = page.preview.zoom
    qtbot.keyClick(page.preview.view, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert page.preview.zoom == pytest.approx(before * 1.25)
    assert page.preview.zoom_label.text() == f"{round(before * 125)} %"
    qtbot.keyClick(page.preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(page.preview.view, Qt.Key.Key_Minus, Qt.KeyboardModifier.ControlModifier)
    assert page.preview.zoom == pytest.approx(before / 1.25)
    assert page.preview.current_page == 1  # zooming keeps the page being read

    pdf = tmp_path / "out" / "funder.pdf"
    asker = SavePaths(pdf)
    page.ask_save_path = asker
    qtbot.mouseClick(page.save_pdf, Qt.MouseButton.LeftButton)
    assert Path(asker.proposed[0]).name == "rapport-rs-2026-0001-2026-01-01-2026-12-31.pdf"
    subprocess.run(["qpdf", "--check", str(pdf)], check=True, capture_output=True)
    assert "Saved to" in page.status.text() and page.open_folder.isEnabled()

    xlsx = tmp_path / "out" / "funder"  # no extension typed: .xlsx is added
    page.ask_save_path = SavePaths(xlsx)
    assert page.save_xlsx.isVisible() and page.save_xlsx.isEnabled()
    qtbot.mouseClick(page.save_xlsx, Qt.MouseButton.LeftButton)
    written = tmp_path / "out" / "funder.xlsx"
    qtbot.waitUntil(written.exists, timeout=20_000)
    book = openpyxl.load_workbook(written)
    # In the profile's language.
    assert book.sheetnames == ["Chiffres clés", "Bénéficiaires", "Évènements"]

    opened = []
    page.open_url = lambda url: opened.append(url.toLocalFile()) or True
    qtbot.mouseClick(page.open_folder, Qt.MouseButton.LeftButton)
    assert opened == [str(tmp_path / "out")]


def test_entrepreneur_report_with_type_ahead(qtbot, page, fx, tmp_path):
    assert page.form.kind.currentText() == "Entrepreneur progress report"
    page.form.picker.setFocus()
    qtbot.keyClicks(page.form.picker, "chlo")
    page.form.picker.search_now()
    assert page.form.picker.match_count == 1
    page.form.picker.pick_row(0)
    assert page.form.picker.selected_id == fx.ids["chloe"]
    assert page.form.picker.text() == "Chloé Céleste"
    page.form.set_quick("this_year")
    page.form.start.setDate(QDate(2026, 1, 1))
    page.form.end.setDate(QDate(2026, 6, 30))
    assert page.form.quick.currentText() == "Custom period"  # typed dates
    page.form.comment.setPlainText("Très bon suivi")
    _generate(qtbot, page)
    pdf = tmp_path / "e.pdf"
    asker = SavePaths(pdf)
    page.ask_save_path = asker
    qtbot.keyClick(page, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert Path(asker.proposed[0]).name == "rapport-chloe-celeste-2026-01-01-2026-06-30.pdf"
    text = subprocess.run(["pdftotext", str(pdf), "-"], capture_output=True).stdout.decode()
    assert "Chloé Céleste" in text and "Très bon suivi" in text
    assert not page.save_xlsx.isVisible()


def test_missing_or_wrong_parameters_are_said_under_the_form(qtbot, page):
    qtbot.mouseClick(page.form.generate, Qt.MouseButton.LeftButton)
    assert "Choose an entrepreneur" in page.form.error.text() and page.form.error.isVisible()
    assert page.operation is None and page.preview.page_count == 0

    _choose_kind(qtbot, page, "Funder report")
    page.form.start.setDate(QDate(2026, 6, 1))
    page.form.end.setDate(QDate(2026, 1, 1))
    qtbot.mouseClick(page.form.generate, Qt.MouseButton.LeftButton)
    assert page.form.error.text() == "The period ends before it starts."
    assert page.operation is None


def test_attendance_sheet_of_a_day_and_monthly_summary(qtbot, page):
    _choose_kind(qtbot, page, "Attendance sheet")
    page.form.day.setDate(QDate(2026, 2, 10))
    qtbot.waitUntil(lambda: page.form.session.count() == 2, timeout=10_000)
    assert page.form.session.itemText(0) == "All sessions of the day (1)"
    assert "(4 participants)" in page.form.session.itemText(1)
    _generate(qtbot, page)
    assert page.preview.page_count >= 1

    _choose_kind(qtbot, page, "Monthly attendance summary")
    page.form.month.setDate(QDate(2026, 2, 1))
    page.preview.clear()
    _generate(qtbot, page)
    assert page.request.month == date(2026, 2, 1)
    assert page.request.file_name() == "emargement-2026-02.pdf"


def test_apply_filters_opens_the_funder_report_of_a_grant(qtbot, page, fx):
    page.apply_filters(report="funder", grant_id=fx.other_grant_id)
    assert page.form.kind.currentText() == "Funder report"
    assert page.form.grant.currentData() == fx.other_grant_id
    page.apply_filters(entrepreneur_id=fx.ids["hugo"])
    assert page.form.picker.selected_id == fx.ids["hugo"]
    assert page.form.kind.currentText() == "Entrepreneur progress report"
    assert page.form.picker.text() == "Hugo Hébert"
