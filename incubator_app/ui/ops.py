"""Background operations: ONE database worker thread, results back by signal.

The GUI submits callables `fn(session) -> result` (or `fn() -> result` with `session=False`);
the worker runs them one at a time, each with a fresh session, and hands results or exceptions
back to the GUI thread by signal. Workers never touch widgets. A progress dialog appears only if
an operation lasts longer than PROGRESS_DELAY_MS, with a Cancel button when the callable accepts
a `cancel` flag. A callable may also accept `progress(done, total)` to drive the bar.
"""

from __future__ import annotations

import functools
import inspect
import itertools
import queue
import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

import shiboken6
from PySide6.QtCore import QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from incubator_app.ui.changes import ChangeBus
from incubator_app.ui.messages import show_error
from incubator_app.ui.save_confirmation import confirm_saved, saved_text

if TYPE_CHECKING:
    from sqlalchemy.orm import Session, sessionmaker

PROGRESS_DELAY_MS = 500


class Cancelled(Exception):  # noqa: N818 (not an error: the user asked for it)
    """Raised by a callable that saw its cancel flag set."""


class CancelFlag:
    """Thread-safe flag the GUI sets and the callable polls (`if cancel: raise Cancelled`)."""

    def __init__(self) -> None:
        self._event = threading.Event()

    def set(self) -> None:
        self._event.set()

    def is_set(self) -> bool:
        return self._event.is_set()

    def __bool__(self) -> bool:
        return self._event.is_set()


@dataclass
class _Job:
    id: int
    fn: Callable[..., Any]
    with_session: bool
    kwargs: dict[str, Any] = field(default_factory=dict)


class _DbWorker(QObject):
    """Lives in the worker thread; runs queued jobs in order."""

    succeeded = Signal(int, object)
    failed = Signal(int, object)
    progressed = Signal(int, int, int)

    def __init__(self, sessions: sessionmaker[Session] | None) -> None:
        super().__init__()
        self._sessions = sessions
        self._queue: queue.Queue[_Job | None] = queue.Queue()

    def submit(self, job: _Job) -> None:
        self._queue.put(job)

    def stop(self) -> None:
        # Queued after pending jobs, so writes already asked for still happen.
        self._queue.put(None)

    @Slot()
    def loop(self) -> None:
        while (job := self._queue.get()) is not None:
            try:
                if job.with_session:
                    if self._sessions is None:
                        raise RuntimeError("no database is open")
                    with self._sessions() as session:
                        result = job.fn(session, **job.kwargs)
                else:
                    result = job.fn(**job.kwargs)
            except Exception as exc:  # noqa: BLE001 (delivered to the GUI, which shows it)
                # A server that went away is said plainly, not as an unexpected error.
                from incubator_app.db.unavailable import as_domain_error

                self.failed.emit(job.id, as_domain_error(exc))
            else:
                self.succeeded.emit(job.id, result)
        thread = self.thread()
        if thread is not None:
            thread.quit()


class Operation(QObject):
    """Handle on one submitted job, living in the GUI thread."""

    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, job_id: int, label: str, cancel: CancelFlag | None, parent: QObject) -> None:
        super().__init__(parent)
        self.job_id = job_id
        self.label = label
        self.cancel_flag = cancel
        self.done = False
        self.result: Any = None
        self.error: BaseException | None = None
        self.progress_dialog: QProgressDialog | None = None
        self.on_done: Callable[[Any], None] | None = None
        self.on_error: Callable[[BaseException], bool | None] | None = None
        self.changes: frozenset[str] = frozenset()
        self.widget: QWidget | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)

    @property
    def cancellable(self) -> bool:
        return self.cancel_flag is not None

    def cancel(self) -> None:
        if self.cancel_flag is not None:
            self.cancel_flag.set()


def _accepts(fn: Callable[..., Any], name: str) -> bool:
    try:
        return name in inspect.signature(fn).parameters
    except (TypeError, ValueError):
        return False


