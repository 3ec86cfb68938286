"""The calendar feeds of a shared folder: one `.ics` per coach (their coaching sessions) and per
bookable room or resource (its bookings), that Outlook, Thunderbird or Google subscribe to.

- Stable names and UIDs: `coach-12.ics`, `room-3.ics` (renaming a coach or a room keeps the
  subscription), `coaching-session-845@…`, `booking-77@…` (a moved session is updated in the
  subscribed calendar, never duplicated); SEQUENCE and LAST-MODIFIED come from the row's
  version, so an unchanged database gives byte-identical files (which are then not rewritten).
- Written atomically (a temporary file beside it, then a rename): a calendar program reading
  the folder sees the old file or the new one, never half of one.
- Nothing confidential: a shared folder is readable by whoever the incubator lets in, so a
  session says its kind, mode and number of people, a booking says "Booked"; names, summaries
  and notes stay in the application.
- A window from 60 days back to 400 days ahead keeps the files small.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ConflictError, DomainError
from incubator_app.file_modes import replaced_on_success
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Booking, Coach, CoachingSession, SessionParticipant, SharedService
from incubator_app.models.vocabulary import BookingStatus, SessionKind, SessionMode
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.calendars.ics import finish, new_calendar, new_event, uid
from incubator_app.services.mail.smtp_settings import get_mail_settings

DAYS_BACK = 60
DAYS_AHEAD = 400
FEED_NAME = re.compile(r"(coach|room)-\d+\.ics")
INDEX_NAME = "calendars.txt"

_KIND = {
    SessionKind.INDIVIDUAL: QT_TRANSLATE_NOOP("Calendars", "Individual coaching session"),
    SessionKind.COLLECTIVE: QT_TRANSLATE_NOOP("Calendars", "Group session ({count} people)"),
}
_MODE = {
    SessionMode.IN_PERSON: QT_TRANSLATE_NOOP("Calendars", "In person"),
    SessionMode.PHONE: QT_TRANSLATE_NOOP("Calendars", "By phone"),
    SessionMode.VIDEO: QT_TRANSLATE_NOOP("Calendars", "By video"),
}


def _window() -> tuple[date, date]:
    today = clock.today()
    return today - timedelta(days=DAYS_BACK), today + timedelta(days=DAYS_AHEAD)


def _wall(day: date, minutes: int = 0) -> datetime:
    """A wall-clock time of the incubator's zone (sessions store the day and the local time)."""
    return datetime(day.year, day.month, day.day, tzinfo=clock.zone()) + timedelta(minutes=minutes)


def coach_feed(session: Session, coach_id: int) -> bytes:
    """The coach's sessions of the window as an .ics feed."""
    coach = session.get(Coach, coach_id)
    if coach is None:
        raise DomainError(
            msg(QT_TRANSLATE_NOOP("Calendars", "No coach with id {id}."), id=coach_id)
        )
    first, last = _window()
    people = (
        select(func.count())
        .where(SessionParticipant.session_id == CoachingSession.id)
        .scalar_subquery()
    )
    rows = session.execute(
        select(
            CoachingSession.id,
            CoachingSession.session_date,
            CoachingSession.start_time,
            CoachingSession.duration_minutes,
            CoachingSession.kind,
            CoachingSession.mode,
            CoachingSession.version_id,
            CoachingSession.updated_at,
            people,
        )
        .where(
            CoachingSession.coach_id == coach_id,
            CoachingSession.session_date >= first,
            CoachingSession.session_date <= last,
        )
        .order_by(CoachingSession.session_date, CoachingSession.start_time, CoachingSession.id)
    )
    name = str(
        msg(QT_TRANSLATE_NOOP("Calendars", "{coach} — coaching sessions"), coach=coach.display_name)
    )
    cal = new_calendar(name=name)
    for sid, day, start_time, minutes, kind, mode, version, updated, count in rows:
        if start_time is not None:
            start = _wall(day, start_time.hour * 60 + start_time.minute)
        else:  # no time of day: the morning, so the length still shows
            start = _wall(day, 9 * 60)
        event = new_event(
            event_uid=uid("coaching-session", sid),
            title=str(msg(_KIND[SessionKind(kind)], count=count)),
            start=start,
            end=start + timedelta(minutes=minutes),
            stamp=updated,
            location=str(msg(_MODE[SessionMode(mode)])),
            sequence=version - 1,
        )
        cal.add_component(event)
    return finish(cal, first, last)


