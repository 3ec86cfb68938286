"""The booking dialog: book a resource (create) or change a booking's time (move). Saves through
the bookings service on the database worker; a conflict or bad input is shown inline and the
dialog stays open. Shared pieces (error text, times) serve the recurring dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QDate, QTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.services.coaching.lookup import resolve_entrepreneur
from incubator_app.services.shared_services.bookings import (
    BookableResource,
    BookingBlock,
    create_booking,
    move_booking,
)
from incubator_app.ui.changes import BOOKING
from incubator_app.ui.context import AppContext
from incubator_app.ui.entrepreneur_picker import EntrepreneurPicker
from incubator_app.ui.messages import inline_error_text
from incubator_app.ui.widgets import FieldError, dialog_header

if TYPE_CHECKING:
    from sqlalchemy.orm import Session


def field_names() -> dict[str, str]:
    return {
        "service_id": QCoreApplication.translate("BookingFields", "Resource"),
        "entrepreneur_id": QCoreApplication.translate("BookingFields", "Entrepreneur"),
        "starts_at": QCoreApplication.translate("BookingFields", "Start"),
        "ends_at": QCoreApplication.translate("BookingFields", "End"),
        "end_time": QCoreApplication.translate("BookingFields", "End"),
        "units": QCoreApplication.translate("BookingFields", "Units"),
        "status": QCoreApplication.translate("BookingFields", "Booking"),
        "count": QCoreApplication.translate("BookingFields", "Occurrences"),
        "until": QCoreApplication.translate("BookingFields", "Until"),
        "interval": QCoreApplication.translate("BookingFields", "Every"),
        "skip": QCoreApplication.translate("BookingFields", "Occurrences"),
    }


def to_utc(day: QDate | date, at: QTime | time) -> datetime:
    """A wall-clock time of the incubator's zone, from the date and time editors."""
    d = day.toPython() if isinstance(day, QDate) else day
    t = at.toPython() if isinstance(at, QTime) else at
    return datetime.combine(d, t.replace(second=0, microsecond=0), clock.zone())


class BookingDialog(QDialog):
    """Create (`booking=None`) or move a booking. `saved` holds the service's result."""

    def __init__(
        self,
        context: AppContext,
        resources: list[BookableResource],
        *,
        service_id: int | None,
        starts_at: datetime,
        ends_at: datetime,
        booking: BookingBlock | None = None,
        on_saved: Callable[[Any], None] | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.booking = booking
        self.saved: Any = None
        self._on_saved = on_saved
        self.setObjectName("bookingDialog")
        self.setWindowTitle(self.tr("New booking") if booking is None else self.tr("Move booking"))
        self.setMinimumWidth(460)
        outer = QVBoxLayout(self)
        outer.addWidget(
            dialog_header(
                self.windowTitle(),
                self.tr("Rooms and equipment are never double-booked: a taken slot is refused."),
                "services",
            )
        )
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.ExpandingFieldsGrow)
        self.resource = QComboBox()
        self.resource.setObjectName("bookingResource")
        for r in resources:
            self.resource.addItem(r.name, r)
        if service_id is not None:
            self.resource.setCurrentIndex(
                max(0, next((n for n, r in enumerate(resources) if r.id == service_id), 0))
            )
        self.person = EntrepreneurPicker(context)
        self.person.setPlaceholderText(self.tr("Type a name… (empty: nobody)"))
        self.person.setObjectName("bookingEntrepreneur")
        local_start, local_end = (
            starts_at.astimezone(clock.zone()),
            ends_at.astimezone(clock.zone()),
        )
        self.day = QDateEdit(QDate(local_start.date()))
        self.day.setObjectName("bookingDay")
        self.day.setCalendarPopup(True)
        self.day.setDisplayFormat("dddd dd/MM/yyyy")
        self.start = QTimeEdit(QTime(local_start.hour, local_start.minute))
        self.start.setObjectName("bookingStart")
        self.end = QTimeEdit(QTime(local_end.hour, local_end.minute))
        self.end.setObjectName("bookingEnd")
        for edit in (self.start, self.end):
            edit.setDisplayFormat("HH:mm")
        self.units = QSpinBox()
        self.units.setObjectName("bookingUnits")
        self.notes = QLineEdit()
        self.notes.setObjectName("bookingNotes")
        form.addRow(self.tr("Re&source:"), self.resource)
        form.addRow(self.tr("E&ntrepreneur:"), self.person)
        form.addRow(self.tr("&Day:"), self.day)
        form.addRow(self.tr("F&rom:"), self.start)
        form.addRow(self.tr("&To:"), self.end)
        form.addRow(self.tr("&Units:"), self.units)
        form.addRow(self.tr("N&otes:"), self.notes)
        outer.addLayout(form)
        self.error = FieldError()
        self.error.setObjectName("bookingError")
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(self.tr("&Book") if booking is None else self.tr("&Move"))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        outer.addWidget(self.buttons)
        self.resource.currentIndexChanged.connect(self._resource_changed)
        self._resource_changed()
        if booking is not None:
            self.person.set_entrepreneur(booking.entrepreneur_id, booking.entrepreneur_name)
            self.person.setEnabled(False)
            self.resource.setEnabled(False)
            self.notes.setText(booking.notes or "")
            self.notes.setEnabled(False)
            self.units.setValue(booking.units)
            self.day.setFocus()
        else:
            self.person.setFocus()

    def _resource_changed(self) -> None:
        resource: BookableResource | None = self.resource.currentData()
        capacity = resource.capacity if resource else 1
        self.units.setRange(1, capacity)
        self.units.setSuffix(self.tr(" of %1").replace("%1", str(capacity)))
        self.units.setEnabled(capacity > 1)

    def save(self) -> None:
        resource: BookableResource | None = self.resource.currentData()
        if resource is None:
            self.error.show_error(self.tr("There is no bookable resource."))
            return
        starts_at = to_utc(self.day.date(), self.start.time())
        ends_at = to_utc(self.day.date(), self.end.time())
        units, notes, text = self.units.value(), self.notes.text(), self.person.text()
        picked, actor, booking = self.person.selected_id, self.context.actor, self.booking

        def job(session: Session) -> Any:
            if booking is not None:
                return move_booking(
                    session,
                    booking.id,
                    starts_at=starts_at,
                    ends_at=ends_at,
                    units=units,
                    expected_version=booking.version_id,
                    actor=actor,
                )
            person_id = resolve_entrepreneur(session, text, actor=actor, selected_id=picked)
            return create_booking(
                session,
                service_id=resource.id,
                starts_at=starts_at,
                ends_at=ends_at,
                entrepreneur_id=person_id,
                units=units,
                notes=notes,
                actor=actor,
            )

        self.buttons.setEnabled(False)
        self.error.clear_error()
        self.context.ops.run(
            job,
            label=self.tr("Saving the booking…"),
            parent=self,
            on_done=self._done,
            on_error=self._failed,
            changes={BOOKING},
        )

    def _done(self, result: Any) -> None:
        self.saved = result
        self.buttons.setEnabled(True)
        if self._on_saved is not None:
            self._on_saved(result)
        self.accept()

    def _failed(self, exc: BaseException) -> bool:
        self.buttons.setEnabled(True)
        text = inline_error_text(exc, field_names())
        if text is None:
            return False
        self.error.show_error(text)
        return True
