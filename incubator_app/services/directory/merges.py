"""Merging two actors into one, and undoing it exactly.

A merge keeps the older actor (lowest id), fills its empty fields from the other one (recording
which source each came from), adds the other's name to its aliases, moves the other's source
records onto it and marks the other as merged into it. The log row holds the kept actor's fields
before and the sources moved: an unmerge puts them back and clears the mark, so that the state
is exactly the one before the merge. An unmerge is refused when the kept actor changed since
(another merge kept it or the absorbed actor since): undo those first, last first.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from datetime import UTC, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError, NotFound
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import ActorSource, DirectoryActor, DirectoryMerge
from incubator_app.models.directory import ACTOR_FIELDS
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.directory.counts import recount_listings

_LIST_FIELDS = ("aliases", "disciplines")
_DICT_FIELDS = ("registry_ids", "field_sources")
_SCALAR_FIELDS = tuple(f for f in ACTOR_FIELDS if f not in (*_LIST_FIELDS, *_DICT_FIELDS, "name"))


def _fields(actor: DirectoryActor) -> dict:
    return {f: copy.deepcopy(getattr(actor, f)) for f in ACTOR_FIELDS}


def _edited_since(origin: object, when: datetime) -> bool:
    """A person's edit (`{"user": …, "at": ISO UTC}`) made at or after `when`."""
    if not isinstance(origin, dict) or not origin.get("at"):
        return False
    at = datetime.fromisoformat(str(origin["at"]))
    when = when if when.tzinfo else when.replace(tzinfo=UTC)
    return at >= when.replace(microsecond=0)


def merged_fields(kept: dict, other: dict) -> dict:
    """The kept actor's fields after absorbing `other` (both plain dicts; neither changed)."""
    # The fields are JSON values: one level of lists and dicts. Only the lists and dicts that
    # change are built anew (a run makes 50,000 merges: deepcopy, or even a copy of every
    # field, was the slowest part of it).
    values = dict(kept)
    other_sources = other["field_sources"] or {}
    sources_of = None
    for f in _SCALAR_FIELDS:
        if values[f] in (None, "") and other[f] not in (None, ""):
            values[f] = other[f]
            if f in other_sources:
                if sources_of is None:
                    sources_of = dict(values["field_sources"] or {})
                sources_of[f] = other_sources[f]
    for f in _LIST_FIELDS:
        if f == "aliases":
            continue
        mine, theirs = values[f] or [], other[f] or []
        extra = [v for v in theirs if v not in mine]
        values[f] = [*mine, *extra]
    for f in _DICT_FIELDS:
        if f == "field_sources":
            continue
        values[f] = {**(other[f] or {}), **(values[f] or {})}
    aliases = list(values["aliases"] or [])
    for name in [other["name"], *(other["aliases"] or [])]:
        if name and name != values["name"] and name not in aliases:
            aliases.append(name)
    values["aliases"] = aliases
    values["field_sources"] = (
        sources_of if sources_of is not None else dict(values["field_sources"] or {})
    )
    return values


def apply_merge(
    session: Session,
    kept: DirectoryActor,
    absorbed: DirectoryActor,
    sources: list[ActorSource],
    *,
    score: float | None,
    evidence: str | None,
    actor: Actor,
) -> DirectoryMerge:
    """The merge itself, on loaded rows (the link run loads them in bulk)."""
    before = _fields(kept)
    values = merged_fields(before, _fields(absorbed))
    for f, v in values.items():
        if v != before[f]:
            setattr(kept, f, v)
    absorbed.merged_into_id = kept.id
    moved = []
    for link in sources:
        link.actor_id = kept.id
        moved.append(link.id)
    log = DirectoryMerge(
        kind="merge",
        kept_actor_id=kept.id,
        absorbed_actor_id=absorbed.id,
        before=before,
        moved_sources=sorted(moved),
        score=score,
        evidence=evidence,
        user_id=actor.user_id,
        user_login=actor.login,
    )
    session.add(log)
    recount_listings(session, [kept.id, absorbed.id])
    return log


def merge_actors(
    session: Session,
    first_id: int,
    second_id: int,
    *,
    score: float | None = None,
    evidence: str | None = None,
    actor: Actor,
) -> int:
    """Merges two live actors (the older one is kept); returns the merge's log id."""
    require(actor, Permission.MANAGE_DIRECTORY)
    kept_id, absorbed_id = sorted((first_id, second_id))
    kept = session.get(DirectoryActor, kept_id)
    absorbed = session.get(DirectoryActor, absorbed_id)
    if kept is None or absorbed is None or kept_id == absorbed_id:
        raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "No such pair of actors.")))
    if kept.merged_into_id or absorbed.merged_into_id:
        raise ConflictError(
            msg(QT_TRANSLATE_NOOP("Directory", "This actor was merged into another one already."))
        )
    sources = list(session.scalars(select(ActorSource).where(ActorSource.actor_id == absorbed_id)))
    log = apply_merge(session, kept, absorbed, sources, score=score, evidence=evidence, actor=actor)
    session.commit()
    return log.id


def unmerge(session: Session, merge_id: int, *, actor: Actor) -> int:
    """Undoes a merge exactly; returns the log id of the unmerge."""
    require(actor, Permission.MANAGE_DIRECTORY)
    log = session.get(DirectoryMerge, merge_id)
    if log is None or log.kind != "merge":
        raise NotFound(msg(QT_TRANSLATE_NOOP("Directory", "No such merge.")))
    if session.scalar(select(DirectoryMerge.id).where(DirectoryMerge.undoes_id == merge_id)):
        raise ConflictError(msg(QT_TRANSLATE_NOOP("Directory", "This merge was undone already.")))
    kept = session.get(DirectoryActor, log.kept_actor_id)
    absorbed = session.get(DirectoryActor, log.absorbed_actor_id)
    assert kept is not None and absorbed is not None
    undone = select(DirectoryMerge.undoes_id).where(DirectoryMerge.undoes_id.is_not(None))
    later = session.scalar(
        select(DirectoryMerge.id).where(
            DirectoryMerge.kind == "merge",
            DirectoryMerge.id > log.id,
            DirectoryMerge.kept_actor_id.in_([kept.id, absorbed.id]),
            DirectoryMerge.id.not_in(undone),
        )
    )
    if later is not None or absorbed.merged_into_id != kept.id:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Directory", "{name} was merged again after this merge: undo that first."
                ),
                name=kept.name,
            )
        )
    before: Mapping = log.before or {}
    # A person's edit made since the merge stays (with its source): the merge did not make it.
    edited = {
        f: origin
        for f, origin in (kept.field_sources or {}).items()
        if _edited_since(origin, log.at)
    }
    for f in ACTOR_FIELDS:
        if f in edited:
            continue
        if f == "field_sources":
            restored = {**copy.deepcopy(before.get(f) or {}), **edited}
            if kept.field_sources != restored:
                kept.field_sources = restored
        elif getattr(kept, f) != before.get(f):
            setattr(kept, f, copy.deepcopy(before.get(f)))
    absorbed.merged_into_id = None
    for link in session.scalars(
        select(ActorSource).where(ActorSource.id.in_(log.moved_sources or []))
    ):
        link.actor_id = absorbed.id
    recount_listings(session, [kept.id, absorbed.id])
    undo = DirectoryMerge(
        kind="unmerge",
        kept_actor_id=kept.id,
        absorbed_actor_id=absorbed.id,
        undoes_id=log.id,
        user_id=actor.user_id,
        user_login=actor.login,
    )
    session.add(undo)
    session.commit()
    return undo.id
