"""Calendar files read back with icalendar: the invitation of one event (METHOD:REQUEST, the
incubator's zone and its VTIMEZONE, organizer and attendee); the feeds of coaches and rooms
written into a shared folder (stable names and UIDs, a moved booking updated in place with a
higher SEQUENCE, unchanged files not rewritten, nothing confidential, a retired coach's file
removed), from the service and from `incubator-app calendar publish`."""

from __future__ import annotations

from datetime import UTC, date, datetime, time

import pytest
from cli_accounts import passwords_on_stdin
from factories import make_coach, make_entrepreneur
from icalendar import Calendar

from incubator_app.cli import main as cli_main
from incubator_app.errors import ConflictError, DomainError
from incubator_app.services.calendars.feeds import publish_calendars
from incubator_app.services.calendars.invitation import invitation_ics
from incubator_app.services.coaching.sessions import log_coaching_session
from incubator_app.services.mail.smtp_settings import update_mail_settings
from incubator_app.services.shared_services.bookings import (
    cancel_booking,
    create_booking,
    move_booking,
)
from incubator_app.services.shared_services.catalogue import create_shared_service

pytestmark = [pytest.mark.core, pytest.mark.clock("2026-12-03 10:00")]


def _events(content: bytes) -> list:
    return [c for c in Calendar.from_ical(content).walk("VEVENT")]


def test_invitation_ics_reads_back_in_the_incubators_zone() -> None:
    content = invitation_ics(
        "event-registration-41@incubator-app.invalid",
        "Atelier « Écrire pour la scène »",
        datetime(2026, 12, 10, 13, 0, tzinfo=UTC),
        datetime(2026, 12, 10, 16, 30, tzinfo=UTC),
        "Salle Molière, 3 rue de l’Opéra, Lyon",
        "Apportez un texte, même court ; café offert !",
        ("La Couveuse", "accueil@couveuse.example"),
        ("Léa Martin", "lea@example.org"),
    )
    cal = Calendar.from_ical(content)
    assert str(cal["METHOD"]) == "REQUEST"
    (tz,) = cal.walk("VTIMEZONE")
    assert str(tz["TZID"]) == "Europe/Paris"
    (event,) = _events(content)
    assert str(event["UID"]) == "event-registration-41@incubator-app.invalid"
    assert str(event["SUMMARY"]) == "Atelier « Écrire pour la scène »"
    start = event.decoded("DTSTART")
    assert (start.hour, start.minute, str(start.tzinfo)) == (14, 0, "Europe/Paris")
    assert event["DTSTART"].params["TZID"] == "Europe/Paris"
    assert event.decoded("DTEND") - start == (
        datetime(2026, 12, 10, 16, 30, tzinfo=UTC) - datetime(2026, 12, 10, 13, 0, tzinfo=UTC)
    )
    assert str(event["ORGANIZER"]) == "mailto:accueil@couveuse.example"
    assert event["ORGANIZER"].params["CN"] == "La Couveuse"
    assert str(event["ATTENDEE"]) == "mailto:lea@example.org"
    assert event["ATTENDEE"].params["CN"] == "Léa Martin"
    assert str(event["LOCATION"]) == "Salle Molière, 3 rue de l’Opéra, Lyon"
    assert str(event["DESCRIPTION"]) == "Apportez un texte, même court ; café offert !"
    cancelled = Calendar.from_ical(
        invitation_ics(
            "event-registration-41@incubator-app.invalid",
            "Atelier",
            datetime(2026, 12, 10, 13, 0, tzinfo=UTC),
            datetime(2026, 12, 10, 16, 30, tzinfo=UTC),
            None,
            None,
            "accueil@couveuse.example",
            "lea@example.org",
            sequence=1,
            cancel=True,
        )
    )
    assert str(cancelled["METHOD"]) == "CANCEL"
    (event,) = cancelled.walk("VEVENT")
    assert (str(event["STATUS"]), int(event["SEQUENCE"])) == ("CANCELLED", 1)
    with pytest.raises(ValueError):
        invitation_ics("u", "t", datetime(2026, 1, 1), datetime(2026, 1, 2), None, None, "a", "b")


def _world(session, admin):
    anna = make_coach(session, "Anna Coach")
    other = make_coach(session, "Bruno Coach")
    lea = make_entrepreneur(session, "Léa", "Secrète")
    sam = make_entrepreneur(session, "Sam", "Discret")
    log_coaching_session(
        session,
        session_date=date(2026, 12, 8),
        start_time=time(14, 30),
        duration_minutes=90,
        coach_id=anna.id,
        participants=[lea.id],
        summary="Très confidentiel : dettes",
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2026, 12, 9),
        start_time=time(9, 0),
        duration_minutes=120,
        coach_id=anna.id,
        participants=[lea.id, sam.id],
        kind="collective",
        mode="video",
        actor=admin,
    )
    log_coaching_session(
        session,
        session_date=date(2027, 6, 1),
        start_time=time(10, 0),
        duration_minutes=60,
        coach_id=other.id,
        participants=[sam.id],
        actor=admin,
    )
    room = create_shared_service(
        session,
        name="Studio son",
        category="space",
        unit="hour",
        unit_price_cents=1000,
        bookable=True,
        actor=admin,
    )
    create_shared_service(
        session,
        name="Photocopies",
        category="print",
        unit="item",
        unit_price_cents=10,
        actor=admin,
    )
    kept = create_booking(
        session,
        service_id=room.id,
        starts_at=datetime(2026, 12, 7, 9, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 7, 11, 0, tzinfo=UTC),
        entrepreneur_id=lea.id,
        notes="Enregistrement privé",
        actor=admin,
    )
    gone = create_booking(
        session,
        service_id=room.id,
        starts_at=datetime(2026, 12, 8, 9, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 8, 10, 0, tzinfo=UTC),
        actor=admin,
    )
    cancel_booking(session, gone.id, expected_version=gone.version_id, actor=admin)
    return anna, other, room, kept


