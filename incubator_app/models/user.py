"""User accounts (who acts) and coach profiles (external experts may have no account)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Boolean, ForeignKey, Integer, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned, str_enum, utcnow
from incubator_app.models.vocabulary import Role


class User(Versioned, Base):
    __tablename__ = "user_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    role: Mapped[Role] = mapped_column(str_enum(Role, "role"))
    # Deferred: on a secured PostgreSQL server nobody but the owner may read it (column
    # privileges), so loading an account must not ask for it.
    password_hash: Mapped[str] = mapped_column(String(255), deferred=True)
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    last_login_at: Mapped[datetime | None]
    # Sign-in throttling: failures since the last success, when the last one happened, and
    # the lockout an administrator lifts (services/administration/sign_in.py).
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_sign_in_at: Mapped[datetime | None]
    locked_at: Mapped[datetime | None]
    # The language this person works in ("it"), on every computer; None: the computer's own.
    language: Mapped[str | None] = mapped_column(String(8))


class Coach(Versioned, Base):
    __tablename__ = "coach"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int | None] = mapped_column(
        ForeignKey("user_account.id", ondelete="SET NULL"), unique=True
    )
    display_name: Mapped[str] = mapped_column(String(120))
    email: Mapped[str | None] = mapped_column(String(254))
    phone: Mapped[str | None] = mapped_column(String(32))
    specialities: Mapped[str | None] = mapped_column(Text)
    external: Mapped[bool] = mapped_column(Boolean, default=False)
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class RememberToken(Base):
    """ "Remember me on this computer": a random token kept in the computer's keyring, only its
    SHA-256 here. It expires, and its owner or an administrator revokes it; a password change or
    a disabled account revokes them all. Not edited by people, so not versioned."""

    __tablename__ = "remember_token"

    id: Mapped[int] = mapped_column(primary_key=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_used_at: Mapped[datetime | None]
    expires_at: Mapped[datetime]
    revoked_at: Mapped[datetime | None]
