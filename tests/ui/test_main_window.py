from __future__ import annotations

from pathlib import Path

import pytest
from activation import make_active
from PySide6.QtCore import Qt

from incubator_app.ui.about_dialog import LicenceWindow
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.pages import PAGES
from incubator_app.ui.settings import AppSettings

pytestmark = pytest.mark.ui


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    make_active(qtbot, win)
    return win


def test_ctrl_digits_switch_pages(qtbot, window: MainWindow) -> None:
    assert window.stack.currentWidget().objectName() == "page_dashboard"
    # Ctrl+1 … Ctrl+9 for the first nine pages, Ctrl+0 for Settings (the last); the others
    # go by the View menu.
    keyed = [(number, spec) for number, spec in enumerate(PAGES[:9], start=1)]
    keyed.append((0, PAGES[-1]))
    for number, spec in reversed(keyed):
        qtbot.keyClick(
            window, Qt.Key(Qt.Key.Key_0.value + number), Qt.KeyboardModifier.ControlModifier
        )
        page = window.stack.currentWidget()
        assert page.objectName() == f"page_{spec.key}"
        assert page.isVisible()
        assert window.sidebar.currentItem().text() == spec.title


def test_sidebar_lists_every_page_in_order(window: MainWindow) -> None:
    titles = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert titles == [
        "Dashboard",
        "Entrepreneurs",
        "Coaching",
        "Milestones",
        "Services & bookings",
        "Reports",
        "Skills exchange",
        "Events",
        "Draws",
        "Directory",
        "Funders",
        "Toolbox",
        "Settings",
    ]


def test_status_bar_shows_database_and_user(window: MainWindow, db) -> None:
    assert window.db_label.text() == f"Database: {Path(db.url.database).name}"
    assert window.user_label.text() == "Camille Martin (administrator)"
    assert window.db_label.isVisible() and window.user_label.isVisible()


def test_pages_are_created_only_when_shown(window: MainWindow) -> None:
    created = {window.stack.widget(i).objectName() for i in range(window.stack.count())}
    assert created == {"page_dashboard"}


def test_backup_writes_a_copy_through_the_worker(qtbot, window: MainWindow, tmp_path) -> None:
    dest = tmp_path / "copie.sqlite3"
    op = window.backup_to(dest)
    with qtbot.waitSignal(op.finished, timeout=10_000):
        pass
    assert dest.exists() and dest.stat().st_size > 0
    assert "copie.sqlite3" in window.statusBar().currentMessage()


def test_about_names_version_build_and_licences(qtbot, window: MainWindow) -> None:
    box = window.show_about()
    text = box.summary.text()
    assert "0.1.0" in text and "GPL-3.0-or-later" in text
    assert "Development build" in text  # a source checkout has no build-info.json
    names = [box.table.topLevelItem(i).text(0) for i in range(box.table.topLevelItemCount())]
    for bundled in ("Qt", "PySide6 / Shiboken6", "ReportLab", "SQLAlchemy", "DejaVu fonts"):
        assert bundled in names
    row = names.index("Qt")
    assert box.table.topLevelItem(row).text(2) == "LGPL-3.0"
    shown = box.show_licence(row)
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in shown.text.toPlainText()
    shown.close()
    box.table.setCurrentItem(box.table.topLevelItem(names.index("ReportLab")))
    box.licence_button.click()
    qtbot.waitUntil(lambda: any(w.isVisible() for w in box.findChildren(LicenceWindow)))
    licence = next(w for w in box.findChildren(LicenceWindow) if w.isVisible())
    assert "ReportLab Inc." in licence.text.toPlainText()
    box.close()


def test_geometry_and_page_are_saved_and_restored(qtbot, window: MainWindow, context) -> None:
    window.resize(760, 500)  # the offscreen screen is 800x600: restoring clamps to it
    window.show_page("reports")
    window.close()
    settings = AppSettings()
    assert settings.window_geometry is not None
    assert settings.last_page == "reports"
    again = MainWindow(context)
    qtbot.addWidget(again)
    assert again.current_page_key == "reports"
    assert (again.width(), again.height()) == (760, 500)
