"""User accounts: creation, authentication (argon2id), listing, updates."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.db import server_security
from incubator_app.errors import ConflictError, PermissionDenied
from incubator_app.i18n import QT_TRANSLATE_NOOP, SUPPORTED_LANGUAGES, msg
from incubator_app.models import Coach, Role, User
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.administration.remember import remembered_user_id, revoke_all_tokens
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

MIN_PASSWORD_LENGTH = 8
_hasher = PasswordHasher()


@dataclass(frozen=True)
class UserView:
    id: int
    login: str
    display_name: str
    email: str | None
    role: Role
    active: bool
    version_id: int
    last_login_at: datetime | None
    failed_sign_ins: int = 0
    locked_at: datetime | None = None
    language: str | None = None


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def validate_user_fields(
    v: Validator,
    *,
    login: str | None = None,
    display_name: str | None = None,
    email: str | None = None,
    password: str | None = None,
    check_password: bool = False,
) -> None:
    if login is not None and v.required("login", login):
        v.max_length("login", login, 64)
    if display_name is not None:
        v.required("display_name", display_name)
        v.max_length("display_name", display_name, 120)
    v.email("email", email)
    if check_password and (password is None or len(password) < MIN_PASSWORD_LENGTH):
        v.add(
            "password",
            msg(QT_TRANSLATE_NOOP("Validation", "At least {n} characters."), n=MIN_PASSWORD_LENGTH),
        )


def count_users(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(User)) or 0


def create_user(
    session: Session,
    *,
    login: str,
    display_name: str,
    role: Role | str,
    password: str,
    email: str | None = None,
    actor: Actor,
) -> UserView:
    require(actor, Permission.MANAGE_USERS)
    with unit_of_work(session):
        user = add_user(
            session,
            login=login,
            display_name=display_name,
            role=role,
            password=password,
            email=email,
            actor=actor,
        )
    return to_view(user, UserView)


def add_user(
    session: Session,
    *,
    login: str,
    display_name: str,
    role: Role | str,
    password: str,
    email: str | None,
    actor: Actor,
) -> User:
    """Validates and adds an account inside the caller's transaction (no commit)."""
    v = Validator()
    login = (login or "").strip()
    validate_user_fields(
        v,
        login=login,
        display_name=display_name,
        email=email,
        password=password,
        check_password=True,
    )
    role = v.choice("role", role, Role)
    v.raise_if_any()
    if session.scalar(select(User.id).where(User.login == login)) is not None:
        raise ConflictError(
            msg(QT_TRANSLATE_NOOP("Errors", "The login {login} is taken."), login=login)
        )
    user = User(
        login=login,
        display_name=display_name.strip(),
        email=email or None,
        role=role,
        password_hash=hash_password(password),
    )
    session.add(user)
    session.flush()
    record_audit(
        session,
        actor,
        "user_account",
        user.id,
        "create",
        snapshot(user, ["login", "display_name", "email", "role"]),
    )
    if role is Role.COACH:
        session.add(Coach(user_id=user.id, display_name=user.display_name, email=user.email))
    # A secured PostgreSQL server: the person's own login role, with the same password (the
    # server refuses it unless the connected role is an admin).
    server_security.sync_login(session.connection(), login, password, role.value)
    return user


# Sign-in throttling: FREE_ATTEMPTS failures cost nothing; each further attempt waits
# 2^(failures - FREE_ATTEMPTS + 1) seconds after the last failure (2, 4, 8 … s); the
# LOCK_AFTER-th failure locks the account until an administrator unlocks it.
FREE_ATTEMPTS = 3
LOCK_AFTER = 10


def sign_in_delay(failures: int) -> int:
    """Seconds to wait after the last failure before the next attempt is heard."""
    return 0 if failures < FREE_ATTEMPTS else 2 ** (failures - FREE_ATTEMPTS + 1)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _locked_error() -> PermissionDenied:
    return PermissionDenied(
        msg(
            QT_TRANSLATE_NOOP(
                "Errors",
                "This account is locked after too many failed sign-ins; an administrator can"
                " unlock it.",
            )
        )
    )


