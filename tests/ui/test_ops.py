from __future__ import annotations

import threading
import time

import pytest
import shiboken6
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QProgressDialog, QPushButton

from incubator_app.errors import NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.services.administration.setup import get_incubator_profile
from incubator_app.ui import ops as ops_module
from incubator_app.ui.ops import Cancelled

pytestmark = pytest.mark.ui


def visible_boxes(cls):
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, cls) and w.isVisible()]


def test_job_runs_off_the_gui_thread_and_result_comes_by_signal(qtbot, ops, admin_actor) -> None:
    seen = {}

    def job(session):
        seen["thread"] = threading.current_thread()
        return get_incubator_profile(session).name

    op = ops.run(job)
    with qtbot.waitSignal(op.finished, timeout=5000) as blocker:
        pass
    assert blocker.args == ["Couveuse des Arts"]
    assert seen["thread"] is not threading.main_thread()


def test_domain_error_is_shown_as_a_translated_message(qtbot, ops) -> None:
    def job(session):
        raise NotFound(msg(QT_TRANSLATE_NOOP("Errors", "No entrepreneur with id {id}."), id=42))

    op = ops.run(job)
    with qtbot.waitSignal(op.failed, timeout=5000):
        pass
    boxes = visible_boxes(QMessageBox)
    assert len(boxes) == 1
    assert boxes[0].text() == "No entrepreneur with id 42."
    assert boxes[0].windowTitle() == "Not found"
    boxes[0].close()


def test_changes_are_broadcast_after_success(qtbot, ops, bus) -> None:
    with qtbot.waitSignal(bus.changed, timeout=5000) as blocker:
        ops.run(lambda session: None, changes={"entrepreneur", "booking"})
    assert blocker.args == [{"entrepreneur", "booking"}]


def test_slow_job_shows_a_progress_dialog_that_cancels(qtbot, ops, monkeypatch) -> None:
    monkeypatch.setattr(ops_module, "PROGRESS_DELAY_MS", 50)

    def slow(session, cancel, progress):
        for step in range(500):
            if cancel:
                raise Cancelled
            progress(step, 500)
            time.sleep(0.01)
        return "finished"

    op = ops.run(slow, label="Long job")
    qtbot.waitUntil(lambda: bool(visible_boxes(QProgressDialog)), timeout=3000)
    dialog = visible_boxes(QProgressDialog)[0]
    assert dialog.labelText() == "Long job"
    with qtbot.waitSignal(op.failed, timeout=5000):
        qtbot.mouseClick(dialog.findChild(QPushButton), Qt.MouseButton.LeftButton)
    assert isinstance(op.error, Cancelled)
    assert not visible_boxes(QMessageBox)  # cancelling is not an error
    qtbot.waitUntil(lambda: not visible_boxes(QProgressDialog))


def test_quick_job_shows_no_progress_dialog(qtbot, ops) -> None:
    op = ops.run(lambda session: 1)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    qtbot.wait(ops_module.PROGRESS_DELAY_MS + 100)
    assert not visible_boxes(QProgressDialog)


def test_a_background_job_never_shows_the_progress_dialog(qtbot, ops, monkeypatch) -> None:
    """The outbox sender and the events tick run without anybody asking: however slow (an SMTP
    server that takes its time), they must not put a modal "Please wait" over the user's work."""
    monkeypatch.setattr(ops_module, "PROGRESS_DELAY_MS", 50)
    op = ops.run(lambda session: time.sleep(0.4) or "sent", background=True)
    qtbot.wait(250)
    assert not visible_boxes(QProgressDialog)
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert op.result == "sent" and not visible_boxes(QProgressDialog)


def test_result_for_a_closed_widget_is_dropped_quietly(qtbot, ops) -> None:
    """A record window closed while its tab was loading: the late result must not touch it."""
    label = QLabel("loading")
    gate = threading.Event()
    shown = []

    def slow(session):
        gate.wait(5)
        return "loaded"

    def show(text):
        shown.append(text)
        label.setText(text)

    op = ops.run(slow, parent=label, on_done=show)
    label.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(label), timeout=5000)
    gate.set()
    with qtbot.waitSignal(op.finished, timeout=5000):
        pass
    assert shown == []
