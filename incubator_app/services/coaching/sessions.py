"""Coaching sessions (rendez-vous d'accompagnement): log, change, read, list, delete.

Confidential notes belong to the account that wrote them (`notes_author_id`): only that account
and the admins read or change them (admins keep reading every note: the direction answers for
the incubator's records, as before). The session's coach writes the first notes of a session and
becomes their author. Access never follows the session's coach: moving a session to another
coach leaves its notes with their author, and linking a coach profile to another account hands
that account none of the notes written before. Every function that returns a session builds its
view through `_views`, which masks the notes for anyone else; the notes never go into audit rows
either (the audit log is readable by more people).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, time
from typing import Any

from sqlalchemy import Select, delete, func, insert, select
from sqlalchemy.orm import Session

from incubator_app.errors import PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    Coach,
    CoachingSession,
    CoachingTopic,
    Entrepreneur,
    Role,
    SessionKind,
    SessionMode,
    SessionParticipant,
    session_topic,
)
from incubator_app.models.base import utcnow
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    apply_changes,
    check_version,
    get_or_raise,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
)
from incubator_app.services.sites.rights import require_for_people, require_for_some_people
from incubator_app.services.sites.scope import check_people_on_my_sites, check_record_of_people
from incubator_app.services.validation import Validator

ENTITY = "coaching_session"
# Written in audit rows instead of the notes themselves.
HIDDEN = "<confidential>"
# Keeps IN (...) lists well under every backend's bound-parameter limit.
_CHUNK = 500
_SCALAR_FIELDS = [
    "session_date",
    "start_time",
    "duration_minutes",
    "coach_id",
    "kind",
    "mode",
    "summary",
    "confidential_notes",
]
_UPDATABLE = set(_SCALAR_FIELDS) | {"participants", "topic_ids"}


@dataclass(frozen=True)
class Participant:
    """Input and output: one entrepreneur in a session, and whether they came."""

    entrepreneur_id: int
    attended: bool = True


@dataclass(frozen=True)
class CoachingSessionView:
    id: int
    session_date: date
    start_time: time | None
    duration_minutes: int
    coach_id: int
    kind: SessionKind
    mode: SessionMode
    summary: str | None
    # None (and notes_hidden=True) unless the actor is the notes' author or an admin.
    confidential_notes: str | None
    notes_hidden: bool
    # Whether the session has notes at all (shown to everyone, like the audit log's
    # "<confidential>"), so that moving it to another coach can warn.
    has_notes: bool
    # Whether the actor may write the notes (see `may_write_notes`).
    notes_writable: bool
    participants: tuple[Participant, ...]
    topic_ids: tuple[int, ...]
    series_id: str | None
    version_id: int


@dataclass(frozen=True)
class EntrepreneurSessions:
    entrepreneur_id: int
    sessions: list[CoachingSessionView]
    session_count: int
    total_minutes: int
    attended_count: int
    attended_minutes: int


def may_read_notes(actor: Actor, notes_author_id: int | None) -> bool:
    """The notes' author and admins; notes no account wrote (NULL author) admins only."""
    return actor.is_admin or (actor.user_id is not None and actor.user_id == notes_author_id)


def may_write_notes(
    actor: Actor, coach_id: int | None, *, has_notes: bool, notes_author_id: int | None
) -> bool:
    """Existing notes: their author and admins. A session without notes: its coach (who becomes
    the author) and admins; staff never write notes they could not read afterwards."""
    if actor.is_admin:
        return True
    if has_notes:
        return may_read_notes(actor, notes_author_id)
    return actor.user_id is not None and actor.coach_id is not None and actor.coach_id == coach_id


def _may_manage_any(actor: Actor) -> bool:
    return actor.role in (Role.ADMIN, Role.STAFF)