def authenticate(session: Session, login: str, password: str) -> Actor:
    """Returns the actor for valid credentials; one message for a wrong login or password (no
    user probing). The GUI and the command line both sign in here, so both are throttled: after
    FREE_ATTEMPTS failures an attempt made too soon is refused (without trying the password)
    with the wait in seconds, the LOCK_AFTER-th failure locks the account, a success resets."""
    denied = PermissionDenied(msg(QT_TRANSLATE_NOOP("Errors", "Wrong login or password.")))
    person = server_security.connected_person(session.connection())
    if person is not None:
        return _server_sign_in(session, person, (login or "").strip(), denied)
    user = session.scalar(select(User).where(User.login == (login or "").strip()))
    if user is None or not user.active:
        raise denied
    if user.locked_at is not None:
        raise _locked_error()
    now = clock.now_utc()
    failures = user.failed_sign_ins or 0
    if failures and user.last_failed_sign_in_at is not None:
        ready_at = _utc(user.last_failed_sign_in_at) + timedelta(seconds=sign_in_delay(failures))
        if now < ready_at:
            raise PermissionDenied(
                msg(
                    QT_TRANSLATE_NOOP(
                        "Errors", "Too many failed sign-ins: try again in {seconds} s."
                    ),
                    seconds=math.ceil((ready_at - now).total_seconds()),
                )
            )
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        failures += 1
        lock = failures >= LOCK_AFTER
        with unit_of_work(session):
            session.execute(
                update(User)
                .where(User.id == user.id)
                .values(
                    failed_sign_ins=User.failed_sign_ins + 1,
                    last_failed_sign_in_at=now,
                    locked_at=now if lock else None,
                )
            )
        raise (_locked_error() if lock else denied) from None
    # A plain UPDATE: signing in must not bump the row version and conflict with an edit.
    values: dict[str, object] = {
        "last_login_at": now,
        "failed_sign_ins": 0,
        "last_failed_sign_in_at": None,
    }
    if _hasher.check_needs_rehash(user.password_hash):
        values["password_hash"] = hash_password(password)
    with unit_of_work(session):
        session.execute(update(User).where(User.id == user.id).values(**values))
    return actor_for_user(session, user.id)


def _server_sign_in(session: Session, person: str, login: str, denied: PermissionDenied) -> Actor:
    """On a secured PostgreSQL server the server has checked the person's password when this
    connection opened: the account is the one of the connected login role, nobody else's (the
    password hashes are not even readable). Nothing is written: a viewer writes nothing."""
    if login and login != person:
        raise PermissionDenied(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "This connection to the server is {person}'s: {login} cannot sign in on it.",
                ),
                person=person,
                login=login,
            )
        )
    user = session.scalar(select(User).where(User.login == person))
    session.rollback()
    if user is None or not user.active:
        raise denied
    return actor_for_user(session, user.id)


def sign_in_remembered(session: Session, token: str | None) -> Actor | None:
    """The actor a remembered token signs in, or None (forged, revoked, expired, account
    disabled or locked)."""
    user_id = remembered_user_id(session, token)
    return None if user_id is None else actor_for_user(session, user_id)


def unlock_user(session: Session, user_id: int, *, actor: Actor) -> None:
    """Lifts the lockout and forgets the failed attempts (administrators, audited)."""
    require(actor, Permission.MANAGE_USERS)
    with unit_of_work(session):
        user = get_or_raise(session, User, user_id)
        session.execute(
            update(User)
            .where(User.id == user.id)
            .values(failed_sign_ins=0, last_failed_sign_in_at=None, locked_at=None)
        )
        record_audit(session, actor, "user_account", user.id, "unlock")


def actor_for_user(session: Session, user_id: int) -> Actor:
    user = get_or_raise(session, User, user_id)
    coach_id = session.scalar(select(Coach.id).where(Coach.user_id == user.id))
    return Actor(
        user_id=user.id,
        login=user.login,
        role=user.role,
        coach_id=coach_id,
        display_name=user.display_name,
        language=user.language,
    )


def get_user(session: Session, user_id: int, *, actor: Actor) -> UserView:
    require(actor, Permission.VIEW)
    return to_view(get_or_raise(session, User, user_id), UserView)


def list_users(session: Session, *, actor: Actor) -> list[UserView]:
    require(actor, Permission.VIEW)
    return [to_view(u, UserView) for u in session.scalars(select(User).order_by(User.login))]


