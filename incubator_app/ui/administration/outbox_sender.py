"""The outbox sent in the background while the app is open: a little after start, then every
minute, when an SMTP server is set (Settings, E-mail and calendars), on the database worker
(ui/ops.py) so the window never waits. Each run hands at most BATCH messages to the server, so
other work on the worker is never held up long; when more are due, the next run comes at once.

Several computers may do this on one shared database: `send_due_messages` claims each message
before sending it (services/mail/sending.py), so every message goes exactly once whoever sends
it. The state is shown in the status bar (`label`): what waits, what was sent, or why the server
could not be reached (the next minute tries again)."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel

from incubator_app.services.actor import Permission, can
from incubator_app.services.mail.sending import SendReport, count_waiting, send_due_messages
from incubator_app.services.mail.smtp_settings import get_mail_settings
from incubator_app.ui.context import AppContext

SEND_MS = 60_000
FIRST_MS = 5_000
AGAIN_MS = 1_000
BATCH = 20
log = logging.getLogger(__name__)


def send_batch(session, actor) -> SendReport | int | None:
    """One background run: the messages due (a SendReport), or, with no SMTP server set, the
    number waiting (an int); nothing for a viewer, who writes nothing (a secured server would
    refuse their claim on a message every minute)."""
    if actor is None or not can(actor, Permission.SEND_MAIL):
        return None
    if not get_mail_settings(session).configured:
        return count_waiting(session)
    return send_due_messages(session, actor=actor, limit=BATCH)


class OutboxSender(QObject):
    """Owns the timer and the status bar's label; `ran` is emitted after each run."""

    ran = Signal(object)

    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.running = False
        self.label = QLabel()
        self.label.setObjectName("statusOutbox")
        self.label.hide()
        self.timer = QTimer(self)
        self.timer.setInterval(SEND_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        QTimer.singleShot(FIRST_MS, self.run)

    def run(self) -> None:
        if self.running:
            return
        self.running = True
        actor = self.context.actor
        try:
            self.context.ops.run(
                lambda s: send_batch(s, actor),
                on_done=self._done,
                on_error=self._failed,
                background=True,
            )
        except RuntimeError:
            # The window is closing and its database worker is gone: no more runs.
            self.running = False
            self.timer.stop()

    def _show(self, text: str, tip: str = "") -> None:
        self.label.setText(text)
        self.label.setToolTip(tip)
        self.label.setVisible(bool(text))

    def _done(self, result: SendReport | int | None) -> None:
        self.running = False
        if result is None:
            self.timer.stop()
            self._show("")
        elif isinstance(result, int):
            waiting = result
            self._show(
                self.tr("Outbox: %n waiting (no SMTP server set)", "", waiting) if waiting else "",
                self.tr("Set the server in Settings, E-mail and calendars."),
            )
        elif result.stopped_early:
            self._show(
                self.tr("Outbox: %n waiting, server not reachable", "", result.waiting),
                self.tr("The server answered: %1. Tried again every minute.").replace(
                    "%1", result.stopped_early
                ),
            )
        elif result.waiting:
            self._show(self.tr("Outbox: %n waiting", "", result.waiting))
        elif result.sent:
            self._show(self.tr("Outbox: %n sent", "", result.sent))
        else:
            self._show("")
        if isinstance(result, SendReport) and result.sent >= BATCH and result.waiting:
            QTimer.singleShot(AGAIN_MS, self.run)  # more are due: go on
        self.ran.emit(result)

    def _failed(self, exc: BaseException) -> bool:
        # A busy database or a lost connection: the next minute tries again.
        self.running = False
        log.warning("outbox sending failed: %s", exc)
        self._show(self.tr("Outbox: not sent, tried again in a minute"), str(exc))
        self.ran.emit(exc)
        return True