def _ensure_own_session(actor: Actor, coach_id: int | None) -> None:
    """Coaches log and edit only their own sessions; admins and staff any session."""
    if _may_manage_any(actor) or (actor.coach_id is not None and actor.coach_id == coach_id):
        return
    raise PermissionDenied(
        msg(
            QT_TRANSLATE_NOOP(
                "Coaching", "{login} may only log or change their own coaching sessions."
            ),
            login=actor.login,
        )
    )


def _ensure_may_write_notes(
    actor: Actor, coach_id: int | None, *, has_notes: bool, notes_author_id: int | None
) -> None:
    # Writing blind would let staff overwrite notes they cannot read.
    if may_write_notes(actor, coach_id, has_notes=has_notes, notes_author_id=notes_author_id):
        return
    if has_notes:
        text = QT_TRANSLATE_NOOP(
            "Coaching", "Only the author of the confidential notes or an admin may change them."
        )
    else:
        text = QT_TRANSLATE_NOOP(
            "Coaching", "Only the session's coach or an admin may write its confidential notes."
        )
    raise PermissionDenied(msg(text))


def _notes_author_after(
    actor: Actor, old_notes: str | None, new_notes: str | None, author_id: int | None
) -> int | None:
    """No notes, no author; the first notes are the writer's; an admin's correction keeps the
    author (who goes on reading them)."""
    if new_notes is None:
        return None
    if old_notes is None:
        return actor.user_id
    return author_id


def _normalise_participants(
    v: Validator, participants: Iterable[Participant | int] | None
) -> list[Participant]:
    result: list[Participant] = []
    for p in participants or []:
        if isinstance(p, Participant):
            result.append(p)
        elif isinstance(p, int) and not isinstance(p, bool):
            result.append(Participant(p))
        else:
            v.add(
                "participants",
                msg(QT_TRANSLATE_NOOP("Coaching", "Not a participant: {value}"), value=p),
            )
    ids = [p.entrepreneur_id for p in result]
    if len(set(ids)) != len(ids):
        v.add(
            "participants",
            msg(QT_TRANSLATE_NOOP("Coaching", "An entrepreneur is listed twice.")),
        )
    return result


def _validate_state(v: Validator, state: dict[str, Any]) -> None:
    """Checks the whole session as it would be after the change (same rules for log and edit)."""
    v.required("session_date", state["session_date"])
    if state["session_date"] is not None and not isinstance(state["session_date"], date):
        v.add("session_date", msg(QT_TRANSLATE_NOOP("Validation", "Not a date.")))
    if state["start_time"] is not None and not isinstance(state["start_time"], time):
        v.add("start_time", msg(QT_TRANSLATE_NOOP("Validation", "Not a time of day.")))
    duration = state["duration_minutes"]
    if v.required("duration_minutes", duration):
        if v.whole_number("duration_minutes", duration):
            v.positive("duration_minutes", duration)
    v.required("coach_id", state["coach_id"])
    state["kind"] = v.choice("kind", state["kind"], SessionKind)
    state["mode"] = v.choice("mode", state["mode"], SessionMode)
    participants = state["participants"]
    if state["kind"] is SessionKind.INDIVIDUAL and len(participants) != 1:
        v.add(
            "participants",
            msg(
                QT_TRANSLATE_NOOP(
                    "Coaching", "An individual session has exactly one participant ({n} given)."
                ),
                n=len(participants),
            ),
        )
    elif state["kind"] is SessionKind.COLLECTIVE and not participants:
        v.add(
            "participants",
            msg(QT_TRANSLATE_NOOP("Coaching", "A collective session needs participants.")),
        )
    topic_ids = state["topic_ids"]
    if len(set(topic_ids)) != len(topic_ids):
        v.add("topic_ids", msg(QT_TRANSLATE_NOOP("Coaching", "A topic is listed twice.")))


