"""Bookings of rooms and equipment: pick a resource, see its day or week, book, move, cancel,
book a recurring slot, charge what took place. Embedded by the Shared services page.

Keyboard: PgUp / PgDn previous / next day or week, T today, D / W day / week view, Ctrl+N new
booking, Ctrl+Shift+R recurring booking, Up / Down select a booking, Enter move it, Delete
cancel it (after confirmation)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from PySide6.QtCore import QDate, QLocale, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from incubator_app import clock
from incubator_app.models.vocabulary import BookingStatus
from incubator_app.services.shared_services.booking_charges import (
    charge_booking,
    charge_past_bookings_of_month,
)
from incubator_app.services.shared_services.bookings import (
    BookableResource,
    BookingBlock,
    bookings_in_range,
    busiest_resource,
    cancel_booking,
    list_bookable_resources,
    move_booking,
)
from incubator_app.ui.changes import BOOKING, SERVICE_USAGE
from incubator_app.ui.context import AppContext
from incubator_app.ui.flow_layout import FlowLayout, grouped, labelled
from incubator_app.ui.messages import show_error
from incubator_app.ui.services.booking_calendar import BookingCalendar, local
from incubator_app.ui.services.booking_dialog import BookingDialog
from incubator_app.ui.services.money_text import money
from incubator_app.ui.services.recurring_booking_dialog import RecurringBookingDialog

BOOKING_LENGTH = timedelta(hours=1)
QUARTER = timedelta(minutes=15)
DAY_STARTS_AT = time(9, 0)


def _next_quarter(moment: datetime) -> datetime:
    """The first quarter hour from `moment`'s minute on (14:07 -> 14:15, 14:15:40 -> 14:15)."""
    base = moment.replace(second=0, microsecond=0)
    return base + timedelta(minutes=-base.minute % 15)


def next_free_start(
    day: date,
    now: datetime,
    blocks: list[BookingBlock],
    capacity: int,
    length: timedelta = BOOKING_LENGTH,
) -> datetime:
    """Where a new booking starts: 9:00 on `day` (today: the next quarter hour once 9:00 has
    passed; a past day the user went to is theirs to record), moved past the bookings that fill
    the resource; in the incubator's zone."""
    zone = clock.zone()
    now = now.astimezone(zone)
    start = datetime.combine(day, DAY_STARTS_AT, zone)
    if day == now.date():
        start = max(start, _next_quarter(now))
    booked = [
        (b.starts_at.astimezone(zone), b.ends_at.astimezone(zone), b.units)
        for b in blocks
        if b.status is not BookingStatus.CANCELLED
    ]
    for _ in range(4 * 24 * 7):  # a week of quarter hours at most
        end = start + length
        present = [(s, e, u) for s, e, u in booked if s < end and e > start]
        if sum(u for _s, _e, u in present) < capacity:
            return start
        start = _next_quarter(max(start + QUARTER, min(e for _s, e, _u in present)))
    return start