class Operations(QObject):
    """GUI-side front of the database worker thread. `saved(text)` follows every successful
    operation that changed data (the main window shows it in its status bar)."""

    saved = Signal(str)

    def __init__(
        self,
        sessions: sessionmaker[Session] | None,
        bus: ChangeBus | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._bus = bus
        self._ids = itertools.count(1)
        self._pending: dict[int, Operation] = {}
        self._thread = QThread()
        self._thread.setObjectName("incubator-db-worker")
        self._worker = _DbWorker(sessions)
        self._worker.moveToThread(self._thread)
        self._thread.started.connect(self._worker.loop)
        self._worker.succeeded.connect(self._on_succeeded, Qt.ConnectionType.QueuedConnection)
        self._worker.failed.connect(self._on_failed, Qt.ConnectionType.QueuedConnection)
        self._worker.progressed.connect(self._on_progress, Qt.ConnectionType.QueuedConnection)
        self._thread.start()

    @property
    def busy(self) -> bool:
        return bool(self._pending)

    def run(
        self,
        fn: Callable[..., Any],
        *,
        label: str = "",
        parent: QWidget | None = None,
        on_done: Callable[[Any], None] | None = None,
        on_error: Callable[[BaseException], bool | None] | None = None,
        changes: Iterable[str] = (),
        session: bool = True,
        background: bool = False,
    ) -> Operation:
        """Queues `fn`. `on_error` returns True when it showed the error itself (e.g. inline
        field errors); otherwise a message box tells the user. `changes` are broadcast on
        success. A `background` job (the outbox sender, the events tick: nobody asked for it)
        never shows the "Please wait" dialog, however long it takes."""
        job_id = next(self._ids)
        kwargs: dict[str, Any] = {}
        cancel = CancelFlag() if _accepts(fn, "cancel") else None
        if cancel is not None:
            kwargs["cancel"] = cancel
        if _accepts(fn, "progress"):
            worker = self._worker

            def progress(done: int, total: int, _id: int = job_id) -> None:
                worker.progressed.emit(_id, int(done), int(total))

            kwargs["progress"] = progress
        op = Operation(job_id, label, cancel, self)
        op.on_done, op.on_error, op.changes, op.widget = (
            on_done,
            on_error,
            frozenset(changes),
            parent,
        )
        if not background:
            op.timer.timeout.connect(functools.partial(self._show_progress, job_id))
            op.timer.start(PROGRESS_DELAY_MS)
        self._pending[job_id] = op
        self._worker.submit(_Job(job_id, fn, session, kwargs))
        return op

    def _show_progress(self, job_id: int) -> None:
        op = self._pending.get(job_id)
        if op is None:
            return
        dialog = QProgressDialog(op.widget)
        dialog.setObjectName("operationProgress")
        dialog.setWindowTitle(self.tr("Please wait"))
        dialog.setLabelText(op.label or self.tr("Working…"))
        dialog.setRange(0, 0)  # busy indicator until the job reports progress
        dialog.setMinimumDuration(0)
        dialog.setMinimumWidth(360)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
        if op.cancellable:
            dialog.setCancelButtonText(self.tr("Cancel"))
            dialog.canceled.connect(functools.partial(self._cancel, job_id))
        else:
            dialog.setCancelButton(None)
        op.progress_dialog = dialog
        dialog.show()

    def _cancel(self, job_id: int) -> None:
        op = self._pending.get(job_id)
        if op is None:
            return
        op.cancel()
        if op.progress_dialog is not None:
            op.progress_dialog.setLabelText(self.tr("Cancelling…"))
            # Keep the dialog up until the worker actually stops.
            op.progress_dialog.show()

    @Slot(int, int, int)
    def _on_progress(self, job_id: int, done: int, total: int) -> None:
        op = self._pending.get(job_id)
        if op is not None and op.progress_dialog is not None and total > 0:
            op.progress_dialog.setRange(0, total)
            op.progress_dialog.setValue(min(done, total))

    def _finish(self, job_id: int) -> Operation | None:
        op = self._pending.pop(job_id, None)
        if op is None:
            return None
        op.done = True
        op.timer.stop()
        if op.progress_dialog is not None:
            op.progress_dialog.close()
            op.progress_dialog.deleteLater()
            op.progress_dialog = None
        return op

    @staticmethod
    def _receiver_gone(op: Operation, callback: Callable[..., Any] | None) -> bool:
        """True when the widget that asked for the work was closed meanwhile (a record window
        closed while its tab was loading): its callbacks would touch deleted C++ objects."""
        owners = [op.widget, getattr(callback, "__self__", None)]
        return any(isinstance(o, QObject) and not shiboken6.isValid(o) for o in owners)

    @Slot(int, object)
    def _on_succeeded(self, job_id: int, result: Any) -> None:
        op = self._finish(job_id)
        if op is None:
            return
        op.result = result
        if op.changes and self._bus is not None:
            self._bus.notify(op.changes)
        if op.on_done is not None and not self._receiver_gone(op, op.on_done):
            op.on_done(result)
        if op.changes:
            text = saved_text()
            confirm_saved(op.widget, text)
            self.saved.emit(text)
        op.finished.emit(result)
        op.setParent(None)  # the caller's reference (if any) keeps it; else Python frees it

    @Slot(int, object)
    def _on_failed(self, job_id: int, exc: BaseException) -> None:
        op = self._finish(job_id)
        if op is None:
            return
        op.error = exc
        if not isinstance(exc, Cancelled) and not self._receiver_gone(op, op.on_error):
            handled = op.on_error(exc) if op.on_error is not None else False
            if not handled:
                show_error(op.widget, exc)
        op.failed.emit(exc)
        op.setParent(None)

    def shutdown(self, timeout_ms: int = 10_000) -> bool:
        """Lets queued jobs finish, then stops the thread. Returns False on timeout."""
        if not self._thread.isRunning():
            return True
        self._worker.stop()
        return self._thread.wait(timeout_ms)
