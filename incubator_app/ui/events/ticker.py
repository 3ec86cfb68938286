"""The events' promotion step while the app is open: once at start, then every minute, on the
database worker (services/events/tick.py). Offers past their deadline expire and free places are
offered without any server; with several computers on one PostgreSQL database, each runs it
and the result is the same as one."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject, QTimer

from incubator_app.services.events.tick import tick
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext

TICK_MS = 60_000
log = logging.getLogger(__name__)


class EventTicker(QObject):
    def __init__(self, context: AppContext, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.timer = QTimer(self)
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.run)
        self.timer.start()
        QTimer.singleShot(0, self.run)

    def run(self) -> None:
        actor = self.context.actor

        def done(result) -> None:
            if result.offers or result.reminders:
                self.context.bus.notify({EVENT})

        def failed(exc: BaseException) -> bool:
            # A busy database or a lost connection: the next minute tries again.
            log.warning("events tick failed: %s", exc)
            return True

        try:
            self.context.ops.run(
                lambda s: tick(s, actor=actor), on_done=done, on_error=failed, background=True
            )
        except RuntimeError:
            # The window is closing and its database worker is gone: no more ticks.
            self.timer.stop()
