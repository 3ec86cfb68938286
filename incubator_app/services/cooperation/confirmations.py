"""The reflection delay after a draw: each person invited confirms within the call's window;
a decline, or silence until the deadline (clock.now_utc()), frees the place, which goes to the
next of the reserve of the same quota cell (draws/replacement.py), so the quotas still hold.
Every step is a `DrawStep` row: who, what, when, by whom.

The invitation and each replacement's go by e-mail through the outbox (invitations.py), in the
same transaction as the step; the window shows who to contact and the remaining time too.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import DomainError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.cooperation import (
    CooperationCall,
    CooperationDraw,
    DrawStep,
    DrawStepKind,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.cooperation.draws.replacement import Replacement, find_replacement
from incubator_app.services.cooperation.invitations import queue_invitation
from incubator_app.services.cooperation.recorded_draws import frozen_inputs, recorded_result
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work

PENDING = "pending"
CONFIRMED = "confirmed"


@dataclass(frozen=True)
class Place:
    code: str
    group: int
    status: str  # PENDING or CONFIRMED
    deadline: datetime | None
    replaces: str | None
    same_cell: bool | None


@dataclass(frozen=True)
class PanelState:
    places: tuple[Place, ...]  # current members, by group then code
    left: tuple[tuple[str, str], ...]  # (code, "declined"/"timed_out"), in order
    unfilled: int


def _aware(moment: datetime | None) -> datetime | None:
    if moment is not None and moment.tzinfo is None:
        return moment.replace(tzinfo=UTC)
    return moment


def _steps(session: Session, draw_id: int) -> list[DrawStep]:
    return list(
        session.scalars(select(DrawStep).where(DrawStep.draw_id == draw_id).order_by(DrawStep.id))
    )


def panel_state(session: Session, draw_id: int, *, actor: Actor) -> PanelState:
    require(actor, Permission.VIEW)
    return _state(_steps(session, draw_id))


def _state(steps: list[DrawStep]) -> PanelState:
    places: dict[str, Place] = {}
    left: list[tuple[str, str]] = []
    unfilled = 0
    for step in steps:
        if step.kind == DrawStepKind.INVITED and step.code:
            places[step.code] = Place(
                step.code,
                step.group_number,
                PENDING,
                _aware(step.deadline),
                step.replaces,
                step.same_cell,
            )
        elif step.kind == DrawStepKind.CONFIRMED and step.code in places:
            p = places[step.code]
            places[step.code] = Place(p.code, p.group, CONFIRMED, None, p.replaces, p.same_cell)
        elif step.kind in (DrawStepKind.DECLINED, DrawStepKind.TIMED_OUT) and step.code:
            places.pop(step.code, None)
            left.append((step.code, step.kind.value))
        elif step.kind == DrawStepKind.UNFILLED:
            unfilled += 1
    ordered = sorted(places.values(), key=lambda p: (p.group, p.code))
    return PanelState(tuple(ordered), tuple(left), unfilled)


def _drawn(session: Session, draw_id: int) -> CooperationDraw:
    draw = get_or_raise(session, CooperationDraw, draw_id)
    if draw.seed is None:
        raise DomainError(msg(QT_TRANSLATE_NOOP("Draws", "This draw has no seed yet.")))
    return draw


def _leave(
    session: Session,
    draw: CooperationDraw,
    code: str,
    kind: DrawStepKind,
    steps: list[DrawStep],
    now: datetime,
    actor: Actor,
) -> Replacement:
    state = _state(steps)
    place = next(p for p in state.places if p.code == code)
    session.add(
        DrawStep(
            draw_id=draw.id,
            code=code,
            kind=kind,
            group_number=place.group,
            at=now,
            user_id=actor.user_id,
        )
    )
    inputs = frozen_inputs(draw)
    result = recorded_result(draw)
    panel = {p.code: p.group for p in state.places}
    unavailable = {c for c, _ in state.left} | {code}
    # Everyone ever invited and gone is never asked again; so is anyone still on the panel.
    replacement = find_replacement(inputs, result.placements, panel, code, unavailable)
    call = get_or_raise(session, CooperationCall, draw.call_id)
    if replacement.arriving is None:
        session.add(
            DrawStep(
                draw_id=draw.id,
                code=None,
                kind=DrawStepKind.UNFILLED,
                group_number=place.group,
                replaces=code,
                at=now,
                user_id=actor.user_id,
            )
        )
    else:
        deadline = now + timedelta(days=call.confirm_days)
        session.add(
            DrawStep(
                draw_id=draw.id,
                code=replacement.arriving,
                kind=DrawStepKind.INVITED,
                group_number=place.group,
                replaces=code,
                same_cell=replacement.same_cell,
                deadline=deadline,
                at=now,
                user_id=actor.user_id,
            )
        )
        queue_invitation(
            session, draw, replacement.arriving, place.group, deadline, replacing=code,
            actor=actor,
        )  # fmt: skip
    record_audit(
        session,
        actor,
        "cooperation_draw",
        draw.id,
        kind.value,
        {"code": code, "replaced_by": replacement.arriving},
    )
    return replacement


def record_answer(
    session: Session, draw_id: int, code: str, *, confirmed: bool, actor: Actor
) -> Replacement | None:
    """A person invited answers; a decline returns who is invited in their place."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    draw = _drawn(session, draw_id)
    steps = _steps(session, draw_id)
    state = _state(steps)
    place = next((p for p in state.places if p.code == code), None)
    if place is None or place.status != PENDING:
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP("Draws", "{code} has no invitation waiting for an answer."),
                code=code,
            )
        )
    now = clock.now_utc()
    if place.deadline is not None and now >= place.deadline:
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Draws", "The window of {code} has closed: silence counts as declining."
                ),
                code=code,
            )
        )
    with unit_of_work(session):
        if confirmed:
            session.add(
                DrawStep(
                    draw_id=draw.id,
                    code=code,
                    kind=DrawStepKind.CONFIRMED,
                    group_number=place.group,
                    at=now,
                    user_id=actor.user_id,
                )
            )
            record_audit(session, actor, "cooperation_draw", draw.id, "confirmed", {"code": code})
            return None
        return _leave(session, draw, code, DrawStepKind.DECLINED, steps, now, actor)


def expire_invitations(session: Session, draw_id: int, *, actor: Actor) -> list[Replacement]:
    """Every invitation whose deadline has passed counts as declined and is replaced (the
    replacements get a new window from now)."""
    require(actor, Permission.EDIT_ENTREPRENEURS)
    draw = _drawn(session, draw_id)
    out: list[Replacement] = []
    now = clock.now_utc()
    with unit_of_work(session):
        while True:
            steps = _steps(session, draw_id)
            state = _state(steps)
            due = [
                p
                for p in state.places
                if p.status == PENDING and p.deadline is not None and p.deadline <= now
            ]
            if not due:
                break
            out.append(
                _leave(session, draw, due[0].code, DrawStepKind.TIMED_OUT, steps, now, actor)
            )
            session.flush()
    return out
