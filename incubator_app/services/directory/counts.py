"""How many listings each actor was seen in (`directory_actor.listing_count`).

The directory list filters on it ("seen in only one listing") through an index instead of
grouping every source record. Every path that moves a source record between actors calls
`recount_listings` for the actors it touched: the import (a new actor: one listing, written
directly), merges and unmerges (merges.py), the link run's bulk merges (runs.py).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import distinct, func, select, update
from sqlalchemy.orm import Session

from incubator_app.models import ActorSource, DirectoryActor, SourceRecord

_CHUNK = 5000


def listings_count_of():
    """The real count, correlated to `DirectoryActor` (what the column must equal)."""
    return (
        select(func.count(distinct(SourceRecord.listing_id)))
        .select_from(ActorSource)
        .join(SourceRecord, SourceRecord.id == ActorSource.record_id)
        .where(ActorSource.actor_id == DirectoryActor.id)
        .correlate(DirectoryActor.__table__)
        .scalar_subquery()
    )


def recount_listings(session: Session, actor_ids: Iterable[int]) -> None:
    """Sets `listing_count` of these actors from their source records (one UPDATE per 5,000
    actors)."""
    ids = sorted(set(actor_ids))
    if not ids:
        return
    session.flush()
    table = DirectoryActor.__table__
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start : start + _CHUNK]
        session.execute(
            update(table).where(table.c.id.in_(chunk)).values(listing_count=listings_count_of())
        )
    for actor_id in ids:  # loaded objects read the new count on their next access
        loaded = session.identity_map.get(session.identity_key(DirectoryActor, actor_id))
        if loaded is not None:
            session.expire(loaded, ["listing_count"])