class BookingsView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("bookingsView")
        self.context = context
        self.resources: list[BookableResource] = []
        self.anchor = clock.today()
        self.week_mode = True
        self._generation = 0
        self.dialog: Any = None
        self.confirm_box: QMessageBox | None = None

        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        # The tool bar wraps onto a second line in a narrow window.
        bar = FlowLayout(spacing=12)
        label = QLabel(self.tr("Re&source:"))
        self.resource = QComboBox()
        self.resource.setObjectName("bookingsResource")
        self.resource.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.resource.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        label.setBuddy(self.resource)
        bar.addWidget(labelled(label, self.resource))
        self.day_button = QToolButton()
        self.day_button.setText(self.tr("Day"))
        self.week_button = QToolButton()
        self.week_button.setText(self.tr("Week"))
        modes = QButtonGroup(self)
        for button in (self.day_button, self.week_button):
            button.setCheckable(True)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            modes.addButton(button)
        bar.addWidget(grouped(self.day_button, self.week_button))
        self.week_button.setChecked(True)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous (Page Up)"))
        self.today_button = QToolButton()
        self.today_button.setText(self.tr("Today"))
        self.today_button.setToolTip(self.tr("Today (T)"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next (Page Down)"))
        bar.addWidget(grouped(self.prev_button, self.today_button, self.next_button))
        self.period = QLabel()
        self.period.setObjectName("bookingsPeriod")
        font = self.period.font()
        font.setPointSizeF(font.pointSizeF() * 1.25)
        font.setBold(True)
        self.period.setFont(font)
        bar.addWidget(self.period)
        self.new_button = QPushButton(self.tr("&New booking…"))
        self.new_button.setToolTip(self.tr("Ctrl+N, or drag on the grid"))
        self.recurring_button = QPushButton(self.tr("Recurr&ing…"))
        self.recurring_button.setToolTip(self.tr("Ctrl+Shift+R"))
        self.charge_month_button = QPushButton(self.tr("Char&ge the month…"))
        self.charge_month_button.setToolTip(
            self.tr("Turn every past booking of the month shown into a service usage")
        )
        bar.addWidget(grouped(self.new_button, self.recurring_button, self.charge_month_button))
        outer.addLayout(bar)

        self.calendar = BookingCalendar()
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.StyledPanel)
        scroll.setWidget(self.calendar)
        outer.addWidget(scroll, 1)

        details = QHBoxLayout()
        self.details = QLabel(self.tr("Drag on the grid or press Ctrl+N to book."))
        self.details.setObjectName("bookingDetails")
        self.details.setWordWrap(True)
        details.addWidget(self.details, 1)
        self.move_button = QPushButton(self.tr("&Move…"))
        self.cancel_button = QPushButton(self.tr("C&ancel booking"))
        self.charge_button = QPushButton(self.tr("Charge"))
        for button in (self.move_button, self.cancel_button, self.charge_button):
            button.setEnabled(False)
            details.addWidget(button)
        outer.addLayout(details)

        self.resource.currentIndexChanged.connect(self._resource_picked)
        self.day_button.clicked.connect(lambda: self.set_week_mode(False))
        self.week_button.clicked.connect(lambda: self.set_week_mode(True))
        self.prev_button.clicked.connect(lambda: self.step(-1))
        self.next_button.clicked.connect(lambda: self.step(1))
        self.today_button.clicked.connect(self.go_today)
        self.new_button.clicked.connect(self.new_booking)
        self.recurring_button.clicked.connect(self.new_recurring)
        self.charge_month_button.clicked.connect(self.charge_month)
        self.move_button.clicked.connect(self.move_selected)
        self.cancel_button.clicked.connect(self.cancel_selected)
        self.charge_button.clicked.connect(self.charge_selected)
        self.calendar.selection_changed.connect(self._selection_changed)
        self.calendar.create_requested.connect(self.new_booking_at)
        self.calendar.move_requested.connect(self.move_to)
        self.calendar.open_requested.connect(self.move_selected)
        self.calendar.cancel_requested.connect(lambda _b: self.cancel_selected())
        context.bus.changed.connect(self._on_changed)

        keys = (
            (
                QKeySequence.StandardKey.MoveToPreviousPage,
                lambda: self.step(-1),
                self.tr("Previous"),
            ),
            (QKeySequence.StandardKey.MoveToNextPage, lambda: self.step(1), self.tr("Next")),
            ("T", self.go_today, self.tr("Today")),
            ("D", lambda: self.set_week_mode(False), self.tr("Day")),
            ("W", lambda: self.set_week_mode(True), self.tr("Week")),
            ("Ctrl+N", self.new_booking, self.tr("New booking")),
            ("Ctrl+Shift+R", self.new_recurring, self.tr("Recurring booking")),
        )
        for key, slot, description in keys:
            shortcut = QShortcut(QKeySequence(key), self)
            shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            shortcut.activated.connect(slot)
            shortcut.setWhatsThis(description)
        self._update_period()
        self.reload()

    # -- navigation -----------------------------------------------------------------------

    def days(self) -> list[date]:
        if not self.week_mode:
            return [self.anchor]
        monday = self.anchor - timedelta(days=self.anchor.weekday())
        return [monday + timedelta(days=n) for n in range(7)]

    def show_day(self, day: date) -> None:
        """Day view of `day` (the Shared services page calls it)."""
        self.anchor = day
        self.set_week_mode(False)

    def set_week_mode(self, week: bool) -> None:
        self.week_mode = week
        (self.week_button if week else self.day_button).setChecked(True)
        self.load()

    def step(self, direction: int) -> None:
        self.anchor += timedelta(days=(7 if self.week_mode else 1) * direction)
        self.load()

    def go_today(self) -> None:
        self.anchor = clock.today()
        self.load()

    def _update_period(self) -> None:
        locale = QLocale()
        days = self.days()
        first, last = QDate(days[0]), QDate(days[-1])
        if self.week_mode:
            text = (
                self.tr("Week of %1 to %2")
                .replace("%1", locale.toString(first, "d MMMM"))
                .replace("%2", locale.toString(last, "d MMMM yyyy"))
            )
        else:
            text = locale.toString(first, QLocale.FormatType.LongFormat)
        self.period.setText(text)

    # -- loading --------------------------------------------------------------------------

    def current_resource(self) -> BookableResource | None:
        return self.resource.currentData()

    def reload(self) -> None:
        """Re-reads the resources, then the bookings shown."""
        actor = self.context.actor
        start, end = self._range()
        self.context.ops.run(
            lambda s: (
                list_bookable_resources(s, actor=actor),
                busiest_resource(s, start, end, actor=actor),
            ),
            parent=self,
            on_done=lambda found: self._set_resources(*found),
        )

    def _range(self) -> tuple[datetime, datetime]:
        """The days shown, as times in the incubator's zone: [first day 0:00, day after last)."""
        days = self.days()
        start = datetime.combine(days[0], datetime.min.time(), clock.zone())
        end = datetime.combine(days[-1] + timedelta(days=1), datetime.min.time(), clock.zone())
        return start, end

    def _set_resources(self, resources: list[BookableResource], busiest: int | None = None) -> None:
        current = self.current_resource()
        self.resources = resources
        self.resource.blockSignals(True)
        self.resource.clear()
        for r in resources:
            text = (
                r.name
                if r.capacity == 1
                else self.tr("%1 (%2 units)").replace("%1", r.name).replace("%2", str(r.capacity))
            )
            self.resource.addItem(text, r)
        # The resource shown before, else the one shown last time, else the busiest of the
        # days shown (not an empty week of the first by name).
        wanted = [
            current.id if current is not None else None,
            self.context.settings.last_booking_resource(self.context.db_key),
            busiest,
        ]
        ids = [r.id for r in resources]
        index = next((ids.index(w) for w in wanted if w in ids), 0)
        self.resource.setCurrentIndex(index if resources else -1)
        self.resource.blockSignals(False)
        enabled = bool(resources)
        for button in (self.new_button, self.recurring_button):
            button.setEnabled(enabled)
        if not enabled:
            self.details.setText(
                self.tr("No bookable resource yet: mark a room or equipment as bookable.")
            )
        self.load()

    def _resource_picked(self, _index: int) -> None:
        resource = self.current_resource()
        if resource is not None:
            self.context.settings.set_last_booking_resource(self.context.db_key, resource.id)
        self.load()

    def load(self) -> None:
        self._update_period()
        days = self.days()
        self.calendar.set_days(days)
        resource = self.current_resource()
        if resource is None:
            self.calendar.set_blocks([], 1)
            return
        start, end = self._range()
        self._generation += 1
        generation, actor = self._generation, self.context.actor
        self.context.ops.run(
            lambda s: bookings_in_range(s, resource.id, start, end, actor=actor),
            parent=self,
            on_done=lambda blocks: self._show(generation, resource, blocks),
        )

    def _show(self, generation: int, resource: BookableResource, blocks: list[BookingBlock]):
        if generation == self._generation:  # a later navigation wins
            self.calendar.set_blocks(blocks, resource.capacity)

    def _on_changed(self, kinds: set[str]) -> None:
        if BOOKING in kinds or SERVICE_USAGE in kinds:
            self.load()

    def _selection_changed(self, block: BookingBlock | None) -> None:
        for button in (self.move_button, self.cancel_button):
            button.setEnabled(block is not None and not block.charged)
        ended = block is not None and block.ends_at <= clock.now_utc()
        self.charge_button.setEnabled(ended and not block.charged)
        if block is None:
            self.details.setText(self.tr("Drag on the grid or press Ctrl+N to book."))
            return
        who = block.entrepreneur_name or self.tr("nobody")
        text = self.tr("Booking %1: %2, %3 – %4").replace("%1", str(block.id))
        text = (
            text.replace("%2", who)
            .replace("%3", f"{local(block.starts_at):%d/%m/%Y %H:%M}")
            .replace("%4", f"{local(block.ends_at):%H:%M}")
        )
        if block.charged:
            text += " · " + self.tr("charged")
        self.details.setText(text)

    # -- actions --------------------------------------------------------------------------

    def _open(self, dialog: Any) -> Any:
        self.dialog = dialog
        dialog.finished.connect(lambda _r: self._back_to_calendar())
        dialog.open()
        return dialog

    def _back_to_calendar(self) -> None:
        self.activateWindow()
        self.calendar.setFocus()

    def new_booking(self) -> Any:
        """A one-hour booking at the first free quarter hour of the day shown (from now on
        today, from 9:00 on another day)."""
        day = self.anchor if not self.week_mode else max(self.anchor, self.days()[0])
        resource = self.current_resource()
        capacity = resource.capacity if resource is not None else 1
        start = next_free_start(day, clock.now(), self.calendar.blocks, capacity)
        return self.new_booking_at(start, start + BOOKING_LENGTH)

    def new_booking_at(self, start: datetime, end: datetime) -> Any:
        resource = self.current_resource()
        if resource is None:
            return None
        return self._open(
            BookingDialog(
                self.context,
                self.resources,
                service_id=resource.id,
                starts_at=start,
                ends_at=end,
                parent=self,
            )
        )

    def new_recurring(self) -> Any:
        resource = self.current_resource()
        if resource is None:
            return None
        return self._open(
            RecurringBookingDialog(
                self.context,
                self.resources,
                service_id=resource.id,
                first_day=self.anchor,
                parent=self,
            )
        )

    def move_selected(self, *_args: object) -> Any:
        block = self.calendar.selected
        if block is None or block.charged:
            return None
        return self._open(
            BookingDialog(
                self.context,
                self.resources,
                service_id=block.service_id,
                starts_at=block.starts_at,
                ends_at=block.ends_at,
                booking=block,
                parent=self,
            )
        )

    def move_to(self, block: BookingBlock, start: datetime, end: datetime) -> None:
        actor = self.context.actor
        self.context.ops.run(
            lambda s: move_booking(
                s,
                block.id,
                starts_at=start,
                ends_at=end,
                expected_version=block.version_id,
                actor=actor,
            ),
            label=self.tr("Moving the booking…"),
            parent=self,
            changes={BOOKING},
        )

    def cancel_selected(self) -> None:
        block = self.calendar.selected
        if block is None or block.charged:
            return
        box = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel booking"),
            self.tr("Cancel the booking of %1 on %2? The slot becomes free again.")
            .replace("%1", block.entrepreneur_name or self.tr("nobody"))
            .replace("%2", f"{local(block.starts_at):%d/%m/%Y %H:%M}"),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        box.setObjectName("cancelBookingBox")
        box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Cancel the booking"))
        box.button(QMessageBox.StandardButton.No).setText(self.tr("Keep it"))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        self.confirm_box = box

        def answered(result: int) -> None:
            self.confirm_box = None
            self._back_to_calendar()
            if result == QMessageBox.StandardButton.Yes:
                actor = self.context.actor
                self.context.ops.run(
                    lambda s: cancel_booking(
                        s, block.id, expected_version=block.version_id, actor=actor
                    ),
                    label=self.tr("Cancelling the booking…"),
                    parent=self,
                    changes={BOOKING},
                )

        box.finished.connect(answered)
        box.open()

    def charge_selected(self) -> None:
        block = self.calendar.selected
        if block is None:
            return
        actor = self.context.actor
        self.context.ops.run(
            lambda s: charge_booking(s, block.id, actor=actor),
            label=self.tr("Charging the booking…"),
            parent=self,
            changes={BOOKING, SERVICE_USAGE},
            on_done=lambda usage: self.details.setText(
                self.tr("Booking %1 charged: %2 excl. VAT.")
                .replace("%1", str(block.id))
                .replace("%2", money(usage.amount_cents))
            ),
        )

    def charge_month(self) -> None:
        month = self.days()[0].replace(day=1)
        name = QLocale().toString(QDate(month), "MMMM yyyy")
        answer = QMessageBox.question(
            self,
            self.tr("Charge the month"),
            self.tr(
                "Charge every booking of %1 that has taken place and is not charged yet, for "
                "all resources? Bookings already charged are skipped."
            ).replace("%1", name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,  # charges cannot be taken back: Enter says no
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        actor = self.context.actor

        def done(result: Any) -> None:
            QMessageBox.information(
                self,
                self.tr("Charge the month"),
                self.tr(
                    "%1 bookings charged (%2 excl. VAT). Already charged: %3. "
                    "Without an entrepreneur: %4."
                )
                .replace("%1", str(len(result.usage_ids)))
                .replace("%2", money(result.amount_cents))
                .replace("%3", str(result.already_charged))
                .replace("%4", str(result.without_entrepreneur)),
            )

        self.context.ops.run(
            lambda s: charge_past_bookings_of_month(s, month, actor=actor),
            label=self.tr("Charging the bookings of the month…"),
            parent=self,
            changes={BOOKING, SERVICE_USAGE},
            on_done=done,
            on_error=lambda exc: show_error(self, exc) or True,
        )