def _missing(session: Session, model: Any, ids: Iterable[int]) -> list[int]:
    wanted = sorted(set(ids))
    found: set[int] = set()
    for i in range(0, len(wanted), _CHUNK):
        found.update(session.scalars(select(model.id).where(model.id.in_(wanted[i : i + _CHUNK]))))
    return [i for i in wanted if i not in found]


def _check_references(session: Session, state: dict[str, Any]) -> None:
    """Field errors for ids that point at nothing (raised before anything is written)."""
    v = Validator()
    if session.get(Coach, state["coach_id"]) is None:
        v.add(
            "coach_id",
            msg(QT_TRANSLATE_NOOP("Coaching", "No coach with id {id}."), id=state["coach_id"]),
        )
    unknown = {
        "participants": (
            _missing(session, Entrepreneur, [p.entrepreneur_id for p in state["participants"]]),
            QT_TRANSLATE_NOOP("Coaching", "Unknown entrepreneur ids: {ids}"),
        ),
        "topic_ids": (
            _missing(session, CoachingTopic, state["topic_ids"]),
            QT_TRANSLATE_NOOP("Coaching", "Unknown topic ids: {ids}"),
        ),
    }
    for field, (missing, text) in unknown.items():
        if missing:
            v.add(field, msg(text, ids=", ".join(map(str, missing))))
    v.raise_if_any()


def _audit_values(obj: CoachingSession, state: dict[str, Any]) -> dict[str, Any]:
    values = snapshot(obj, [f for f in _SCALAR_FIELDS if f != "confidential_notes"])
    values["confidential_notes"] = HIDDEN if obj.confidential_notes else None
    values["participants"] = [[p.entrepreneur_id, p.attended] for p in state["participants"]]
    values["topic_ids"] = sorted(state["topic_ids"])
    return values


def _write_links(session: Session, session_id: int, state: dict[str, Any]) -> None:
    session.execute(delete(SessionParticipant).where(SessionParticipant.session_id == session_id))
    session.execute(delete(session_topic).where(session_topic.c.session_id == session_id))
    session.flush()
    for p in state["participants"]:
        session.add(
            SessionParticipant(
                session_id=session_id, entrepreneur_id=p.entrepreneur_id, attended=p.attended
            )
        )
    if state["topic_ids"]:
        session.execute(
            insert(session_topic),
            [{"session_id": session_id, "topic_id": t} for t in state["topic_ids"]],
        )


def _links(
    session: Session, ids: Sequence[int]
) -> tuple[dict[int, list[Participant]], dict[int, list[int]]]:
    participants: dict[int, list[Participant]] = {i: [] for i in ids}
    topics: dict[int, list[int]] = {i: [] for i in ids}
    for start in range(0, len(ids), _CHUNK):
        chunk = list(ids[start : start + _CHUNK])
        rows = session.execute(
            select(
                SessionParticipant.session_id,
                SessionParticipant.entrepreneur_id,
                SessionParticipant.attended,
            )
            .where(SessionParticipant.session_id.in_(chunk))
            .order_by(SessionParticipant.session_id, SessionParticipant.entrepreneur_id)
        )
        for sid, eid, attended in rows:
            participants[sid].append(Participant(eid, bool(attended)))
        rows = session.execute(
            select(session_topic.c.session_id, session_topic.c.topic_id)
            .where(session_topic.c.session_id.in_(chunk))
            .order_by(session_topic.c.session_id, session_topic.c.topic_id)
        )
        for sid, tid in rows:
            topics[sid].append(tid)
    return participants, topics


def _views(
    session: Session, objs: Sequence[CoachingSession], actor: Actor
) -> list[CoachingSessionView]:
    """The only place views are built, so the confidentiality rule cannot be bypassed."""
    participants, topics = _links(session, [o.id for o in objs])
    views = []
    for o in objs:
        readable = may_read_notes(actor, o.notes_author_id)
        has_notes = o.confidential_notes is not None
        views.append(
            to_view(
                o,
                CoachingSessionView,
                confidential_notes=o.confidential_notes if readable else None,
                notes_hidden=not readable,
                has_notes=has_notes,
                notes_writable=may_write_notes(
                    actor, o.coach_id, has_notes=has_notes, notes_author_id=o.notes_author_id
                ),
                participants=tuple(participants[o.id]),
                topic_ids=tuple(topics[o.id]),
            )
        )
    return views


