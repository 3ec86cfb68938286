"""A link run over the whole directory: every source record against the records of the other
listings, the pairs stored with their score and evidence, the automatic zone merged.

A person's verdict on a pair ("same", "different") is honoured and never overturned: the run
keeps those pairs as they are and only refreshes the others. A pair is merged only when its two
actors differ and the merged actor would not hold two rows of one listing (unless the listing
says it has duplicates).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from sqlalchemy import bindparam, delete, insert, select, update
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.errors import NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import (
    ActorSource,
    DirectoryActor,
    DirectoryMerge,
    Listing,
    PairDecision,
    SourceRecord,
)
from incubator_app.models.directory import ACTOR_FIELDS
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.bulk import without_cycle_collector
from incubator_app.services.directory.communes import commune_reference
from incubator_app.services.directory.counts import recount_listings
from incubator_app.services.directory.linkage import (
    AUTO_ABOVE,
    REVIEW_ABOVE,
    Candidate,
    LinkRecord,
    link_records,
    record_from_values,
    zone_counts,
)
from incubator_app.services.directory.merges import merged_fields


@dataclass(frozen=True)
class LinkSummary:
    merged: int
    review: int
    rejected: int


def load_link_records(session: Session) -> list[LinkRecord]:
    ref = commune_reference()
    records = []
    table = SourceRecord.__table__
    # Through the Core connection: plain rows, no ORM loading step (100,000 rows per run).
    rows = session.connection().execute(
        select(table.c.id, table.c.listing_id, table.c["values"]).order_by(table.c.id)
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


@without_cycle_collector
def preview_link(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    listings: Iterable[int] | None = None,
    actor: Actor,
) -> dict[str, int]:
    """The counts the thresholds would give, without writing anything (`listings`: only the
    pairs with a record of these listings, as `link_directory`)."""
    require(actor, Permission.VIEW)
    return zone_counts(_candidates(session, auto_above, review_above, listings))


def _candidates(
    session: Session,
    auto_above: float,
    review_above: float,
    listings: Iterable[int] | None = None,
) -> list[Candidate]:
    """The scored pairs of a full run, or (`listings`) only those with a record of one of these
    listings."""
    records = load_link_records(session)
    only = None
    if listings is not None:
        wanted = set(listings)
        only = {i for i, r in enumerate(records) if r.listing in wanted}
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
        records,
        auto_above=auto_above,
        review_above=review_above,
        duplicates_allowed=duplicates,
        decided=decided,
        only=only,
    )


@without_cycle_collector
def link_directory(
    session: Session,
    *,
    auto_above: float = AUTO_ABOVE,
    review_above: float = REVIEW_ABOVE,
    listings: Iterable[int] | None = None,
    actor: Actor,
) -> LinkSummary:
    """A full run (every record against the other listings), or with `listings` an incremental
    one: only the pairs with a record of these listings (e.g. the listing just imported) are
    scored and refreshed; the pairs of earlier runs between other records stay as they are.
    The summary's review and rejected counts are those of the pairs this run examined."""
    require(actor, Permission.MANAGE_DIRECTORY)
    wanted = None if listings is None else sorted(set(listings))
    if wanted is not None:
        known = set(session.scalars(select(Listing.id).where(Listing.id.in_(wanted))))
        missing = [i for i in wanted if i not in known]
        if missing:
            raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "No listing {id}."), id=missing[0]))
    candidates = _candidates(session, auto_above, review_above, wanted)
    # Kept as they are: a person's verdicts, and the pairs a dedupe run queued (only this
    # run's own undecided pairs are refreshed).
    kept = set(
        session.execute(
            select(PairDecision.record_a_id, PairDecision.record_b_id).where(
                PairDecision.verdict.is_not(None) | (PairDecision.found_by != "link")
            )
        ).all()
    )
    stale = delete(PairDecision).where(
        PairDecision.verdict.is_(None), PairDecision.found_by == "link"
    )
    if wanted is not None:
        # Only the pairs this run examined: those with a record of the listings.
        of_listings = select(SourceRecord.id).where(SourceRecord.listing_id.in_(wanted))
        stale = stale.where(
            PairDecision.record_a_id.in_(of_listings) | PairDecision.record_b_id.in_(of_listings)
        )
    session.execute(stale)
    rows = [
        {
            "record_a_id": c.a,
            "record_b_id": c.b,
            "score": c.score,
            "evidence": c.evidence,
            "zone": c.zone,
        }
        for c in candidates
        if c.zone in ("auto", "review") and (c.a, c.b) not in kept
    ]
    if rows:
        session.execute(insert(PairDecision.__table__), rows)
    merged = _merge_auto([c for c in candidates if c.zone == "auto"], session, actor)
    session.commit()
    counts = zone_counts(candidates)
    return LinkSummary(merged=merged, review=counts["review"], rejected=counts["reject"])


