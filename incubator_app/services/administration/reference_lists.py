"""Configurable reference lists: artistic disciplines and coaching topics.

Both lists share one shape (code, label, position, active), so one set of functions serves both,
chosen by `ReferenceKind`. Codes are stable identifiers (imports, reports); users rename labels,
reorder and deactivate items, but never delete them: old records keep pointing at them.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError, ValidationError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import CoachingTopic, Discipline
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import (
    get_or_raise,
    load_for_update,
    record_audit,
    snapshot,
    to_view,
    unit_of_work,
    update_with_audit,
)
from incubator_app.services.validation import Validator

CODE_RE = re.compile(r"^[a-z0-9][a-z0-9_-]*$")
_EDITABLE = {"label", "position", "active"}


class ReferenceKind(enum.StrEnum):
    DISCIPLINE = "discipline"
    COACHING_TOPIC = "coaching_topic"


_MODELS: dict[ReferenceKind, type[Discipline] | type[CoachingTopic]] = {
    ReferenceKind.DISCIPLINE: Discipline,
    ReferenceKind.COACHING_TOPIC: CoachingTopic,
}


@dataclass(frozen=True)
class ReferenceItemView:
    id: int
    code: str
    label: str
    position: int
    active: bool
    version_id: int


def _model(kind: ReferenceKind | str) -> type[Discipline] | type[CoachingTopic]:
    try:
        return _MODELS[ReferenceKind(kind)]
    except ValueError:
        raise ValidationError(
            {
                "kind": msg(
                    QT_TRANSLATE_NOOP(
                        "Validation", "Unknown value {value}; expected one of {allowed}."
                    ),
                    value=kind,
                    allowed=", ".join(k.value for k in ReferenceKind),
                )
            }
        ) from None


def _validate_label(v: Validator, label: object) -> None:
    if not isinstance(label, str):
        v.required("label", None)
        return
    if v.required("label", label):
        v.max_length("label", label.strip(), 120)


def _validate_position(v: Validator, position: object) -> None:
    if position is None:
        return
    if isinstance(position, bool) or not isinstance(position, int):
        v.add("position", msg(QT_TRANSLATE_NOOP("Validation", "A whole number is expected.")))
    else:
        v.not_negative("position", position)


def list_reference_items(
    session: Session,
    kind: ReferenceKind | str,
    *,
    include_inactive: bool = False,
    actor: Actor,
) -> list[ReferenceItemView]:
    """Items in display order; inactive ones only when asked (settings screen)."""
    require(actor, Permission.VIEW)
    model = _model(kind)
    query = select(model).order_by(model.position, func.lower(model.label), model.id)
    if not include_inactive:
        query = query.where(model.active.is_(True))
    return [to_view(item, ReferenceItemView) for item in session.scalars(query)]


def list_disciplines(
    session: Session, *, include_inactive: bool = False, actor: Actor
) -> list[ReferenceItemView]:
    return list_reference_items(
        session, ReferenceKind.DISCIPLINE, include_inactive=include_inactive, actor=actor
    )


def list_coaching_topics(
    session: Session, *, include_inactive: bool = False, actor: Actor
) -> list[ReferenceItemView]:
    return list_reference_items(
        session, ReferenceKind.COACHING_TOPIC, include_inactive=include_inactive, actor=actor
    )


def get_reference_item(
    session: Session, kind: ReferenceKind | str, item_id: int, *, actor: Actor
) -> ReferenceItemView:
    require(actor, Permission.VIEW)
    return to_view(get_or_raise(session, _model(kind), item_id), ReferenceItemView)


def create_reference_item(
    session: Session,
    kind: ReferenceKind | str,
    *,
    code: str,
    label: str,
    position: int | None = None,
    actor: Actor,
) -> ReferenceItemView:
    """Adds an item; without a position it goes last. A code already used → ConflictError."""
    require(actor, Permission.MANAGE_SETTINGS)
    model = _model(kind)
    v = Validator()
    code = code.strip().lower() if isinstance(code, str) else code
    if isinstance(code, str) and v.required("code", code):
        v.max_length("code", code, 40)
        if not CODE_RE.match(code):
            v.add(
                "code",
                msg(
                    QT_TRANSLATE_NOOP(
                        "Validation",
                        "Use lower-case letters, digits, '_' or '-' only (no spaces): {value}",
                    ),
                    value=code,
                ),
            )
    elif not isinstance(code, str):
        v.required("code", None)
    _validate_label(v, label)
    _validate_position(v, position)
    v.raise_if_any()
    with unit_of_work(session):
        existing = session.scalar(select(model).where(func.lower(model.code) == code))
        if existing is not None:
            raise ConflictError(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Errors", "The code {code} is already used by “{label}”; choose another."
                    ),
                    code=code,
                    label=existing.label,
                )
            )
        if position is None:
            last = session.scalar(select(func.max(model.position)))
            position = 0 if last is None else last + 1
        item = model(code=code, label=label.strip(), position=position, active=True)
        session.add(item)
        session.flush()
        record_audit(
            session,
            actor,
            model.__tablename__,
            item.id,
            "create",
            snapshot(item, ["code", "label", "position", "active"]),
        )
    return to_view(item, ReferenceItemView)


def create_discipline(
    session: Session, *, code: str, label: str, position: int | None = None, actor: Actor
) -> ReferenceItemView:
    return create_reference_item(
        session, ReferenceKind.DISCIPLINE, code=code, label=label, position=position, actor=actor
    )


def create_coaching_topic(
    session: Session, *, code: str, label: str, position: int | None = None, actor: Actor
) -> ReferenceItemView:
    return create_reference_item(
        session,
        ReferenceKind.COACHING_TOPIC,
        code=code,
        label=label,
        position=position,
        actor=actor,
    )


def update_reference_item(
    session: Session,
    kind: ReferenceKind | str,
    item_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: object,
) -> ReferenceItemView:
    """Renames (label), moves (position) or (de)activates an item. The code never changes."""
    require(actor, Permission.MANAGE_SETTINGS)
    model = _model(kind)
    v = Validator()
    v.only_fields(changes, _EDITABLE)
    if "label" in changes:
        _validate_label(v, changes["label"])
        if isinstance(changes["label"], str):
            changes["label"] = changes["label"].strip()
    if "position" in changes:
        if changes["position"] is None:
            v.required("position", None)
        _validate_position(v, changes["position"])
    if "active" in changes and not isinstance(changes["active"], bool):
        v.add("active", msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))
    v.raise_if_any()
    with unit_of_work(session):
        item = load_for_update(session, model, item_id, expected_version)
        update_with_audit(session, actor, item, model.__tablename__, changes)
    return to_view(item, ReferenceItemView)


def rename_reference_item(
    session: Session,
    kind: ReferenceKind | str,
    item_id: int,
    label: str,
    *,
    expected_version: int | None,
    actor: Actor,
) -> ReferenceItemView:
    return update_reference_item(
        session, kind, item_id, expected_version=expected_version, actor=actor, label=label
    )


def set_reference_item_active(
    session: Session,
    kind: ReferenceKind | str,
    item_id: int,
    active: bool,
    *,
    expected_version: int | None,
    actor: Actor,
) -> ReferenceItemView:
    """Deactivated items disappear from pick lists but stay on the records that use them."""
    return update_reference_item(
        session, kind, item_id, expected_version=expected_version, actor=actor, active=active
    )


def reorder_reference_items(
    session: Session, kind: ReferenceKind | str, ordered_ids: Sequence[int], *, actor: Actor
) -> list[ReferenceItemView]:
    """Gives the listed items positions 0, 1, 2… in that order; unlisted items follow them in
    their current order (so a screen showing only active items can reorder those)."""
    require(actor, Permission.MANAGE_SETTINGS)
    model = _model(kind)
    v = Validator()
    if len(set(ordered_ids)) != len(ordered_ids):
        v.add(
            "ordered_ids",
            msg(QT_TRANSLATE_NOOP("Validation", "An item appears twice in the new order.")),
        )
    v.raise_if_any()
    with unit_of_work(session):
        items = list(session.scalars(select(model).order_by(model.position, model.id)))
        by_id = {item.id: item for item in items}
        unknown = [i for i in ordered_ids if i not in by_id]
        if unknown:
            v.add(
                "ordered_ids",
                msg(
                    QT_TRANSLATE_NOOP("Validation", "Unknown item ids: {ids}"),
                    ids=", ".join(str(i) for i in unknown),
                ),
            )
            v.raise_if_any()
        listed = set(ordered_ids)
        new_order = [by_id[i] for i in ordered_ids] + [it for it in items if it.id not in listed]
        for position, item in enumerate(new_order):
            update_with_audit(session, actor, item, model.__tablename__, {"position": position})
    return [to_view(item, ReferenceItemView) for item in new_order]
