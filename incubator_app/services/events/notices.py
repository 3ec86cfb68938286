"""The e-mails of the events, written to the outbox in the same transaction as the change that
causes them (services/mail/outbox.py `enqueue_message`): confirmation with the .ics invitation,
place on the waiting list, an offered place (how to accept or decline, and until when), the
reminder two days before, the incubator's cancellation. In the person's language (the
entrepreneur's or contact's `language`: fr by default, en, it or es), from the translations of
the application's own catalogue (the .ts files), as the reports do. A person without an e-mail
address is simply not written to.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.i18n import QT_TRANSLATE_NOOP, TRANSLATIONS_DIR, load_ts_catalog
from incubator_app.models import (
    Contact,
    Entrepreneur,
    Event,
    EventMaterial,
    Registration,
    SharedService,
)
from incubator_app.models.outbox import OutboxMessage
from incubator_app.services.calendars.invitation import invitation_ics
from incubator_app.services.entrepreneurs.document_names import safe_display_name
from incubator_app.services.events.places import Notice, as_utc
from incubator_app.services.events.waiting import waiting_position_of
from incubator_app.services.mail.outbox import FALLBACK_DOMAIN, enqueue_message
from incubator_app.services.mail.smtp_settings import get_mail_settings

RELATED_KIND = "registration"


def _organizer(session: Session) -> tuple[str, str]:
    """The invitation's organiser: the incubator's sender of the mail settings."""
    settings = get_mail_settings(session)
    return settings.sender_name, settings.sender_address or f"no-reply@{FALLBACK_DOMAIN}"


_SUBJECTS = {
    "confirmed": QT_TRANSLATE_NOOP("EventMail", "Registration confirmed: {title}"),
    "waitlisted": QT_TRANSLATE_NOOP("EventMail", "Waiting list: {title}"),
    "offered": QT_TRANSLATE_NOOP("EventMail", "A place is free for you: {title}"),
    "reminder": QT_TRANSLATE_NOOP("EventMail", "Reminder: {title} in two days"),
    "cancelled_by_incubator": QT_TRANSLATE_NOOP("EventMail", "Cancelled: {title}"),
}

_BODIES = {
    "confirmed": QT_TRANSLATE_NOOP(
        "EventMail",
        "Hello {name},\n\nYour registration to « {title} » is confirmed ({places} place(s)).\n"
        "When: {when}\nWhere: {where}\n\nThe invitation is attached: open it to add the event "
        "to your calendar.\nIf you cannot come, reply to this e-mail so that someone else can "
        "have your place.\n\nReference: {reference}\n",
    ),
    "waitlisted": QT_TRANSLATE_NOOP(
        "EventMail",
        "Hello {name},\n\n« {title} » is full for now: you are number {position} on the waiting "
        "list ({places} place(s)).\nWhen: {when}\n\nIf a place frees up, we will write to you; "
        "you will then have a limited time to accept it.\n\nReference: {reference}\n",
    ),
    "offered": QT_TRANSLATE_NOOP(
        "EventMail",
        "Hello {name},\n\nA place is free for you at « {title} » ({places} place(s)).\n"
        "When: {when}\nWhere: {where}\n\nWe keep it for you until {deadline}.\nTo accept, reply "
        "to this e-mail with YES; to let it go to the next person, reply with NO. Without an "
        "answer by then, the place goes to the next person on the waiting list.\n\n"
        "Reference: {reference}\n",
    ),
    "reminder": QT_TRANSLATE_NOOP(
        "EventMail",
        "Hello {name},\n\nA reminder: « {title} » takes place in two days.\nWhen: {when}\n"
        "Where: {where}\n\nCannot come any more? Reply with « je libère ma place » (I free my "
        "place) so that someone on the waiting list can have it.\n\nReference: {reference}\n",
    ),
    "cancelled_by_incubator": QT_TRANSLATE_NOOP(
        "EventMail",
        "Hello {name},\n\nWe are sorry: « {title} », planned {when}, is cancelled.\n"
        "Your registration is cancelled too; you have nothing to do.\n\nReference: {reference}\n",
    ),
}

_MATERIALS = QT_TRANSLATE_NOOP("EventMail", "Documents for this event: {names}")
#: The e-mails that name the event's materials (services/events/materials.py).
_WITH_MATERIALS = ("confirmed", "offered", "reminder")
_WHEN = QT_TRANSLATE_NOOP("EventMail", "{day} from {start} to {end}")
_NO_PLACE = QT_TRANSLATE_NOOP("EventMail", "to be announced")


@lru_cache(maxsize=8)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"incubator_app_{lang}.ts"
    return load_ts_catalog(path) if lang != "en" and path.exists() else {}


def _tr(key: tuple[str, str], lang: str, **params: Any) -> str:
    text = _catalog(lang).get(key) or key[1]
    return text.format(**params) if params else text


@dataclass(frozen=True)
class Person:
    name: str
    email: str | None
    language: str


def person_of(session: Session, reg: Registration) -> Person:
    if reg.entrepreneur_id is not None:
        e = session.get(Entrepreneur, reg.entrepreneur_id)
        assert e is not None
        return Person(f"{e.first_name} {e.last_name}", e.email, e.language or "fr")
    c = session.get(Contact, reg.contact_id)
    assert c is not None
    name = f"{c.first_name} {c.last_name}" if c.first_name else c.last_name
    return Person(name, c.email, c.language or "fr")


def local_text(instant: datetime) -> str:
    return as_utc(instant).astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M")


def when_text(event: Event, lang: str) -> str:
    start = as_utc(event.starts_at).astimezone(clock.zone())
    end = as_utc(event.ends_at).astimezone(clock.zone())
    return _tr(
        _WHEN,
        lang,
        day=start.strftime("%d/%m/%Y"),
        start=start.strftime("%H:%M"),
        end=end.strftime("%H:%M"),
    )


def where_text(session: Session, event: Event, lang: str) -> str:
    if event.resource_id is not None:
        room = session.get(SharedService, event.resource_id)
        if room is not None:
            return room.name + (f", {event.address}" if event.address else "")
    return event.address or _tr(_NO_PLACE, lang)


def material_names(session: Session, event_id: int) -> list[str]:
    """The names of the event's materials, in the order they were added."""
    rows = session.scalars(
        select(EventMaterial.original_name)
        .where(EventMaterial.event_id == event_id)
        .order_by(EventMaterial.id)
    )
    return [safe_display_name(name) for name in rows]


