"""A contact's window: who they are, what they agreed to (consent records with purpose, date,
source and text version) and what they took part in (event registrations, course enrolments and
waiting lists, pools of calls, projects, the directory's actors they work with)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.models import (
    ActorContact,
    ConsentRecord,
    Contact,
    CooperationCall,
    CooperationProject,
    CooperationProjectMember,
    CooperationVolunteer,
    Course,
    CourseEnrolment,
    CourseWaiting,
    DirectoryActor,
    Event,
    Registration,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.contacts.listing import contact_name
from incubator_app.services.contacts.records import ContactView, contact_view
from incubator_app.services.records import get_or_raise


@dataclass(frozen=True)
class ConsentLine:
    purpose: str  # a key of services/privacy/legal_basis.py CONSENT_PURPOSES
    given: bool
    given_on: date
    source: str
    text_version: str
    recorded_by: str | None


@dataclass(frozen=True)
class Participation:
    """One thing the contact took part in. `kind`: registration, course, course_waiting,
    volunteer, project or actor; `status` is the record's own word (registered, attended…)."""

    kind: str
    title: str
    at: datetime | None
    status: str | None


@dataclass(frozen=True)
class ContactDetails:
    contact: ContactView
    name: str
    consents: tuple[ConsentLine, ...]
    participations: tuple[Participation, ...]


def get_contact_details(session: Session, contact_id: int, *, actor: Actor) -> ContactDetails:
    require(actor, Permission.VIEW)
    contact = get_or_raise(session, Contact, contact_id)
    consents = tuple(
        ConsentLine(r.purpose, r.given, r.given_on, r.source, r.text_version, r.recorded_by)
        for r in session.scalars(
            select(ConsentRecord)
            .where(ConsentRecord.contact_id == contact_id)
            .order_by(ConsentRecord.given_on.desc(), ConsentRecord.id.desc())
        )
    )
    found: list[Participation] = []
    for title, starts, status in session.execute(
        select(Event.title, Event.starts_at, Registration.status)
        .join(Event, Event.id == Registration.event_id)
        .where(Registration.contact_id == contact_id)
    ):
        found.append(Participation("registration", title, starts, str(status)))
    for title, at, status in session.execute(
        select(Course.title, CourseEnrolment.created_at, CourseEnrolment.status)
        .join(Course, Course.id == CourseEnrolment.course_id)
        .where(CourseEnrolment.contact_id == contact_id)
    ):
        found.append(Participation("course", title, at, str(status)))
    for title, at, status in session.execute(
        select(Course.title, CourseWaiting.created_at, CourseWaiting.status)
        .join(Course, Course.id == CourseWaiting.course_id)
        .where(CourseWaiting.contact_id == contact_id)
    ):
        found.append(Participation("course_waiting", title, at, str(status)))
    for title, at in session.execute(
        select(CooperationCall.title, CooperationVolunteer.created_at)
        .join(CooperationCall, CooperationCall.id == CooperationVolunteer.call_id)
        .where(CooperationVolunteer.contact_id == contact_id)
    ):
        found.append(Participation("volunteer", title, at, None))
    for title, at in session.execute(
        select(CooperationProject.title, CooperationProject.created_at)
        .join(
            CooperationProjectMember, CooperationProjectMember.project_id == CooperationProject.id
        )
        .where(CooperationProjectMember.contact_id == contact_id)
    ):
        found.append(Participation("project", title, at, None))
    for name, role in session.execute(
        select(DirectoryActor.name, ActorContact.role)
        .join(DirectoryActor, DirectoryActor.id == ActorContact.actor_id)
        .where(ActorContact.contact_id == contact_id)
    ):
        found.append(Participation("actor", name, None, role))
    found.sort(key=lambda p: (p.at is None, -(p.at.timestamp() if p.at else 0), p.title))
    return ContactDetails(
        contact=contact_view(contact),
        name=contact_name(contact.first_name, contact.last_name),
        consents=consents,
        participations=tuple(found),
    )
