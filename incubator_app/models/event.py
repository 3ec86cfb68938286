"""Events (ateliers, formations, rencontres…), courses made of several events, registrations
with their waiting list and offers, and the history of each registration's changes.

The rule of places lives in services/events/places.py: under a lock on the event row, the party
sizes of the registrations that hold places (registered, offered, attended, absent) never exceed
the event's capacity.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import (
    Boolean,
    CheckConstraint,
    Column,
    ForeignKey,
    Index,
    Integer,
    String,
    Table,
    Text,
    false,
    text,
    true,
)
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned, str_enum, utcnow
from incubator_app.models.document import listen_content_release
from incubator_app.models.vocabulary import (
    EnrolmentStatus,
    EventKind,
    RegistrationSource,
    RegistrationStatus,
)

DEFAULT_OFFER_HOURS = 48


class Course(Versioned, Base):
    """A training made of several events (its modules), with one enrolment for the whole course
    and a completion rule: attended at least `completion_percent` % of its hours."""

    __tablename__ = "course"
    __table_args__ = (
        CheckConstraint(
            "completion_percent >= 1 AND completion_percent <= 100", name="completion_range"
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    completion_percent: Mapped[int] = mapped_column(Integer, default=80, server_default="80")


class Event(Versioned, Base):
    __tablename__ = "event"
    __table_args__ = (
        CheckConstraint("capacity >= 1", name="capacity_positive"),
        CheckConstraint("ends_at > starts_at", name="times_in_order"),
        CheckConstraint("offer_hours >= 1", name="offer_hours_positive"),
        CheckConstraint(
            "registration_opens_at IS NULL OR registration_closes_at IS NULL "
            "OR registration_closes_at > registration_opens_at",
            name="registration_window_in_order",
        ),
        Index("ix_event_starts_at", "starts_at", "id"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[EventKind] = mapped_column(str_enum(EventKind, "event_kind"), index=True)
    title: Mapped[str] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    # A room of the bookings catalogue, or an address (or neither: online, to be announced).
    resource_id: Mapped[int | None] = mapped_column(ForeignKey("shared_service.id"), index=True)
    address: Mapped[str | None] = mapped_column(Text)
    starts_at: Mapped[datetime]
    ends_at: Mapped[datetime]
    capacity: Mapped[int] = mapped_column(Integer)
    registration_required: Mapped[bool] = mapped_column(
        Boolean, default=True, server_default=true()
    )
    registration_opens_at: Mapped[datetime | None]
    registration_closes_at: Mapped[datetime | None]
    # How long an offered place is held (shorter as the event approaches: services/events/).
    offer_hours: Mapped[int] = mapped_column(
        Integer, default=DEFAULT_OFFER_HOURS, server_default=str(DEFAULT_OFFER_HOURS)
    )
    organiser_user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )
    organiser_coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"), index=True)
    cohort_id: Mapped[int | None] = mapped_column(ForeignKey("cohort.id"), index=True)
    course_id: Mapped[int | None] = mapped_column(
        ForeignKey("course.id", ondelete="SET NULL"), index=True
    )
    # A stored copy of the places held (registered, offered, attended, absent), kept by
    # services/events/places.py `set_status` under the event's lock, for the list's "full / places
    # left" filter; the rule of places itself always recounts under the lock.
    places_taken: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    # Cancelled by the incubator: no more offers, the registered people are told.
    cancelled: Mapped[bool] = mapped_column(Boolean, default=False, server_default=false())
    #: The site of a network that holds it; None: the network's, open to every site.
    site_id: Mapped[int | None] = mapped_column(Integer, index=True)


grant_event = Table(
    "grant_event",
    Base.metadata,
    Column("grant_id", ForeignKey("grant_agreement.id", ondelete="CASCADE"), primary_key=True),
    Column("event_id", ForeignKey("event.id", ondelete="CASCADE"), primary_key=True, index=True),
)


_ACTIVE = "status IN ('registered', 'waitlisted', 'offered', 'attended', 'absent')"


class Registration(Versioned, Base):
    """An entrepreneur or a contact registered (or waiting, or offered a place) for an event,
    with the places they need: a group of N moves as one unit."""

    __tablename__ = "registration"
    __table_args__ = (
        CheckConstraint("(entrepreneur_id IS NULL) <> (contact_id IS NULL)", name="one_person"),
        CheckConstraint("party_size >= 1", name="party_size_positive"),
        CheckConstraint(
            "(status = 'offered') = (offer_expires_at IS NOT NULL)", name="offer_has_deadline"
        ),
        Index("ix_registration_event_status", "event_id", "status", "queue_key"),
        Index("ix_registration_offer_deadline", "status", "offer_expires_at"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"))
    entrepreneur_id: Mapped[int | None] = mapped_column(ForeignKey("entrepreneur.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[RegistrationStatus] = mapped_column(
        str_enum(RegistrationStatus, "registration_status")
    )
    # The waiting list's order: lower first. Given at registration (after every key of the
    # event), changed only by a staff reorder with a reason.
    queue_key: Mapped[int] = mapped_column(Integer)
    offered_at: Mapped[datetime | None]
    offer_expires_at: Mapped[datetime | None]
    source: Mapped[RegistrationSource] = mapped_column(
        str_enum(RegistrationSource, "registration_source"), default=RegistrationSource.STAFF
    )
    # The last staff reorder's reason (every reorder is in the history and the audit trail).
    reorder_reason: Mapped[str | None] = mapped_column(Text)


# Nobody holds two active registrations to the same event: the service says it first, clearly;
# these partial unique indexes are the last word under concurrency.
for _column in ("entrepreneur_id", "contact_id"):
    Index(
        f"uq_registration_active_{_column}",
        Registration.event_id,
        getattr(Registration, _column),
        unique=True,
        sqlite_where=text(_ACTIVE),
        postgresql_where=text(_ACTIVE),
    )


class RegistrationChange(Base):
    """One change of a registration's status or place in the queue, when and by whom."""

    __tablename__ = "registration_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), index=True
    )
    changed_at: Mapped[datetime] = mapped_column(default=utcnow)
    from_status: Mapped[str | None] = mapped_column(String(16))
    to_status: Mapped[str] = mapped_column(String(16))
    by_login: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str | None] = mapped_column(Text)