def queue_notice(session: Session, notice: Notice) -> None:
    reg = session.get(Registration, notice.registration_id)
    assert reg is not None
    event = session.get(Event, reg.event_id)
    assert event is not None
    person = person_of(session, reg)
    if not person.email:
        return
    lang = person.language
    fields = {
        "name": person.name,
        "title": event.title,
        "places": reg.party_size,
        "when": when_text(event, lang),
        "where": where_text(session, event, lang),
        "reference": f"E{event.id}-R{reg.id}",
        "position": waiting_position_of(session, reg) or "",
        "deadline": local_text(reg.offer_expires_at) if reg.offer_expires_at else "",
    }
    body = _tr(_BODIES[notice.kind], lang, **fields)
    if notice.kind in _WITH_MATERIALS:
        names = material_names(session, event.id)
        if names:
            body += "\n" + _tr(_MATERIALS, lang, names=", ".join(names)) + "\n"
    attachments: tuple[tuple[str, str, bytes], ...] = ()
    if notice.kind == "confirmed":
        ics = invitation_ics(
            uid=f"event-{event.id}-registration-{reg.id}@incubator-app",
            title=event.title,
            start=as_utc(event.starts_at),
            end=as_utc(event.ends_at),
            location=fields["where"],
            description=event.description,
            organizer=_organizer(session),
            attendee=person.email,
        )
        attachments = (("invitation.ics", "text/calendar", ics),)
    enqueue_message(
        session,
        to_address=person.email,
        to_name=person.name,
        subject=_tr(_SUBJECTS[notice.kind], lang, title=event.title),
        body=body,
        attachments=attachments,
        related_kind=f"{RELATED_KIND}:{notice.kind}",
        related_id=reg.id,
        language=lang,
    )


def queue_notices(session: Session, notices: list[Notice]) -> None:
    """Writes the e-mails of `notices` to the outbox (in the caller's transaction)."""
    for notice in notices:
        queue_notice(session, notice)
    if notices:
        session.flush()


def reminder_already_queued(session: Session, registration_id: int) -> bool:
    return (
        session.scalar(
            select(OutboxMessage.id).where(
                OutboxMessage.related_kind == f"{RELATED_KIND}:reminder",
                OutboxMessage.related_id == registration_id,
            )
        )
        is not None
    )