def log_coaching_session(
    session: Session,
    *,
    session_date: date,
    duration_minutes: int,
    coach_id: int,
    participants: Iterable[Participant | int],
    kind: SessionKind | str = SessionKind.INDIVIDUAL,
    mode: SessionMode | str = SessionMode.IN_PERSON,
    start_time: time | None = None,
    topic_ids: Iterable[int] = (),
    summary: str | None = None,
    confidential_notes: str | None = None,
    actor: Actor,
) -> CoachingSessionView:
    state = new_session_state(
        actor,
        session_date=session_date,
        start_time=start_time,
        duration_minutes=duration_minutes,
        coach_id=coach_id,
        kind=kind,
        mode=mode,
        summary=summary,
        confidential_notes=confidential_notes,
        participants=participants,
        topic_ids=topic_ids,
    )
    with unit_of_work(session):
        _check_references(session, state)
        check_session_people(session, actor, [p.entrepreneur_id for p in state["participants"]])
        obj = insert_session(session, state, actor)
    return _views(session, [obj], actor)[0]


def check_session_people(session: Session, actor: Actor, entrepreneur_ids: list[int]) -> None:
    """The people of a new session: of one's own sites, where one's role there logs coaching."""
    check_people_on_my_sites(session, actor, entrepreneur_ids)
    require_for_people(session, actor, Permission.LOG_COACHING, entrepreneur_ids)


def new_session_state(actor: Actor, **fields: Any) -> dict[str, Any]:
    """Permission checks and validation of a new session's fields (all of
    `log_coaching_session`'s keywords); returns the state `insert_session` writes."""
    require(actor, Permission.LOG_COACHING)
    _ensure_own_session(actor, fields["coach_id"])
    if fields.get("confidential_notes"):
        _ensure_may_write_notes(actor, fields["coach_id"], has_notes=False, notes_author_id=None)
    v = Validator()
    state: dict[str, Any] = {f: fields.get(f) for f in _SCALAR_FIELDS}
    state["summary"] = state["summary"] or None
    state["confidential_notes"] = state["confidential_notes"] or None
    state["participants"] = _normalise_participants(v, fields.get("participants"))
    state["topic_ids"] = list(fields.get("topic_ids") or ())
    _validate_state(v, state)
    v.raise_if_any()
    state["notes_author_id"] = _notes_author_after(actor, None, state["confidential_notes"], None)
    return state


def insert_session(
    session: Session, state: dict[str, Any], actor: Actor, *, series_id: str | None = None
) -> CoachingSession:
    """Writes one validated session, its links and audit row; the caller holds the transaction
    and has run `_check_references` once."""
    obj = CoachingSession(
        **{f: state[f] for f in _SCALAR_FIELDS},
        notes_author_id=state["notes_author_id"],
        series_id=series_id,
    )
    session.add(obj)
    session.flush()
    _write_links(session, obj.id, state)
    record_audit(session, actor, ENTITY, obj.id, "create", _audit_values(obj, state))
    return obj


check_references = _check_references
session_views = _views


def update_coaching_session(
    session: Session,
    session_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: Any,
) -> CoachingSessionView:
    """Changes any of the fields `log_coaching_session` takes; participants/topics are replaced."""
    require(actor, Permission.LOG_COACHING)
    v = Validator()
    v.only_fields(changes, _UPDATABLE)
    v.raise_if_any()
    with unit_of_work(session):
        obj = get_or_raise(session, CoachingSession, session_id)
        check_version_after_access(actor, obj, changes, expected_version)
        change_session(session, obj, changes, actor)
    return _views(session, [obj], actor)[0]


