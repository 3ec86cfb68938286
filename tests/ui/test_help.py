"""The user guide (F1, at the current page; from the Help menu; a page per main-window page in
French and English, with its screenshots) and the keyboard shortcuts list (Ctrl+/), read from
the window's actions and shortcuts at run time."""

from __future__ import annotations

import re

import pytest
from activation import make_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from incubator_app.ui.app import install_translators
from incubator_app.ui.help.guide import HELP_DIR, IMAGES_DIR, guide_file, sections
from incubator_app.ui.help.help_window import HelpWindow
from incubator_app.ui.help.shortcuts_dialog import ShortcutsDialog, collect_shortcuts
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.pages import PAGES

pytestmark = pytest.mark.ui
IMAGE = re.compile(r"!\[[^\]]*\]\(([^)]+)\)")


@pytest.fixture
def lang() -> str:
    return "en"


@pytest.fixture
def window(qtbot, qapp, context, lang) -> MainWindow:
    install_translators(qapp, lang)  # before the window: its menus are translated once
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.show()
    make_active(qtbot, win)
    return win


def _help_window(window: MainWindow) -> HelpWindow:
    found = [w for w in window.findChildren(HelpWindow) if w.isVisible()]
    assert len(found) == 1
    return found[0]


@pytest.mark.parametrize("lang", ["fr", "en", "it", "es"])
@pytest.mark.parametrize("page", [spec.key for spec in PAGES])
def test_the_guide_has_a_real_page_for_every_page_in_every_language(lang, page) -> None:
    path = guide_file(page, lang)
    text = path.read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert len(sections(path)) >= 3
    assert len(text.split()) >= 180, "a few words are not a guide"
    assert re.search(r"^1\. ", text, re.MULTILINE), "the common tasks step by step"
    images = IMAGE.findall(text)
    assert images, "at least one screenshot"
    for image in images:
        assert (path.parent / image).resolve().is_file(), image
        assert image.endswith(f"-{lang}.png"), "screenshots in the guide's language"
    other_lang = "fr" if lang == "en" else "en"  # really translated, not a copy
    other = guide_file(page, other_lang).read_text(encoding="utf-8")
    assert sections(path) != sections(guide_file(page, other_lang))
    assert text != other


def test_the_screenshots_stay_small() -> None:
    sizes = [p.stat().st_size for p in IMAGES_DIR.glob("*.png")]
    assert sizes and sum(sizes) < 3 * 1024 * 1024
    referenced = {
        m for p in HELP_DIR.glob("*/*.md") for m in IMAGE.findall(p.read_text(encoding="utf-8"))
    }
    assert {f"../images/{p.name}" for p in IMAGES_DIR.glob("*.png")} == referenced


@pytest.mark.parametrize(
    ("lang", "page", "heading"),
    [
        ("fr", "coaching", "Saisir un rendez-vous"),
        ("en", "services", "Booking a room or equipment"),
    ],
)
def test_f1_opens_the_guide_at_the_page_on_show(qtbot, window, page, heading) -> None:
    window.show_page(page)
    qtbot.keyClick(window, Qt.Key.Key_F1)
    # A loaded runner takes seconds to build a page and lay out the guide: patience, not 5 s.
    qtbot.waitUntil(
        lambda: bool([w for w in window.findChildren(HelpWindow) if w.isVisible()]), timeout=30000
    )
    help_window = _help_window(window)
    assert help_window.current_page_key == page
    assert heading in help_window.browser.toPlainText()
    assert help_window.contents.currentItem().text(0) == window.sidebar.currentItem().text()
    # Another page, F1 again: the same window, now at that page.
    make_active(qtbot, window)
    window.show_page("reports")
    qtbot.keyClick(window, Qt.Key.Key_F1)
    assert _help_window(window) is help_window
    qtbot.waitUntil(lambda: help_window.current_page_key == "reports", timeout=30000)


def test_the_contents_lead_to_a_section_of_another_page(qtbot, window) -> None:
    help_window = window.show_help("dashboard")
    item = help_window.contents.topLevelItem([spec.key for spec in PAGES].index("settings")).child(
        1
    )
    help_window.contents.setCurrentItem(item)
    assert help_window.current_page_key == "settings"
    cursor = help_window.browser.textCursor()
    assert cursor.block().text() == item.text(0)
    assert help_window.browser.verticalScrollBar().value() > 0


