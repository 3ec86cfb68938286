"""A save that meets a server gone away: a plain "cannot be reached" message (no traceback, no
"something went wrong"), and the form keeps what was typed."""

from __future__ import annotations

import socket

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from sqlalchemy import create_engine

pytestmark = pytest.mark.ui


def _refused_connection(_session) -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    engine = create_engine(f"postgresql+psycopg://nobody@127.0.0.1:{port}/incubator")
    try:
        with engine.connect():
            pass
    finally:
        engine.dispose()


def test_a_lost_server_is_a_plain_message(qtbot, context):
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    errors = []
    context.ops.run(_refused_connection, label="Saving…", parent=parent)
    context.ops.run(_refused_connection, on_error=lambda e: errors.append(e) or True)

    def box() -> QMessageBox | None:
        found = [w for w in QApplication.topLevelWidgets() if w.objectName() == "errorMessageBox"]
        found += parent.findChildren(QMessageBox, "errorMessageBox")
        return next((b for b in found if b.isVisible()), None)

    qtbot.waitUntil(lambda: box() is not None and bool(errors), timeout=10_000)
    shown = box()
    assert "cannot be reached" in shown.text() and "Nothing was saved" in shown.text()
    assert shown.windowTitle() == "Database problem" and not shown.detailedText()
    assert type(errors[0]).__name__ == "DatabaseUnavailable"
    shown.close()
