"""user language: the language each person works in

Each account may name the language of the application for its owner ("fr", "en", "it", "es"),
so that it follows them from one office computer to the next (Settings); NULL keeps the
computer's own choice (issue 19).

Revision ID: 0018
Revises: 0017
Create Date: 2026-12-03
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0018"
down_revision = "0017"
branch_labels = None
depends_on = None


# Plain ADD / DROP COLUMN, never a batch copy: a batch would recreate user_account and unlink
# the rows pointing at it (coach.user_id ON DELETE SET NULL).


def upgrade() -> None:
    op.add_column("user_account", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("user_account", "language")