def update_user(
    session: Session, user_id: int, *, expected_version: int | None, actor: Actor, **changes: object
) -> UserView:
    require(actor, Permission.MANAGE_USERS)
    allowed = {"display_name", "email", "role", "active"}
    v = Validator()
    v.only_fields(changes, allowed)
    validate_user_fields(v, display_name=changes.get("display_name"), email=changes.get("email"))  # type: ignore[arg-type]
    if "role" in changes:
        changes["role"] = v.choice("role", changes["role"], Role)
    if "active" in changes and not isinstance(changes["active"], bool):
        v.add("active", msg(QT_TRANSLATE_NOOP("Validation", "Yes or no is expected.")))
    v.raise_if_any()
    with unit_of_work(session):
        user = load_for_update(session, User, user_id, expected_version)
        _keep_an_active_admin(session, user, changes)
        update_with_audit(session, actor, user, "user_account", changes)
        if changes.get("active") is False:
            revoke_all_tokens(session, user.id)
            server_security.disable_login(session.connection(), user.login)
        elif "role" in changes or changes.get("active") is True:
            server_security.sync_login(session.connection(), user.login, None, user.role.value)
        if changes.get("role") is Role.COACH:
            _ensure_coach_profile(session, user)
    return to_view(user, UserView)


def _keep_an_active_admin(session: Session, user: User, changes: dict[str, object]) -> None:
    """Refuses to disable or demote the last active administrator: nobody could then manage
    accounts from the app."""
    if user.role is not Role.ADMIN or not user.active:
        return
    stays_admin = changes.get("role", user.role) is Role.ADMIN
    stays_active = changes.get("active", True) is not False
    if stays_admin and stays_active:
        return
    others = session.scalar(
        select(func.count())
        .select_from(User)
        .where(User.role == Role.ADMIN, User.active.is_(True), User.id != user.id)
    )
    if not others:
        raise ConflictError(
            msg(
                QT_TRANSLATE_NOOP(
                    "Errors",
                    "{name} is the last active administrator: make another account administrator"
                    " first.",
                ),
                name=user.display_name,
            )
        )


def _ensure_coach_profile(session: Session, user: User) -> None:
    """An account that becomes a coach gets its coach profile (caseload, sessions)."""
    if session.scalar(select(Coach.id).where(Coach.user_id == user.id)) is None:
        session.add(Coach(user_id=user.id, display_name=user.display_name, email=user.email))


def set_user_role(
    session: Session, user_id: int, role: Role | str, *, expected_version: int | None, actor: Actor
) -> UserView:
    return update_user(session, user_id, expected_version=expected_version, actor=actor, role=role)


def set_user_active(
    session: Session, user_id: int, active: bool, *, expected_version: int | None, actor: Actor
) -> UserView:
    """A disabled account cannot sign in; its history stays attributed to it."""
    return update_user(
        session, user_id, expected_version=expected_version, actor=actor, active=active
    )


def set_user_language(
    session: Session, user_id: int, language: str | None, *, actor: Actor
) -> UserView:
    """The language a person works in, on every computer (Settings); None goes back to the
    computer's. Everyone sets their own; an administrator sets anyone's."""
    if actor.user_id != user_id:
        require(actor, Permission.MANAGE_USERS)
    if language is not None and language not in SUPPORTED_LANGUAGES:
        v = Validator()
        v.add(
            "language",
            msg(
                QT_TRANSLATE_NOOP("Validation", "Unknown language {value}: expected {allowed}."),
                value=language,
                allowed=", ".join(SUPPORTED_LANGUAGES),
            ),
        )
        v.raise_if_any()
    with unit_of_work(session):
        user = get_or_raise(session, User, user_id)
        update_with_audit(session, actor, user, "user_account", {"language": language})
    return to_view(user, UserView)


def set_password(session: Session, user_id: int, password: str, *, actor: Actor) -> None:
    """A new argon2id hash; an administrator resets anyone's, a person changes their own."""
    if actor.user_id != user_id:
        require(actor, Permission.MANAGE_USERS)
    v = Validator()
    validate_user_fields(v, password=password, check_password=True)
    v.raise_if_any()
    with unit_of_work(session):
        user = get_or_raise(session, User, user_id)
        user.password_hash = hash_password(password)
        server_security.set_login_password(
            session.connection(), user.login, password, user.role.value
        )
        # A new password ends every remembered sign-in: whoever knew the old one is out.
        revoke_all_tokens(session, user.id)
        record_audit(session, actor, "user_account", user.id, "set_password")
