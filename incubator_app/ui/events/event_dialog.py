"""A new event: title, kind, day and times, places, where, how long an offer holds."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import EventKind
from incubator_app.services.events.records import create_event
from incubator_app.ui.changes import EVENT
from incubator_app.ui.context import AppContext
from incubator_app.ui.events.texts import kind_label
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.site_field import SiteCombo


class EventDialog(QDialog):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.created_id: int | None = None
        self.setWindowTitle(self.tr("New event"))
        self.title = QLineEdit()
        self.title.setObjectName("eventTitle")
        self.kind = QComboBox()
        self.kind.setObjectName("eventKind")
        for kind in EventKind:
            self.kind.addItem(kind_label(kind), kind.value)
        today = clock.today() + timedelta(days=14)
        self.day = QDateEdit(QDate(today.year, today.month, today.day))
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dd/MM/yyyy")
        self.start = QTimeEdit(QTime(14, 0))
        self.end = QTimeEdit(QTime(17, 0))
        for t in (self.start, self.end):
            t.setDisplayFormat("HH:mm")
        self.capacity = QSpinBox()
        self.capacity.setObjectName("eventCapacity")
        self.capacity.setRange(1, 100_000)
        self.capacity.setValue(12)
        self.address = QLineEdit()
        self.address.setObjectName("eventAddress")
        self.offer_hours = QSpinBox()
        self.offer_hours.setRange(1, 24 * 30)
        self.offer_hours.setValue(48)
        self.offer_hours.setSuffix(" h")
        form = QFormLayout()
        form.addRow(self.tr("&Title:"), self.title)
        form.addRow(self.tr("&Kind:"), self.kind)
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("&From:"), self.start)
        form.addRow(self.tr("T&o:"), self.end)
        form.addRow(self.tr("&Places:"), self.capacity)
        form.addRow(self.tr("&Where:"), self.address)
        form.addRow(self.tr("An offered place is &held for:"), self.offer_hours)
        # In a network only: the site that holds it (the person's own by default).
        self.site = SiteCombo(context, parent=self)
        if self.site.shown:
            form.addRow(self.tr("&Site:"), self.site)
        self.error = QLabel()
        self.error.setObjectName("eventError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #a8431f;")
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def _instant(self, time: QTime) -> datetime:
        d = self.day.date()
        return datetime(d.year(), d.month(), d.day(), time.hour(), time.minute(),
                        tzinfo=clock.zone())  # fmt: skip

    def save(self) -> None:
        actor = self.context.actor
        values = {
            "title": self.title.text(),
            "kind": self.kind.currentData(),
            "starts_at": self._instant(self.start.time()),
            "ends_at": self._instant(self.end.time()),
            "capacity": self.capacity.value(),
            "offer_hours": self.offer_hours.value(),
            "address": self.address.text().strip() or None,
        }
        if self.site.shown:
            values["site_id"] = self.site.value()

        def done(event_id: int) -> None:
            self.created_id = event_id
            self.accept()

        def failed(exc: BaseException) -> bool:
            text = inline_error_text(exc)
            if text is None:
                return False
            self.error.setText(text)
            return True

        self.context.ops.run(
            lambda s: create_event(s, actor=actor, **values),
            parent=self,
            on_done=done,
            on_error=failed,
            changes={EVENT},
        )