def _merge_auto(auto: list[Candidate], session: Session, actor: Actor) -> int:
    """The automatic merges in bulk (plain rows, not one ORM object per actor: 100,000 actors
    fit in memory): the same fields, log rows and moves as merges.apply_merge."""
    if not auto:
        return 0
    records = {c.a for c in auto} | {c.b for c in auto}
    links: dict[int, tuple[int, int]] = {}  # record id → (actor_source id, actor id)
    for link_id, record_id, actor_id in session.execute(
        select(ActorSource.id, ActorSource.record_id, ActorSource.actor_id)
    ):
        links[record_id] = (link_id, actor_id)
    involved = {links[r][1] for r in records}
    listing_of = dict(session.execute(select(SourceRecord.id, SourceRecord.listing_id)).all())
    duplicates = set(session.scalars(select(Listing.id).where(Listing.has_duplicates)))
    members: dict[int, list[tuple[int, int]]] = {}  # actor → [(actor_source id, record id)]
    for record_id, (link_id, actor_id) in links.items():
        if actor_id in involved:
            members.setdefault(actor_id, []).append((link_id, record_id))
    table = DirectoryActor.__table__
    columns = [table.c[f] for f in ACTOR_FIELDS]
    fields: dict[int, dict] = {}
    versions: dict[int, int] = {}
    ids = sorted(involved)
    connection = session.connection()  # plain rows, no ORM loading step
    for start in range(0, len(ids), 5000):
        chunk = ids[start : start + 5000]
        for row in connection.execute(
            select(table.c.id, table.c.version_id, *columns).where(
                table.c.id.in_(chunk), table.c.merged_into_id.is_(None)
            )
        ):
            fields[row[0]] = dict(zip(ACTOR_FIELDS, row[2:], strict=True))
            versions[row[0]] = row[1]
    original = dict(fields)  # merged_fields never changes the dicts it is given
    now = clock.now_utc()
    changed: set[int] = set()
    absorbed_into: dict[int, int] = {}
    logs: list[dict] = []
    moves: dict[int, tuple[int, Candidate]] = {}  # actor_source id → (actor, candidate)
    for c in auto:
        first, second = links[c.a][1], links[c.b][1]
        first = _live(first, absorbed_into)
        second = _live(second, absorbed_into)
        if first == second or first not in fields or second not in fields:
            continue
        kept_id, absorbed_id = sorted((first, second))
        kept_listings = {listing_of[r] for _l, r in members[kept_id]}
        other_listings = {listing_of[r] for _l, r in members[absorbed_id]}
        if (kept_listings & other_listings) - duplicates:
            continue  # would give one actor two rows of one listing
        before = fields[kept_id]
        fields[kept_id] = merged_fields(before, fields[absorbed_id])
        changed.add(kept_id)
        absorbed_into[absorbed_id] = kept_id
        moving = members.pop(absorbed_id)
        members[kept_id].extend(moving)
        for link_id, _record in moving:
            moves[link_id] = (kept_id, c)
        logs.append(
            {
                "kind": "merge",
                "kept_actor_id": kept_id,
                "absorbed_actor_id": absorbed_id,
                "before": before,
                "moved_sources": sorted(link_id for link_id, _r in moving),
                "score": c.score,
                "evidence": c.evidence,
                "user_id": actor.user_id,
                "user_login": actor.login,
                "at": now,
            }
        )
    if not logs:
        return 0
    # Only the columns a merge changed (most often the aliases and a field or two): one
    # executemany per set of changed columns, instead of every JSON column of every actor.
    by_columns: dict[tuple[str, ...], list[dict]] = defaultdict(list)
    for a in sorted(changed):
        after, was = fields[a], original[a]
        names = tuple(f for f in ACTOR_FIELDS if after[f] != was[f])
        row = {"id": a, **{f: after[f] for f in names}}
        by_columns[names].append({**row, "version_id": versions[a] + 1, "updated_at": now})
    for rows in by_columns.values():
        _bulk_update(session, DirectoryActor.__table__, rows)
    _bulk_update(
        session,
        DirectoryActor.__table__,
        [
            {"id": a, "merged_into_id": k, "version_id": versions[a] + 1, "updated_at": now}
            for a, k in sorted(absorbed_into.items())
        ],
    )
    _bulk_update(
        session,
        ActorSource.__table__,
        [
            {
                "id": link_id,
                "actor_id": kept,
                "how": "auto",
                "score": c.score,
                "evidence": c.evidence,
                "decided_by_id": actor.user_id,
                "decided_at": now,
            }
            for link_id, (kept, c) in sorted(moves.items())
        ],
    )
    session.execute(insert(DirectoryMerge.__table__), logs)
    # -- listings per actor (branch dirlist, services/directory/counts.py) --
    recount_listings(session, [*changed, *absorbed_into])
    return len(logs)


def _bulk_update(session: Session, table, rows: list[dict]) -> None:
    """UPDATE … WHERE id = :id for each row (one executemany; the version is set, not checked:
    the rows were read in this transaction)."""
    if not rows:
        return
    names = [k for k in rows[0] if k != "id"]
    stmt = (
        update(table)
        .where(table.c.id == bindparam("row_id"))
        .values({n: bindparam(f"v_{n}", type_=table.c[n].type) for n in names})
    )
    session.execute(stmt, [{"row_id": r["id"], **{f"v_{n}": r[n] for n in names}} for r in rows])


def _live(actor_id: int, absorbed_into: dict[int, int]) -> int:
    while actor_id in absorbed_into:
        actor_id = absorbed_into[actor_id]
    return actor_id
