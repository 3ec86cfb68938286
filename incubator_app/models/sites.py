"""Sites of a network (antennas, member incubators) and who works on each, with a role per site.

A single-office install has no site (or one): nothing is filtered and the word "site" is never
shown. Entrepreneurs carry a nullable `site_id` (entrepreneur.py); coaches belong to sites
through their account's memberships.
"""

from __future__ import annotations

from sqlalchemy import Boolean, ForeignKey, String, Text, UniqueConstraint
from sqlalchemy.orm import Mapped, mapped_column

from incubator_app.models.base import Base, Versioned, str_enum
from incubator_app.models.vocabulary import Role


class Site(Versioned, Base):
    __tablename__ = "site"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120), unique=True)
    #: A few letters shown in narrow columns and typed on the command line ("MRS").
    code: Mapped[str] = mapped_column(String(12), unique=True)
    address: Mapped[str | None] = mapped_column(Text)
    commune: Mapped[str | None] = mapped_column(String(120))
    active: Mapped[bool] = mapped_column(Boolean, default=True)


class SiteMembership(Versioned, Base):
    """A user account works on a site with a role there (admin, staff, coach, viewer)."""

    __tablename__ = "site_membership"
    __table_args__ = (UniqueConstraint("site_id", "user_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    site_id: Mapped[int] = mapped_column(ForeignKey("site.id", ondelete="CASCADE"), index=True)
    user_id: Mapped[int] = mapped_column(
        ForeignKey("user_account.id", ondelete="CASCADE"), index=True
    )
    role: Mapped[Role] = mapped_column(str_enum(Role, "site_role"))