def room_feed(session: Session, service_id: int) -> bytes:
    """The bookings of a room or resource in the window (cancelled ones left out)."""
    service = session.get(SharedService, service_id)
    if service is None:
        raise DomainError(
            msg(QT_TRANSLATE_NOOP("Calendars", "No room or resource with id {id}."), id=service_id)
        )
    first, last = _window()
    rows = session.execute(
        select(
            Booking.id, Booking.starts_at, Booking.ends_at, Booking.version_id, Booking.updated_at
        )
        .where(
            Booking.service_id == service_id,
            Booking.status != BookingStatus.CANCELLED,
            Booking.ends_at >= _wall(first),
            Booking.starts_at < _wall(last + timedelta(days=1)),
        )
        .order_by(Booking.starts_at, Booking.id)
    )
    cal = new_calendar(name=service.name)
    booked = str(msg(QT_TRANSLATE_NOOP("Calendars", "Booked")))
    for bid, starts_at, ends_at, version, updated in rows:
        cal.add_component(
            new_event(
                event_uid=uid("booking", bid),
                title=booked,
                start=starts_at,
                end=ends_at,
                stamp=updated,
                location=service.name,
                sequence=version - 1,
            )
        )
    return finish(cal, first, last)


@dataclass
class PublishReport:
    folder: Path
    written: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)


def _write_if_changed(path: Path, content: bytes) -> bool:
    try:
        if path.read_bytes() == content:
            return False
    except OSError:
        pass
    with replaced_on_success(path) as tmp:
        with open(tmp, "wb") as handle:
            handle.write(content)
            handle.flush()
            os.fsync(handle.fileno())
    return True


def publish_calendars(
    session: Session, folder: str | Path | None = None, *, actor: Actor
) -> PublishReport:
    """Writes the feed of every active coach and every active bookable room or resource into
    `folder` (default: the shared folder of the settings), plus `calendars.txt` naming them;
    removes the feeds of coaches and rooms no longer active."""
    require(actor, Permission.MANAGE_SETTINGS)
    if folder is None or str(folder).strip() == "":
        folder = get_mail_settings(session).calendar_folder
    if not folder:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Calendars",
                    "Choose the shared calendar folder first (Settings, E-mail and calendars).",
                )
            )
        )
    target = Path(folder)
    if not target.is_dir():
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP("Calendars", "The calendar folder does not exist: {folder}"),
                folder=str(target),
            )
        )
    report = PublishReport(target)
    feeds: dict[str, tuple[str, bytes]] = {}
    for coach_id, name in session.execute(
        select(Coach.id, Coach.display_name).where(Coach.active).order_by(Coach.id)
    ):
        feeds[f"coach-{coach_id}.ics"] = (name, coach_feed(session, coach_id))
    for service_id, name in session.execute(
        select(SharedService.id, SharedService.name)
        .where(SharedService.active, SharedService.bookable)
        .order_by(SharedService.id)
    ):
        feeds[f"room-{service_id}.ics"] = (name, room_feed(session, service_id))
    session.commit()
    try:
        for filename, (_, content) in feeds.items():
            changed = _write_if_changed(target / filename, content)
            (report.written if changed else report.unchanged).append(filename)
        for old in sorted(target.iterdir()):
            if FEED_NAME.fullmatch(old.name) and old.name not in feeds:
                old.unlink(missing_ok=True)
                report.removed.append(old.name)
        index = "\n".join(f"{filename}\t{name}" for filename, (name, _) in feeds.items())
        _write_if_changed(target / INDEX_NAME, (index + "\n").encode("utf-8"))
    except OSError as exc:
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Calendars", "Could not write the calendars in {folder}: {error}"
                ),
                folder=str(target),
                error=exc.strerror or str(exc),
            )
        ) from exc
    return report