def test_publish_writes_stable_feeds_into_the_shared_folder(session, admin, tmp_path) -> None:
    anna, other, room, kept = _world(session, admin)
    folder = tmp_path / "partage"
    folder.mkdir()
    with pytest.raises(ConflictError):
        publish_calendars(session, actor=admin)  # no folder in the settings yet
    update_mail_settings(session, expected_version=None, actor=admin, calendar_folder=str(folder))
    report = publish_calendars(session, actor=admin)
    names = [f"coach-{anna.id}.ics", f"coach-{other.id}.ics", f"room-{room.id}.ics"]
    assert sorted(report.written) == sorted(names) and report.unchanged == []
    assert sorted(p.name for p in folder.iterdir()) == sorted([*names, "calendars.txt"])
    assert "Studio son" in (folder / "calendars.txt").read_text(encoding="utf-8")

    anna_file = (folder / f"coach-{anna.id}.ics").read_bytes()
    cal = Calendar.from_ical(anna_file)
    assert str(cal["X-WR-CALNAME"]) == "Anna Coach — coaching sessions"
    events = _events(anna_file)
    assert [e.decoded("DTSTART").strftime("%d/%m %H:%M") for e in events] == [
        "08/12 14:30",
        "09/12 09:00",
    ]
    assert [str(e["DTSTART"].params["TZID"]) for e in events] == ["Europe/Paris"] * 2
    assert [(e.decoded("DTEND") - e.decoded("DTSTART")).seconds // 60 for e in events] == [90, 120]
    assert str(events[1]["SUMMARY"]) == "Group session (2 people)"
    assert str(events[1]["LOCATION"]) == "By video"
    assert all(str(e["UID"]).startswith("coaching-session-") for e in events)
    text = anna_file.decode("utf-8")
    assert "Secrète" not in text and "confidentiel" not in text and "Léa" not in text

    room_events = _events((folder / f"room-{room.id}.ics").read_bytes())
    assert [str(e["UID"]) for e in room_events] == [f"booking-{kept.id}@incubator-app.invalid"]
    assert room_events[0].decoded("DTSTART").hour == 10  # 09:00 UTC is 10:00 in Paris
    assert "privé" not in (folder / f"room-{room.id}.ics").read_text(encoding="utf-8")

    # Nothing changed: nothing rewritten (same bytes).
    again = publish_calendars(session, actor=admin)
    assert again.written == [] and sorted(again.unchanged) == sorted(names)

    # A moved booking: the same UID, a higher SEQUENCE, still one event.
    moved = move_booking(
        session,
        kept.id,
        starts_at=datetime(2026, 12, 7, 13, 0, tzinfo=UTC),
        ends_at=datetime(2026, 12, 7, 15, 0, tzinfo=UTC),
        expected_version=kept.version_id,
        actor=admin,
    )
    assert publish_calendars(session, actor=admin).written == [f"room-{room.id}.ics"]
    (event,) = _events((folder / f"room-{room.id}.ics").read_bytes())
    assert str(event["UID"]) == f"booking-{moved.id}@incubator-app.invalid"
    assert int(event["SEQUENCE"]) == int(room_events[0]["SEQUENCE"]) + 1
    assert event.decoded("DTSTART").hour == 14

    # A retired coach's feed goes; no temporary file stays.
    other_row = session.get(type(other), other.id)
    other_row.active = False
    session.commit()
    assert publish_calendars(session, actor=admin).removed == [f"coach-{other.id}.ics"]
    assert not any(p.name.startswith(".") for p in folder.iterdir())


def test_publish_from_the_command_line(session, admin, db_url, tmp_path, monkeypatch, capsys):
    _world(session, admin)
    passwords_on_stdin(monkeypatch, "admin-password")
    folder = tmp_path / "cal"
    folder.mkdir()
    argv = ["calendar", "publish", "--db", db_url, "--folder", str(folder), "--user", "admin"]
    assert cli_main([*argv, "--lang", "en"]) == 0
    assert capsys.readouterr().out.strip() == f"{folder}: 3 written, 0 unchanged, 0 removed"
    missing = ["calendar", "publish", "--db", db_url, "--folder", str(tmp_path / "nope")]
    assert cli_main([*missing, "--user", "admin", "--lang", "en"]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert len(err) == 1 and "does not exist" in err[0]
    with pytest.raises(DomainError):
        publish_calendars(session, tmp_path / "nope", actor=admin)
