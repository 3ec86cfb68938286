"""The documents of events' attendance: the sign-in sheet (feuille d'émargement) of one event
session, and the certificates of training completion (attestations de formation) of a course.

Plain frozen dataclasses for reports/event_documents.py; times in the incubator's zone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import (
    Coach,
    Contact,
    Course,
    Entrepreneur,
    Event,
    IncubatorProfile,
    Registration,
    SharedService,
    User,
)
from incubator_app.models.vocabulary import RegistrationStatus
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.events.courses import Completion, course_progress
from incubator_app.services.events.places import as_utc
from incubator_app.services.records import get_or_raise

# Who is expected on the sheet: those holding a place (an open offer may still be accepted).
SHEET_STATUSES = (
    RegistrationStatus.REGISTERED,
    RegistrationStatus.OFFERED,
    RegistrationStatus.ATTENDED,
    RegistrationStatus.ABSENT,
)


@dataclass(frozen=True)
class EventSheetPerson:
    registration_id: int
    name: str
    organisation: str | None  # the entrepreneur's project, the contact's organisation
    places: int
    status: RegistrationStatus


@dataclass(frozen=True)
class EventSheetData:
    incubator_name: str
    logo_png: bytes | None
    event_id: int
    title: str
    kind: str
    starts_at: datetime  # local time
    ends_at: datetime
    minutes: int
    place: str | None
    organiser: str
    course_title: str | None
    module_number: int | None  # 2 for the second module of its course
    module_count: int | None
    people: tuple[EventSheetPerson, ...]


def _incubator(session: Session) -> IncubatorProfile | None:
    return session.scalars(select(IncubatorProfile).limit(1)).first()


def _person_columns():
    name = func.coalesce(
        Entrepreneur.first_name + " " + Entrepreneur.last_name,
        func.coalesce(Contact.first_name + " ", "") + Contact.last_name,
    )
    organisation = func.coalesce(Entrepreneur.project_name, Contact.organisation)
    return name, organisation


def event_sheet_data(session: Session, event_id: int, *, actor: Actor) -> EventSheetData:
    require(actor, Permission.VIEW)
    event = get_or_raise(session, Event, event_id)
    profile = _incubator(session)
    zone = clock.zone()
    place = event.address
    if event.resource_id is not None:
        room = session.get(SharedService, event.resource_id)
        place = room.name if room is not None else place
    organiser = ""
    if event.organiser_coach_id is not None:
        organiser = (
            session.scalar(select(Coach.display_name).where(Coach.id == event.organiser_coach_id))
            or ""
        )
    elif event.organiser_user_id is not None:
        organiser = (
            session.scalar(select(User.display_name).where(User.id == event.organiser_user_id))
            or ""
        )
    course_title = module_number = module_count = None
    if event.course_id is not None:
        course_title = session.scalar(select(Course.title).where(Course.id == event.course_id))
        siblings = session.execute(
            select(Event.id, Event.starts_at)
            .where(Event.course_id == event.course_id, Event.cancelled.is_(False))
            .order_by(Event.starts_at, Event.id)
        ).all()
        ids = [r[0] for r in siblings]
        module_count = len(ids)
        module_number = ids.index(event.id) + 1 if event.id in ids else None
    name, organisation = _person_columns()
    rows = session.execute(
        select(Registration.id, name, organisation, Registration.party_size, Registration.status)
        .outerjoin(Entrepreneur, Entrepreneur.id == Registration.entrepreneur_id)
        .outerjoin(Contact, Contact.id == Registration.contact_id)
        .where(Registration.event_id == event_id, Registration.status.in_(SHEET_STATUSES))
        .order_by(
            func.coalesce(Entrepreneur.last_name, Contact.last_name),
            name,
            Registration.id,
        )
    ).all()
    starts, ends = as_utc(event.starts_at), as_utc(event.ends_at)
    return EventSheetData(
        incubator_name=profile.name if profile else "",
        logo_png=profile.logo_png if profile else None,
        event_id=event.id,
        title=event.title,
        kind=event.kind.value,
        starts_at=starts.astimezone(zone),
        ends_at=ends.astimezone(zone),
        minutes=int((ends - starts).total_seconds() // 60),
        place=place,
        organiser=organiser,
        course_title=course_title,
        module_number=module_number,
        module_count=module_count,
        people=tuple(EventSheetPerson(*r) for r in rows),
    )


@dataclass(frozen=True)
class CertificateModule:
    title: str
    day: date
    minutes: int
    attended: bool


@dataclass(frozen=True)
class Certificate:
    enrolment_id: int
    person: str
    attended_minutes: int
    modules: tuple[CertificateModule, ...]


@dataclass(frozen=True)
class CertificatesData:
    incubator_name: str
    legal_name: str | None
    commune: str | None
    logo_png: bytes | None
    course_id: int
    course_title: str
    description: str | None
    completion_percent: int
    total_minutes: int
    first_day: date | None
    last_day: date | None
    issued_on: date
    certificates: tuple[Certificate, ...]  # one page each; only those who completed


def certificates_data(
    session: Session,
    course_id: int,
    *,
    actor: Actor,
    enrolment_id: int | None = None,
) -> CertificatesData:
    """The certificates of every enrolment that completed the course (or of `enrolment_id`
    alone, when it completed)."""
    progress = course_progress(session, course_id, actor=actor)
    profile = _incubator(session)
    zone = clock.zone()
    held = [m for m in progress.modules if not m.cancelled]
    certificates = []
    for e in progress.enrolments:
        if e.completion is not Completion.COMPLETED:
            continue
        if enrolment_id is not None and e.enrolment_id != enrolment_id:
            continue
        certificates.append(
            Certificate(
                enrolment_id=e.enrolment_id,
                person=e.person,
                attended_minutes=e.attended_minutes,
                modules=tuple(
                    CertificateModule(
                        m.title,
                        m.starts_at.astimezone(zone).date(),
                        m.minutes,
                        e.modules.get(m.event_id) is RegistrationStatus.ATTENDED,
                    )
                    for m in held
                ),
            )
        )
    return CertificatesData(
        incubator_name=profile.name if profile else "",
        legal_name=profile.legal_name if profile else None,
        commune=profile.commune if profile else None,
        logo_png=profile.logo_png if profile else None,
        course_id=progress.id,
        course_title=progress.title,
        description=progress.description,
        completion_percent=progress.completion_percent,
        total_minutes=progress.total_minutes,
        first_day=held[0].starts_at.astimezone(zone).date() if held else None,
        last_day=held[-1].starts_at.astimezone(zone).date() if held else None,
        issued_on=clock.today(),
        certificates=tuple(certificates),
    )
