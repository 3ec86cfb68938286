"""The bookings calendar driven as a user: keyboard dialog, drag to create and to move, cancel
with confirmation, a refused double booking shown in the dialog, the recurring dialog's conflict
preview, navigation keys."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest
from activation import make_active
from PySide6.QtCore import QPoint, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from incubator_app import clock
from incubator_app.models import Booking, BookingStatus, Entrepreneur, PathwayStage, ServiceUsage
from incubator_app.services.shared_services.bookings import create_booking
from incubator_app.services.shared_services.catalogue import create_shared_service
from incubator_app.ui.services.bookings_view import BookingsView

pytestmark = pytest.mark.ui
DAY = date(2026, 10, 13)  # a Tuesday


def at(d: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(d, time(hour, minute), clock.zone())


@pytest.fixture
def room(db, admin_actor):
    with db.session() as s:
        person = Entrepreneur(
            first_name="Inès",
            last_name="Benali",
            entry_date=date(2026, 1, 5),
            stage=PathwayStage.INCUBATED,
        )
        s.add(person)
        s.commit()
        service = create_shared_service(
            s,
            name="Salle de répétition",
            category="Locaux",
            unit="hour",
            unit_price_cents=1200,
            bookable=True,
            actor=admin_actor,
        )
        return service, person.id


@pytest.fixture
def view(qtbot, context, room):
    widget = BookingsView(context)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    make_active(qtbot, widget)
    qtbot.waitUntil(lambda: widget.resource.count() == 1)
    widget.show_day(DAY)
    widget.calendar.setFocus()
    return widget


def bookings(db) -> list[Booking]:
    with db.session() as s:
        return list(
            s.query(Booking).filter(Booking.status != BookingStatus.CANCELLED).order_by(Booking.id)
        )


def local_hours(view) -> list[tuple[int, int]]:
    return [
        (b.starts_at.astimezone(clock.zone()).hour, b.ends_at.astimezone(clock.zone()).hour)
        for b in view.calendar.blocks
    ]


def test_create_with_the_keyboard(qtbot, view, db):
    qtbot.keyClick(view.calendar, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.windowTitle() == "New booking"
    qtbot.keyClicks(dialog.person, "Benali")
    qtbot.keyClick(dialog.person, Qt.Key.Key_Tab)
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    qtbot.waitUntil(lambda: len(view.calendar.blocks) == 1)
    block = view.calendar.blocks[0]
    assert block.entrepreneur_name == "Inès Benali"
    assert local_hours(view) == [(9, 10)]
    assert len(bookings(db)) == 1


def test_drag_to_create_then_double_booking_is_refused_in_the_dialog(qtbot, view, db, context):
    cal = view.calendar
    start, end = cal.point_at(0, 10 * 60).toPoint(), cal.point_at(0, 12 * 60).toPoint()
    qtbot.mousePress(cal, Qt.MouseButton.LeftButton, pos=start)
    qtbot.mouseMove(cal, pos=QPoint(start.x(), start.y() + 40))
    qtbot.mouseMove(cal, pos=end)
    qtbot.mouseRelease(cal, Qt.MouseButton.LeftButton, pos=end)
    dialog = view.dialog
    assert dialog is not None and dialog.isVisible()
    assert (dialog.start.time(), dialog.end.time()) == (QTime(10, 0), QTime(12, 0))
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: local_hours(view) == [(10, 12)])

    # Again over the same slot: the service refuses; the dialog says why and stays open.
    qtbot.keyClick(cal, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    second = view.dialog
    second.start.setTime(QTime(11, 0))
    second.end.setTime(QTime(13, 0))
    qtbot.keyClick(second.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: second.error.isVisible())
    error = second.error.text()
    assert "Salle de répétition" in error and "already booked by" in error
    assert "from 10:00 to 12:00" in error  # who holds the slot and when, not a row number
    assert second.isVisible()
    second.reject()
    assert len(bookings(db)) == 1


def test_move_by_drag_and_by_dialog_then_cancel(qtbot, view, db, context, room):
    service, person = room
    with db.session() as s:
        create_booking(
            s,
            service_id=service.id,
            starts_at=at(DAY, 9),
            ends_at=at(DAY, 10),
            entrepreneur_id=person,
            actor=context.actor,
        )
    view.load()
    cal = view.calendar
    qtbot.waitUntil(lambda: len(cal.blocks) == 1)
    rect = cal.block_rect(cal.blocks[0].id)
    grab = rect.center().toPoint()
    target = QPoint(grab.x(), int(grab.y() + 2 * cal._hour_height()))
    qtbot.mousePress(cal, Qt.MouseButton.LeftButton, pos=grab)
    qtbot.mouseMove(cal, pos=QPoint(grab.x(), grab.y() + 30))
    qtbot.mouseMove(cal, pos=target)
    qtbot.mouseRelease(cal, Qt.MouseButton.LeftButton, pos=target)
    qtbot.waitUntil(lambda: local_hours(view) == [(11, 12)])

    # Keyboard: select it, Enter opens the move dialog.
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_Down)
    assert cal.selected is not None
    assert "Inès Benali" in view.details.text()
    qtbot.keyClick(cal, Qt.Key.Key_Return)
    dialog = view.dialog
    assert dialog.windowTitle() == "Move booking"
    dialog.start.setTime(QTime(15, 0))
    dialog.end.setTime(QTime(17, 0))
    qtbot.keyClick(dialog.day, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: local_hours(view) == [(15, 17)])

    # Delete asks first; "Keep it" keeps it, "Cancel the booking" frees the slot.
    cal.setFocus()
    qtbot.keyClick(cal, Qt.Key.Key_Down)
    qtbot.keyClick(cal, Qt.Key.Key_Delete)
    box = view.confirm_box
    assert box is not None and box.isVisible()
    box.button(QMessageBox.StandardButton.No).click()
    assert len(bookings(db)) == 1
    qtbot.keyClick(cal, Qt.Key.Key_Delete)
    view.confirm_box.button(QMessageBox.StandardButton.Yes).click()
    qtbot.waitUntil(lambda: cal.blocks == [])
    assert bookings(db) == []


def test_recurring_booking_shows_conflicts_and_skips_them(qtbot, view, db, context, room):
    service, person = room
    with db.session() as s:
        create_booking(  # the third Tuesday is taken at 15:00
            s,
            service_id=service.id,
            starts_at=at(DAY + timedelta(days=14), 15),
            ends_at=at(DAY + timedelta(days=14), 16),
            actor=context.actor,
        )
    qtbot.keyClick(
        view.calendar,
        Qt.Key.Key_R,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    dialog = view.dialog
    assert dialog.windowTitle() == "Recurring booking"
    qtbot.keyClicks(dialog.person, "Benali")
    assert not dialog.book.isEnabled()  # nothing is booked before the check
    qtbot.mouseClick(dialog.check, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.occurrences.count() == 10)
    texts = [dialog.occurrences.item(n).text() for n in range(10)]
    assert texts[2].startswith("✗") and "27 October 2026, 14:00" in texts[2]
    assert "already booked by" in texts[2]
    assert all(t.startswith("✓") for n, t in enumerate(texts) if n != 2)
    assert dialog.summary.text() == "9 occurrences are free, 1 are already taken (in red)."
    assert dialog.book.text() == "&Book 9, skip 1 taken"
    assert len(bookings(db)) == 1
    qtbot.mouseClick(dialog.book, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    saved = bookings(db)
    assert len(saved) == 10
    series = {b.series_id for b in saved if b.entrepreneur_id == person}
    assert len(series) == 1 and None not in series


def test_navigation_keys(qtbot, view):
    assert view.period.text().startswith("Tuesday")
    qtbot.keyClick(view.calendar, Qt.Key.Key_W)
    assert view.period.text() == "Week of 12 October to 18 October 2026"
    qtbot.keyClick(view.calendar, Qt.Key.Key_PageDown)
    assert view.period.text() == "Week of 19 October to 25 October 2026"
    assert len(view.calendar.days) == 7
    qtbot.keyClick(view.calendar, Qt.Key.Key_PageUp)
    qtbot.keyClick(view.calendar, Qt.Key.Key_PageUp)
    assert view.period.text() == "Week of 5 October to 11 October 2026"
    qtbot.keyClick(view.calendar, Qt.Key.Key_T)
    # T goes to the incubator's today (the frozen clock: Wednesday 18 November 2026).
    assert view.anchor == clock.today() == date(2026, 11, 18)
    assert view.period.text() == "Week of 16 November to 22 November 2026"
    qtbot.keyClick(view.calendar, Qt.Key.Key_D)
    assert len(view.calendar.days) == 1


def test_new_booking_today_starts_at_the_next_free_quarter_hour(qtbot, view, db, room):
    """Frozen clock: Wednesday 18/11/2026 10:00 Paris; shifted to 10:07, the slot proposed
    is 10:15, or after the booking holding the room (10:00-11:30 here): 11:30."""
    service, person = room
    today = clock.today()
    view.go_today()
    view.set_week_mode(False)
    dialog = view.new_booking()
    assert (dialog.day.date().toPython(), dialog.start.time()) == (today, QTime(10, 0))
    dialog.reject()
    with db.session() as s:
        create_booking(
            s,
            service_id=service.id,
            starts_at=at(today, 10),
            ends_at=at(today, 11, 30),
            entrepreneur_id=person,
            actor=view.context.actor,
        )
    view.load()
    qtbot.waitUntil(lambda: len(view.calendar.blocks) == 1)
    dialog = view.new_booking()
    assert (dialog.start.time(), dialog.end.time()) == (QTime(11, 30), QTime(12, 30))
    dialog.reject()


@pytest.mark.clock("2026-11-18 10:07")
def test_a_start_already_past_is_never_proposed(qtbot, view):
    view.go_today()
    dialog = view.new_booking()
    assert dialog.start.time() == QTime(10, 15)
    dialog.reject()


def test_the_calendar_opens_on_the_resource_shown_last(qtbot, context, db, room, admin_actor):
    with db.session() as s:
        other = create_shared_service(
            s,
            name="Atelier bois",  # first by name
            category="Locaux",
            unit="hour",
            unit_price_cents=800,
            bookable=True,
            actor=admin_actor,
        )
    first = BookingsView(context)
    qtbot.addWidget(first)
    qtbot.waitUntil(lambda: first.resource.count() == 2)
    assert first.current_resource().name == "Atelier bois"
    first.resource.setCurrentIndex(first.resource.findText("Salle de répétition"))
    again = BookingsView(context)
    qtbot.addWidget(again)
    qtbot.waitUntil(lambda: again.resource.count() == 2)
    assert again.current_resource().name == "Salle de répétition"
    assert other.id != again.current_resource().id


def test_with_none_shown_before_it_opens_on_the_busiest_resource_of_the_week(
    qtbot, context, db, room, admin_actor
):
    with db.session() as s:
        create_shared_service(
            s, name="Atelier bois", category="Locaux", unit="hour",  # first by name, unbooked
            unit_price_cents=800, bookable=True, actor=admin_actor,
        )  # fmt: skip
        create_booking(
            s, service_id=room[0].id, starts_at=at(clock.today(), 10),
            ends_at=at(clock.today(), 11), actor=admin_actor,
        )  # fmt: skip
    view = BookingsView(context)
    qtbot.addWidget(view)
    qtbot.waitUntil(lambda: view.resource.count() == 2)
    assert view.current_resource().name == "Salle de répétition"
    qtbot.waitUntil(lambda: len(view.calendar.blocks) == 1)


def test_enter_on_the_charge_the_month_question_charges_nothing(qtbot, view, db, room):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    service, person = room
    with db.session() as s:
        create_booking(
            s,
            service_id=service.id,
            starts_at=at(DAY, 9),
            ends_at=at(DAY, 10),
            entrepreneur_id=person,
            actor=view.context.actor,
        )
    seen = []

    def press_enter() -> None:
        """Enter on the question; any later box (a charge made anyway) is closed."""
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            if seen:
                box.done(0)
            else:
                seen.append(box.defaultButton().text())
                qtbot.keyClick(box, Qt.Key.Key_Return)

    timer = QTimer()
    timer.timeout.connect(press_enter)
    timer.start(20)
    view.charge_month()
    qtbot.wait(200)
    timer.stop()
    assert seen and seen[0].replace("&", "") == "No"
    with db.session() as s:
        assert s.query(ServiceUsage).count() == 0  # nothing charged
