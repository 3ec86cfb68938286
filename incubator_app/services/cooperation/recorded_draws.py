"""Draws recorded in the database: freeze, draw with the seed, verify; never edited, never
deleted.

`freeze_draw` stores the canonical JSON of the call's pool and quotas, its SHA-256, the
application's version and the algorithm, and checks that some panel meets the quotas (else the
infeasibility message, nothing written). A call's second (third…) freeze needs a reason, which is
kept and printed; earlier draws stay. `perform_draw` takes the seed as published, once, runs the
draw from the frozen document (not from the call as it is now) and stores RESULT.csv byte for
byte; each selected person is invited with a deadline of `confirm_days` after the draw
(clock.now_utc()), by e-mail through the outbox when their address is known (invitations.py).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime, timedelta
from functools import lru_cache

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app import __version__, clock
from incubator_app.errors import DomainError, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models.cooperation import (
    CooperationCall,
    CooperationDraw,
    DrawStep,
    DrawStepKind,
)
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.cooperation.calls import call_inputs
from incubator_app.services.cooperation.draws.freeze import (
    ALGORITHM,
    canonical_bytes,
    frozen_document,
    frozen_hash,
    inputs_from_document,
    solver_version,
)
from incubator_app.services.cooperation.draws.inputs import DrawInputs, clean_text
from incubator_app.services.cooperation.draws.maximin import maximin_distribution
from incubator_app.services.cooperation.draws.selection import DrawResult, run_draw
from incubator_app.services.cooperation.invitations import queue_invitation
from incubator_app.services.records import get_or_raise, record_audit, unit_of_work


@dataclass(frozen=True)
class DrawView:
    id: int
    call_id: int
    number: int
    reason: str | None
    frozen_hash: str
    app_version: str
    algorithm: str
    frozen_at: datetime
    seed_source: str | None
    seed: str | None
    drawn_at: datetime | None


def _view(draw: CooperationDraw) -> DrawView:
    return DrawView(
        draw.id,
        draw.call_id,
        draw.number,
        draw.reason,
        draw.frozen_hash,
        draw.app_version,
        draw.algorithm,
        draw.frozen_at,
        draw.seed_source,
        draw.seed,
        draw.drawn_at,
    )


def freeze_draw(
    session: Session, call_id: int, *, reason: str | None = None, actor: Actor
) -> DrawView:
    require(actor, Permission.EDIT_ENTREPRENEURS)
    call = get_or_raise(session, CooperationCall, call_id)
    inputs = call_inputs(session, call_id)
    previous = session.scalar(
        select(func.max(CooperationDraw.number)).where(CooperationDraw.call_id == call_id)
    )
    reason = clean_text(reason) or None
    if previous and not reason:
        raise ValidationError(
            {
                "reason": msg(
                    QT_TRANSLATE_NOOP(
                        "Draws",
                        "This call was already frozen or drawn: a new draw needs a reason, which stays on record.",  # noqa: E501
                    )
                )
            }
        )
    digest = frozen_hash(inputs)
    maximin_distribution(inputs, digest)  # raises InfeasibleQuotas: nothing is written
    with unit_of_work(session):
        draw = CooperationDraw(
            call_id=call_id,
            number=(previous or 0) + 1,
            reason=reason,
            frozen_inputs=canonical_bytes(frozen_document(inputs)).decode("utf-8"),
            frozen_hash=digest,
            app_version=__version__,
            algorithm=f"{ALGORITHM}, {solver_version()}",
            frozen_at=clock.now_utc(),
            frozen_by_id=actor.user_id,
            seed_source=call.seed_source,
        )
        session.add(draw)
        session.flush()
        record_audit(
            session,
            actor,
            "cooperation_draw",
            draw.id,
            "freeze",
            {"call_id": call_id, "hash": digest, "reason": reason},
        )
        return _view(draw)


def frozen_inputs(draw: CooperationDraw) -> DrawInputs:
    return inputs_from_document(json.loads(draw.frozen_inputs))


@lru_cache(maxsize=8)
def _cached_result(document: str, seed: str) -> DrawResult:
    return run_draw(inputs_from_document(json.loads(document)), seed)


def recorded_result(draw: CooperationDraw) -> DrawResult:
    """The draw's result recomputed from its frozen document and seed (cached: replacements
    need its ranks and the reserve's order every time someone leaves)."""
    return _cached_result(draw.frozen_inputs, draw.seed or "")


