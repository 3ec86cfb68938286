"""A link run over the whole directory: every source record against the records of the other
listings, the pairs stored with their score and evidence, the automatic zone merged.

A person's verdict on a pair ("same", "different") is honoured and never overturned: the run
keeps those pairs as they are and only refreshes the others. A pair is merged only when its two
actors differ and the merged actor would not hold two rows of one listing (unless the listing
says it has duplicates).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import ActorSource, DirectoryActor, Listing, PairDecision, SourceRecord
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.directory.linkage import (
    AUTO_ABOVE,
    REVIEW_ABOVE,
    Candidate,
    LinkRecord,
    link_records,
    record_from_values,
    zone_counts,
)
from incubator_app.services.directory.merges import apply_merge


@dataclass(frozen=True)
class LinkSummary:
    merged: int
    review: int
    rejected: int


def load_link_records(session: Session) -> list[LinkRecord]:
    ref = commune_reference()
    records = []
    rows = session.execute(
        select(SourceRecord.id, SourceRecord.listing_id, SourceRecord.values).order_by(
            SourceRecord.id
        )
    )
    for record_id, listing_id, values in rows:
        commune = ref.get(values.get("commune_insee"))
        records.append(
            record_from_values(
                record_id,
                listing_id,
                values,
                commune.city if commune else None,
                commune.departement if commune else None,
            )
        )
    return records


def preview_link(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    actor: Actor,
) -> dict[str, int]:
    """The counts the thresholds would give, without writing anything."""
    require(actor, Permission.VIEW)
    return zone_counts(_candidates(session, auto_above, review_above))


def _candidates(session: Session, auto_above: float, review_above: float) -> list[Candidate]:
    decided = {
        (a, b): v
        for a, b, v in session.execute(
            select(PairDecision.record_a_id, PairDecision.record_b_id, PairDecision.verdict).where(
                PairDecision.verdict.is_not(None)
            )
        )
    }
    duplicates = session.scalars(select(Listing.id).where(Listing.has_duplicates)).all()
    return link_records(
        load_link_records(session),
        auto_above=auto_above,
        review_above=review_above,
        duplicates_allowed=duplicates,
        decided=decided,
    )


def link_directory(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    actor: Actor,
) -> LinkSummary:
    require(actor, Permission.MANAGE_DIRECTORY)
    candidates = _candidates(session, auto_above, review_above)
    decided = set(
        session.execute(
            select(PairDecision.record_a_id, PairDecision.record_b_id).where(
                PairDecision.verdict.is_not(None)
            )
        ).all()
    )
    session.execute(delete(PairDecision).where(PairDecision.verdict.is_(None)))
    rows = [
        {
            "record_a_id": c.a,
            "record_b_id": c.b,
            "score": c.score,
            "evidence": c.evidence,
            "zone": c.zone,
        }
        for c in candidates
        if c.zone in ("auto", "review") and (c.a, c.b) not in decided
    ]
    if rows:
        session.execute(insert(PairDecision), rows)
    merged = _merge_auto([c for c in candidates if c.zone == "auto"], session, actor)
    session.commit()
    counts = zone_counts(candidates)
    return LinkSummary(merged=merged, review=counts["review"], rejected=counts["reject"])


def _merge_auto(auto: list[Candidate], session: Session, actor: Actor) -> int:
    if not auto:
        return 0
    links = {s.record_id: s for s in session.scalars(select(ActorSource))}
    listing_of = dict(session.execute(select(SourceRecord.id, SourceRecord.listing_id)).all())
    duplicates = set(session.scalars(select(Listing.id).where(Listing.has_duplicates)))
    actors = {
        a.id: a
        for a in session.scalars(
            select(DirectoryActor).where(DirectoryActor.merged_into_id.is_(None))
        )
    }
    members: dict[int, list[ActorSource]] = {}
    for link in links.values():
        members.setdefault(link.actor_id, []).append(link)
    merged = 0
    now = clock.now_utc()
    for c in auto:
        first, second = links[c.a].actor_id, links[c.b].actor_id
        if first == second:
            continue
        kept_id, absorbed_id = sorted((first, second))
        kept_listings = [listing_of[s.record_id] for s in members[kept_id]]
        other_listings = [listing_of[s.record_id] for s in members[absorbed_id]]
        clash = (set(kept_listings) & set(other_listings)) - duplicates
        if clash:
            continue  # would give one actor two rows of one listing
        moving = members.pop(absorbed_id)
        apply_merge(
            session,
            actors[kept_id],
            actors[absorbed_id],
            moving,
            score=c.score,
            evidence=c.evidence,
            actor=actor,
        )
        for link in moving:
            link.how = "auto"
            link.score = c.score
            link.evidence = c.evidence
            link.decided_at = now
            link.decided_by_id = actor.user_id
        members[kept_id].extend(moving)
        merged += 1
    return merged
