"""Quick search popup: Ctrl+K, results as you type (entrepreneurs, then contacts), arrows, Enter
opens the record (a contact's window for a contact), Esc closes."""

from __future__ import annotations

from datetime import date

import pytest
from activation import make_active
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from incubator_app.services.contacts.records import add_contact
from incubator_app.services.entrepreneurs.records import archive_entrepreneur, create_entrepreneur
from incubator_app.services.privacy.erasure import erase_person
from incubator_app.services.privacy.people import PersonRef
from incubator_app.ui.contacts.contact_window import ContactWindow
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.quick_search import QuickSearchDialog

pytestmark = pytest.mark.ui


@pytest.fixture
def people(db, admin_actor) -> dict[str, int]:
    with db.session() as session:

        def add(first, last, **fields) -> int:
            return create_entrepreneur(
                session,
                first_name=first,
                last_name=last,
                entry_date=date(2026, 1, 5),
                actor=admin_actor,
                **fields,
            ).id

        ids = {
            "helene": add("Hélène", "Durand", project_name="Théâtre Vivant", commune="Marseille"),
            "henri": add("Henri", "Hélias", email="henri@example.org", commune="Nice"),
            "zoe": add("Zoé", "Martin", project_name="Atelier céramique", commune="Marseille"),
        }
        archive_entrepreneur(session, ids["zoe"], expected_version=None, actor=admin_actor)
        return ids


@pytest.fixture
def window(qtbot, context) -> MainWindow:
    win = MainWindow(context)
    qtbot.addWidget(win)
    win.resize(1100, 700)
    win.show()
    make_active(qtbot, win)
    return win


def _open(qtbot, window) -> QuickSearchDialog:
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.findChild(QuickSearchDialog), QuickSearchDialog))
    dialog = window.findChild(QuickSearchDialog)
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def _texts(dialog) -> list[str]:
    return [dialog.results.item(i).text() for i in range(dialog.results.count())]


def test_results_as_you_type_without_accents(qtbot, window, people) -> None:
    dialog = _open(qtbot, window)
    qtbot.waitUntil(dialog.input.hasFocus)
    qtbot.keyClicks(dialog.input, "hel")
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
    assert [t.splitlines()[0] for t in _texts(dialog)] == [
        "Hélène Durand — Théâtre Vivant",
        "Henri Hélias",
    ]
    qtbot.keyClicks(dialog.input, "ene")
    qtbot.waitUntil(lambda: dialog.results.count() == 1)
    assert "Marseille" in _texts(dialog)[0].splitlines()[1]
    dialog.input.clear()
    qtbot.keyClicks(dialog.input, "theatre")
    qtbot.waitUntil(
        lambda: _texts(dialog)[:1] == ["Hélène Durand — Théâtre Vivant\nMarseille  ·  Candidate"]
    )


def test_archived_people_are_marked_and_come_last(qtbot, window, people) -> None:
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.input, "marseille")
    qtbot.waitUntil(lambda: dialog.results.count() == 2)
    first, second = _texts(dialog)
    assert first.startswith("Hélène Durand") and "archived" not in first
    assert second.startswith("Zoé Martin") and second.endswith("archived")


def test_no_match_says_so(qtbot, window, people) -> None:
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.input, "zzzz")
    qtbot.waitUntil(lambda: "No entrepreneur or contact matches" in dialog.status.text())
    assert dialog.results.count() == 0


def test_arrows_and_enter_open_the_chosen_record(qtbot, window, people) -> None:
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.input, "h")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Down)  # flushes the pending search, then moves
    assert dialog.results.count() == 2
    assert dialog.results.currentRow() == 1
    qtbot.keyClick(dialog.input, Qt.Key.Key_Down)  # stays on the last
    qtbot.keyClick(dialog.input, Qt.Key.Key_Up)
    assert dialog.results.currentRow() == 0
    qtbot.keyClick(dialog.input, Qt.Key.Key_Down)
    chosen = dialog.results.currentItem().text().splitlines()[0].split(" — ")[0]
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)
    assert not dialog.isVisible()
    assert window.current_page_key == "entrepreneurs"

    def editor_titles() -> list[str]:
        return [
            w.windowTitle()
            for w in QApplication.topLevelWidgets()
            if w.isVisible() and type(w).__name__ == "EntrepreneurEditor"
        ]

    qtbot.waitUntil(lambda: any(t.startswith(chosen) for t in editor_titles()))


def test_escape_closes(qtbot, window, people) -> None:
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.input, "hel")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Escape)
    assert not dialog.isVisible()
    assert window.current_page_key != "entrepreneurs"


def test_contacts_are_found_and_enter_opens_their_window(
    qtbot, window, people, db, admin_actor
) -> None:
    with db.session() as session:
        add_contact(
            session, name="Héloïse Varanne", email="heloise@compagnie.fr",
            organisation="Compagnie du Rivage", actor=admin_actor,
        )  # fmt: skip
        erased = add_contact(session, name="Hélios Quarteron", actor=admin_actor).id
        session.commit()
        erase_person(session, PersonRef("contact", erased), actor=admin_actor)
    dialog = _open(qtbot, window)
    qtbot.keyClicks(dialog.input, "hel")
    # The entrepreneurs first, then the contact (the erased one is not found).
    qtbot.waitUntil(lambda: dialog.results.count() == 3)
    texts = _texts(dialog)
    assert texts[2] == "Héloïse Varanne\ncontact  ·  heloise@compagnie.fr  ·  Compagnie du Rivage"
    assert not any("anonymised" in t or "Quarteron" in t for t in texts)
    dialog.input.clear()
    qtbot.keyClicks(dialog.input, "rivage")
    qtbot.keyClick(dialog.input, Qt.Key.Key_Return)  # flushes the search, opens the first
    assert not dialog.isVisible()
    qtbot.waitUntil(lambda: isinstance(window.findChild(ContactWindow), ContactWindow))
    contact_window = window.findChild(ContactWindow)
    qtbot.waitUntil(contact_window.isVisible)
    assert contact_window.name.text() == "Héloïse Varanne"
    assert window.current_page_key != "entrepreneurs"
    contact_window.close()
