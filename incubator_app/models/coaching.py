"""Coaching sessions (rendez-vous d'accompagnement), participants, topics and action items."""

from __future__ import annotations

from datetime import date, time

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
)
from sqlalchemy.orm import Mapped, mapped_column, relationship

from incubator_app.models.base import Base, Versioned, str_enum, utcnow
from incubator_app.models.vocabulary import SessionKind, SessionMode

session_topic = Table(
    "session_topic",
    Base.metadata,
    Column(
        "session_id",
        ForeignKey("coaching_session.id", ondelete="CASCADE"),
        primary_key=True,
    ),
    Column("topic_id", ForeignKey("coaching_topic.id"), primary_key=True, index=True),
    # Topic filter of the sessions page: the session ids of a topic without touching the table.
    Index("ix_session_topic_topic_session", "topic_id", "session_id"),
)


class CoachingSession(Versioned, Base):
    __tablename__ = "coaching_session"
    __table_args__ = (
        CheckConstraint("duration_minutes > 0", name="duration_positive"),
        Index("ix_coaching_session_coach_date", "coach_id", "session_date"),
        # The sessions page's default order (newest first), and every count/total of a period
        # filtered by coach, kind or mode, read from this index alone (1,000,000 sessions).
        Index(
            "ix_coaching_session_date_time",
            "session_date",
            "start_time",
            "coach_id",
            "kind",
            "mode",
            "duration_minutes",
        ),
        # Kind / mode over every year (e.g. collective + video: 8,000 of 1,000,000 sessions),
        # count and minutes from this index alone.
        Index(
            "ix_coaching_session_kind_mode",
            "kind",
            "mode",
            "session_date",
            "coach_id",
            "duration_minutes",
        ),
        # A session's day, length and kind by its id from this index alone: a grant's funder
        # figures reach its beneficiaries' sessions one by one, and reading them from the
        # table (wide rows, notes) made the figures of a same-size grant cost twice as much in
        # a network's database as in one incubator's (issue 12).
        Index("ix_coaching_session_id_day", "id", "session_date", "duration_minutes", "kind"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_date: Mapped[date] = mapped_column(index=True)
    start_time: Mapped[time | None]
    duration_minutes: Mapped[int] = mapped_column(Integer)
    coach_id: Mapped[int] = mapped_column(ForeignKey("coach.id"))
    kind: Mapped[SessionKind] = mapped_column(
        str_enum(SessionKind, "session_kind"), default=SessionKind.INDIVIDUAL
    )
    mode: Mapped[SessionMode] = mapped_column(
        str_enum(SessionMode, "session_mode"), default=SessionMode.IN_PERSON
    )
    summary: Mapped[str | None] = mapped_column(Text)
    # The confidential notes and their author live in `coaching_note` (one row per session that
    # has notes), so that a shared PostgreSQL server can hide them row by row (row-level
    # security) from anyone but their author and the admins; see `confidential_notes` below.
    note: Mapped[CoachingNote | None] = relationship(
        lazy="selectin", cascade="all, delete-orphan", passive_deletes=True
    )
    series_id: Mapped[str | None] = mapped_column(String(36), index=True)

    # Read and written like columns by the services (the rule of who may is theirs, and the
    # server's on PostgreSQL): setting notes creates, changes or removes the `coaching_note` row
    # and touches the session, so the optimistic lock sees a change of the notes alone.
    @property
    def confidential_notes(self) -> str | None:
        return self.note.notes if self.note is not None else None

    @confidential_notes.setter
    def confidential_notes(self, value: str | None) -> None:
        if value == self.confidential_notes:
            return
        if value is None:
            self.note = None
        elif self.note is None:
            self.note = CoachingNote(notes=value)
        else:
            self.note.notes = value
        if self.id is not None:
            self.updated_at = utcnow()

    @property
    def notes_author_id(self) -> int | None:
        return self.note.author_id if self.note is not None else None

    @notes_author_id.setter
    def notes_author_id(self, value: int | None) -> None:
        if self.note is not None:
            self.note.author_id = value


class CoachingNote(Base):
    """A session's confidential notes, readable and writable only by their author and admins
    (the services check it everywhere; on a secured PostgreSQL server, row-level security too)."""

    __tablename__ = "coaching_note"

    session_id: Mapped[int] = mapped_column(
        ForeignKey("coaching_session.id", ondelete="CASCADE"), primary_key=True
    )
    notes: Mapped[str] = mapped_column(Text)
    # The account that wrote the notes (NULL when no account wrote them: admins only then).
    # Access follows the author, not the session's coach, so moving a session or re-linking a
    # coach profile to another account hands the notes to no one. A user_account id with no
    # foreign key on purpose: accounts are deactivated, never deleted, so the id stays theirs.
    author_id: Mapped[int | None] = mapped_column(Integer, index=True)


class SessionParticipant(Base):
    __tablename__ = "session_participant"
    __table_args__ = (
        # An entrepreneur's sessions (filter, record tab, caseload) and their attendances (a
        # grant's funder figures) as index-only lookups.
        Index(
            "ix_session_participant_entrepreneur_attended",
            "entrepreneur_id",
            "session_id",
            "attended",
        ),
    )

    session_id: Mapped[int] = mapped_column(
        ForeignKey("coaching_session.id", ondelete="CASCADE"), primary_key=True
    )
    entrepreneur_id: Mapped[int] = mapped_column(
        ForeignKey("entrepreneur.id"), primary_key=True, index=True
    )
    attended: Mapped[bool] = mapped_column(Boolean, default=True)


class ActionItem(Versioned, Base):
    """An action to carry out (action à mener), usually decided in a session."""

    __tablename__ = "action_item"
    __table_args__ = (
        CheckConstraint("done = false OR done_on IS NOT NULL", name="done_has_date"),
        # Open / overdue items: WHERE done = false AND due_on < today.
        Index("ix_action_item_done_due", "done", "due_on"),
        # Open items of the entrepreneurs who are not archived (count and window, index only).
        Index("ix_action_item_entrepreneur_done_due", "entrepreneur_id", "done", "due_on"),
        # A coach's open / overdue items.
        Index(
            "ix_action_item_assignee_done_due",
            "assignee_coach_id",
            "done",
            "due_on",
            "entrepreneur_id",
        ),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int | None] = mapped_column(
        ForeignKey("coaching_session.id", ondelete="SET NULL"), index=True
    )
    entrepreneur_id: Mapped[int] = mapped_column(ForeignKey("entrepreneur.id"), index=True)
    assignee_coach_id: Mapped[int | None] = mapped_column(ForeignKey("coach.id"), index=True)
    text: Mapped[str] = mapped_column(Text)
    due_on: Mapped[date | None]
    done: Mapped[bool] = mapped_column(Boolean, default=False)
    done_on: Mapped[date | None]
