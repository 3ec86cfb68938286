"""The e-mails of the reflection delay: each person selected by a draw, and each replacement,
gets the confirmation window by e-mail through the outbox (services/mail/outbox.py), written
in the same transaction as the invitation step, and an audit row says so.

The language is the contact's own for a contact, the incubator's report language otherwise
(the profile's locale). A volunteer without an e-mail address gets nothing: the staff reach
them another way (the Draws page shows who is waiting and the time left).
"""

from __future__ import annotations

from datetime import UTC, datetime
from functools import lru_cache
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, TRANSLATIONS_DIR, load_ts_catalog
from incubator_app.models import Contact, Entrepreneur, IncubatorProfile
from incubator_app.models.cooperation import (
    CooperationCall,
    CooperationDraw,
    CooperationVolunteer,
)
from incubator_app.services.actor import Actor
from incubator_app.services.mail.outbox import enqueue_message
from incubator_app.services.records import record_audit

RELATED_KIND = "draw_invitation"

_SUBJECT = QT_TRANSLATE_NOOP("DrawMail", "You were drawn: {title}")
_SUBJECT_REPLACEMENT = QT_TRANSLATE_NOOP("DrawMail", "A place is free for you: {title}")
_BODY = QT_TRANSLATE_NOOP(
    "DrawMail",
    "Hello {name},\n\nYou volunteered for « {title} »{territory}. The draw of {drawn} selected "
    "you for group {group}.\n\n{purpose}Please confirm that you take part before {deadline} "
    "({days} days to think it over): reply to this e-mail with YES, or with NO if you cannot. "
    "Without an answer by then, silence counts as declining and your place goes to the next "
    "person of the reserve.\n\nReference: {reference}\n",
)
_BODY_REPLACEMENT = QT_TRANSLATE_NOOP(
    "DrawMail",
    "Hello {name},\n\nYou volunteered for « {title} »{territory}. A place has freed up in group "
    "{group} and you are the next of the reserve drawn on {drawn}.\n\n{purpose}Please confirm "
    "that you take part before {deadline} ({days} days to think it over): reply to this e-mail "
    "with YES, or with NO if you cannot. Without an answer by then, silence counts as declining "
    "and the place goes to the next person of the reserve.\n\nReference: {reference}\n",
)
_IN = QT_TRANSLATE_NOOP("DrawMail", " in {territory}")
_PURPOSE = QT_TRANSLATE_NOOP("DrawMail", "What it is about: {purpose}\n\n")


@lru_cache(maxsize=8)
def _catalog(lang: str) -> dict[tuple[str, str], str]:
    path = TRANSLATIONS_DIR / f"incubator_app_{lang}.ts"
    return load_ts_catalog(path) if lang != "en" and path.exists() else {}


def _tr(key: tuple[str, str], lang: str, **params: Any) -> str:
    text = _catalog(lang).get(key) or key[1]
    return text.format(**params) if params else text


def _local(instant: datetime) -> str:
    if instant.tzinfo is None:
        instant = instant.replace(tzinfo=UTC)
    return instant.astimezone(clock.zone()).strftime("%d/%m/%Y %H:%M")


def report_language(session: Session) -> str:
    profile = session.scalars(select(IncubatorProfile).limit(1)).first()
    return (profile.locale if profile is not None else "fr")[:2] or "fr"


def _recipient(session: Session, volunteer: CooperationVolunteer, default_lang: str):
    """(name, address, language) of a volunteer, address None when unknown."""
    if volunteer.entrepreneur_id is not None:
        e = session.get(Entrepreneur, volunteer.entrepreneur_id)
        if e is not None:
            return f"{e.first_name} {e.last_name}", volunteer.email or e.email, default_lang
    if volunteer.contact_id is not None:
        c = session.get(Contact, volunteer.contact_id)
        if c is not None:
            name = " ".join(p for p in (c.first_name, c.last_name) if p)
            return name, volunteer.email or c.email, c.language or default_lang
    return volunteer.name or volunteer.code, volunteer.email, default_lang


def queue_invitation(
    session: Session,
    draw: CooperationDraw,
    code: str,
    group: int,
    deadline: datetime,
    *,
    replacing: str | None = None,
    actor: Actor,
) -> int | None:
    """Writes the e-mail of one invitation to the outbox (caller's transaction); returns the
    outbox message's id, None when the volunteer has no address."""
    call = session.get(CooperationCall, draw.call_id)
    volunteer = session.scalars(
        select(CooperationVolunteer).where(
            CooperationVolunteer.call_id == draw.call_id, CooperationVolunteer.code == code
        )
    ).first()
    if call is None or volunteer is None:
        return None
    name, address, lang = _recipient(session, volunteer, report_language(session))
    if not address:
        return None
    drawn_at = draw.drawn_at or clock.now_utc()
    fields = {
        "name": name,
        "title": call.title,
        "territory": _tr(_IN, lang, territory=call.territory) if call.territory else "",
        "purpose": _tr(_PURPOSE, lang, purpose=call.purpose) if call.purpose else "",
        "drawn": _local(drawn_at)[:10],
        "group": group,
        "deadline": _local(deadline),
        "days": call.confirm_days,
        "reference": f"T{call.id}-{draw.number}-{code}",
    }
    subject, body = (_SUBJECT_REPLACEMENT, _BODY_REPLACEMENT) if replacing else (_SUBJECT, _BODY)
    try:
        message = enqueue_message(
            session,
            to_address=address,
            to_name=name,
            subject=_tr(subject, lang, title=call.title),
            body=_tr(body, lang, **fields),
            related_kind=RELATED_KIND,
            related_id=draw.id,
            language=lang,
        )
    except ValidationError:
        # A malformed address (an imported pool) stops no draw: nothing is queued for them.
        return None
    record_audit(
        session,
        actor,
        "cooperation_draw",
        draw.id,
        "invitation_mailed",
        {"code": code, "group": group, "outbox_message": message.id, "replaces": replacing},
    )
    return message.id