class CourseEnrolment(Versioned, Base):
    """One person enrolled in a whole course: services/events/courses.py holds a place for them
    in every module (a registration per module event, each under its event's lock) and computes
    their completion from the attendance of those registrations."""

    __tablename__ = "course_enrolment"
    __table_args__ = (
        CheckConstraint("(entrepreneur_id IS NULL) <> (contact_id IS NULL)", name="one_person"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"), index=True)
    entrepreneur_id: Mapped[int | None] = mapped_column(ForeignKey("entrepreneur.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    status: Mapped[EnrolmentStatus] = mapped_column(str_enum(EnrolmentStatus, "enrolment_status"))
    source: Mapped[RegistrationSource] = mapped_column(
        str_enum(RegistrationSource, "registration_source"), default=RegistrationSource.STAFF
    )


# One active enrolment per person and course (the service says it first, clearly).
for _column in ("entrepreneur_id", "contact_id"):
    Index(
        f"uq_course_enrolment_active_{_column}",
        CourseEnrolment.course_id,
        getattr(CourseEnrolment, _column),
        unique=True,
        sqlite_where=text("status = 'enrolled'"),
        postgresql_where=text("status = 'enrolled'"),
    )


_COURSE_WAITING = "status IN ('waitlisted', 'offered')"


class CourseWaiting(Versioned, Base):
    """A person (or a group of N moving as one unit) on a course's waiting list: the course was
    full when they asked. services/events/course_waiting.py offers them a place in every module
    still to come when all of them have room (status `offered`, with its deadline, holding those
    places as `offered` module registrations); accepting makes the enrolment (`enrolment_id`,
    status `registered`), a decline or expiry frees the places again."""

    __tablename__ = "course_waiting"
    __table_args__ = (
        CheckConstraint("(entrepreneur_id IS NULL) <> (contact_id IS NULL)", name="one_person"),
        CheckConstraint("party_size >= 1", name="party_size_positive"),
        CheckConstraint(
            "(status = 'offered') = (offer_expires_at IS NOT NULL)", name="offer_has_deadline"
        ),
        Index("ix_course_waiting_course_status", "course_id", "status", "queue_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    course_id: Mapped[int] = mapped_column(ForeignKey("course.id", ondelete="CASCADE"))
    entrepreneur_id: Mapped[int | None] = mapped_column(ForeignKey("entrepreneur.id"), index=True)
    contact_id: Mapped[int | None] = mapped_column(ForeignKey("contact.id"), index=True)
    party_size: Mapped[int] = mapped_column(Integer, default=1)
    status: Mapped[RegistrationStatus] = mapped_column(
        str_enum(RegistrationStatus, "course_waiting_status")
    )
    queue_key: Mapped[int] = mapped_column(Integer)
    offered_at: Mapped[datetime | None]
    offer_expires_at: Mapped[datetime | None]
    source: Mapped[RegistrationSource] = mapped_column(
        str_enum(RegistrationSource, "registration_source"), default=RegistrationSource.STAFF
    )
    # The enrolment made when the offer was accepted.
    enrolment_id: Mapped[int | None] = mapped_column(
        ForeignKey("course_enrolment.id", ondelete="SET NULL")
    )


for _column in ("entrepreneur_id", "contact_id"):
    Index(
        f"uq_course_waiting_active_{_column}",
        CourseWaiting.course_id,
        getattr(CourseWaiting, _column),
        unique=True,
        sqlite_where=text(_COURSE_WAITING),
        postgresql_where=text(_COURSE_WAITING),
    )


__all__ = [
    "Course",
    "CourseEnrolment",
    "CourseWaiting",
    "DEFAULT_OFFER_HOURS",
    "Event",
    "Registration",
    "RegistrationChange",
    "grant_event",
]


class EventEvaluation(Versioned, Base):
    """A participant's short evaluation of an event (optional): satisfaction from 1 to 5 and a
    comment, typed in by staff or imported from an online form's export
    (services/events/evaluations.py). One per registration."""

    __tablename__ = "event_evaluation"
    __table_args__ = (
        CheckConstraint("satisfaction >= 1 AND satisfaction <= 5", name="satisfaction_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    registration_id: Mapped[int] = mapped_column(
        ForeignKey("registration.id", ondelete="CASCADE"), unique=True
    )
    satisfaction: Mapped[int] = mapped_column(Integer)
    comment: Mapped[str | None] = mapped_column(Text)
    source: Mapped[RegistrationSource] = mapped_column(
        str_enum(RegistrationSource, "registration_source"), default=RegistrationSource.STAFF
    )


class EventMaterial(Versioned, Base):
    """A document for an event's participants (slides, a handout; for a course, the materials of
    this module): stored like an entrepreneur's documents, once by content hash in the documents
    folder (services/entrepreneurs/documents.py), with the name it was added under."""

    __tablename__ = "event_material"
    __table_args__ = (CheckConstraint("size_bytes >= 0", name="size_not_negative"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id", ondelete="CASCADE"), index=True)
    content_hash: Mapped[str] = mapped_column(String(64), index=True)
    original_name: Mapped[str] = mapped_column(String(255))
    mime_type: Mapped[str | None] = mapped_column(String(120))
    size_bytes: Mapped[int] = mapped_column(Integer)
    uploaded_by_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL")
    )


# Its content's database copy goes with the last row naming it (models/document.py).
listen_content_release(EventMaterial.__table__)
