"""Duplicates inside the directory itself: live actors compared with each other (their merged
fields, not their rows), scored like the listings are. Above the automatic threshold they are
merged (each merge logged and undoable); between the thresholds the pair goes to the review
queue (as a pair of their first source rows); a person's "different" between any rows of the
two actors is honoured. Duplicates inside one listing are found by the link run itself for the
listings said to hold their own duplicates (`linkage.candidate_pairs(within=…)`)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from incubator_app.models import ActorSource, DirectoryActor, PairDecision
from incubator_app.models.directory import ACTOR_FIELDS
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.bulk import without_cycle_collector
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.directory.linkage import (
    AUTO_ABOVE,
    REVIEW_ABOVE,
    Candidate,
    link_records,
    record_from_values,
)
from incubator_app.services.directory.merges import merge_actors


@dataclass(frozen=True)
class DedupeSummary:
    merged: int
    review: int
    rejected: int


def _different_actors(session: Session) -> dict[tuple[int, int], str]:
    """Pairs of actors a person said are different (through any of their rows)."""
    a, b = aliased(ActorSource), aliased(ActorSource)
    out: dict[tuple[int, int], str] = {}
    for x, y in session.execute(
        select(a.actor_id, b.actor_id)
        .select_from(PairDecision)
        .join(a, a.record_id == PairDecision.record_a_id)
        .join(b, b.record_id == PairDecision.record_b_id)
        .where(PairDecision.verdict == "different")
    ):
        if x != y:
            out[(min(x, y), max(x, y))] = "different"
    return out


def _candidates(session: Session, auto_above: float, review_above: float) -> list[Candidate]:
    ref = commune_reference()
    columns = [getattr(DirectoryActor, f) for f in ACTOR_FIELDS if f != "field_sources"]
    records = []
    for row in session.execute(
        select(DirectoryActor.id, *columns)
        .where(DirectoryActor.merged_into_id.is_(None))
        .order_by(DirectoryActor.id)
    ):
        values = dict(zip([c.key for c in columns], row[1:], strict=True))
        commune = ref.get(values.get("commune_insee"))
        # Each actor is its own "listing": every pair of actors may be compared.
        records.append(
            record_from_values(
                row[0],
                row[0],
                values,
                commune.city if commune else None,
                commune.departement if commune else None,
            )
        )
    found = link_records(
        records,
        auto_above=auto_above,
        review_above=review_above,
        decided=_different_actors(session),
    )
    # One pair per actor and run, best score first: never a chain A–B–C merged at once.
    used: set[int] = set()
    out = []
    for c in sorted(found, key=lambda c: (c.zone == "reject", -c.score, c.a, c.b)):
        if c.zone != "reject" and (c.a in used or c.b in used):
            c = Candidate(c.a, c.b, c.score, "", "reject")
        elif c.zone != "reject":
            used.update((c.a, c.b))
        out.append(c)
    return out


@without_cycle_collector
def preview_dedupe(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    actor: Actor,
) -> DedupeSummary:
    """The counts the thresholds would give, nothing written."""
    require(actor, Permission.VIEW)
    found = _candidates(session, auto_above, review_above)
    session.rollback()
    return DedupeSummary(*(sum(c.zone == z for c in found) for z in ("auto", "review", "reject")))


def _first_records(session: Session, actor_ids: set[int]) -> dict[int, int]:
    return dict(
        session.execute(
            select(ActorSource.actor_id, func.min(ActorSource.record_id))
            .where(ActorSource.actor_id.in_(actor_ids))
            .group_by(ActorSource.actor_id)
        ).all()
    )


@without_cycle_collector
def dedupe_directory(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    actor: Actor,
) -> DedupeSummary:
    require(actor, Permission.MANAGE_DIRECTORY)
    found = _candidates(session, auto_above, review_above)
    merged = 0
    for c in (c for c in found if c.zone == "auto"):
        merge_actors(session, c.a, c.b, score=c.score, evidence=c.evidence, actor=actor)
        merged += 1
    review = [c for c in found if c.zone == "review"]
    firsts = _first_records(session, {x for c in review for x in (c.a, c.b)})
    queued = 0
    for c in review:
        ra, rb = firsts.get(c.a), firsts.get(c.b)
        if ra is None or rb is None:
            continue  # an actor typed by hand, with no row: nothing the queue can show
        ra, rb = min(ra, rb), max(ra, rb)
        exists = session.scalar(
            select(PairDecision.id).where(
                PairDecision.record_a_id == ra, PairDecision.record_b_id == rb
            )
        )
        if exists is None:
            session.add(
                PairDecision(
                    record_a_id=ra,
                    record_b_id=rb,
                    score=c.score,
                    evidence=c.evidence,
                    zone="review",
                    found_by="dedupe",
                )
            )
            queued += 1
    session.commit()
    rejected = sum(c.zone == "reject" for c in found)
    return DedupeSummary(merged, queued, rejected)
