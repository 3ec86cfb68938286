"""Every save says so, briefly and without a modal box: a label over the window the save was made
in (or the window behind a dialog that closed on saving), and the main window's status bar."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from incubator_app.services.entrepreneurs.records import create_entrepreneur
from incubator_app.services.shared_services.catalogue import create_shared_service
from incubator_app.ui.entrepreneurs.editor import EntrepreneurEditor
from incubator_app.ui.main_window import MainWindow
from incubator_app.ui.save_confirmation import OBJECT_NAME
from incubator_app.ui.services.bookings_view import BookingsView

pytestmark = pytest.mark.ui


def _confirmations(window: QWidget) -> list[str]:
    return [w.text() for w in window.findChildren(QLabel, OBJECT_NAME) if w.isVisible()]


@pytest.fixture
def person(context) -> int:
    with context.db.session() as s:
        return create_entrepreneur(
            s,
            first_name="Hélène",
            last_name="Durand",
            entry_date=date(2025, 10, 14),
            actor=context.actor,
        ).id


def test_a_record_window_confirms_its_save(qtbot, context, person) -> None:
    editor = EntrepreneurEditor(context, person)
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitExposed(editor)
    assert _confirmations(editor) == []
    town = editor.profile.edits["commune"]
    qtbot.keyClicks(town, "Arles")
    qtbot.keyClick(town, Qt.Key.Key_Return)
    # Frozen clock: Wednesday 18/11/2026 10:00, Paris.
    qtbot.waitUntil(lambda: _confirmations(editor) == ["Changes saved (10:00)."])
    assert editor.isVisible() and not editor.dirty  # nothing to click away


def test_a_dialog_closing_on_save_confirms_over_the_window_behind(
    qtbot, context, admin_actor
) -> None:
    with context.db.session() as s:
        create_shared_service(
            s,
            name="Salle de répétition",
            category="Locaux",
            unit="hour",
            unit_price_cents=1200,
            bookable=True,
            actor=admin_actor,
        )
    window = MainWindow(context)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    view = BookingsView(context, window)
    window.setCentralWidget(view)
    qtbot.waitUntil(lambda: view.resource.count() == 1)
    dialog = view.new_booking()
    dialog.save()
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: _confirmations(window) == ["Changes saved (10:00)."])
    assert window.statusBar().currentMessage() == "Changes saved (10:00)."
