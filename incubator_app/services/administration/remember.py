""" "Remember me on this computer": random tokens, stored here only as their SHA-256.

The token itself lives in the computer's keyring (the UI keeps it there); the database keeps
who it signs in, when it was made and last used, when it expires and whether it was revoked.
A settings file therefore holds nothing that signs anyone in. SHA-256 suffices for a 256-bit
random token (nothing to guess, unlike a password). Owner or administrator revoke; a password
change or a disabled account revokes all of an account's tokens (users.py).
"""

from __future__ import annotations

import hashlib
import secrets
from datetime import UTC, datetime, timedelta

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from incubator_app import clock
from incubator_app.models import RememberToken, User
from incubator_app.services.actor import Actor, Permission, require
from incubator_app.services.records import record_audit, unit_of_work

TOKEN_DAYS = 30


def _hash(token: str) -> str:
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def _utc(value: datetime) -> datetime:
    """SQLite hands timestamps back without their zone; they are stored in UTC."""
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def issue_remember_token(session: Session, *, actor: Actor) -> str:
    """A new token for the signed-in person; the caller stores it in the keyring."""
    if actor.user_id is None:
        raise ValueError("only an account can be remembered")
    token = secrets.token_urlsafe(32)
    now = clock.now_utc()
    with unit_of_work(session):
        session.add(
            RememberToken(
                user_id=actor.user_id,
                token_hash=_hash(token),
                created_at=now,
                expires_at=now + timedelta(days=TOKEN_DAYS),
            )
        )
    return token


def remembered_user_id(session: Session, token: str | None) -> int | None:
    """The account a token still signs in (not revoked, not expired, account active and not
    locked), its last use noted; None for anything else, a made-up token included."""
    if not token:
        return None
    now = clock.now_utc()
    row = session.execute(
        select(RememberToken.id, RememberToken.expires_at, User.id)
        .join(User, User.id == RememberToken.user_id)
        .where(
            RememberToken.token_hash == _hash(token),
            RememberToken.revoked_at.is_(None),
            User.active.is_(True),
            User.locked_at.is_(None),
        )
    ).first()
    if row is None or _utc(row[1]) <= now:
        return None
    with unit_of_work(session):
        session.execute(
            update(RememberToken).where(RememberToken.id == row[0]).values(last_used_at=now)
        )
    return row[2]


def revoke_remember_token(session: Session, token: str) -> None:
    """ "Forget me on this computer": whoever holds the token may end it."""
    with unit_of_work(session):
        session.execute(
            update(RememberToken)
            .where(RememberToken.token_hash == _hash(token), RememberToken.revoked_at.is_(None))
            .values(revoked_at=clock.now_utc())
        )


def revoke_all_tokens(session: Session, user_id: int) -> int:
    """Inside the caller's transaction (no commit): ends every token of an account."""
    result = session.execute(
        update(RememberToken)
        .where(RememberToken.user_id == user_id, RememberToken.revoked_at.is_(None))
        .values(revoked_at=clock.now_utc())
    )
    return result.rowcount or 0


def revoke_remember_tokens(session: Session, user_id: int, *, actor: Actor) -> int:
    """Ends every remembered sign-in of an account, on every computer: its owner or an
    administrator (audited). Returns how many were still valid."""
    if actor.user_id != user_id:
        require(actor, Permission.MANAGE_USERS)
    with unit_of_work(session):
        count = revoke_all_tokens(session, user_id)
        record_audit(session, actor, "user_account", user_id, "revoke_tokens", {"tokens": count})
    return count


def count_remember_tokens(session: Session, user_id: int) -> int:
    """Tokens of an account that would still sign it in."""
    return (
        session.scalar(
            select(func.count())
            .select_from(RememberToken)
            .where(
                RememberToken.user_id == user_id,
                RememberToken.revoked_at.is_(None),
                RememberToken.expires_at > clock.now_utc(),
            )
        )
        or 0
    )
