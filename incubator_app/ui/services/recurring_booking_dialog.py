"""Recurring booking (every Tuesday 14:00–17:00 for 10 weeks): the rule, then "Check
availability" lists every occurrence with its conflict before anything is saved; the user books
the free ones (skipping the conflicts) or cancels. The save is one transaction."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QDate, QLocale, Qt, QTime
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.coaching.lookup import resolve_entrepreneur
from incubator_app.services.shared_services.booking_series import (
    Frequency,
    OccurrencePreview,
    Recurrence,
    create_booking_series,
    preview_booking_series,
)
from incubator_app.services.shared_services.bookings import BookableResource
from incubator_app.ui.changes import BOOKING
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.messages import inline_error_text, tr_msg
from incubator_app.ui.services.booking_dialog import field_names
from incubator_app.ui.widgets import ERROR_COLOUR, FieldError, dialog_header

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


class RecurringBookingDialog(QDialog):
    def __init__(
        self,
        context: AppContext,
        resources: list[BookableResource],
        *,
        service_id: int | None,
        first_day: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.preview: list[OccurrencePreview] | None = None
        self.saved: list[Any] | None = None
        self.setObjectName("recurringBookingDialog")
        self.setWindowTitle(self.tr("Recurring booking"))
        self.setMinimumSize(620, 640)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr(
                    "The same slot every week or every day. Occurrences that are already taken "
                    "are listed before anything is booked."
                ),
                "services",
            )
        )
        form = QFormLayout()
        self.resource = QComboBox()
        self.resource.setObjectName("recurringResource")
        for r in resources:
            self.resource.addItem(r.name, r)
        index = next((n for n, r in enumerate(resources) if r.id == service_id), 0)
        self.resource.setCurrentIndex(index)
        self.person = EntrepreneurPicker(context)
        self.person.setObjectName("recurringEntrepreneur")
        self.first_day = QDateEdit(QDate(first_day))
        self.first_day.setObjectName("recurringFirstDay")
        self.first_day.setCalendarPopup(True)
        self.first_day.setDisplayFormat("dddd dd/MM/yyyy")
        times = QHBoxLayout()
        self.start = QTimeEdit(QTime(14, 0))
        self.start.setObjectName("recurringStart")
        self.end = QTimeEdit(QTime(17, 0))
        self.end.setObjectName("recurringEnd")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        times.addWidget(self.start)
        times.addWidget(QLabel(self.tr("to")))
        times.addWidget(self.end)
        times.addStretch(1)
        repeat = QHBoxLayout()
        self.interval = QSpinBox()
        self.interval.setObjectName("recurringInterval")
        self.interval.setRange(1, 52)
        self.frequency = QComboBox()
        self.frequency.setObjectName("recurringFrequency")
        self.frequency.addItem(self.tr("week(s)"), Frequency.WEEKLY)
        self.frequency.addItem(self.tr("day(s)"), Frequency.DAILY)
        repeat.addWidget(self.interval)
        repeat.addWidget(self.frequency)
        repeat.addStretch(1)
        ends = QHBoxLayout()
        self.by_count = QRadioButton(self.tr("&times:"))
        self.by_count.setChecked(True)
        self.count = QSpinBox()
        self.count.setObjectName("recurringCount")
        self.count.setRange(1, 200)
        self.count.setValue(10)
        self.by_until = QRadioButton(self.tr("until &day:"))
        self.until = QDateEdit(QDate(first_day).addDays(63))
        self.until.setObjectName("recurringUntil")
        self.until.setCalendarPopup(True)
        self.until.setDisplayFormat("dd/MM/yyyy")
        group = QButtonGroup(self)
        group.addButton(self.by_count)
        group.addButton(self.by_until)
        for w in (self.by_count, self.count, self.by_until, self.until):
            ends.addWidget(w)
        ends.addStretch(1)
        self.units = QSpinBox()
        self.units.setObjectName("recurringUnits")
        form.addRow(self.tr("Re&source:"), self.resource)
        form.addRow(self.tr("E&ntrepreneur:"), self.person)
        form.addRow(self.tr("&First day:"), self.first_day)
        form.addRow(self.tr("Ti&me:"), times)
        form.addRow(self.tr("Re&peat every:"), repeat)
        form.addRow(self.tr("Ends after:"), ends)
        form.addRow(self.tr("&Units:"), self.units)
        outer.addLayout(form)

        self.check = QPushButton(self.tr("&Check availability"))
        self.check.setObjectName("recurringCheck")
        self.check.setDefault(True)
        self.check.clicked.connect(self.run_preview)
        outer.addWidget(self.check, 0, Qt.AlignmentFlag.AlignLeft)
        self.summary = QLabel()
        self.summary.setObjectName("recurringSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)
        self.occurrences = QListWidget()
        self.occurrences.setObjectName("recurringOccurrences")
        self.occurrences.setAlternatingRowColors(True)
        self.occurrences.setWordWrap(True)
        outer.addWidget(self.occurrences, 1)
        self.error = FieldError()
        self.error.setObjectName("recurringError")
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.book = self.buttons.addButton(self.tr("&Book"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.book.setObjectName("recurringBook")
        self.book.setEnabled(False)
        self.book.clicked.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)

        self.resource.currentIndexChanged.connect(self._resource_changed)
        for signal in (
            self.resource.currentIndexChanged,
            self.first_day.dateChanged,
            self.start.timeChanged,
            self.end.timeChanged,
            self.interval.valueChanged,
            self.frequency.currentIndexChanged,
            self.count.valueChanged,
            self.until.dateChanged,
            self.by_count.toggled,
            self.units.valueChanged,
        ):
            signal.connect(self._invalidate)
        self._resource_changed()
        self.person.setFocus()

    def _resource_changed(self) -> None:
        resource: BookableResource | None = self.resource.currentData()
        capacity = resource.capacity if resource else 1
        self.units.setRange(1, capacity)
        self.units.setSuffix(self.tr(" of %1").replace("%1", str(capacity)))
        self.units.setEnabled(capacity > 1)

    def _invalidate(self, *_args: object) -> None:
        """Any change of the rule makes the previous check obsolete."""
        self.preview = None
        self.occurrences.clear()
        self.summary.clear()
        self.book.setEnabled(False)
        self.book.setText(self.tr("&Book"))
        self.check.setDefault(True)

    def recurrence(self) -> Recurrence:
        by_count = self.by_count.isChecked()
        return Recurrence(
            first_day=self.first_day.date().toPython(),
            start_time=self.start.time().toPython().replace(second=0, microsecond=0),
            end_time=self.end.time().toPython().replace(second=0, microsecond=0),
            frequency=self.frequency.currentData(),
            interval=self.interval.value(),
            count=self.count.value() if by_count else None,
            until=None if by_count else self.until.date().toPython(),
        )

    def run_preview(self) -> None:
        resource: BookableResource | None = self.resource.currentData()
        if resource is None:
            return
        rec, units, actor = self.recurrence(), self.units.value(), self.context.actor
        self.error.clear_error()
        self.context.ops.run(
            lambda s: preview_booking_series(
                s, service_id=resource.id, recurrence=rec, units=units, actor=actor
            ),
            label=self.tr("Checking the occurrences…"),
            parent=self,
            on_done=self._show_preview,
            on_error=self._failed,
        )

    def _show_preview(self, preview: list[OccurrencePreview]) -> None:
        self.preview = preview
        self.occurrences.clear()
        locale = QLocale()
        red = QColor(ERROR_COLOUR)
        for occ in preview:
            start = occ.starts_at.astimezone(clock.zone())
            end = occ.ends_at.astimezone(clock.zone())
            day = locale.toString(QDate(start.date()), "dddd d MMMM yyyy")
            when = f"{day}, {start:%H:%M} – {end:%H:%M}"
            if occ.free:
                item = QListWidgetItem("✓  " + when)
            else:
                item = QListWidgetItem(
                    "✗  "
                    + when
                    + "\n     "
                    + self.tr("Taken: %1").replace("%1", tr_msg(occ.conflict))
                )
                item.setForeground(QBrush(red))
            item.setData(Qt.ItemDataRole.UserRole, occ.free)
            self.occurrences.addItem(item)
        free = sum(1 for o in preview if o.free)
        taken = len(preview) - free
        if taken:
            self.summary.setText(
                self.tr("%1 occurrences are free, %2 are already taken (in red).")
                .replace("%1", str(free))
                .replace("%2", str(taken))
            )
            self.book.setText(
                self.tr("&Book %1, skip %2 taken")
                .replace("%1", str(free))
                .replace("%2", str(taken))
            )
        else:
            self.summary.setText(self.tr("All %1 occurrences are free.").replace("%1", str(free)))
            self.book.setText(self.tr("&Book all %1").replace("%1", str(free)))
        self.book.setEnabled(free > 0)
        if free:
            self.book.setDefault(True)
            self.book.setFocus()

    def save(self) -> None:
        resource: BookableResource | None = self.resource.currentData()
        if self.preview is None or resource is None:
            return
        rec, units, actor = self.recurrence(), self.units.value(), self.context.actor
        skip = [o.starts_at for o in self.preview if not o.free]
        text, picked = self.person.text(), self.person.selected_id

        def job(session: Session) -> Any:
            person_id = resolve_entrepreneur(session, text, actor=actor, selected_id=picked)
            return create_booking_series(
                session,
                service_id=resource.id,
                recurrence=rec,
                entrepreneur_id=person_id,
                units=units,
                skip=skip,
                actor=actor,
            )

        self.book.setEnabled(False)
        self.context.ops.run(
            job,
            label=self.tr("Booking the occurrences…"),
            parent=self,
            on_done=self._saved,
            on_error=self._failed,
            changes={BOOKING},
        )

    def _saved(self, bookings: list[Any]) -> None:
        self.saved = bookings
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        text = inline_error_text(exc, field_names())
        if text is None:
            return False
        self.error.show_error(text)
        if self.preview is not None:
            self.book.setEnabled(True)
        return True
