"""The review queue: pairs between the two thresholds, side by side with their evidence, and a
person's verdict. "Same" merges the two actors; "different" is remembered and honoured by every
later link run; an undo takes the verdict back (and unmerges what it merged). A person's verdict
is never overturned by a rerun."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from incubator_app import clock
from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ActorSource, Listing, PairDecision, SourceRecord
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.directory.merges import merge_actors, unmerge

VERDICTS = ("same", "different")
#: Fields shown side by side, in this order.
SHOWN_FIELDS = (
    "name",
    "commune",
    "postal_code",
    "address",
    "website",
    "email",
    "phone",
    "creation_year",
    "disciplines",
    "registry_ids",
)


@dataclass(frozen=True)
class ReviewSide:
    record_id: int
    source: str
    row_number: int
    fields: dict[str, str]  # field → text shown


@dataclass(frozen=True)
class ReviewItem:
    pair_id: int
    score: float
    evidence: str
    left: ReviewSide
    right: ReviewSide
    verdict: str | None


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return ", ".join(str(v) for v in value)
    if isinstance(value, dict):
        return ", ".join(f"{k}: {v}" for k, v in sorted(value.items()))
    return str(value)


def _side(record_id: int, source: str, row_number: int, values: dict) -> ReviewSide:
    commune = commune_reference().get(values.get("commune_insee"))
    shown = dict(values)
    shown["commune"] = (
        f"{commune.name} ({commune.insee})" if commune else values.get("commune_text") or ""
    )
    return ReviewSide(record_id, source, row_number, {f: _text(shown.get(f)) for f in SHOWN_FIELDS})


def count_review_queue(session: Session, *, actor: Actor) -> int:
    require(actor, Permission.VIEW)
    return session.scalar(
        select(func.count())
        .select_from(PairDecision)
        .where(PairDecision.zone == "review", PairDecision.verdict.is_(None))
    )


def review_queue(
    session: Session, *, include_decided: bool = False, limit: int = 200, actor: Actor
) -> list[ReviewItem]:
    """The pairs to review, best score first (decided ones too, for undo)."""
    require(actor, Permission.VIEW)
    ra, rb = aliased(SourceRecord), aliased(SourceRecord)
    la, lb = aliased(Listing), aliased(Listing)
    query = (
        select(PairDecision, ra, rb, la.source, lb.source)
        .join(ra, ra.id == PairDecision.record_a_id)
        .join(rb, rb.id == PairDecision.record_b_id)
        .join(la, la.id == ra.listing_id)
        .join(lb, lb.id == rb.listing_id)
        .where(PairDecision.zone == "review")
        .order_by(PairDecision.score.desc(), PairDecision.id)
        .limit(limit)
    )
    if not include_decided:
        query = query.where(PairDecision.verdict.is_(None))
    items = []
    for pair, a, b, source_a, source_b in session.execute(query):
        items.append(
            ReviewItem(
                pair.id,
                pair.score,
                pair.evidence,
                _side(a.id, source_a, a.row_number, a.values),
                _side(b.id, source_b, b.row_number, b.values),
                pair.verdict,
            )
        )
    session.rollback()
    return items


def _actor_of(session: Session, record_id: int) -> int:
    return session.scalar(select(ActorSource.actor_id).where(ActorSource.record_id == record_id))


def decide_pair(session: Session, pair_id: int, verdict: str, *, actor: Actor) -> None:
    """Records a person's verdict; "same" merges the two actors."""
    require(actor, Permission.MANAGE_DIRECTORY)
    if verdict not in VERDICTS:
        raise ValueError(verdict)
    pair = session.get(PairDecision, pair_id)
    if pair is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "No such pair.")))
    if pair.verdict is not None:
        raise ConflictError(
            msg(QT_TRANSLATE_NOOP("Directory", "This pair was decided already; undo it first."))
        )
    merge_id = None
    if verdict == "same":
        first, second = _actor_of(session, pair.record_a_id), _actor_of(session, pair.record_b_id)
        if first != second:
            merge_id = merge_actors(
                session, first, second, score=pair.score, evidence=pair.evidence, actor=actor
            )
            pair = session.get(PairDecision, pair_id)
    pair.verdict = verdict
    pair.decided_by_id = actor.user_id
    pair.decided_at = clock.now_utc()
    pair.merge_id = merge_id
    if merge_id is not None:
        for link in session.scalars(
            select(ActorSource).where(
                ActorSource.record_id.in_([pair.record_a_id, pair.record_b_id])
            )
        ):
            link.how = "review"
            link.decided_by_id = actor.user_id
            link.decided_at = pair.decided_at
    session.commit()


def undo_decision(session: Session, pair_id: int, *, actor: Actor) -> None:
    """Takes a verdict back: the pair returns to the queue, a merge it made is undone."""
    require(actor, Permission.MANAGE_DIRECTORY)
    pair = session.get(PairDecision, pair_id)
    if pair is None or pair.verdict is None:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "This pair has no verdict to undo.")))
    if pair.merge_id is not None:
        unmerge(session, pair.merge_id, remember=False, actor=actor)
        pair = session.get(PairDecision, pair_id)
    pair.verdict = None
    pair.decided_by_id = None
    pair.decided_at = None
    pair.merge_id = None
    pair.zone = "review"
    session.commit()
