"""the directory actor's sector holds several codes

Revision ID: 0045
Revises: 0044
Create Date: 2026-12-05 00:30:00

`directory_actor.sector` holds several sector codes joined by ", " (the actor window's check
boxes; services/directory/territory.py `sector_classes` reads them): all five take 53
characters, past the former 40. Widened to 100 on PostgreSQL; SQLite ignores the lengths of
its VARCHAR columns, so nothing is done there (no table copy).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0045"
down_revision = "0044"
branch_labels = None
depends_on = None


def upgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "directory_actor",
            "sector",
            type_=sa.String(length=100),
            existing_type=sa.String(length=40),
            existing_nullable=True,
        )


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.alter_column(
            "directory_actor",
            "sector",
            type_=sa.String(length=40),
            existing_type=sa.String(length=100),
            existing_nullable=True,
            postgresql_using="left(sector, 40)",
        )