def test_the_help_menu_opens_the_guide_and_the_shortcuts(window) -> None:
    help_menu = window.findChild(type(window.menuBar().actions()[0].menu()), "helpMenu")
    names = [a.objectName() for a in help_menu.actions()]
    assert "helpAction" in names and "shortcutsAction" in names


@pytest.mark.parametrize(
    ("lang", "quick_search"), [("fr", "Recherche rapide"), ("en", "Quick search")]
)
def test_ctrl_slash_lists_the_shortcuts_of_the_window(qtbot, window, quick_search) -> None:
    window.show_page("entrepreneurs")
    qtbot.keyClick(window, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(w, ShortcutsDialog) for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    rows = {(e.keys, e.description) for e in dialog.entries}
    assert ("Ctrl+K", quick_search) in rows
    assert any(keys == "F1" for keys, _ in rows)
    assert dialog.table.rowCount() == len(dialog.entries)
    dialog.reject()


def test_the_list_follows_the_page_on_show(window) -> None:
    # Ctrl+F filters the entrepreneurs list: listed there, not on the dashboard.
    window.show_page("entrepreneurs")
    on_list = {e.keys for e in collect_shortcuts(window)}
    window.show_page("dashboard")
    on_dashboard = {e.keys for e in collect_shortcuts(window)}
    assert "Ctrl+F" in on_list and "Ctrl+F" not in on_dashboard
    assert {"Ctrl+1", "Ctrl+K", "Ctrl+/"} <= on_dashboard


@pytest.mark.parametrize("lang", ["fr"])
def test_every_shortcut_on_every_page_and_tab_says_what_it_does(window) -> None:
    from PySide6.QtWidgets import QTabWidget

    missing = []
    seen = set()
    for spec in PAGES:
        window.show_page(spec.key)
        page = window.current_page
        tab_widgets = [t for t in page.findChildren(QTabWidget) if t.isVisible()] or [None]
        for tabs in tab_widgets:
            for index in range(tabs.count() if tabs else 1):
                if tabs:
                    tabs.setCurrentIndex(index)
                for entry in collect_shortcuts(window):
                    seen.add(entry.keys)
                    if not entry.description or entry.description == "(sans description)":
                        missing.append(f"{spec.key}: {entry.keys}")
    assert {"Ctrl+N", "Ctrl+F", "Ctrl+D", "Ctrl+L"} <= seen
    assert not missing


def test_in_a_record_window_f1_opens_the_record_section_and_ctrl_slash_its_shortcuts(
    qtbot, window, context
) -> None:
    from datetime import date

    from incubator_app.services.entrepreneurs.records import create_entrepreneur

    with context.db.session() as s:
        person = create_entrepreneur(
            s,
            first_name="Hélène",
            last_name="Durand",
            entry_date=date(2026, 10, 1),
            actor=context.actor,
        ).id
    window.show_page("entrepreneurs")
    editor = window.current_page.open_record(person)
    window.show_page("dashboard")  # the guide follows the record window, not the page on show
    qtbot.waitExposed(editor)
    make_active(qtbot, editor)

    qtbot.keyClick(editor, Qt.Key.Key_F1)
    qtbot.waitUntil(lambda: bool([w for w in window.findChildren(HelpWindow) if w.isVisible()]))
    help_window = _help_window(window)
    assert help_window.current_page_key == "entrepreneurs"
    assert help_window.contents.currentItem().text(0) == "An entrepreneur's record"

    make_active(qtbot, editor)
    qtbot.keyClick(editor, Qt.Key.Key_Slash, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(
        lambda: any(isinstance(w, ShortcutsDialog) for w in QApplication.topLevelWidgets())
    )
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, ShortcutsDialog))
    rows = {(e.keys, e.description) for e in dialog.entries}
    assert ("Ctrl+S", "Save") in rows  # the record's own
    assert ("F1", "User guide") in rows  # the main window's, application-wide
    assert not any(keys == "Ctrl+K" for keys, _ in rows)  # works in the main window only
    dialog.reject()