def perform_draw(session: Session, draw_id: int, seed: str, *, actor: Actor) -> DrawView:
    require(actor, Permission.EDIT_ENTREPRENEURS)
    draw = get_or_raise(session, CooperationDraw, draw_id)
    if draw.seed is not None:
        raise DomainError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Draws", "This draw was made on {when}; freeze a new draw (with a reason)."
                ),
                when=draw.drawn_at.isoformat(timespec="minutes") if draw.drawn_at else "",
            )
        )
    seed = clean_text(seed)
    if not seed:
        raise ValidationError(
            {"seed": msg(QT_TRANSLATE_NOOP("Draws", "Type the seed as it was published."))}
        )
    newer = session.scalar(
        select(func.count()).where(
            CooperationDraw.call_id == draw.call_id, CooperationDraw.number > draw.number
        )
    )
    if newer:
        raise DomainError(
            msg(QT_TRANSLATE_NOOP("Draws", "A newer draw of this call replaces this one."))
        )
    inputs = frozen_inputs(draw)
    if frozen_hash(inputs) != draw.frozen_hash:  # the stored document was altered
        raise DomainError(
            msg(QT_TRANSLATE_NOOP("Draws", "The frozen inputs no longer match their SHA-256."))
        )
    result = run_draw(inputs, seed)
    call = get_or_raise(session, CooperationCall, draw.call_id)
    now = clock.now_utc()
    with unit_of_work(session):
        draw.seed = seed
        draw.drawn_at = now
        draw.drawn_by_id = actor.user_id
        draw.result_csv = result.csv_bytes().decode("utf-8")
        deadline = now + timedelta(days=call.confirm_days)
        for place in sorted(result.selected, key=lambda p: (p.group or 0, p.id)):
            session.add(
                DrawStep(
                    draw_id=draw.id,
                    code=place.id,
                    kind=DrawStepKind.INVITED,
                    group_number=place.group or 1,
                    deadline=deadline,
                    at=now,
                    user_id=actor.user_id,
                )
            )
            queue_invitation(session, draw, place.id, place.group or 1, deadline, actor=actor)
        record_audit(
            session,
            actor,
            "cooperation_draw",
            draw.id,
            "draw",
            {"seed": seed, "hash": draw.frozen_hash},
        )
        return _view(draw)


def draw_result(session: Session, draw_id: int, *, actor: Actor) -> tuple[DrawInputs, DrawResult]:
    """The draw recomputed from its frozen document and seed (for the procès-verbal)."""
    require(actor, Permission.VIEW)
    draw = get_or_raise(session, CooperationDraw, draw_id)
    if draw.seed is None:
        raise DomainError(msg(QT_TRANSLATE_NOOP("Draws", "This draw has no seed yet.")))
    inputs = frozen_inputs(draw)
    return inputs, run_draw(inputs, draw.seed)


def verify_draw(session: Session, draw_id: int, *, actor: Actor) -> bool:
    """True when the frozen inputs still hash as recorded and the draw gives RESULT.csv again."""
    require(actor, Permission.VIEW)
    draw = get_or_raise(session, CooperationDraw, draw_id)
    inputs = frozen_inputs(draw)
    if frozen_hash(inputs) != draw.frozen_hash or draw.seed is None:
        return False
    return run_draw(inputs, draw.seed).csv_bytes().decode("utf-8") == draw.result_csv


def list_draws(session: Session, call_id: int, *, actor: Actor) -> list[DrawView]:
    """Every draw of the call, the first first: a second draw never hides the first."""
    require(actor, Permission.VIEW)
    draws = session.scalars(
        select(CooperationDraw)
        .where(CooperationDraw.call_id == call_id)
        .order_by(CooperationDraw.number)
    ).all()
    return [_view(d) for d in draws]


def get_draw(session: Session, draw_id: int, *, actor: Actor) -> DrawView:
    require(actor, Permission.VIEW)
    return _view(get_or_raise(session, CooperationDraw, draw_id))


def frozen_inputs_of(session: Session, draw_id: int, *, actor: Actor) -> DrawInputs:
    """The inputs a draw froze (for the notice and the procès-verbal)."""
    require(actor, Permission.VIEW)
    return frozen_inputs(get_or_raise(session, CooperationDraw, draw_id))