def check_version_after_access(
    actor: Actor, obj: CoachingSession, changes: dict[str, Any], expected_version: int | None
) -> None:
    """Permission checks for a change, then the optimistic lock (inside the transaction)."""
    _ensure_own_session(actor, obj.coach_id)
    if "coach_id" in changes:
        _ensure_own_session(actor, changes["coach_id"])
    if "confidential_notes" in changes and (changes["confidential_notes"] or None) != (
        obj.confidential_notes
    ):
        _ensure_may_write_notes(
            actor,
            obj.coach_id,
            has_notes=obj.confidential_notes is not None,
            notes_author_id=obj.notes_author_id,
        )
    check_version(obj, expected_version)


def change_session(
    session: Session, obj: CoachingSession, changes: dict[str, Any], actor: Actor
) -> None:
    """Validates and applies `changes` to one loaded session with its audit row; the caller
    holds the transaction (series edits change several sessions in one)."""
    v = Validator()
    v.only_fields(changes, _UPDATABLE)
    v.raise_if_any()
    participants, topics = _links(session, [obj.id])
    state: dict[str, Any] = {f: getattr(obj, f) for f in _SCALAR_FIELDS}
    state["participants"] = participants[obj.id]
    state["topic_ids"] = topics[obj.id]
    before_links = (list(state["participants"]), sorted(state["topic_ids"]))
    state.update(changes)
    if "participants" in changes:
        state["participants"] = _normalise_participants(v, changes["participants"])
    state["topic_ids"] = list(state["topic_ids"] or [])
    for text_field in ("summary", "confidential_notes"):
        state[text_field] = state[text_field] or None
    _validate_state(v, state)
    v.raise_if_any()
    _check_references(session, state)
    # People added to the session: of one's own sites (those already in it stay), where one's
    # role logs coaching. Changing it at all: that role on the site of one of its people.
    before_people = {p.entrepreneur_id for p in before_links[0]}
    require_for_some_people(session, actor, Permission.LOG_COACHING, before_people)
    require_for_people(
        session,
        actor,
        Permission.LOG_COACHING,
        [
            p.entrepreneur_id
            for p in state["participants"]
            if p.entrepreneur_id not in before_people
        ],
    )
    check_people_on_my_sites(
        session,
        actor,
        [
            p.entrepreneur_id
            for p in state["participants"]
            if p.entrepreneur_id not in before_people
        ],
    )
    diff: dict[str, Any] = {}
    after_links = (list(state["participants"]), sorted(state["topic_ids"]))
    if after_links != before_links:
        # Before touching the row: the link statements autoflush, and a dirty row would be
        # flushed (and its version bumped) twice.
        _write_links(session, obj.id, state)
        diff["participants"] = [
            [[p.entrepreneur_id, p.attended] for p in before_links[0]],
            [[p.entrepreneur_id, p.attended] for p in after_links[0]],
        ]
        diff["topic_ids"] = [before_links[1], after_links[1]]
        # Child rows alone would not bump version_id: touch the row so the lock sees it.
        obj.updated_at = utcnow()
    author = _notes_author_after(
        actor, obj.confidential_notes, state["confidential_notes"], obj.notes_author_id
    )
    # The coach may change while the notes stay with their author: that is the point.
    diff.update(
        apply_changes(obj, {**{f: state[f] for f in _SCALAR_FIELDS}, "notes_author_id": author})
    )
    # Who wrote the notes is the actor of the audit row that changed them.
    diff.pop("notes_author_id", None)
    if "confidential_notes" in diff:
        diff["confidential_notes"] = [HIDDEN, HIDDEN]
    if diff:
        record_audit(session, actor, ENTITY, obj.id, "update", diff)


