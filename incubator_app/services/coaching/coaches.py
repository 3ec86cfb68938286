"""Coach profiles (accompagnateur·rices): salaried staff with an account, or external experts
who may have none. Staff add and edit profiles themselves, hence MANAGE_SETTINGS; linking a
profile to an account (or unlinking it) stays an admin matter (MANAGE_USERS), with its own audit
row, since the account then logs and edits that coach's sessions. It never opens the notes
written before: confidential notes follow their author's account, not the coach profile."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from incubator_app.errors import ConflictError
from incubator_app.i18n import QT_TRANSLATE_NOOP, msg
from incubator_app.models import Coach, User
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

_EDITABLE = {"display_name", "email", "phone", "specialities", "external", "active", "user_id"}
_SNAPSHOT = ["user_id", "display_name", "email", "phone", "specialities", "external", "active"]


@dataclass(frozen=True)
class CoachView:
    id: int
    user_id: int | None
    display_name: str
    email: str | None
    phone: str | None
    # Free text, comma-separated as typed ("juridique, diffusion spectacle vivant").
    specialities: str | None
    external: bool
    active: bool
    version_id: int


def _clean(value: object) -> object:
    """Trims text; empty optional text becomes NULL so searches and exports stay clean."""
    if isinstance(value, str):
        value = value.strip()
        return value or None
    return value


def _validate(v: Validator, values: dict[str, object], *, creating: bool) -> None:
    if creating or "display_name" in values:
        name = values.get("display_name")
        if v.required("display_name", name if isinstance(name, str) else None):
            v.max_length("display_name", name, 120)  # type: ignore[arg-type]
    for field, check in (("email", v.email), ("phone", v.phone)):
        value = values.get(field)
        if value is not None and not isinstance(value, str):
            v.add(field, msg(QT_TRANSLATE_NOOP("Validation", "Text is expected.")))
        else:
            check(field, value)  # type: ignore[arg-type]
            v.max_length(field, value, 254 if field == "email" else 32)  # type: ignore[arg-type]
    for flag in ("external", "active"):
        if flag in values and not isinstance(values[flag], bool):
            v.add(flag, msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))


def _check_user_link(
    v: Validator, session: Session, user_id: object, *, coach_id: int | None
) -> None:
    """A coach is linked to at most one account, and an account to at most one coach."""
    if user_id is None:
        return
    if not isinstance(user_id, int) or session.get(User, user_id) is None:
        v.add(
            "user_id",
            msg(QT_TRANSLATE_NOOP("Validation", "No user account with id {id}."), id=user_id),
        )
        v.raise_if_any()
    other = session.scalar(select(Coach).where(Coach.user_id == user_id, Coach.id != coach_id))
    if other is not None:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors", "This user account already has a coach profile: {name}."
                ),
                name=other.display_name,
            )
        )


def create_coach(
    session: Session,
    *,
    display_name: str,
    email: str | None = None,
    phone: str | None = None,
    specialities: str | None = None,
    external: bool | None = None,
    user_id: int | None = None,
    actor: Actor,
) -> CoachView:
    """Without `user_id` the coach is an expert with no account; `external` then defaults to
    True (an account-less coach is almost always an outside expert)."""
    require(actor, Permission.MANAGE_SETTINGS)
    if user_id is not None:
        require(actor, Permission.MANAGE_USERS)
    if external is None:
        external = user_id is None
    values = {
        "display_name": _clean(display_name),
        "email": _clean(email),
        "phone": _clean(phone),
        "specialities": _clean(specialities),
        "external": external,
        "user_id": user_id,
    }
    v = Validator()
    _validate(v, values, creating=True)
    v.raise_if_any()
    with unit_of_work(session):
        _check_user_link(v, session, user_id, coach_id=None)
        coach = Coach(**values, active=True)
        session.add(coach)
        session.flush()
        record_audit(session, actor, "coach", coach.id, "create", snapshot(coach, _SNAPSHOT))
    return to_view(coach, CoachView)


def update_coach(
    session: Session,
    coach_id: int,
    *,
    expected_version: int | None,
    actor: Actor,
    **changes: object,
) -> CoachView:
    """Edits a profile; `active=False` retires a coach from pick lists, keeping their history."""
    require(actor, Permission.MANAGE_SETTINGS)
    v = Validator()
    v.only_fields(changes, _EDITABLE)
    changes = {k: _clean(val) for k, val in changes.items()}
    _validate(v, changes, creating=False)
    v.raise_if_any()
    with unit_of_work(session):
        coach = load_for_update(session, Coach, coach_id, expected_version)
        if "user_id" in changes and changes["user_id"] != coach.user_id:
            require(actor, Permission.MANAGE_USERS)
            _check_user_link(v, session, changes["user_id"], coach_id=coach.id)
            # Its own row, so that the audit log shows every account change of a profile.
            record_audit(
                session,
                actor,
                "coach",
                coach.id,
                "link_account",
                {"user_id": [coach.user_id, changes["user_id"]]},
            )
            coach.user_id = changes.pop("user_id")  # type: ignore[assignment]
        update_with_audit(session, actor, coach, "coach", changes)
    return to_view(coach, CoachView)


def get_coach(session: Session, coach_id: int, *, actor: Actor) -> CoachView:
    require(actor, Permission.VIEW)
    return to_view(get_or_raise(session, Coach, coach_id), CoachView)


def list_coaches(
    session: Session, *, include_inactive: bool = False, actor: Actor
) -> list[CoachView]:
    """Active coaches by name (pick lists); all of them for the settings screen."""
    require(actor, Permission.VIEW)
    query = select(Coach).order_by(func.lower(Coach.display_name), Coach.id)
    if not include_inactive:
        query = query.where(Coach.active.is_(True))
    return [to_view(c, CoachView) for c in session.scalars(query)]