def delete_coaching_session(
    session: Session, session_id: int, *, expected_version: int | None, actor: Actor
) -> None:
    require(actor, Permission.LOG_COACHING)
    with unit_of_work(session):
        obj = get_or_raise(session, CoachingSession, session_id)
        check_version(obj, expected_version)
        delete_loaded_session(session, obj, actor)


def delete_loaded_session(session: Session, obj: CoachingSession, actor: Actor) -> None:
    """Deletes one loaded session with its audit row; the caller holds the transaction."""
    _ensure_own_session(actor, obj.coach_id)
    participants, topics = _links(session, [obj.id])
    require_for_some_people(
        session, actor, Permission.LOG_COACHING, [p.entrepreneur_id for p in participants[obj.id]]
    )
    values = _audit_values(obj, {"participants": participants[obj.id], "topic_ids": topics[obj.id]})
    session_id = obj.id
    session.delete(obj)
    record_audit(session, actor, ENTITY, session_id, "delete", values)


def get_coaching_session(session: Session, session_id: int, *, actor: Actor) -> CoachingSessionView:
    require(actor, Permission.VIEW)
    obj = get_or_raise(session, CoachingSession, session_id)
    people = session.scalars(
        select(SessionParticipant.entrepreneur_id).where(SessionParticipant.session_id == obj.id)
    )
    what = QT_TRANSLATE_NOOP("Sites", "Coaching session")
    check_record_of_people(session, actor, what, obj.id, list(people))
    return _views(session, [obj], actor)[0]


def _filtered(
    coach_id: int | None,
    entrepreneur_id: int | None,
    date_from: date | None,
    date_to: date | None,
) -> Select[tuple[CoachingSession]]:
    stmt = select(CoachingSession)
    if coach_id is not None:
        stmt = stmt.where(CoachingSession.coach_id == coach_id)
    if entrepreneur_id is not None:
        stmt = stmt.where(
            CoachingSession.id.in_(
                select(SessionParticipant.session_id).where(
                    SessionParticipant.entrepreneur_id == entrepreneur_id
                )
            )
        )
    if date_from is not None:
        stmt = stmt.where(CoachingSession.session_date >= date_from)
    if date_to is not None:
        stmt = stmt.where(CoachingSession.session_date <= date_to)
    return stmt


_NEWEST_FIRST = (
    CoachingSession.session_date.desc(),
    CoachingSession.start_time.desc(),
    CoachingSession.id.desc(),
)


def sessions_for_entrepreneur(
    session: Session,
    entrepreneur_id: int,
    *,
    actor: Actor,
    date_from: date | None = None,
    date_to: date | None = None,
) -> EntrepreneurSessions:
    """All sessions of one entrepreneur with totals computed in SQL (all / attended only)."""
    require(actor, Permission.VIEW)
    get_or_raise(session, Entrepreneur, entrepreneur_id)
    stmt = _filtered(None, entrepreneur_id, date_from, date_to).order_by(*_NEWEST_FIRST)
    views = _views(session, list(session.scalars(stmt)), actor)
    totals = select(
        func.count(CoachingSession.id),
        func.coalesce(func.sum(CoachingSession.duration_minutes), 0),
    ).join(SessionParticipant, SessionParticipant.session_id == CoachingSession.id)
    totals = totals.where(SessionParticipant.entrepreneur_id == entrepreneur_id)
    if date_from is not None:
        totals = totals.where(CoachingSession.session_date >= date_from)
    if date_to is not None:
        totals = totals.where(CoachingSession.session_date <= date_to)
    count, minutes = session.execute(totals).one()
    attended_count, attended_minutes = session.execute(
        totals.where(SessionParticipant.attended.is_(True))
    ).one()
    return EntrepreneurSessions(
        entrepreneur_id=entrepreneur_id,
        sessions=views,
        session_count=int(count),
        total_minutes=int(minutes),
        attended_count=int(attended_count),
        attended_minutes=int(attended_minutes),
    )
